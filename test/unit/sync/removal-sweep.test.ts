import { SqliteStore } from '../../../src/local/store/sqlite-store'
import { STAGING_KEY } from '../../../src/tables'
import type { FieldMap, LineMap } from '../../../src/server/core/document-types/field-map'
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
    marked: { lines: string[][]; documents: { key: string | null; lineReferences: readonly string[] }[][] }
    audit: { operation: string; rows?: number; message?: string }[]
}

function harness(store: SqliteStore, reader: IfsReader, over: Partial<RemovalSweepContext> = {}): Harness {
    const staged: IfsRow[][] = []
    const marked: Harness['marked'] = { lines: [], documents: [] }
    const audit: Harness['audit'] = []
    const alreadyMarked = new Set<string>()
    const marks: RemovedMarks = {
        linesMarked: (refs) => (marked.lines.push([...refs]), new Set(refs.filter((r) => alreadyMarked.has(r)))),
        markDocuments: (docs) => (
            marked.documents.push(docs.map((d) => ({ key: d.rec.key, lineReferences: d.lineReferences }))),
            docs.length
        ),
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
        now: NOW,
        ...over,
    }
    return { ctx, staged, marked, audit }
}

/**
 * The sweep over the order line rows and the orders (by number) IFS shows: what it returned, its
 * harness, and its requests with their queries as sent.
 */
function sweepOver(store: SqliteStore, ifs: { lines: IfsRow[]; headers: string[] }) {
    const reader = new FixedReader({
        [LINE_SET]: ifs.lines,
        [PO_SET]: ifs.headers.map((OrderNo) => ({ OrderNo, Objversion: '1' })),
    })
    const h = harness(store, reader)
    const outcome = sweepRemovals(h.ctx)
    const calls = reader.calls.map((c) => ({ path: c.path, query: decodeURIComponent(renderQuery(c.query)) }))
    return { outcome, h, calls }
}

/** A staged key of the connection with a payload hash (and `more`), as staging leaves one. */
function stagedKey(store: SqliteStore, key: string, objectType: string, more: Record<string, string> = {}): void {
    store.insert(STAGING_KEY.name, {
        key,
        connection: CONNECTION.sysId,
        object_type: objectType,
        state: 'staged',
        payload_hash: 'x',
        ...more,
    })
}

const NOW = '2026-12-03 12:00:00'
const RUN = 'r'.repeat(32)

/** The default preset's order stage map, compiled as a run names its connector-key columns. */
function PURCHASE_ORDER_IMPORT_MAP(): FieldMap {
    const def = PURCHASE_ORDER.fieldMaps.s2p_import
    return {
        ...def,
        externalReference: 'u_third_party_import_id',
        lines: { ...def.lines, lineReference: 'u_ml_connector_key' } as LineMap,
    }
}

const keyRecord = (store: SqliteStore, key: string) =>
    store.query(STAGING_KEY.name, { where: [{ field: 'key', op: '=', value: key }] })[0]

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
        const { outcome, h, calls } = sweepOver(store, {
            lines: [poLine('PO1', '1'), poLine('PO2', '1'), poLine('PO9', '5')],
            headers: ['PO1', 'PO3'],
        })
        expect(outcome).toMatchObject({ checked: 3, removed: 1, documentsRemoved: 0, failed: null })
        // One key read for the three documents' lines; PO3, which IFS shows no line of, has its
        // header key asked for (still there: not removed); then PO1 by key with its lines.
        const [keys, headerKeys, ...reread] = calls
        expect(keys).toEqual({
            path: LINE_SET,
            query: "$filter=OrderNo in ('PO1','PO2','PO3')&$select=OrderNo,LineNo,ReleaseNo&$orderby=OrderNo asc,LineNo asc,ReleaseNo asc",
        })
        expect(headerKeys).toEqual({
            path: PO_SET,
            query: "$filter=OrderNo in ('PO3')&$select=OrderNo&$orderby=OrderNo asc",
        })
        expect(h.marked.documents).toEqual([])
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
        h.ctx.marks = { linesMarked: (refs) => new Set(refs), markDocuments: () => 0 }
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

