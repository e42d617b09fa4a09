import { matchTablesOf } from '../../../src/server/core/match/match-tables'
import type { MatchTables } from '../../../src/server/core/match/match-tables'
import { FIELD_MAPS } from '../../../src/server/core/staging/field-maps'
import { MatchWorld, matchPlatform } from '../../support/match-world'

// Match readiness for the legacy_procurement preset: its PO lines (proc_po_item) carry neither PO
// number nor line number. A line references its proc_po record (purchase_order), whose number is
// the PO number, and its connector key ends with its line number ("<staging key>:3/1"), as staging
// writes them. The preset stages no receipts: a line whose PO line exists reads "receipt not
// checked". Table and column names are s2p-targets §5's, not read from the code.

function legacyTables(orderTable?: string, instance = matchPlatform()): MatchTables | null {
    const maps = FIELD_MAPS.legacy_procurement
    return matchTablesOf(
        { invoice: maps.supplier_invoice!, order: maps.purchase_order!, orderTable, receipts: null },
        instance
    )
}

/** Staged invoices (test/support/match-world.ts) and the legacy proc_po / proc_po_item records. */
class World extends MatchWorld {
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

    /** A staged invoice's key, staged in the next run, and its import lines (line number → PO number and PO line). */
    staged(key: string, lines: Record<string, [string | null, string | null]>): void {
        this.invoice(key, this.nextRunId(), lines)
    }

    stateOf(key: string): string | null {
        return this.keyOf(key).match_state
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
        expect(legacyTables(undefined, matchPlatform(['proc_po']))).toBeNull()
        expect(legacyTables(undefined, matchPlatform(['proc_po_item']))).toBeNull()
    })
})

describe('match readiness with legacy proc_po_item lines', () => {
    const tables = () => legacyTables()!

    it('waits for the PO until its line is staged, then reads "receipt not checked" (no receipts staged)', () => {
        const w = new World(tables())
        w.staged('k1', { '1': ['PO-7', '3/1'], '2': ['PO-7', '4/1'], '3': [null, null] })
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
        w.staged('k2', { '1': ['PO-1', '1/1'] })
        w.staged('k3', { '1': ['PO-1', '2/1'] })
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
            w.staged(`p${i}`, lines)
        }
        w.queries.length = 0
        w.run((m) => m.sweepRun(100))
        expect(w.queries.filter((q) => q.table === 'proc_po')).toHaveLength(1)
        expect(w.queries.filter((q) => q.table === 'proc_po_item')).toHaveLength(1)
        const states = Array.from({ length: 40 }, (_, i) => w.stateOf(`p${i}`))
        // Invoices citing PO-0, -2, -4, -6 have every PO line; the others wait.
        expect(states).toEqual(
            Array.from({ length: 40 }, (_, i) => ((i % 7) % 2 === 0 ? 'receipt_not_checked' : 'waiting_for_po'))
        )
    })
})
