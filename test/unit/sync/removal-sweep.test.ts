import { SqliteStore } from '../../../src/local/store/sqlite-store'
import { STAGING_KEY } from '../../../src/tables'
import type { FieldMap } from '../../../src/server/core/document-types/field-map'
import { PURCHASE_ORDER } from '../../../src/server/core/document-types/purchase-order'
import { RECEIPT } from '../../../src/server/core/document-types/receipt'
import { MalformedResponse } from '../../../src/server/core/ifs/ifs-errors'
import type { IfsReader, IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import { lineRowsOf } from '../../../src/server/core/lines/document-line-rows'
import { selectDue, sweepRemovals } from '../../../src/server/core/lines/removal-sweep'
import type { RemovalSweepContext } from '../../../src/server/core/lines/removal-sweep'
import type { ODataQuery } from '../../../src/server/core/odata/query'
import { renderQuery } from '../../../src/server/core/odata/render-query'
import { removedMarksOf } from '../../../src/server/core/staging/removed-marks'
import type { RemovedMarks } from '../../../src/server/core/staging/removed-marks'
import type { PageOutcome } from '../../../src/server/core/sync/page-sink'
import { openModelStore } from '../../support/model-store'
import { readStagedFacts } from '../../../src/server/core/match/staged-rows'
import type { MatchTables } from '../../../src/server/core/match/match-tables'

/** The default preset's stage columns, as the match reads them (match-tables). */
const MATCH_TABLES = {
    invoiceLines: null,
    poLines: {
        table: 'sn_fcms_intg_imp_order_line',
        poNumber: 'u_erp_po_number',
        lineNumber: 'u_erp_po_line_number',
        reference: 'u_ml_connector_key',
        state: 'u_ml_line_state',
    },
    receipts: {
        table: 'sn_fcms_intg_imp_receipt',
        poNumber: 'u_erp_po_number',
        poLineNumber: 'u_erp_po_line_number',
        quantity: 'u_quantity_received',
        receiptNumber: 'u_erp_receipt_number',
        reference: 'u_ml_connector_key',
        state: 'u_state',
    },
} as unknown as MatchTables

// The removal sweep: which staged documents it takes (bounded, never checked first, then the
// oldest check; none read this run), what it asks IFS (line keys in bulk, nothing for documents
// read this run), and what it marks (lines through a re-read of their documents, receipts in place).

const CONNECTION = { sysId: 'c'.repeat(32), tenantUrl: 'https://acme.ifs.cloud', companies: [], pageSize: 100 }
const PO_SET = 'PurchaseOrderHandling.svc/PurchaseOrderSet'
const RECEIPT_SET = 'PurchaseReceiptHandling.svc/PurchaseReceiptSet'
const PO_SOURCE = { ...PURCHASE_ORDER.source, lines: PURCHASE_ORDER.lines }
const LINE_SET = PURCHASE_ORDER.lines.entitySet

/** A reader over fixed rows per entity set: records each request, filters nothing (the sweep must). */
class FixedReader implements IfsReader {
    readonly calls: { path: string; query: ODataQuery }[] = []
    failWith: Error | null = null
    constructor(private readonly rows: Record<string, IfsRow[]>) {}
    readAll(path: string, query: ODataQuery, onPage: (rows: readonly IfsRow[]) => void) {
        this.calls.push({ path, query })
        if (this.failWith) throw this.failWith
        onPage(this.rows[path] ?? [])
        return (this.rows[path] ?? []).length
    }
    readPage(): never {
        throw new Error('the sweep reads whole answers')
    }
}

/** A staged purchase order's key: its IFS key, the line numbers it remembers, when last checked. */
function stagePo(store: SqliteStore, orderNo: string, lines: string[], checkedAt: string | null = null): string {
    const key = `key-${orderNo}`
    store.insert(STAGING_KEY.name, {
        key,
        connection: CONNECTION.sysId,
        object_type: 'purchase_order',
        state: 'staged',
        source_key: JSON.stringify({ OrderNo: orderNo }),
        payload_hash: 'p'.repeat(64),
        line_hashes: JSON.stringify({ h: 'h', l: Object.fromEntries(lines.map((n) => [n, `hash-${n}`])) }),
        lines_checked_at: checkedAt,
    })
    return key
}

const poLine = (orderNo: string, lineNo: string) => ({ OrderNo: orderNo, LineNo: lineNo, ReleaseNo: '1' })

interface Harness {
    ctx: RemovalSweepContext
    staged: IfsRow[][]
    marked: { lines: string[][]; receipts: string[][] }
    audit: { operation: string; rows?: number; message?: string }[]
}

function harness(store: SqliteStore, reader: IfsReader, over: Partial<RemovalSweepContext> = {}): Harness {
    const staged: IfsRow[][] = []
    const marked = { lines: [] as string[][], receipts: [] as string[][] }
    const audit: Harness['audit'] = []
    const alreadyMarked = new Set<string>()
    const marks: RemovedMarks = {
        linesMarked: (refs) => (marked.lines.push([...refs]), new Set(refs.filter((r) => alreadyMarked.has(r)))),
        markReceipts: (keys) => (marked.receipts.push([...keys]), keys.length),
    }
    const stage = (rows: IfsRow[]): PageOutcome => {
        staged.push(rows)
        return { inserted: 0, updated: rows.length, duplicates: 0, flagged: 0, rejected: 0, resolved: 0, errors: 0 }
    }
    const ctx: RemovalSweepContext = {
        store,
        reader,
        connection: CONNECTION,
        objectType: 'purchase_order',
        entitySet: PO_SET,
        source: PO_SOURCE,
        bound: 200,
        readThisRun: new Set(),
        stage,
        marks,
        audit: { record: (e) => void audit.push(e) },
        redactor: { scrub: (t: string) => t },
        now: '2026-12-03 12:00:00',
        ...over,
    }
    return { ctx, staged, marked, audit }
}

const checkedAt = (store: SqliteStore, key: string) =>
    store.query(STAGING_KEY.name, { where: [{ field: 'key', op: '=', value: key }] })[0].lines_checked_at

describe('which staged documents the sweep takes', () => {
    it('the bound, never-checked first, then the oldest check; other connections and types left alone', () => {
        const store = new SqliteStore({ path: ':memory:' })
        stagePo(store, 'PO1', ['1/1'], '2026-12-01 10:00:00')
        stagePo(store, 'PO2', ['1/1'], null)
        stagePo(store, 'PO3', ['1/1'], '2026-11-30 10:00:00')
        stagePo(store, 'PO4', ['1/1'], '2026-12-02 10:00:00')
        store.insert(STAGING_KEY.name, {
            key: 'other',
            connection: 'd'.repeat(32),
            object_type: 'purchase_order',
            state: 'staged',
        })
        store.insert(STAGING_KEY.name, {
            key: 'pending',
            connection: CONNECTION.sysId,
            object_type: 'purchase_order',
            state: 'pending',
        })
        const { ctx } = harness(store, new FixedReader({}), { bound: 3 })
        expect(selectDue(ctx).map((d) => [d.rec.key, d.text])).toEqual([
            ['key-PO2', '["PO2"]'],
            ['key-PO3', '["PO3"]'],
            ['key-PO1', '["PO1"]'],
        ])
    })

    it('a bound of 0 reads nothing and asks IFS nothing', () => {
        const store = new SqliteStore({ path: ':memory:' })
        stagePo(store, 'PO1', ['1/1'])
        const reader = new FixedReader({})
        const h = harness(store, reader, { bound: 0 })
        expect(sweepRemovals(h.ctx)).toMatchObject({ checked: 0, removed: 0 })
        expect(reader.calls).toEqual([])
        expect(checkedAt(store, 'key-PO1')).toBeNull()
    })

    it('documents read this run are current: no request, and they are marked checked (the sweep moves on)', () => {
        const store = new SqliteStore({ path: ':memory:' })
        stagePo(store, 'PO1', ['1/1'])
        stagePo(store, 'PO2', ['1/1'])
        const reader = new FixedReader({})
        const h = harness(store, reader, { readThisRun: new Set(['["PO1"]', '["PO2"]']) })
        expect(sweepRemovals(h.ctx)).toMatchObject({ checked: 2, removed: 0, failed: null })
        expect(reader.calls).toEqual([])
        expect([checkedAt(store, 'key-PO1'), checkedAt(store, 'key-PO2')]).toEqual([h.ctx.now, h.ctx.now])
    })
})

describe('lines deleted in IFS', () => {
    it('reads only the line keys of every due document in one request, and re-reads only the document that lost a line', () => {
        const store = new SqliteStore({ path: ':memory:' })
        stagePo(store, 'PO1', ['1/1', '2/1'])
        stagePo(store, 'PO2', ['1/1'])
        stagePo(store, 'PO3', [])
        const reader = new FixedReader({
            [LINE_SET]: [poLine('PO1', '1'), poLine('PO2', '1'), poLine('PO9', '5')],
            [PO_SET]: [{ OrderNo: 'PO1', Objversion: '1' }],
        })
        const h = harness(store, reader)
        expect(sweepRemovals(h.ctx)).toMatchObject({ checked: 3, removed: 1, failed: null })
        // One key read for the two documents with lines (PO3 has none), then PO1 by key with its lines.
        const [keys, ...reread] = reader.calls
        expect(keys.path).toBe(LINE_SET)
        expect(decodeURIComponent(renderQuery(keys.query))).toBe(
            "$filter=OrderNo in ('PO1','PO2')&$select=OrderNo,LineNo,ReleaseNo&$orderby=OrderNo asc,LineNo asc,ReleaseNo asc"
        )
        expect(reread.map((c) => c.path)).toEqual([PO_SET, LINE_SET])
        expect(h.marked.lines).toEqual([['key-PO1:2/1']])
        expect(h.staged).toHaveLength(1)
        expect(h.staged[0].map((r) => r.OrderNo)).toEqual(['PO1'])
        expect(lineRowsOf(h.staged[0][0])?.lines.map((l) => l.LineNo)).toEqual(['1'])
        // (The fixed reader answers every line again for the re-read: its strays are audited as skipped.)
        expect(h.audit.filter((a) => a.operation === 'removal_check').map((a) => a.rows)).toEqual([1])
        for (const po of ['PO1', 'PO2', 'PO3']) expect(checkedAt(store, `key-${po}`)).toBe(h.ctx.now)
    })

    it('a line IFS shows again by the time its document is re-read is not counted as removed', () => {
        const store = new SqliteStore({ path: ':memory:' })
        stagePo(store, 'PO1', ['1/1', '2/1'])
        const reader = new FixedReader({
            [LINE_SET]: [poLine('PO1', '1')],
            [PO_SET]: [{ OrderNo: 'PO1', Objversion: '1' }],
        })
        const answers = [[poLine('PO1', '1')], [poLine('PO1', '1'), poLine('PO1', '2')]]
        const readAll = reader.readAll.bind(reader)
        reader.readAll = (path, query, onPage) =>
            path === LINE_SET
                ? (reader.calls.push({ path, query }), onPage(answers.shift()!), 0)
                : readAll(path, query, onPage)
        const h = harness(store, reader)
        expect(sweepRemovals(h.ctx)).toMatchObject({ checked: 1, removed: 0 })
        expect(h.staged).toHaveLength(1)
    })

    it('a line marked removed before is not read again for', () => {
        const store = new SqliteStore({ path: ':memory:' })
        stagePo(store, 'PO1', ['1/1', '2/1'])
        const reader = new FixedReader({ [LINE_SET]: [poLine('PO1', '1')] })
        const h = harness(store, reader)
        h.ctx.marks = { linesMarked: (refs) => new Set(refs), markReceipts: () => 0 }
        expect(sweepRemovals(h.ctx)).toMatchObject({ checked: 1, removed: 0 })
        expect(reader.calls.map((c) => c.path)).toEqual([LINE_SET])
        expect(h.staged).toEqual([])
    })

    it('a failed or malformed key read is audited, marks nothing, and leaves the documents due', () => {
        const store = new SqliteStore({ path: ':memory:' })
        stagePo(store, 'PO1', ['1/1'])
        for (const reader of [
            Object.assign(new FixedReader({}), { failWith: new MalformedResponse(LINE_SET, 'not JSON') }),
            new FixedReader({ [LINE_SET]: [{ LineNo: '1', ReleaseNo: '1' }] }),
        ]) {
            const h = harness(store, reader)
            const outcome = sweepRemovals(h.ctx)
            expect(outcome.failed).toMatch(
                /^purchase_order: the removal check of 1 staged documents failed \(.+\); they are checked again next run$/
            )
            expect(h.marked.lines).toEqual([])
            expect(h.staged).toEqual([])
            expect(h.audit.map((a) => a.operation)).toEqual(['removal_check'])
            expect(checkedAt(store, 'key-PO1')).toBeNull()
        }
    })
})

describe('receipts deleted in IFS', () => {
    const receiptKey = (orderNo: string, receiptNo: number) => ({
        OrderNo: orderNo,
        LineNo: '1',
        ReleaseNo: '1',
        ReceiptNo: receiptNo,
    })

    function stageReceipt(store: SqliteStore, orderNo: string, receiptNo: number): string {
        const key = `rk-${orderNo}-${receiptNo}`
        store.insert(STAGING_KEY.name, {
            key,
            connection: CONNECTION.sysId,
            object_type: 'receipt',
            state: 'staged',
            source_key: JSON.stringify(receiptKey(orderNo, receiptNo)),
        })
        return key
    }

    it('reads the receipts by their keys alone and marks the ones IFS no longer shows', () => {
        const store = new SqliteStore({ path: ':memory:' })
        stageReceipt(store, 'PO1', 1)
        const gone = stageReceipt(store, 'PO1', 2)
        const reader = new FixedReader({ [RECEIPT_SET]: [receiptKey('PO1', 1)] })
        const h = harness(store, reader, { objectType: 'receipt', entitySet: RECEIPT_SET, source: RECEIPT.source })
        expect(sweepRemovals(h.ctx)).toMatchObject({ checked: 2, removed: 1, failed: null })
        expect(reader.calls).toHaveLength(1)
        expect(decodeURIComponent(renderQuery(reader.calls[0].query))).toMatch(
            /&\$select=OrderNo,LineNo,ReleaseNo,ReceiptNo&/
        )
        expect(h.marked.receipts).toEqual([[gone]])
    })

    it("marks a receipt stage row Removed once, forgets the key's payload hash, and the match reads it as no receipt", () => {
        const store = openModelStore()
        const table = 'sn_fcms_intg_imp_receipt'
        store.insert(STAGING_KEY.name, {
            key: 'k1',
            connection: CONNECTION.sysId,
            object_type: 'receipt',
            state: 'staged',
            payload_hash: 'x',
        })
        const receipt = (key: string, line: string, quantity: number) => ({
            u_ml_connector_key: key,
            u_erp_po_number: 'PO1',
            u_erp_po_line_number: line,
            u_state: 'Received',
            u_quantity_received: quantity,
        })
        store.insert(table, receipt('k1', '1/1', 3))
        store.insert(table, receipt('k2', '2/1', 4))
        const facts = () => {
            const read = readStagedFacts(store, MATCH_TABLES, [
                { lineNumber: '1', poNumber: 'PO1', poLineNumber: '1/1', quantity: 3 },
            ])
            return [read.receiptsOf('PO1', '1/1'), read.receiptsOf('PO1', '2/1')]
        }
        expect(facts()).toEqual([
            { count: 1, received: 3 },
            { count: 1, received: 4 },
        ])
        const map = {
            columns: [{ column: 'u_state', source: { kind: 'field', field: 'state' }, transform: 'none' }],
            externalReference: 'u_ml_connector_key',
            lines: null,
        } as unknown as FieldMap
        const marks = removedMarksOf({ store, connectionSysId: CONNECTION.sysId, map, table, exists: () => true })
        expect(marks.markReceipts(['k1'])).toBe(1)
        expect(marks.markReceipts(['k1'])).toBe(0)
        const state = (k: string) =>
            store.query(table, { where: [{ field: 'u_ml_connector_key', op: '=', value: k }] })[0].u_state
        expect([state('k1'), state('k2')]).toEqual(['Removed', 'Received'])
        expect(
            store.query(STAGING_KEY.name, { where: [{ field: 'key', op: '=', value: 'k1' }] })[0].payload_hash
        ).toBeNull()
        // The match takes a removed receipt as it takes a cancelled one: no receipt of its PO line.
        expect(facts()).toEqual([
            { count: 0, received: 0 },
            { count: 1, received: 4 },
        ])
    })
})
