import { AUDIT, STAGING_KEY } from '../../../src/tables'
import { matchTablesOf } from '../../../src/server/core/match/match-tables'
import type { MatchTables } from '../../../src/server/core/match/match-tables'
import { FIELD_MAPS } from '../../../src/server/core/staging/field-maps'
import type { Platform } from '../../../src/server/ports/platform'
import type { Query } from '../../../src/server/ports/store'
import { MATCH_CONNECTION as CONNECTION, MatchWorld, matchPlatform } from '../../support/match-world'

// Match readiness kept on staged invoices' keys, from the staged rows alone: the s2p_import
// tables (invoice lines, order line stage) and the receipt stage, with rows seeded as staging
// leaves them. Column names below are the (s2p-targets), not read from the code.

const RECEIPT_COLUMNS = [
    'u_erp_po_number',
    'u_erp_po_line_number',
    'u_erp_receipt_number',
    'u_quantity_received',
    'u_ml_connector_key',
]

/** An instance with every table; the receipt stage with its columns, or missing (`receiptStage` false). */
function platform(receiptStage: boolean): Platform {
    const receipt = 'sn_fcms_intg_imp_receipt'
    return matchPlatform(receiptStage ? [] : [receipt], (t) => (t === receipt ? RECEIPT_COLUMNS : ['u_x']))
}

/** The s2p_import maps; `receipts` false: the connection stages no receipts (its receipt partition is off). */
function tablesOf(receipts = true): MatchTables {
    const maps = FIELD_MAPS.s2p_import
    const tables = matchTablesOf(
        {
            invoice: maps.supplier_invoice!,
            order: maps.purchase_order!,
            receipts: receipts ? { map: maps.receipt!, table: 'sn_fcms_intg_imp_receipt' } : null,
        },
        platform(receipts)
    )
    if (!tables) throw new Error('s2p_import has line maps on both sides')
    return tables
}

/** Staged invoices (test/support/match-world.ts) and the s2p_import order line and receipt stages. */
class World extends MatchWorld {
    constructor(tables: MatchTables = tablesOf()) {
        super(tables)
    }

    poLine(po: string, line: string, state = 'open'): void {
        this.store.insert('sn_fcms_intg_imp_order_line', {
            u_erp_po_number: po,
            u_erp_po_line_number: line,
            u_ml_connector_key: `po-${po}:${line}`,
            u_ml_line_state: state,
        })
    }

    receipt(po: string, line: string, receiptNo: string, qty: number, state = 'Received'): void {
        this.store.insert('sn_fcms_intg_imp_receipt', {
            u_erp_po_number: po,
            u_erp_po_line_number: line,
            u_erp_receipt_number: receiptNo,
            u_quantity_received: String(qty),
            u_state: state,
            u_ml_connector_key: `rc-${po}:${line}:${receiptNo}`,
        })
    }
}

/** A purchase order's or receipt's staging key: first staged in `first`, last written in `last`. */
function referenceKey(
    w: World,
    key: string,
    type: 'purchase_order' | 'receipt',
    runs: { first: string; last: string; number?: string }
) {
    w.store.insert(STAGING_KEY.name, {
        key,
        connection: CONNECTION,
        object_type: type,
        document_number: runs.number ?? null,
        state: 'staged',
        first_run: runs.first,
        last_run: runs.last,
    })
}

