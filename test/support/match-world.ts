import { STAGING_KEY } from '../../src/tables'
import { AuditTrail } from '../../src/server/core/audit/audit-trail'
import { Redactor } from '../../src/server/core/audit/redactor'
import { MatchCheck } from '../../src/server/core/match/match-check'
import type { MatchCounts } from '../../src/server/core/match/match-check'
import type { MatchTables } from '../../src/server/core/match/match-tables'
import type { ColumnInfo, Platform } from '../../src/server/ports/platform'
import type { Query, StoredRecord } from '../../src/server/ports/store'
import { FakeClock } from '../fakes/fake-clock'
import { MemoryStore } from '../fakes/memory-store'

// What the match readiness tests share (match-check, legacy-readiness, match-tables): an instance
// that has the tables asked for, and a memory store seeded with staged invoices as staging leaves
// them, where each run is a fresh MatchCheck as the stager builds one. The PO line and receipt
// rows differ per preset, so each test file adds its own seeding on top. Table and column names
// are s2p-targets', not read from the code.

export const MATCH_CONNECTION = 'c'.repeat(32)

/**
 * An instance with every table but those `missing`; a table's columns are `columnsOf(table)`
 * (one string column where the test does not care).
 */
export function matchPlatform(
    missing: readonly string[] = [],
    columnsOf: (table: string) => readonly string[] = () => ['u_x']
): Platform {
    return {
        isPluginActive: () => true,
        describeTable: (t): ColumnInfo[] | null =>
            missing.includes(t) ? null : columnsOf(t).map((name) => ({ name, kind: 'string', mandatory: false })),
        runAsUserHasRole: () => true,
        runAsUserName: () => 'sync',
    }
}

/** An invoice line: the PO number and PO line it cites, and its quantity (5 unless given). */
export type InvoiceLine = [po: string | null, poLine: string | null, quantity?: number]

export class MatchWorld {
    readonly clock = new FakeClock()
    readonly store = new MemoryStore({ nowMs: () => this.clock.nowMs() })
    /** Every store query, in order: what a run reads. */
    readonly queries: { table: string; query: Query }[] = []
    private runs = 0

    constructor(readonly tables: MatchTables) {
        const query = this.store.query.bind(this.store)
        this.store.query = (table: string, q: Query): StoredRecord[] => {
            this.queries.push({ table, query: q })
            return query(table, q)
        }
    }

    /** A staged invoice's key, last staged in `run`, and its import line rows (line number → its citation). */
    invoice(key: string, run: string, lines: Record<string, InvoiceLine>): void {
        const l: Record<string, string> = {}
        for (const n of Object.keys(lines)) l[n] = 'h'.repeat(16)
        this.store.insert(STAGING_KEY.name, {
            key,
            connection: MATCH_CONNECTION,
            object_type: 'supplier_invoice',
            document_number: `INV-${key}`,
            state: 'staged',
            line_hashes: JSON.stringify({ h: 'h'.repeat(16), l }),
            last_run: run,
        })
        for (const [n, [po, poLine, qty]] of Object.entries(lines))
            this.store.insert('sn_spend_intg_imp_invoice_line', {
                u_external_invoice_number: `INV-${key}`,
                u_erp_line_number: n,
                u_line_quantity: String(qty ?? 5),
                u_purchase_order: po,
                u_purchase_order_line: poLine,
                u_ml_connector_key: `${key}:${n}`,
                u_ml_line_state: 'open',
            })
    }

    /** A run: a fresh MatchCheck, as the stager builds one per run. */
    run(
        work: (m: MatchCheck) => void,
        recheckPerRun?: number
    ): { run: string; audit: AuditTrail; counts: MatchCounts } {
        const run = `run${++this.runs}`.padEnd(32, '0')
        this.clock.advance(60_000)
        const audit = new AuditTrail(this.store, this.clock, new Redactor(), {
            connectionSysId: MATCH_CONNECTION,
            runSysId: run,
        })
        const check = new MatchCheck({
            store: this.store,
            clock: this.clock,
            audit,
            connectionSysId: MATCH_CONNECTION,
            runSysId: run,
            tables: this.tables,
            recheckPerRun,
        })
        work(check)
        const counts = check.finish()
        audit.flush()
        return { run, audit, counts }
    }

    nextRunId(): string {
        return `run${this.runs + 1}`.padEnd(32, '0')
    }

    /** The invoice's staging key row (its own read is not counted in `queries`). */
    keyOf(key: string): StoredRecord {
        const rec = this.store.query(STAGING_KEY.name, { where: [{ field: 'key', op: '=', value: key }] })[0]
        this.queries.pop()
        return rec
    }
}
