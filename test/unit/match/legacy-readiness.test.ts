import { STAGING_KEY } from '../../../src/tables'
import { AuditTrail } from '../../../src/server/core/audit/audit-trail'
import { Redactor } from '../../../src/server/core/audit/redactor'
import { MatchCheck } from '../../../src/server/core/match/match-check'
import { matchTablesOf } from '../../../src/server/core/match/match-tables'
import type { MatchTables } from '../../../src/server/core/match/match-tables'
import { FIELD_MAPS } from '../../../src/server/core/staging/field-maps'
import type { Platform } from '../../../src/server/ports/platform'
import type { Query, StoredRecord } from '../../../src/server/ports/store'
import { FakeClock } from '../../fakes/fake-clock'
import { MemoryStore } from '../../fakes/memory-store'

// Match readiness for the legacy_procurement preset: its PO lines (proc_po_item) carry neither PO
// number nor line number. A line references its proc_po record (purchase_order), whose number is
// the PO number, and its connector key ends with its line number ("<staging key>:3/1"), as staging
// writes them. The preset stages no receipts: a line whose PO line exists reads "receipt not
// checked". Table and column names are s2p-targets §5's, not read from the code.

const CONNECTION = 'c'.repeat(32)

/** An instance with every table but those named. */
function platform(missing: readonly string[] = []): Platform {
    return {
        isPluginActive: () => true,
        describeTable: (t) => (missing.includes(t) ? null : [{ name: 'u_x', kind: 'string', mandatory: false }]),
        runAsUserHasRole: () => true,
        runAsUserName: () => 'sync',
    }
}

function legacyTables(orderTable?: string, instance = platform()): MatchTables | null {
    const maps = FIELD_MAPS.legacy_procurement
    return matchTablesOf(
        { invoice: maps.supplier_invoice!, order: maps.purchase_order!, orderTable, receipts: null },
        instance
    )
}

class World {
    readonly clock = new FakeClock()
    readonly store = new MemoryStore({ nowMs: () => this.clock.nowMs() })
    readonly queries: string[] = []
    private runs = 0

    constructor(readonly tables: MatchTables) {
        const query = this.store.query.bind(this.store)
        this.store.query = (table: string, q: Query): StoredRecord[] => {
            this.queries.push(table)
            return query(table, q)
        }
    }

    /** A staged purchase order: its proc_po record and a proc_po_item per line ("3/1"), as staging writes them. */
    order(number: string, lines: readonly string[], state = 'open'): { header: string; key: string } {
        const key = `po-${number}-${this.clock.nowMs()}`
        const header = this.store.insert('proc_po', { number, total_cost: '10', u_ml_connector_key: key })
        for (const line of lines) this.line({ header, key }, line, state)
        return { header, key }
    }

    /** One more line of a staged purchase order (IFS added it later). */
    line(order: { header: string; key: string }, line: string, state = 'open'): void {
        this.store.insert('proc_po_item', {
            purchase_order: order.header,
            ordered_quantity: '5',
            cost: '2',
            u_ml_connector_key: `${order.key}:${line}`,
            u_ml_line_state: state,
        })
    }

    /** A staged invoice's key and its import lines (line number → PO number and PO line). */
    invoice(key: string, lines: Record<string, [string | null, string | null]>): void {
        const l: Record<string, string> = {}
        for (const n of Object.keys(lines)) l[n] = 'h'.repeat(16)
        this.store.insert(STAGING_KEY.name, {
            key,
            connection: CONNECTION,
            object_type: 'supplier_invoice',
            document_number: `INV-${key}`,
            state: 'staged',
            line_hashes: JSON.stringify({ h: 'h'.repeat(16), l }),
            last_run: this.nextRunId(),
        })
        for (const [n, [po, poLine]] of Object.entries(lines))
            this.store.insert('sn_spend_intg_imp_invoice_line', {
                u_external_invoice_number: `INV-${key}`,
                u_erp_line_number: n,
                u_line_quantity: '5',
                u_purchase_order: po,
                u_purchase_order_line: poLine,
                u_ml_connector_key: `${key}:${n}`,
                u_ml_line_state: 'open',
            })
    }