describe('invoices citing POs whose lines or receipts the run changed or marked removed', () => {
    /** ready1 (PO-1) and ready2 (PO-2) judged ready in run 1, and two invoices waiting for PO-9. */
    function judged(): World {
        const w = new World()
        w.poLine('PO-1', '1/1')
        w.receipt('PO-1', '1/1', '1', 1)
        w.poLine('PO-2', '1/1')
        w.receipt('PO-2', '1/1', '1', 1)
        const first = w.nextRunId()
        w.invoice('ready1', first, { '1': ['PO-1', '1/1'] })
        w.invoice('ready2', first, { '1': ['PO-2', '1/1'] })
        w.invoice('waits1', first, { '1': ['PO-9', '1/1'] })
        w.invoice('waits2', first, { '1': ['PO-9', '2/1'] })
        referenceKey(w, 'po-PO-1', 'purchase_order', { first, last: first, number: 'PO-1' })
        referenceKey(w, 'rc-PO-1:1/1:1', 'receipt', { first, last: first })
        w.run((m) => m.sweepRun(10))
        expect(['ready1', 'ready2'].map((k) => w.keyOf(k).match_state)).toEqual(['ready', 'ready'])
        return w
    }

    it("a receipt the run marked removed: its PO's ready invoice waits again in that run, though the bound went to waiting ones", () => {
        const w = judged()
        const run = w.nextRunId()
        // What the removal sweep leaves: the receipt's rows Removed, its key written in this run.
        for (const r of w.store.query('sn_fcms_intg_imp_receipt', {}))
            if (r.u_erp_po_number === 'PO-1')
                w.store.update('sn_fcms_intg_imp_receipt', r.sys_id, { u_state: 'Removed' })
        const rk = w.keyOf('rc-PO-1:1/1:1')
        w.store.update(STAGING_KEY.name, rk.sys_id, { last_run: run })
        const out = w.run((m) => {
            m.recheckCited()
            m.recheck()
        }, 2)
        expect(w.keyOf('ready1')).toMatchObject({ match_state: 'waiting_for_receipt', match_run: out.run })
        // ready2 cites an unchanged PO: its turn has not come (the bound of 2 went to the waiting ones).
        expect(w.keyOf('ready2').match_run).not.toBe(out.run)
        expect(out.counts).toMatchObject({ checked: 3, waiting_for_receipt: 1, waiting_for_po: 2 })
    })

    it('a PO the run staged again without a line: its ready invoice waits for the PO in that run', () => {
        const w = judged()
        const run = w.nextRunId()
        w.clock.advance(1000)
        w.poLine('PO-1', '1/1', 'removed')
        w.store.update(STAGING_KEY.name, w.keyOf('po-PO-1').sys_id, { last_run: run })
        const out = w.run((m) => m.recheckCited(), 2)
        expect(w.keyOf('ready1')).toMatchObject({ match_state: 'waiting_for_po', match_run: out.run })
        expect(out.counts).toMatchObject({ checked: 1 })
    })

    it('looks at nothing beyond the keys when no PO or receipt staged before the run was written in it, and takes at most its bound', () => {
        const w = judged()
        const run = w.nextRunId()
        // New in this run: cannot take back a verdict.
        referenceKey(w, 'po-PO-7', 'purchase_order', { first: run, last: run, number: 'PO-1' })
        w.queries.length = 0
        expect(w.run((m) => m.recheckCited()).counts.checked).toBe(0)
        expect(w.queries.map((q) => q.table)).toEqual([STAGING_KEY.name])
        // Both ready invoices' POs written this run, a bound of 1: one re-judged.
        const next = w.nextRunId()
        referenceKey(w, 'po-PO-2', 'purchase_order', { first: run, last: next, number: 'PO-2' })
        w.store.update(STAGING_KEY.name, w.keyOf('po-PO-1').sys_id, { last_run: next })
        expect(w.run((m) => m.recheckCited(), 1).counts.checked).toBe(1)
    })
})

describe('the match columns of the s2p_import preset', () => {
    it('come from the field maps by canonical field: the invoice line cites PO number and PO line, the order line stage holds them', () => {
        const t = tablesOf()
        expect(t.invoiceLines).toMatchObject({
            table: 'sn_spend_intg_imp_invoice_line',
            reference: 'u_ml_connector_key',
            poNumber: 'u_purchase_order',
            poLineNumber: 'u_purchase_order_line',
            quantity: 'u_line_quantity',
        })
        expect(t.poLines).toMatchObject({
            table: 'sn_fcms_intg_imp_order_line',
            poNumber: 'u_erp_po_number',
            lineNumber: 'u_erp_po_line_number',
        })
        expect(t.receipts).toMatchObject({ table: 'sn_fcms_intg_imp_receipt', quantity: 'u_quantity_received' })
        expect(tablesOf(false).receipts).toBeNull()
    })

    it('are not there for presets without PO line tables (nothing is judged; legacy: legacy-readiness.test)', () => {
        for (const preset of ['brief', 's2p_tables'] as const) {
            const maps = { invoice: FIELD_MAPS[preset].supplier_invoice!, order: FIELD_MAPS[preset].purchase_order! }
            expect(matchTablesOf({ ...maps, receipts: null }, platform(true))).toBeNull()
        }
    })
})