describe('documents deleted in IFS as a whole', () => {
    it('asks the header keys only of documents IFS shows no line of, in one request, and marks the gone ones with their lines', () => {
        const store = new SqliteStore({ path: ':memory:' })
        stagePo(store, 'PO1', ['1/1'])
        stagePo(store, 'PO2', ['1/1', '2/1'])
        stagePo(store, 'PO3', [])
        stagePo(store, 'PO4', ['1/1'])
        // IFS: PO1 as staged; PO2 and PO3 deleted whole; PO4 lost its only line but is still there.
        const { outcome, h, calls } = sweepOver(store, { lines: [poLine('PO1', '1')], headers: ['PO1', 'PO4'] })
        expect(outcome).toMatchObject({ checked: 4, removed: 1, documentsRemoved: 2, failed: null })
        const [lineKeys, headerKeys, ...reread] = calls
        expect(lineKeys.path).toBe(LINE_SET)
        expect(headerKeys.query).toBe("$filter=OrderNo in ('PO2','PO3','PO4')&$select=OrderNo&$orderby=OrderNo asc")
        expect(h.marked.documents).toEqual([
            [
                { key: 'key-PO2', lineReferences: ['key-PO2:1/1', 'key-PO2:2/1'] },
                { key: 'key-PO3', lineReferences: [] },
            ],
        ])
        // PO4, still in IFS, has its lost line marked the usual way (re-read and staged); the gone ones are not re-read.
        expect(reread.map((c) => c.path)).toEqual([PO_SET, LINE_SET])
        expect(h.staged.map((rows) => rows.map((r) => r.OrderNo))).toEqual([['PO4']])
        const audit = h.audit.filter((a) => a.operation === 'removal_check')
        expect(audit.map((a) => a.rows)).toEqual([3])
        expect(audit[0].message).toMatch(
            /; 1 lines marked removed; 2 documents deleted in IFS as a whole marked removed, with their lines$/
        )
    })

    it('a document marked removed whole is not taken again: no line or header request for it', () => {
        const store = new SqliteStore({ path: ':memory:' })
        stagePo(store, 'PO1', ['1/1'])
        stagePo(store, 'PO2', ['1/1'])
        store.updateWhere(STAGING_KEY.name, [{ field: 'key', op: '=', value: 'key-PO2' }], { removed_at: NOW })
        // IFS shows neither: only PO1 is asked for, and only PO1 is found gone.
        const { outcome, h, calls } = sweepOver(store, { lines: [], headers: [] })
        expect(outcome).toMatchObject({ checked: 1, documentsRemoved: 1 })
        expect(calls.map((c) => c.query).join(' ')).not.toContain('PO2')
        expect(h.marked.documents).toEqual([[{ key: 'key-PO1', lineReferences: ['key-PO1:1/1'] }]])
    })

    it('a document whose lines IFS shows costs no header request', () => {
        const store = new SqliteStore({ path: ':memory:' })
        stagePo(store, 'PO1', ['1/1'])
        const reader = new FixedReader({ [LINE_SET]: [poLine('PO1', '1')] })
        const h = harness(store, reader)
        expect(sweepRemovals(h.ctx)).toMatchObject({ checked: 1, removed: 0, documentsRemoved: 0 })
        expect(reader.calls.map((c) => c.path)).toEqual([LINE_SET])
    })

    it('a failed header read marks nothing and leaves the documents due', () => {
        const store = new SqliteStore({ path: ':memory:' })
        stagePo(store, 'PO1', ['1/1'])
        const reader = new FixedReader({})
        const readAll = reader.readAll.bind(reader)
        reader.readAll = (path, query, onPage) => {
            if (path === PO_SET) throw new MalformedResponse(PO_SET, 'not JSON')
            return readAll(path, query, onPage)
        }
        const h = harness(store, reader)
        expect(sweepRemovals(h.ctx).failed).toMatch(/removal check of 1 staged documents failed/)
        expect(h.marked.documents).toEqual([])
        expect(checkedAt(store, 'key-PO1')).toBeNull()
    })

    it('marks the order stage rows Removed, every row of its lines removed with quantity and amount 0, once; the match no longer finds its lines', () => {
        const store = openModelStore()
        const table = 'sn_fcms_intg_imp_order'
        const lineTable = 'sn_fcms_intg_imp_order_line'
        stagedKey(store, 'po1', 'purchase_order', { source_hash: 's', line_hashes: '{"h":"h","l":{"1/1":"a"}}' })
        store.insert(table, { u_third_party_import_id: 'po1', u_erp_po_number: 'PO1', u_po_status: 'Released' })
        store.insert(table, { u_third_party_import_id: 'po2', u_erp_po_number: 'PO2', u_po_status: 'Released' })
        const line = (key: string, po: string) => ({
            u_ml_connector_key: `${key}:1/1`,
            u_erp_po_number: po,
            u_erp_po_line_number: '1/1',
            u_ml_line_state: 'open',
            u_quantity: 5,
            u_line_amount: 50,
        })
        store.insert(lineTable, line('po1', 'PO1'))
        store.insert(lineTable, line('po1', 'PO1'))
        store.insert(lineTable, line('po2', 'PO2'))
        const present = () =>
            ['PO1', 'PO2'].filter((po) =>
                readStagedFacts(store, MATCH_TABLES, [
                    { lineNumber: '1', poNumber: po, poLineNumber: '1/1', quantity: 1 },
                ]).hasPoLine(po, '1/1')
            )
        expect(present()).toEqual(['PO1', 'PO2'])
        const map = PURCHASE_ORDER_IMPORT_MAP()
        const marks = removedMarksOf({ store, runSysId: RUN, map, table, exists: () => true })
        const po1 = () => [{ rec: keyRecord(store, 'po1'), lineReferences: ['po1:1/1'] }]
        expect(marks.markDocuments(po1(), NOW)).toBe(1)
        expect(marks.markDocuments(po1(), NOW)).toBe(0)
        const rows = (t: string, column: string) =>
            store.query(t, { orderBy: [{ field: column }] }).map((r) => ({ ...r }))
        expect(rows(table, 'u_erp_po_number').map((r) => [r.u_erp_po_number, r.u_po_status])).toEqual([
            ['PO1', 'Removed'],
            ['PO2', 'Released'],
        ])
        const lineMap = map.lines!
        const col = (field: string) =>
            lineMap.columns.find((c) => c.source.kind === 'line' && c.source.field === field)!.column
        expect(
            rows(lineTable, 'u_erp_po_number').map((r) => [
                r.u_erp_po_number,
                r[col('lineState')],
                Number(r[col('lineQuantity')]),
                Number(r[col('lineAmount')]),
            ])
        ).toEqual([
            ['PO1', 'removed', 0, 0],
            ['PO1', 'removed', 0, 0],
            ['PO2', 'open', 5, 50],
        ])
        expect(keyRecord(store, 'po1')).toMatchObject({
            removed_at: NOW,
            last_run: RUN,
            payload_hash: null,
            source_hash: null,
            line_hashes: null,
        })
        expect(present()).toEqual(['PO2'])
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
        expect(h.marked.documents).toEqual([[{ key: gone, lineReferences: [] }]])
    })

    it("marks a receipt stage row Removed once, forgets the key's payload hash, and the match reads it as no receipt", () => {
        const store = openModelStore()
        const table = 'sn_fcms_intg_imp_receipt'
        stagedKey(store, 'k1', 'receipt')
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
        const marks = removedMarksOf({ store, runSysId: RUN, map, table, exists: () => true })
        const k1 = () => [{ rec: keyRecord(store, 'k1'), lineReferences: [] }]
        expect(marks.markDocuments(k1(), NOW)).toBe(1)
        expect(marks.markDocuments(k1(), NOW)).toBe(0)
        const state = (k: string) =>
            store.query(table, { where: [{ field: 'u_ml_connector_key', op: '=', value: k }] })[0].u_state
        expect([state('k1'), state('k2')]).toEqual(['Removed', 'Received'])
        expect(keyRecord(store, 'k1')).toMatchObject({ payload_hash: null, removed_at: NOW })
        // The match takes a removed receipt as it takes a cancelled one: no receipt of its PO line.
        expect(facts()).toEqual([
            { count: 0, received: 0 },
            { count: 1, received: 4 },
        ])
    })
})
