import { RECEIPT } from '../../server/core/document-types/receipt'
import { SUPPLIER_INVOICE } from '../../server/core/document-types/supplier-invoice'
import type { MatchState } from '../../server/core/match/readiness'
import { STAGING_KEY } from '../../tables/staging-key'
import type { SqliteStore } from '../store/sqlite-store'

type Counter = Pick<SqliteStore, 'describe' | 'count'>

/** The receipt stage of the demo's preset: its rows before and after a sync are the receipts it staged. */
const RECEIPT_STAGE = RECEIPT.fieldMaps.s2p_import.defaultTable

export function receiptRowCount(store: Counter): number {
    return store.describe(RECEIPT_STAGE) ? store.count(RECEIPT_STAGE, []) : 0
}

/** What the demo shows of match readiness: the connection's staged invoices by state, as the AP list reads them. */
export type MatchStateCounts = Record<'judged' | 'ready' | 'waiting_for_po' | 'waiting_for_receipt', number>

const SHOWN: readonly MatchState[] = ['ready', 'waiting_for_po', 'waiting_for_receipt']

export function matchStateCounts(store: Counter, connectionSysId: string): MatchStateCounts {
    const staged = [
        { field: 'connection', op: '=', value: connectionSysId },
        { field: 'object_type', op: '=', value: SUPPLIER_INVOICE.id },
        { field: 'state', op: '=', value: 'staged' },
    ] as const
    const of = (state: MatchState) =>
        store.count(STAGING_KEY.name, [...staged, { field: 'match_state', op: '=', value: state }])
    const counts = { judged: store.count(STAGING_KEY.name, [...staged, { field: 'match_state', op: 'ISNOTEMPTY' }]) }
    return Object.assign(counts, Object.fromEntries(SHOWN.map((s) => [s, of(s)]))) as MatchStateCounts
}
