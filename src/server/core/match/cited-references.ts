import { STAGING_KEY } from '../../../tables/staging-key'
import type { Store } from '../../ports/store'
import { PURCHASE_ORDER } from '../document-types/purchase-order'
import { RECEIPT } from '../document-types/receipt'
import type { InvoiceLineColumns, MatchTables } from './match-tables'
import { rowsWhereIn } from '../staging/rows-where-in'

/**
 * The PO numbers whose staged PO lines or receipts this run changed or marked removed: the
 * purchase order and receipt keys the run wrote (`last_run`; the removal sweep's marks write it
 * too) that an earlier run had staged (`first_run`). A document new in this run cannot take a
 * verdict back, and leaving those out keeps a connection's first run from reading anything here.
 * At most `limit` keys; receipts name their PO in their stage rows (by connector key).
 */
export function poNumbersChangedInRun(
    store: Store,
    tables: Pick<MatchTables, 'receipts'>,
    run: { connectionSysId: string; runSysId: string; limit: number }
): string[] {
    const keys = store.query(STAGING_KEY.name, {
        where: [
            { field: 'connection', op: '=', value: run.connectionSysId },
            { field: 'object_type', op: 'IN', value: [PURCHASE_ORDER.id, RECEIPT.id] },
            { field: 'last_run', op: '=', value: run.runSysId },
            {
                op: 'OR',
                any: [
                    { field: 'first_run', op: 'ISEMPTY' },
                    { field: 'first_run', op: '!=', value: run.runSysId },
                ],
            },
        ],
        limit: run.limit,
    })
    const numbers = new Set<string>()
    for (const k of keys) if (k.object_type === PURCHASE_ORDER.id && k.document_number) numbers.add(k.document_number)
    const receipts = tables.receipts
    const receiptKeys = keys.flatMap((k) => (k.object_type === RECEIPT.id && k.key ? [k.key] : []))
    if (receipts?.reference && receiptKeys.length > 0)
        for (const r of rowsWhereIn(store, receipts.table, receipts.reference, receiptKeys)) {
            const po = r[receipts.poNumber]
            if (po) numbers.add(po)
        }
    return [...numbers]
}

/** The staging keys of the invoices whose staged lines cite any of these PO numbers (one query per 500). */
export function invoicesCiting(store: Store, cols: InvoiceLineColumns, poNumbers: readonly string[]): string[] {
    const keys = new Set<string>()
    for (const r of rowsWhereIn(store, cols.table, cols.poNumber, poNumbers)) {
        // A line's connector key is its invoice's staging key and its line number (line-rows.ts).
        const reference = r[cols.reference] ?? ''
        const at = reference.lastIndexOf(':')
        if (at > 0) keys.add(reference.slice(0, at))
    }
    return [...keys]
}
