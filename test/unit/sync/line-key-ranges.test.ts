import type { IfsReader, IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import { PURCHASE_ORDER } from '../../../src/server/core/document-types/purchase-order'
import { SUPPLIER_INVOICE } from '../../../src/server/core/document-types/supplier-invoice'
import { lineRowsOf } from '../../../src/server/core/lines/document-line-rows'
import { keyRanges, MIN_RANGE_KEYS } from '../../../src/server/core/lines/key-ranges'
import { readLinesOf } from '../../../src/server/core/lines/line-reader'
import type { LineReadContext } from '../../../src/server/core/lines/line-reader'
import type { FilterExpr, ODataLiteral, ODataQuery } from '../../../src/server/core/odata/query'
import { renderQuery } from '../../../src/server/core/odata/render-query'

// A page's lines read by key ranges where the page's keys are dense: one filter for a run of
// consecutive keys, the lines of documents between them dropped, and a document of a text range
// that got no line read again by its key (another collation cannot lose lines).

const TENANT = 'https://acme.ifs.cloud'
const PO_SOURCE = { ...PURCHASE_ORDER.source, lines: PURCHASE_ORDER.lines }
const INV_SOURCE = { ...SUPPLIER_INVOICE.source, lines: SUPPLIER_INVOICE.lines }
const PO_LINES = PURCHASE_ORDER.lines.entitySet

const text = (value: string): ODataLiteral[] => [{ kind: 'string', value }]
const invoiceKey = (company: string, id: number): ODataLiteral[] => [
    { kind: 'string', value: company },
    { kind: 'number', value: id },
]
const po = (n: number) => `PO${String(n).padStart(7, '0')}`

/**
 * A reader that evaluates the filters the line reads send (eq, ge, le, in, and, or) over its rows
 * with JavaScript's own comparison, or with `compare` when a test stands in for another collation.
 */
class EvaluatingReader implements IfsReader {
    readonly filters: string[] = []
    constructor(
        private readonly rows: IfsRow[],
        private readonly compare: (a: unknown, b: unknown) => number = (a, b) => (a === b ? 0 : a! < b! ? -1 : 1)
    ) {}
    readAll(path: string, query: ODataQuery, onPage: (rows: readonly IfsRow[]) => void) {
        this.filters.push(decodeURIComponent(renderQuery({ filter: query.filter })))
        const rows = this.rows.filter((r) => query.filter === undefined || this.matches(query.filter, r))
        onPage(rows)
        return rows.length
    }
    readPage(): never {
        throw new Error('line reads follow every page')
    }
    private matches(f: FilterExpr, row: IfsRow): boolean {
        if (f.op === 'and') return f.args.every((a) => this.matches(a, row))
        if (f.op === 'or') return f.args.some((a) => this.matches(a, row))
        if (f.op === 'in') return f.values.some((v) => this.compare(row[f.field], v.value) === 0)
        if (f.op === 'eq') return this.compare(row[f.field], f.value.value) === 0
        if (f.op === 'ge') return this.compare(row[f.field], f.value.value) >= 0
        if (f.op === 'le') return this.compare(row[f.field], f.value.value) <= 0
        throw new Error(`not evaluated here: ${f.op}`)
    }
}

const audit = () => {
    const events: { rows?: number; message?: string }[] = []
    return { events, record: (e: { rows?: number; message?: string }) => void events.push(e) }
}

/** Reads the lines below a page of documents of one type, as a sync does. */
const readLines = (
    reader: IfsReader,
    page: readonly IfsRow[],
    type: Pick<LineReadContext, 'objectType' | 'source'>,
    trail = audit()
) => readLinesOf(page, { reader, tenantUrl: TENANT, ...type, maxPerRequest: 5000, audit: trail })

const readPos = (reader: IfsReader, orders: readonly string[], trail = audit()) =>
    readLines(
        reader,
        orders.map((o) => ({ Objversion: '1', OrderNo: o })),
        { objectType: 'purchase_order', source: PO_SOURCE },
        trail
    )

/** Reads the lines of a page of invoices (with their posting rows). */
const readInvoices = (reader: IfsReader, invoices: readonly IfsRow[]) =>
    readLines(reader, invoices, { objectType: 'supplier_invoice', source: INV_SOURCE })

const linesOf = (orders: readonly string[], perOrder = 2): IfsRow[] =>
    orders.flatMap((o) =>
        Array.from({ length: perOrder }, (_, i) => ({ OrderNo: o, LineNo: String(i + 1), ReleaseNo: '1' }))
    )

const attached = (rows: readonly IfsRow[]) => rows.map((r) => lineRowsOf(r)?.lines.length ?? -1)

describe('dense runs of keys as ranges', () => {
    it('makes one range of consecutive numbered texts and lists sparse or short runs', () => {
        const dense = Array.from({ length: 100 }, (_, i) => text(po(i + 1)))
        const sparse = [text(po(500)), text(po(520)), text(po(540))]
        const { ranges, listed } = keyRanges([...sparse, ...dense, text('FREE-TEXT')])
        expect(ranges.map((r) => [r.low, r.high, r.keys.length, r.text])).toEqual([
            [{ kind: 'string', value: po(1) }, { kind: 'string', value: po(100) }, 100, true],
        ])
        expect(listed).toEqual(expect.arrayContaining([...sparse, text('FREE-TEXT')]))
        expect(listed).toHaveLength(4)
    })

    it('keeps a range while it holds at least 95% of the keys it spans, and cuts it where it would not', () => {
        // 1..100 without 50: 99 of 100. Then 200..203 after a gap of 96: a run of its own.
        const keys = [...Array.from({ length: 100 }, (_, i) => i + 1).filter((n) => n !== 50), 200, 201, 202, 203]
        const { ranges, listed } = keyRanges(keys.map((n) => invoiceKey('10', n)))
        expect(ranges.map((r) => [r.low.value, r.high.value, r.keys.length, r.text])).toEqual([
            [1, 100, 99, false],
            [200, 203, 4, false],
        ])
        expect(listed).toEqual([])
        // Fewer keys than a range is worth are listed.
        expect(keyRanges([1, 2, 3].map((n) => invoiceKey('10', n))).ranges).toHaveLength(0)
        expect(MIN_RANGE_KEYS).toBe(4)
    })

    it('ranges numbers numbered per company together, and texts of one shape only', () => {
        const keys = [
            ...[1, 2, 3, 4].map((n) => invoiceKey('10', n)),
            ...[1, 2, 3, 4].map((n) => invoiceKey('20', n)),
            ...['A1', 'A2', 'A3', 'A10'].map(text),
        ]
        const { ranges, listed } = keyRanges(keys)
        // Ids numbered per company: each number once per company, one range for both.
        expect(ranges.map((r) => [r.leading.map((l) => l[0].value), r.low.value, r.high.value, r.keys.length])).toEqual(
            [[['10', '20'], 1, 4, 8]]
        )
        // A1..A3 (width 1) and A10 (width 2) are different shapes: too short a run each.
        expect(listed).toEqual(['A1', 'A2', 'A3', 'A10'].map(text))
    })

    it('ranges a number sequence across companies when each company alone is too sparse', () => {
        // Invoice ids 1..20, one sequence across both companies (odd in 10, even in 20).
        const keys = Array.from({ length: 20 }, (_, i) => invoiceKey(i % 2 === 0 ? '10' : '20', i + 1))
        const { ranges, listed } = keyRanges(keys)
        expect(listed).toEqual([])
        expect(ranges.map((r) => [r.leading.map((l) => l[0].value), r.low.value, r.high.value, r.keys.length])).toEqual(
            [[['10', '20'], 1, 20, 20]]
        )
    })
})

describe("one company's keys at about every other id (a run at one stamp, company first)", () => {
    const ids = (from: number, to: number, step: number) =>
        Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step)
    const summary = (ranges: ReturnType<typeof keyRanges>['ranges']) =>
        ranges.map((r) => [r.leading.map((l) => l[0].value), r.low.value, r.high.value, r.keys.length])

    /** Company 20's dense run 1..10 beside company 10's given ids. */
    const besideTwenty = (tens: readonly number[]) =>
        keyRanges([...ids(1, 10, 1).map((n) => invoiceKey('20', n)), ...tens.map((n) => invoiceKey('10', n))])
    // Runs of four ids, four apart: each run alone is a dense range, together half the numbers.
    const runsOfFour = Array.from({ length: 12 }, (_, k) => ids(100 + 8 * k, 103 + 8 * k, 1)).flat()

    it.each([
        ['the even ids 100..198 (the odd ones not on the page)', ids(100, 198, 2), [100, 198, 50]],
        ['short runs of consecutive ids among them (one range, not a range per run)', runsOfFour, [100, 191, 48]],
    ])("ranges them for that company alone beside another company's keys: %s", (_, tens, [low, high, count]) => {
        const { ranges, listed } = besideTwenty(tens)
        expect(summary(ranges)).toEqual([
            [['20'], 1, 10, 10],
            [['10'], low, high, count],
        ])
        expect(listed).toEqual([])
    })

    it("ranges them when the page holds that company's keys alone (the run's first pages: the other company's ids are on the next pages)", () => {
        const alone = ids(100, 198, 2).map((n) => invoiceKey('10', n))
        const { ranges, listed } = keyRanges(alone)
        expect(summary(ranges)).toEqual([[['10'], 100, 198, 50]])
        expect(listed).toEqual([])
    })

    it('lists them when they are thinner than that share, beside another company or alone', () => {
        // Every third id: a third of the numbers, below 80% of an even share (0.4 for two companies).
        const thin = ids(100, 199, 3)
        const { ranges, listed } = besideTwenty(thin)
        expect(summary(ranges)).toEqual([[['20'], 1, 10, 10]])
        expect(listed).toEqual(thin.map((n) => invoiceKey('10', n)))
        const alone = thin.map((n) => invoiceKey('10', n))
        expect(keyRanges(alone)).toEqual({ ranges: [], listed: alone })
    })
})

