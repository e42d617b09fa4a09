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
 * Where one leading value's rows (one company's, or every row of a one-field key) stand in a line
 * set's stream between two pages of headers: the rows read beyond the last range it answered, and
 * where IFS's answer stood for them.
 */
interface Carry {
    /** The shape of that range's last values (placeValue): a range of another shape starts afresh. */
    shape: string
    /** The number of that range's high end: rows at or below it are behind the stream. */
    high: number
    /** Rows of this leading value read beyond `high`, in IFS's order: part of one answer page at most. */
    rows: IfsRow[]
    /** The stream holds every row of this leading value up to this row, in the stream's order. */
    after: IfsRow
}

/**
 * The line streams of one partition run, one per line set (lines, posting rows). A first sync's
 * header pages are runs of consecutive keys, one after the other; read on its own, each page's
 * range ends in a short answer page, half a request wasted per page and line set. A stream reads
 * on past a page's range in full pages and keeps what it read beyond it for the next page's range,
 * so consecutive pages share their line reads. It keeps its place per leading value (company): a
 * run of invoices at one stamp comes one company after the other, so a page may hold a range
 * across both companies and a range of one, and the next page the other company's and one across
 * both again; each continues its companies' places. Memory: at most one answer page of rows per
 * line set and leading value (a range stops reading at the first answer page that reaches past it,
 * and only the rows beyond it are kept). Made by the partition run and dropped with it (a deferred
 * or failed run starts afresh); a page's failed line read leaves no carry of that line set behind.
 */
export class LineStreams {
    /** Per line set, per leading value (its key text). */
    private readonly carries = new Map<string, Map<string, Carry>>()

    /** `pageSize`: rows per request of a stream (`$top` and the page size asked for). */
    constructor(readonly pageSize: number) {}

    /** A line set's carries, taken out for one page of headers (put back with keep). */
    take(entitySet: string): Map<string, Carry> {
        const carries = this.carries.get(entitySet) ?? new Map<string, Carry>()
        this.carries.delete(entitySet)
        return carries
    }

    keep(entitySet: string, carries: Map<string, Carry>): void {
        if (carries.size > 0) this.carries.set(entitySet, carries)
    }