    run(work: (m: MatchCheck) => void): void {
        const run = this.nextRunId()
        this.runs++
        this.clock.advance(60_000)
        const audit = new AuditTrail(this.store, this.clock, new Redactor(), {
            connectionSysId: CONNECTION,
            runSysId: run,
        })
        const check = new MatchCheck({
            store: this.store,
            clock: this.clock,
            audit,
            connectionSysId: CONNECTION,
            runSysId: run,
            tables: this.tables,
        })
        work(check)
        check.finish()
        audit.flush()
    }

    nextRunId(): string {
        return `run${this.runs + 1}`.padEnd(32, '0')
    }

    stateOf(key: string): string | null {
        return this.store.query(STAGING_KEY.name, { where: [{ field: 'key', op: '=', value: key }] })[0].match_state
    }
}

describe('the match columns of the legacy_procurement preset', () => {
    it("find a PO line through its header: proc_po_item's purchase_order, proc_po's number, the line number from its connector key", () => {
        expect(legacyTables()?.poLines).toEqual({
            table: 'proc_po_item',
            poNumber: null,
            header: { record: 'purchase_order', table: 'proc_po', number: 'number' },
            lineNumber: null,
            reference: 'u_ml_connector_key',
            state: 'u_ml_line_state',
        })
        expect(legacyTables()?.receipts).toBeNull()
    })

    it('read headers in the table the purchase order partition stages into; none where proc_po or proc_po_item is missing', () => {
        expect(legacyTables('u_proc_po_copy')?.poLines.header?.table).toBe('u_proc_po_copy')
        expect(legacyTables(undefined, platform(['proc_po']))).toBeNull()
        expect(legacyTables(undefined, platform(['proc_po_item']))).toBeNull()
    })
})

describe('match readiness with legacy proc_po_item lines', () => {
    const tables = () => legacyTables()!

    it('waits for the PO until its line is staged, then reads "receipt not checked" (no receipts staged)', () => {
        const w = new World(tables())
        w.invoice('k1', { '1': ['PO-7', '3/1'], '2': ['PO-7', '4/1'], '3': [null, null] })
        w.order('PO-8', ['3/1'])
        w.run((m) => m.sweepRun(10))
        expect(w.stateOf('k1')).toBe('waiting_for_po')

        const po7 = w.order('PO-7', ['3/1'])
        w.run((m) => m.recheck())
        // Line 4/1 of PO-7 is not staged yet: the invoice still waits for it.
        expect(w.stateOf('k1')).toBe('waiting_for_po')

        w.line(po7, '4/1')
        w.run((m) => m.recheck())
        expect(w.stateOf('k1')).toBe('receipt_not_checked')
    })

    it('a PO line marked removed is no PO line; a line of another PO of the same line number does not count', () => {
        const w = new World(tables())
        w.order('PO-1', ['1/1'], 'removed')
        w.order('PO-2', ['2/1'])
        w.invoice('k2', { '1': ['PO-1', '1/1'] })
        w.invoice('k3', { '1': ['PO-1', '2/1'] })
        w.run((m) => m.sweepRun(10))
        expect(w.stateOf('k2')).toBe('waiting_for_po')
        expect(w.stateOf('k3')).toBe('waiting_for_po')
    })

    it('judges a page of invoices with one query on proc_po and one on proc_po_item, whatever the number of lines', () => {
        const w = new World(tables())
        for (let po = 0; po < 7; po += 2) w.order(`PO-${po}`, ['1/1', '2/1'])
        for (let i = 0; i < 40; i++) {
            const lines: Record<string, [string, string]> = {}
            for (let n = 1; n <= 6; n++) lines[String(n)] = [`PO-${i % 7}`, `${(n % 2) + 1}/1`]
            w.invoice(`p${i}`, lines)
        }
        w.queries.length = 0
        w.run((m) => m.sweepRun(100))
        expect(w.queries.filter((t) => t === 'proc_po')).toHaveLength(1)
        expect(w.queries.filter((t) => t === 'proc_po_item')).toHaveLength(1)
        const states = Array.from({ length: 40 }, (_, i) => w.stateOf(`p${i}`))
        // Invoices citing PO-0, -2, -4, -6 have every PO line; the others wait.
        expect(states).toEqual(
            Array.from({ length: 40 }, (_, i) => ((i % 7) % 2 === 0 ? 'receipt_not_checked' : 'waiting_for_po'))
        )
    })
})