describe('reading a dense page of lines by range', () => {
    it('reads a run of orders with one range, drops the lines of an order between them, audits no stray', () => {
        const page = Array.from({ length: 100 }, (_, i) => po(i + 1)).filter((o) => o !== po(50))
        const reader = new EvaluatingReader(linesOf([...page, po(50), po(300)]))
        const trail = audit()
        const rows = readPos(reader, page, trail)
        expect(reader.filters).toEqual([`$filter=OrderNo ge '${po(1)}' and OrderNo le '${po(100)}'`])
        expect(attached(rows)).toEqual(page.map(() => 2))
        expect(trail.events).toEqual([])
    })

    it('ranges invoices per company, and reads posting rows the same way', () => {
        const invoices = [1, 2, 3, 4, 5].map((id) => ({ Objversion: '1', Company: '10', InvoiceId: id }))
        const reader = new EvaluatingReader([
            ...invoices.map((i) => ({ Company: '10', InvoiceId: i.InvoiceId, ItemId: 1, RowId: 1 })),
            { Company: '20', InvoiceId: 3, ItemId: 1, RowId: 1 },
        ])
        const rows = readInvoices(reader, invoices)
        expect(reader.filters).toEqual([
            "$filter=Company eq '10' and InvoiceId ge 1 and InvoiceId le 5",
            "$filter=Company eq '10' and InvoiceId ge 1 and InvoiceId le 5",
        ])
        expect(rows.map((r) => [lineRowsOf(r)?.lines.length, lineRowsOf(r)?.postings.length])).toEqual(
            invoices.map(() => [1, 1])
        )
    })

    it('reads a document of a text range that got no line again by its key: another collation loses nothing', () => {
        const page = Array.from({ length: 10 }, (_, i) => po(i + 1))
        // A server that orders PO0000007 after PO0000010 (as no binary collation would).
        const rank = (v: unknown) => (v === po(7) ? 'PO0000010~' : String(v))
        const compare = (a: unknown, b: unknown) => (rank(a) === rank(b) ? 0 : rank(a) < rank(b) ? -1 : 1)
        const reader = new EvaluatingReader(linesOf(page), compare)
        const rows = readPos(reader, page)
        expect(reader.filters).toEqual([
            `$filter=OrderNo ge '${po(1)}' and OrderNo le '${po(10)}'`,
            `$filter=OrderNo in ('${po(7)}')`,
        ])
        expect(attached(rows)).toEqual(page.map(() => 2))
    })

    it("reads invoices of one id sequence across companies with one range, dropping another company's rows", () => {
        const invoices = Array.from({ length: 10 }, (_, i) => ({
            Objversion: '1',
            Company: i % 2 === 0 ? '10' : '20',
            InvoiceId: i + 1,
        }))
        const reader = new EvaluatingReader([
            ...invoices.map((i) => ({ Company: i.Company, InvoiceId: i.InvoiceId, ItemId: 1, RowId: 1 })),
            // Another company's invoice 3: not on the page, not asked for.
            { Company: '30', InvoiceId: 3, ItemId: 1, RowId: 1 },
        ])
        const rows = readInvoices(reader, invoices)
        expect(reader.filters[0]).toBe("$filter=Company in ('10','20') and InvoiceId ge 1 and InvoiceId le 10")
        expect(reader.filters).toHaveLength(2)
        expect(rows.map((r) => lineRowsOf(r)?.lines.length)).toEqual(invoices.map(() => 1))
    })

    it('takes a line answered twice (a range and a listed key of a server that ties them) once', () => {
        const page = [...Array.from({ length: 10 }, (_, i) => po(i + 1)), 'X']
        // A server ignoring the filter: every request answers every row.
        const everything: IfsReader = {
            readAll: (_p, _q, onPage) => {
                onPage(linesOf(page))
                return 0
            },
            readPage: () => {
                throw new Error('not paged')
            },
        }
        expect(attached(readPos(everything, page))).toEqual(page.map(() => 2))
    })
})
