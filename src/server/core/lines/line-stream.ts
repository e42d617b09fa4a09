import type { ObjectType } from '../../../tables/object-types'
import { MalformedResponse } from '../ifs/ifs-errors'
import type { IfsReader, IfsRow } from '../ifs/ifs-reader'
import { dataUrl } from '../odata/data-url'
import type { FilterExpr, ODataLiteral, ODataQuery } from '../odata/query'
import { MAX_REQUEST_URL_LENGTH } from '../odata/request-bounds'
import type { KeyRange } from './key-ranges'
import { leadingFilter, MIN_RANGE_DENSITY, placeValue } from './key-ranges'
import type { ChildRead } from './line-queries'
import { keyText, rowKeyText } from './parent-key'

/**
 * What one line set's stream holds between two pages of headers: the rows it read beyond the
 * last range it answered, and where IFS's answer stood.
 */
interface Carry {
    /** The ranges this carry can continue: their leading values and the shape of their last values. */
    identity: string
    /** The number of the last range's high end: rows at or below it are behind the stream. */
    high: number
    /** Rows read beyond `high`, in IFS's order: part of one answer page at most. */
    rows: IfsRow[]
    /** The last row IFS sent: the stream continues after it (null: nothing read yet). */
    after: IfsRow | null
}

/**
 * The line streams of one partition run, one per line set (lines, posting rows). A first sync's
 * header pages are runs of consecutive keys, one after the other; read on its own, each page's
 * range ends in a short answer page, half a request wasted per page and line set. A stream reads
 * on past a page's range in full pages and keeps what it read beyond it (one page at most per
 * line set) for the next page's range, so consecutive pages share their line reads. Made by the
 * partition run and dropped with it (a deferred or failed run starts afresh).
 */
export class LineStreams {
    private readonly carries = new Map<string, Carry>()

    /** `pageSize`: rows per request of a stream (`$top` and the page size asked for). */
    constructor(readonly pageSize: number) {}

    /** The carry of a line set, taken out (put back with keep). */
    take(entitySet: string): Carry | undefined {
        const carry = this.carries.get(entitySet)
        this.carries.delete(entitySet)
        return carry
    }

    keep(entitySet: string, carry: Carry): void {
        this.carries.set(entitySet, carry)
    }

    /** Rows held between pages, over every line set. */
    heldRows(): number {
        let held = 0
        for (const c of this.carries.values()) held += c.rows.length
        return held
    }
}

interface StreamRead {
    reader: IfsReader
    tenantUrl: string
    objectType: ObjectType
    read: ChildRead
    streams: LineStreams
    /** More header pages follow: read on past the range and keep the rest; else read to its end only. */
    morePages: boolean
}

/** Where a row of a streamed read belongs. */
export interface StreamTake {
    /** Rows inside the query (of the range's documents, or of documents between its keys). */
    inside: (rows: readonly IfsRow[]) => void
    /** Rows the query did not ask for (another company, below the range): strays. */
    outside: (rows: readonly IfsRow[]) => void
}

/** A range placed on its number line, with what a row of it is compared by. */
interface Placed {
    range: KeyRange
    identity: string
    shape: string
    low: number
    high: number
    leading: Set<string>
}

/**
 * Reads the rows of one key range as part of its line set's stream: first the rows the stream
 * carries from the previous page (when this range continues it), then keyset pages after the last
 * row IFS sent. Returns false, having read nothing, when the range cannot be streamed (not placed
 * on a number line): the caller reads it as before. Throws like any line read.
 */
export function streamRange(s: StreamRead, range: KeyRange, take: StreamTake): boolean {
    const placed = placeRange(s.read, range)
    const carry = s.streams.take(s.read.entitySet)
    if (placed === null) return false
    const from = carry !== undefined && continues(carry, placed) ? carry : null
    const run = new StreamRun(s, placed, take, from)
    return run.read()
}

/**
 * The range continues the carry: same leading values and shape, starting after the carry's high,
 * and the documents between them (read and dropped) no more than a range may skip.
 */
function continues(carry: Carry, placed: Placed): boolean {
    if (carry.identity !== placed.identity || placed.low <= carry.high) return false
    const span = placed.high - carry.high
    return placed.low - carry.high - 1 <= Math.floor(span * (1 - MIN_RANGE_DENSITY))
}

function placeRange(read: ChildRead, range: KeyRange): Placed | null {
    const low = placeValue(range.low.value)
    const high = placeValue(range.high.value)
    if (low === null || high === null || low.shape !== high.shape) return null
    const fields = read.parentKeys.slice(0, -1)
    const leading = new Set<string>()
    for (const values of range.leading) {
        const text = keyText(
            fields,
            values.map((v) => v.value)
        )
        if (text !== null) leading.add(text)
    }
    const identity = JSON.stringify([[...leading].sort(), low.shape])
    return { range, identity, shape: low.shape, low: low.ordinal, high: high.ordinal, leading }
}

/** One range's read within its stream. */
class StreamRun {
    private after: IfsRow | null
    private readonly beyond: IfsRow[] = []
    private readonly order: string[]

    constructor(
        private readonly s: StreamRead,
        private readonly placed: Placed,
        private readonly take: StreamTake,
        private readonly from: Carry | null
    ) {
        this.after = from?.after ?? null
        this.order = streamOrder(s.read)
    }