describe('match readiness on the staging key', () => {
    it('waits for the PO, then for the receipt, then is ready: re-checked each run, never a flag', () => {
        const w = new World()
        w.invoice('k1', w.nextRunId(), { '1': ['PO-7', '3/1'], '2': [null, null] })
        w.run((m) => m.sweepRun(10))
        expect(w.keyOf('k1')).toMatchObject({
            match_state: 'waiting_for_po',
            match_summary:
                '0 of 2 line(s) ready. Line 1: waiting for PO PO-7 line 3/1. Line 2: no PO line referenced (not matchable).',
        })

        w.poLine('PO-7', '3/1')
        w.run((m) => m.recheck())
        expect(w.keyOf('k1').match_state).toBe('waiting_for_receipt')
        expect(w.keyOf('k1').match_summary).toContain('Line 1: waiting for receipt of PO PO-7 line 3/1')

        w.receipt('PO-7', '3/1', '1', 2)
        w.receipt('PO-7', '3/1', '2', 3)
        const { run } = w.run((m) => m.recheck())
        expect(w.keyOf('k1')).toMatchObject({ match_state: 'ready', match_run: run })
        expect(w.store.query('x_mlc_ifs_s2p_flag', { where: [] })).toEqual([])
        const audit = w.store.query(AUDIT.name, { where: [{ field: 'run', op: '=', value: run }] })
        expect(audit.map((a) => [a.operation, a.rows])).toEqual([['match_check', '1']])
        expect(audit[0].message).toContain('1 ready, 0 waiting')

        // Ready is re-checked with what the bound leaves: both receipts removed in IFS since (the
        // removal sweep marks them), so the invoice waits for its receipt again.
        for (const r of w.store.query('sn_fcms_intg_imp_receipt', { where: [] }))
            w.store.update('sn_fcms_intg_imp_receipt', r.sys_id, { u_state: 'Removed' })
        w.run((m) => m.recheck())
        expect(w.keyOf('k1').match_state).toBe('waiting_for_receipt')
    })

    it('re-checks ready invoices only with what the waiting ones leave of the bound, oldest check first', () => {
        const w = new World()
        w.poLine('PO-1', '1/1')
        w.receipt('PO-1', '1/1', '1', 1)
        w.invoice('ready1', w.nextRunId(), { '1': ['PO-1', '1/1'] })
        w.invoice('waits1', w.nextRunId(), { '1': ['PO-9', '1/1'] })
        w.invoice('waits2', w.nextRunId(), { '1': ['PO-9', '2/1'] })
        w.run((m) => m.sweepRun(10))
        expect(w.keyOf('ready1').match_state).toBe('ready')
        // A bound of 2: both waiting invoices, and no ready one.
        const full = w.run((m) => m.recheck(), 2)
        expect(full.counts).toMatchObject({ checked: 2, ready: 0 })
        // A bound of 3: the one left goes to the ready invoice.
        const left = w.run((m) => m.recheck(), 3)
        expect(left.counts).toMatchObject({ checked: 3, ready: 1 })
        expect(w.keyOf('ready1').match_run).toBe(left.run)
    })

    it('counts a partial receipt as received, names it, and sums receipts; an empty or cancelled receipt is none', () => {
        const w = new World()
        w.poLine('PO-1', '1/1')
        w.poLine('PO-1', '2/1')
        w.receipt('PO-1', '1/1', '1', 1)
        w.receipt('PO-1', '2/1', '1', 0)
        w.receipt('PO-1', '2/1', '2', 1, 'Cancelled')
        w.invoice('k2', w.nextRunId(), { '1': ['PO-1', '1/1', 4], '2': ['PO-1', '2/1', 1] })
        w.run((m) => m.sweepRun(10))
        expect(w.keyOf('k2').match_state).toBe('waiting_for_receipt')
        expect(w.keyOf('k2').match_summary).toBe(
            '1 of 2 line(s) ready. Line 1: partial receipt of PO PO-1 line 1/1, 1 of 4 received. Line 2: waiting for receipt of PO PO-1 line 2/1.'
        )
    })

    it('reads the latest row of a line: a PO line marked removed is gone, a receipt re-submitted counts once', () => {
        const w = new World()
        w.poLine('PO-3', '1/1')
        w.receipt('PO-3', '2/1', '1', 5)
        w.poLine('PO-3', '2/1')
        w.receipt('PO-3', '2/1', '1', 5)
        w.clock.advance(1000)
        w.poLine('PO-3', '1/1', 'removed')
        w.invoice('k3', w.nextRunId(), { '1': ['PO-3', '1/1'], '2': ['PO-3', '2/1', 10] })
        w.run((m) => m.sweepRun(10))
        expect(w.keyOf('k3').match_state).toBe('waiting_for_po')
        expect(w.keyOf('k3').match_summary).toContain('Line 2: partial receipt of PO PO-3 line 2/1, 5 of 10 received')
    })

    it('judges the keys of a page before they are written, from the lines as built, into the same key values', () => {
        const w = new World()
        w.poLine('PO-2', '1/1')
        w.receipt('PO-2', '1/1', '1', 3)
        const line = (n: string, po: string | null, poLine: string | null) => ({
            lineNumber: n,
            values: { u_erp_line_number: n, u_purchase_order: po, u_purchase_order_line: poLine, u_line_quantity: 3 },
        })
        const ready: Record<string, string | number | null> = { key: 'a' }
        const waiting: Record<string, string | number | null> = { key: 'b' }
        w.queries.length = 0
        const { run } = w.run((m) =>
            m.annotate([
                { key: 'a', lines: [line('1', 'PO-2', '1/1'), line('2', null, null)], values: ready },
                { key: 'b', lines: [line('1', 'PO-2', '2/1')], values: waiting },
            ])
        )
        expect(ready).toMatchObject({ match_state: 'ready', match_run: run })
        expect(waiting).toMatchObject({
            match_state: 'waiting_for_po',
            match_summary: '0 of 1 line(s) ready. Line 1: waiting for PO PO-2 line 2/1.',
        })
        // Reads only: the PO lines and receipts cited, once each; nothing is written but the audit.
        expect(w.queries.map((q) => q.table).sort()).toEqual([
            'sn_fcms_intg_imp_order_line',
            'sn_fcms_intg_imp_receipt',
        ])
        expect(w.store.writes.filter((x) => x.table === STAGING_KEY.name && x.op === 'update')).toEqual([])
    })

    it('re-judges the invoices judged earlier in the run once the run stages their POs and receipts; each counts once', () => {
        const w = new World()
        const run = w.nextRunId()
        const keys = ['a', 'b', 'c'].map((key) => {
            w.invoice(key, run, { '1': ['PO-9', '1/1', 2] })
            const line = { u_purchase_order: 'PO-9', u_purchase_order_line: '1/1', u_line_quantity: 2 }
            return { key, lines: [{ lineNumber: '1', values: line }], values: {} as Record<string, string | null> }
        })
        const { counts } = w.run((m) => {
            // The invoice page: judged before the run reads its purchase orders, written with the verdict.
            m.annotate(keys)
            for (const k of keys) {
                const sysId = w.keyOf(k.key).sys_id
                w.store.update(STAGING_KEY.name, sysId, k.values)
            }
            expect(keys.map((k) => k.values.match_state)).toEqual([
                'waiting_for_po',
                'waiting_for_po',
                'waiting_for_po',
            ])
            // Without anything staged after them, nothing is re-read.
            w.queries.length = 0
            m.recheckRun()
            expect(w.queries).toEqual([])
            // The same run stages the PO line and its receipt.
            w.poLine('PO-9', '1/1')
            w.receipt('PO-9', '1/1', '1', 2)
            m.referencesStaged()
            m.recheckRun()
        }, 2)
        expect(['a', 'b', 'c'].map((k) => w.keyOf(k).match_state)).toEqual(['ready', 'ready', 'ready'])
        expect(counts).toMatchObject({ checked: 3, ready: 3, waiting_for_po: 0, waiting_for_receipt: 0 })
    })

    it('says "receipt not checked" without a receipt stage; such invoices are not re-checked as waiting', () => {
        const w = new World(tablesOf(false))
        w.poLine('PO-5', '1/1')
        w.invoice('k4', w.nextRunId(), { '1': ['PO-5', '1/1'] })
        w.run((m) => m.sweepRun(10))
        expect(w.keyOf('k4').match_state).toBe('receipt_not_checked')
        expect(w.keyOf('k4').match_summary).toContain('receipt not checked')
    })

    it('re-checks "receipt not checked" invoices once a receipt stage exists, not before', () => {
        const without = new World(tablesOf(false))
        without.poLine('PO-6', '1/1')
        without.invoice('k6', without.nextRunId(), { '1': ['PO-6', '1/1'] })
        without.run((m) => m.sweepRun())
        without.queries.length = 0
        without.run((m) => m.recheck())
        expect(without.queries.filter((q) => q.table !== STAGING_KEY.name)).toEqual([])

        const withStage = new World(tablesOf(true))
        withStage.store.insert(STAGING_KEY.name, {
            key: 'k7',
            connection: CONNECTION,
            object_type: 'supplier_invoice',
            state: 'staged',
            line_hashes: JSON.stringify({ h: 'h', l: { '1': 'h' } }),
            match_state: 'receipt_not_checked',
        })
        withStage.store.insert('sn_spend_intg_imp_invoice_line', {
            u_purchase_order: 'PO-6',
            u_purchase_order_line: '1/1',
            u_ml_connector_key: 'k7:1',
        })
        withStage.poLine('PO-6', '1/1')
        withStage.receipt('PO-6', '1/1', '1', 1)
        withStage.run((m) => m.recheck())
        expect(withStage.keyOf('k7').match_state).toBe('ready')
    })

    it('judges a page of invoices with one query per table, whatever the number of lines', () => {
        const w = new World()
        const run = w.nextRunId()
        for (let i = 0; i < 40; i++) {
            const lines: Record<string, [string, string]> = {}
            for (let n = 1; n <= 6; n++) lines[String(n)] = [`PO-${i % 7}`, `${n}/1`]
            w.invoice(`p${i}`, run, lines)
        }
        for (let po = 0; po < 7; po += 2) w.poLine(`PO-${po}`, '1/1')
        w.queries.length = 0
        w.run((m) => m.sweepRun(100))
        const byTable = (t: string) => w.queries.filter((q) => q.table === t).length
        expect(byTable(STAGING_KEY.name)).toBe(1)
        expect(byTable('sn_spend_intg_imp_invoice_line')).toBe(1)
        expect(byTable('sn_fcms_intg_imp_order_line')).toBe(1)
        expect(byTable('sn_fcms_intg_imp_receipt')).toBe(1)
        // The page's invoices are now checked in this run: a second look finds none.
        expect(w.store.count(STAGING_KEY.name, [{ field: 'match_run', op: '=', value: run }])).toBe(40)
    })

    it('only touches invoices staged in the run after a page, and re-checks at most the bound per run', () => {
        const w = new World()
        w.invoice('old', 'x'.repeat(32), { '1': ['PO-9', '1/1'] })
        w.invoice('new', w.nextRunId(), { '1': ['PO-9', '1/1'] })
        w.run((m) => m.sweepRun(10))
        expect(w.keyOf('new').match_state).toBe('waiting_for_po')
        expect(w.keyOf('old').match_state).toBeNull()
        w.run((m) => m.recheck())
        expect(w.keyOf('old').match_state).toBe('waiting_for_po')
    })

    it('never fails the page it follows: a table the store refuses is audited once and readiness is left alone', () => {
        const w = new World()
        w.invoice('k5', w.nextRunId(), { '1': ['PO-1', '1/1'] })
        const query = w.store.query.bind(w.store)
        w.store.query = (table: string, q: Query) => {
            if (table === 'sn_fcms_intg_imp_order_line') throw new Error('no such table')
            return query(table, q)
        }
        const { run } = w.run((m) => {
            m.sweepRun(10)
            m.recheck()
        })
        expect(w.keyOf('k5').match_state).toBeNull()
        const audit = w.store.query(AUDIT.name, { where: [{ field: 'run', op: '=', value: run }] })
        expect(audit.map((a) => a.operation)).toEqual(['error'])
        expect(audit[0].message).toBe('Match readiness was not checked this run: no such table')
    })
})