    /** Rows held between pages, over every line set. */
    heldRows(): number {
        let held = 0
        for (const set of this.carries.values()) for (const c of set.values()) held += c.rows.length
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

/** A range placed on its number line, with its leading values by key text. */
interface Placed {
    range: KeyRange
    shape: string
    low: number
    high: number
    leads: { text: string; values: readonly ODataLiteral[] }[]
}

/** The carries of one line set while a page's ranges are read: the previous page's, and this page's. */
interface PageCarries {
    before: Map<string, Carry>
    after: Map<string, Carry>
    /** Leading values whose stream this page started afresh. */
    fresh: Set<string>
}

/**
 * Reads a page's key ranges as parts of their line set's stream, in key order (so a page's ranges
 * of one company continue one another), each first from the rows carried for its leading values,
 * then in keyset pages after the last row IFS sent for them. Returns the ranges it could not
 * stream (not placed on a number line, or no keyset position to send): the caller reads those as
 * before (rows taken twice are taken once). Carries of leading values this page did not stream
 * are dropped: their stream starts afresh. Throws like any line read.
 */
export function streamRanges(s: StreamRead, ranges: readonly KeyRange[], take: StreamTake): KeyRange[] {
    const carries: PageCarries = { before: s.streams.take(s.read.entitySet), after: new Map(), fresh: new Set() }
    const rest: KeyRange[] = []
    const placed: Placed[] = []
    for (const range of ranges) {
        const p = placeRange(s.read, range)
        if (p === null) rest.push(range)
        else placed.push(p)
    }
    placed.sort((a, b) => a.low - b.low)
    for (const p of placed)
        if (!startsOnce(s.read, p, carries) || !new StreamRun(s, p, take, carries).read()) rest.push(p.range)
    s.streams.keep(s.read.entitySet, carries.after)
    return rest
}

/**
 * A range streams when each of its leading values continues its carry or starts its stream on
 * this page for the first time: a page of many short ranges far apart (a company's sparse keys)
 * would otherwise read an answer page past each of them; those are read with one filter as before.
 */
function startsOnce(read: ChildRead, placed: Placed, carries: PageCarries): boolean {
    const lastField = read.parentKeys[read.parentKeys.length - 1].name
    const starts = placed.leads.filter(({ text }) => {
        const carry = carries.after.get(text) ?? carries.before.get(text)
        return carry === undefined || !continues(carry, placed, lastField)
    })
    if (starts.some((l) => carries.fresh.has(l.text))) return false
    for (const l of starts) carries.fresh.add(l.text)
    return true
}

/**
 * The range continues the carry: same shape, starting after the carry's high, and the documents
 * between them (read and dropped) no more than a range may skip, or already read.
 */
function continues(carry: Carry, placed: Placed, lastField: string): boolean {
    if (carry.shape !== placed.shape || placed.low <= carry.high) return false
    // The stream has read on to the range's low already: the rows between cost nothing more.
    const at = placeValue(carry.after[lastField])
    if (at !== null && at.shape === placed.shape && at.ordinal >= placed.low) return true
    const span = placed.high - carry.high
    return placed.low - carry.high - 1 <= Math.floor(span * (1 - MIN_RANGE_DENSITY))
}

function placeRange(read: ChildRead, range: KeyRange): Placed | null {
    const low = placeValue(range.low.value)
    const high = placeValue(range.high.value)
    if (low === null || high === null || low.shape !== high.shape) return null
    const fields = read.parentKeys.slice(0, -1)
    const leads: Placed['leads'] = []
    for (const values of range.leading) {
        const text = keyText(
            fields,
            values.map((v) => v.value)
        )
        if (text === null) return null
        if (!leads.some((l) => l.text === text)) leads.push({ text, values })
    }
    return { range, shape: low.shape, low: low.ordinal, high: high.ordinal, leads }
}

/** One leading value's part of a range's read. */
interface Lead {
    text: string
    values: readonly ODataLiteral[]
    /** The carry it continues (null: read from the range's low). */
    from: Carry | null
    /** The last row the stream holds for it (null: none yet). */
    after: IfsRow | null
    /** Its rows beyond the range. */
    beyond: IfsRow[]
    /** Every row of it up to the range's high is read. */
    done: boolean
}

/** One range's read within its stream. */
class StreamRun {
    private readonly leads: Lead[]
    private readonly byText = new Map<string, Lead>()
    private readonly order: string[]
    /** The parent key's fields before its last: a row's leading value, read once per run, not per row. */
    private readonly leadingKeys: StreamRead['read']['parentKeys']
    private readonly lastName: string

    constructor(
        private readonly s: StreamRead,
        private readonly placed: Placed,
        private readonly take: StreamTake,
        private readonly carries: PageCarries
    ) {
        this.order = streamOrder(s.read)
        this.leadingKeys = s.read.parentKeys.slice(0, -1)
        const lastField = s.read.parentKeys[s.read.parentKeys.length - 1].name
        this.lastName = lastField
        this.leads = placed.leads.map(({ text, values }) => {
            const carry = carries.after.get(text) ?? carries.before.get(text)
            carries.after.delete(text)
            carries.before.delete(text)
            const from = carry !== undefined && continues(carry, placed, lastField) ? carry : null
            const lead = { text, values, from, after: from?.after ?? null, beyond: [], done: false }
            this.byText.set(text, lead)
            return lead
        })
    }

    read(): boolean {
        // A carried row beyond the range: every row of its leading value in the range came before it.
        for (const lead of this.leads) if (lead.from && this.sort(lead.from.rows).beyond) lead.done = true
        if (this.leads.every((l) => l.done)) return this.keep()
        return this.s.morePages ? this.readOn() : this.readToEnd()
    }

    /** Keyset pages until one reaches past the range (kept for the next page) or IFS has no more. */
    private readOn(): boolean {
        const { reader, read, streams, objectType } = this.s
        for (;;) {
            const leads = this.leads.filter((l) => !l.done)
            const query = this.query(leads, false)
            if (query === null) return this.fallBack()
            const page = reader.readPage(read.entitySet, query, { objectType, maxPageSize: streams.pageSize })
            const sorted = this.sort(page.rows)
            if (page.rows.length > 0) this.advance(page.rows[page.rows.length - 1], sorted.leads)
            const ended = page.rows.length < streams.pageSize && page.nextLink === null
            // The stream's order runs along the last key field first: a row past the range's high
            // means every leading value asked for has all its rows up to it read.
            if (sorted.beyond || ended) return this.keep()
        }
    }

    /** The last page of headers: the rest of the range only (`le high`, every nextLink followed). */
    private readToEnd(): boolean {
        const { reader, read, streams, objectType } = this.s
        const query = this.query(
            this.leads.filter((l) => !l.done),
            true
        )
        if (query === null) return this.fallBack()
        reader.readAll(read.entitySet, query, (rows) => this.sort(rows), { objectType, maxPageSize: streams.pageSize })
        return true
    }

    /**
     * Rows of the range go to the page, rows beyond it to their leading value's carry, rows not
     * asked for are strays. Says whether a row lay beyond, and which leading values had rows.
     */
    private sort(rows: readonly IfsRow[]): { beyond: boolean; leads: Set<Lead> } {
        const inside: IfsRow[] = []
        const outside: IfsRow[] = []
        const leads = new Set<Lead>()
        let beyond = false
        for (const row of rows) {
            const { lead, place } = this.classify(row)
            if (lead) leads.add(lead)
            if (place === 'beyond' && lead) {
                lead.beyond.push(row)
                beyond = true
            } else if (place === 'outside') outside.push(row)
            else inside.push(row)
        }
        if (inside.length > 0) this.take.inside(inside)
        if (outside.length > 0) this.take.outside(outside)
        return { beyond, leads }
    }

    private classify(row: IfsRow): { lead: Lead | undefined; place: 'inside' | 'outside' | 'beyond' } {
        const text = rowKeyText(this.leadingKeys, row)
        // Rows without a key are the page's to judge (take throws); so are values of other shapes.
        if (text === null) return { lead: undefined, place: 'inside' }
        const lead = this.byText.get(text)
        if (!lead) return { lead, place: 'outside' }
        const at = placeValue(row[this.lastName])
        if (at === null || at.shape !== this.placed.shape) return { lead, place: 'inside' }
        if (at.ordinal > this.placed.high) return { lead, place: 'beyond' }
        if (lead.from === null && at.ordinal < this.placed.low) return { lead, place: 'outside' }
        return { lead, place: 'inside' }
    }

    /**
     * The answer page ended at `row`: every leading value with a row in it now stands there (a
     * leading value without one keeps its place, which may lie further on).
     */
    private advance(row: IfsRow, withRows: ReadonlySet<Lead>): void {
        for (const lead of withRows) {
            const before = lead.after
            if (before !== null && this.order.every((f) => before[f] === row[f]))
                throw new MalformedResponse(
                    this.s.read.entitySet,
                    'IFS answered a keyset page of lines with the row it continues after again'
                )
            lead.after = row
        }
    }

    /** Each leading value's place and rows beyond the range, for the next range (none after the last page). */
    private keep(): boolean {
        const { shape, high } = this.placed
        if (!this.s.morePages) return true
        for (const lead of this.leads)
            if (lead.after !== null)
                this.carries.after.set(lead.text, { shape, high, rows: lead.beyond, after: lead.after })
        return true
    }

    /**
     * A row whose order fields cannot be sent back (a missing line key) leaves no keyset position:
     * the caller reads the range as before (rows taken twice are taken once).
     */
    private fallBack(): boolean {
        return false
    }

    /**
     * The next request: each leading value after its last row (or from the range's low), those
     * that stand at one place asked for together.
     */
    private query(leads: readonly Lead[], toHigh: boolean): ODataQuery | null {
        const { read, tenantUrl } = this.s
        const fields = read.parentKeys.slice(0, -1)
        const last = read.parentKeys[read.parentKeys.length - 1]
        const groups = new Map<IfsRow | null, Lead[]>()
        for (const lead of leads) groups.set(lead.after, [...(groups.get(lead.after) ?? []), lead])
        const alternatives: FilterExpr[][] = []
        for (const [after, group] of groups) {
            const from =
                after === null
                    ? { op: 'ge' as const, field: last.name, value: this.placed.range.low }
                    : afterRow(this.order, after)
            if (from === null) return null
            alternatives.push([
                ...leadingFilter(
                    fields,
                    group.map((l) => l.values)
                ),
                from,
            ])
        }
        const parts =
            alternatives.length === 1 ? alternatives[0] : [{ op: 'or' as const, args: alternatives.map(allOf) }]
        if (toHigh) parts.push({ op: 'le', field: last.name, value: this.placed.range.high })
        const query: ODataQuery = {
            filter: allOf(parts),
            select: read.select,
            orderBy: this.order.map((field) => ({ field })),
            top: toHigh ? undefined : this.s.streams.pageSize,
        }
        const url = dataUrl(tenantUrl, read.entitySet, query, Number.POSITIVE_INFINITY)
        return url.length <= MAX_REQUEST_URL_LENGTH ? query : null
    }
}

function allOf(parts: FilterExpr[]): FilterExpr {
    return parts.length === 1 ? parts[0] : { op: 'and', args: parts }
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