    read(): boolean {
        if (this.from) this.sort(this.from.rows)
        // A row beyond the range in the carry: every row of the range came before it (IFS's order).
        if (this.beyond.length > 0) return this.keep()
        return this.s.morePages ? this.readOn() : this.readToEnd()
    }

    /** Keyset pages until one reaches past the range (kept for the next page) or IFS has no more. */
    private readOn(): boolean {
        const { reader, read, streams, objectType } = this.s
        for (;;) {
            const query = this.query(false)
            if (query === null) return this.fallBack()
            const page = reader.readPage(read.entitySet, query, { objectType, maxPageSize: streams.pageSize })
            this.sort(page.rows)
            if (page.rows.length > 0) this.advance(page.rows[page.rows.length - 1])
            const ended = page.rows.length < streams.pageSize && page.nextLink === null
            if (this.beyond.length > 0 || ended) return this.keep()
        }
    }

    /** The last page of headers: the rest of the range only (`le high`, every nextLink followed). */
    private readToEnd(): boolean {
        const { reader, read, streams, objectType } = this.s
        const query = this.query(true)
        if (query === null) return this.fallBack()
        reader.readAll(read.entitySet, query, (rows) => this.sort(rows), { objectType, maxPageSize: streams.pageSize })
        return true
    }

    /** Rows of the range go to the page, rows beyond it to the carry, rows not asked for are strays. */
    private sort(rows: readonly IfsRow[]): void {
        const { parentKeys } = this.s.read
        const leadingKeys = parentKeys.slice(0, -1)
        const lastName = parentKeys[parentKeys.length - 1].name
        const inside: IfsRow[] = []
        const outside: IfsRow[] = []
        for (const row of rows) {
            const leading = rowKeyText(leadingKeys, row)
            const at = placeValue(row[lastName])
            const ofShape = at !== null && at.shape === this.placed.shape
            if (leading !== null && !this.placed.leading.has(leading)) outside.push(row)
            else if (ofShape && at.ordinal > this.placed.high) this.beyond.push(row)
            else if (ofShape && this.from === null && at.ordinal < this.placed.low) outside.push(row)
            // Other shapes (and rows without a key: take throws) are the page's to judge.
            else inside.push(row)
        }
        if (inside.length > 0) this.take.inside(inside)
        if (outside.length > 0) this.take.outside(outside)
    }

    private advance(row: IfsRow): void {
        const before = this.after
        if (before !== null && this.order.every((f) => before[f] === row[f]))
            throw new MalformedResponse(
                this.s.read.entitySet,
                'IFS answered a keyset page of lines with the row it continues after again'
            )
        this.after = row
    }

    private keep(): boolean {
        this.s.streams.keep(this.s.read.entitySet, {
            identity: this.placed.identity,
            high: this.placed.high,
            rows: this.beyond,
            after: this.after,
        })
        return true
    }

    /**
     * A row whose order fields cannot be sent back (a missing line key) leaves no keyset position:
     * the caller reads the range as before (rows taken twice are taken once).
     */
    private fallBack(): boolean {
        return false
    }

    /** The next request: the range's leading values, after the last row (or from the range's low). */
    private query(toHigh: boolean): ODataQuery | null {
        const { read, tenantUrl } = this.s
        const last = read.parentKeys[read.parentKeys.length - 1]
        const parts = leadingFilter(read.parentKeys.slice(0, -1), this.placed.range.leading)
        const after = this.after === null ? null : afterRow(this.order, this.after)
        if (this.after !== null && after === null) return null
        parts.push(after ?? { op: 'ge', field: last.name, value: this.placed.range.low })
        if (toHigh) parts.push({ op: 'le', field: last.name, value: this.placed.range.high })
        const query: ODataQuery = {
            filter: parts.length === 1 ? parts[0] : { op: 'and', args: parts },
            select: read.select,
            orderBy: this.order.map((field) => ({ field })),
            top: toHigh ? undefined : this.s.streams.pageSize,
        }
        const url = dataUrl(tenantUrl, read.entitySet, query, Number.POSITIVE_INFINITY)
        return url.length <= MAX_REQUEST_URL_LENGTH ? query : null
    }
}

/**
 * A stream's order: the parent key's last field first (the field the ranges run along), then its
 * leading fields (several companies interleave by invoice id), then the row's own key: a total
 * order in which each document's rows are together and ranges follow one another.
 */
function streamOrder(read: ChildRead): string[] {
    const names = read.parentKeys.map((k) => k.name)
    const order = [names[names.length - 1], ...names.slice(0, -1)]
    for (const f of read.orderBy) if (!order.includes(f)) order.push(f)
    return order
}

/** `f1 gt v1 or (f1 eq v1 and (f2 gt v2 or ...))`: the rows after `row` in the stream's order. */
function afterRow(order: readonly string[], row: IfsRow): FilterExpr | null {
    const literals: ODataLiteral[] = []
    for (const f of order) {
        const v = row[f]
        if (typeof v === 'number' && Number.isFinite(v)) literals.push({ kind: 'number', value: v })
        else if (typeof v === 'string') literals.push({ kind: 'string', value: v })
        else return null
    }
    let filter: FilterExpr = { op: 'gt', field: order[order.length - 1], value: literals[literals.length - 1] }
    for (let i = order.length - 2; i >= 0; i--) {
        filter = {
            op: 'or',
            args: [
                { op: 'gt', field: order[i], value: literals[i] },
                { op: 'and', args: [{ op: 'eq', field: order[i], value: literals[i] }, filter] },
            ],
        }
    }
    return filter
}
