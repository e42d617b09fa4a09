import type { IfsReader, IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import { MalformedResponse } from '../../../src/server/core/ifs/ifs-errors'
import type { RequestContext } from '../../../src/server/core/ifs/request-context'
import { PURCHASE_ORDER } from '../../../src/server/core/document-types/purchase-order'
import { SUPPLIER_INVOICE } from '../../../src/server/core/document-types/supplier-invoice'
import { LINE_ROWS_FIELD, lineRowsOf } from '../../../src/server/core/lines/document-line-rows'
import { batchParentKeys, childQuery, lineRead } from '../../../src/server/core/lines/line-queries'
import { LINE_PAGE_SIZE, readLinesOf } from '../../../src/server/core/lines/line-reader'
import { dataUrl } from '../../../src/server/core/odata/data-url'
import type { ODataLiteral, ODataQuery } from '../../../src/server/core/odata/query'
import { renderQuery } from '../../../src/server/core/odata/render-query'
import { MAX_REQUEST_URL_LENGTH } from '../../../src/server/core/odata/request-bounds'

// Reading a page's lines in bulk: the `$filter` on the documents' keys, split only as the URL
// bound requires; rows attached to their documents by key; strays skipped; a row without its
// document's key fails the read.

const TENANT = 'https://acme.ifs.cloud'
const PO_SOURCE = { ...PURCHASE_ORDER.source, lines: PURCHASE_ORDER.lines }
const INV_SOURCE = { ...SUPPLIER_INVOICE.source, lines: SUPPLIER_INVOICE.lines }

/** A reader over fixed rows per entity set that evaluates nothing: it records what was asked. */
class RecordingReader implements IfsReader {
    readonly calls: { path: string; query: ODataQuery; context?: RequestContext }[] = []
    constructor(private readonly rows: Record<string, IfsRow[]>) {}
    readAll(path: string, query: ODataQuery, onPage: (rows: readonly IfsRow[]) => void, context?: RequestContext) {
        this.calls.push({ path, query, context })
        const rows = this.rows[path] ?? []
        onPage(rows)
        return rows.length
    }
    readPage(): never {
        throw new Error('line reads follow every page')
    }
}

const audit = () => {
    const events: { rows?: number; message?: string }[] = []
    return { events, record: (e: { rows?: number; message?: string }) => void events.push(e) }
}

const literal = (value: string): ODataLiteral[] => [{ kind: 'string', value }]

describe('the line query of a page', () => {
    it('filters on the parent key with `in`, or `or` of `and`s for a compound key, and selects only mapped fields', () => {
        const po = childQuery(lineRead(PURCHASE_ORDER.lines), [literal('PO1'), literal("O'2")])
        expect(decodeURIComponent(renderQuery(po))).toBe(
            "$filter=OrderNo in ('PO1','O''2')&$select=Objversion,OrderNo,LineNo,ReleaseNo,Description,BuyQtyDue,BuyUnitPrice,NetAmtCurr,QtyArrived,InvQtyArrived,Objstate,CodeA,CodeB&$orderby=OrderNo asc,LineNo asc,ReleaseNo asc"
        )
        const inv = childQuery(lineRead(SUPPLIER_INVOICE.lines), [
            [
                { kind: 'string', value: '10' },
                { kind: 'number', value: 4 },
            ],
            [
                { kind: 'string', value: '20' },
                { kind: 'number', value: 5 },
            ],
        ])
        expect(decodeURIComponent(renderQuery({ filter: inv.filter }))).toBe(
            "$filter=(Company eq '10' and InvoiceId eq 4) or (Company eq '20' and InvoiceId eq 5)"
        )
    })

    it('groups a compound key by its leading fields: each further document costs its last value only', () => {
        const key = (company: string, id: number): ODataLiteral[] => [
            { kind: 'string', value: company },
            { kind: 'number', value: id },
        ]
        const inv = childQuery(lineRead(SUPPLIER_INVOICE.lines), [
            key('10', 4),
            key('20', 5),
            key('10', 6),
            key('10', 7),
        ])
        expect(decodeURIComponent(renderQuery({ filter: inv.filter }))).toBe(
            "$filter=(Company eq '10' and InvoiceId in (4,6,7)) or (Company eq '20' and InvoiceId eq 5)"
        )
        const one = childQuery(lineRead(SUPPLIER_INVOICE.lines), [key('10', 4), key('10', 9)])
        expect(decodeURIComponent(renderQuery({ filter: one.filter }))).toBe(
            "$filter=Company eq '10' and InvoiceId in (4,9)"
        )
    })

    it('splits a page of keys into as few requests as the URL bound allows, each under it, every key once', () => {
        const read = lineRead(PURCHASE_ORDER.lines)
        const keys = Array.from({ length: 900 }, (_, i) => literal(`PO-${String(i).padStart(12, '0')}`))
        const { batches, tooLong } = batchParentKeys(TENANT, read, keys, 5000)
        expect(tooLong).toEqual([])
        expect(batches.flat()).toEqual(keys)
        const url = (batch: readonly (readonly ODataLiteral[])[]) =>
            dataUrl(TENANT, read.entitySet, childQuery(read, batch), Number.POSITIVE_INFINITY)
        for (const [i, batch] of batches.entries()) {
            expect(url(batch).length).toBeLessThanOrEqual(MAX_REQUEST_URL_LENGTH)
            // As few as possible: no batch could have taken the next key.
            if (i < batches.length - 1)
                expect(url([...batch, batches[i + 1][0]]).length).toBeGreaterThan(MAX_REQUEST_URL_LENGTH)
        }
        expect(batches.length).toBeGreaterThan(1)
    })
})

it('keeps a batch to the documents per request asked for', () => {
    const keys = Array.from({ length: 20 }, (_, i) => literal(`PO${i}`))
    const { batches } = batchParentKeys(TENANT, lineRead(PURCHASE_ORDER.lines), keys, 7)
    expect(batches.map((b) => b.length)).toEqual([7, 7, 6])
    expect(batches.flat()).toEqual(keys)
})

describe('reading the lines of a page', () => {
    const header = (orderNo: unknown) => ({ Objversion: '1', OrderNo: orderNo })
    const line = (orderNo: string, lineNo: string) => ({ OrderNo: orderNo, LineNo: lineNo, ReleaseNo: '1' })
    /** How these tests read: PO lines unless a test says otherwise, up to 100 documents a request. */
    const readWith = (reader: RecordingReader, trail = audit()) => ({
        reader,
        tenantUrl: TENANT,
        objectType: 'purchase_order' as const,
        source: PO_SOURCE,
        maxPerRequest: 100,
        audit: trail,
    })

    it('attaches each line to its document in one request, and skips rows of documents not asked for', () => {
        const reader = new RecordingReader({
            [PURCHASE_ORDER.lines.entitySet]: [line('PO1', '1'), line('PO2', '1'), line('PO1', '2'), line('PO9', '1')],
        })
        const trail = audit()
        const rows = readLinesOf([header('PO1'), header('PO2'), header('PO3')], readWith(reader, trail))
        expect(reader.calls).toHaveLength(1)
        expect(reader.calls[0].context).toEqual({ objectType: 'purchase_order', maxPageSize: LINE_PAGE_SIZE })
        expect(rows.map((r) => lineRowsOf(r)?.lines.map((l) => `${String(l.OrderNo)}/${String(l.LineNo)}`))).toEqual([
            ['PO1/1', 'PO1/2'],
            ['PO2/1'],
            [],
        ])
        expect(rows[0].OrderNo).toBe('PO1')
        expect(trail.events).toEqual([
            expect.objectContaining({
                rows: 1,
                message: '1 line or posting rows IFS returned for documents not asked for were skipped',
            }),
        ])
    })

    it('reads posting rows beside the lines, matching a number key however IFS writes it', () => {
        const inv = (id: unknown) => ({ Objversion: '1', Company: '10', InvoiceId: id })
        const reader = new RecordingReader({
            [SUPPLIER_INVOICE.lines.entitySet]: [{ Company: '10', InvoiceId: 4, ItemId: 1 }],
            [SUPPLIER_INVOICE.lines.postings.entitySet]: [{ Company: '10', InvoiceId: '4', RowId: 1, ItemId: 1 }],
        })
        const rows = readLinesOf([inv('4')], {
            ...readWith(reader),
            objectType: 'supplier_invoice',
            source: INV_SOURCE,
        })
        expect(reader.calls.map((c) => c.path)).toEqual([
            SUPPLIER_INVOICE.lines.entitySet,
            SUPPLIER_INVOICE.lines.postings.entitySet,
        ])
        expect(lineRowsOf(rows[0])).toEqual({
            lines: [{ Company: '10', InvoiceId: 4, ItemId: 1 }],
            postings: [{ Company: '10', InvoiceId: '4', RowId: 1, ItemId: 1 }],
        })
    })

    it('leaves a document whose key cannot be sent as it is (its own mapping flags it), and asks nothing for none', () => {
        const reader = new RecordingReader({})
        const rows = readLinesOf([header(null), header('x'.repeat(201))], readWith(reader))
        expect(reader.calls).toEqual([])
        expect(rows.map((r) => LINE_ROWS_FIELD in r)).toEqual([false, false])
    })

    it('fails the read when a line row lacks its document key: it could not be attached and would be lost', () => {
        const reader = new RecordingReader({ [PURCHASE_ORDER.lines.entitySet]: [{ LineNo: '1', ReleaseNo: '1' }] })
        const read = () => readLinesOf([header('PO1')], readWith(reader))
        expect(read).toThrow(MalformedResponse)
        expect(read).toThrow(
            "IFS sent a malformed response for PurchaseOrderHandling.svc/PurchaseOrderLineNopartSet: a row without its document's key (OrderNo) cannot be attached to its document"
        )
    })

    it('passes rows through when the source reads no lines', () => {
        const reader = new RecordingReader({})
        const rows = [header('PO1')]
        expect(readLinesOf(rows, { ...readWith(reader), source: PURCHASE_ORDER.source })).toEqual(rows)
        expect(reader.calls).toEqual([])
    })
})
