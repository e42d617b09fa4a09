import type { FilterExpr, ODataLiteral } from '../odata/query'

/**
 * A run of a page's document keys that is dense in key order: its lines are read with one range
 * on the last key field (`OrderNo ge 'PO0000001' and OrderNo le 'PO0004999'`) instead of a list
 * of every key, so a page's lines fill whole answer pages instead of one short answer per URL.
 */
export interface KeyRange {
    /**
     * The values of the key's leading fields (all but the last) the range is read for, each matched
     * exactly like a key list matches them: one for keys of one company, or the several companies
     * of a run whose last values are one sequence across them (IFS's invoice ids).
     */
    leading: readonly (readonly ODataLiteral[])[]
    low: ODataLiteral
    high: ODataLiteral
    /** The page's keys inside the range. */
    keys: readonly (readonly ODataLiteral[])[]
    /**
     * A text range: a server whose collation orders the texts otherwise could leave one of the
     * page's keys outside it, so a document of such a range that got no line is read again by key.
     * A number range has no such doubt.
     */
    text: boolean
}

/**
 * A range holds at least this share of the keys it spans: the lines of the documents between the
 * page's keys (on other pages, or not documents of this connection) are read and dropped, at most
 * 1 in 20 of the documents the range covers.
 */
export const MIN_RANGE_DENSITY = 0.95

/**
 * One leading value's keys are one range when they hold at least this part of their even share of
 * the numbers they span (0.8 / 2 for two companies): a company's share of a run of ids picked at
 * random varies by a few percent over a few hundred keys, so its keys stay above this. Were the
 * numbers between them this company's documents on other pages, at most 1.5 documents are read
 * and dropped per document of the page (two companies), never a line lost.
 */
const MIN_SHARE_DENSITY = 0.8

/** Fewer keys than this are listed: a range costs about two keys' worth of URL. */
export const MIN_RANGE_KEYS = 4

/** A key's last value placed on a number line: its shape (keys of one shape compare like their numbers) and ordinal. */
interface Placed {
    key: readonly ODataLiteral[]
    shape: string
    ordinal: number
}

/**
 * A text key whose order among keys of its shape is its number's: a prefix ending in a non-digit,
 * then digits of a fixed width (`PO0000042`). Two such texts of one prefix and width compare as
 * their numbers do in any collation that orders digits 0–9, as every collation does.
 */
const NUMBERED_TEXT = /^(.*\D)?(\d+)$/

function place(key: readonly ODataLiteral[], byLeading: boolean): Placed | null {
    const last = key[key.length - 1]
    const leading = byLeading ? JSON.stringify(key.slice(0, -1)) : ''
    if (last.kind !== 'number' && last.kind !== 'string') return null
    const placed = placeValue(last.value)
    return placed === null ? null : { key, shape: `${leading}${placed.shape}`, ordinal: placed.ordinal }
}

/**
 * A key's last value on its number line: the shape of the values it compares with as numbers (a
 * whole number, or a numbered text of one prefix and width) and its number; null for any other
 * value. Also places the values of line rows IFS sends (line-stream.ts), so it takes raw values.
 */
export function placeValue(value: unknown): { shape: string; ordinal: number } | null {
    if (typeof value === 'number') return Number.isSafeInteger(value) ? { shape: '#', ordinal: value } : null
    if (typeof value !== 'string') return null
    const match = NUMBERED_TEXT.exec(value)
    if (!match) return null
    const ordinal = Number(match[2])
    if (!Number.isSafeInteger(ordinal)) return null
    return { shape: `'${match[1] ?? ''}'${match[2].length}`, ordinal }
}

/**
 * The keys as dense ranges where they are dense (MIN_RANGE_DENSITY, MIN_RANGE_KEYS) and the rest
 * listed. Keys whose last value is neither a whole number nor a numbered text are always listed.
 * A compound key is ranged across its leading values first, by the numbers of its last field
 * (an invoice id is one sequence across companies, so one company's ids on a page are only half
 * dense; ids numbered per company make each number appear once per company, still one range);
 * what is left is ranged per leading value. The cost of a wrong guess is rows read and dropped
 * (another company's invoices of the same numbers), never a line lost: number ranges are exact.
 */
export function keyRanges(keys: readonly (readonly ODataLiteral[])[]): {
    ranges: KeyRange[]
    listed: (readonly ODataLiteral[])[]
} {
    if (keys.length === 0 || keys[0].length < 2) return rangesBy(keys, true)
    const across = rangesBy(keys, false)
    // A company's half-dense keys hold short runs of consecutive ids (ranges of that company
    // alone): judged with the rest of its keys as its share first, else ranged per leading value.
    const mixed = across.ranges.filter((r) => r.leading.length > 1)
    const alone = across.ranges.filter((r) => r.leading.length === 1).flatMap((r) => r.keys)
    const shares = shareRanges([...alone, ...across.listed], sharingValues(keys, across.listed))
    const perLeading = rangesBy(shares.listed, true)
    return { ranges: [...mixed, ...shares.ranges, ...perLeading.ranges], listed: perLeading.listed }
}

/**
 * How many leading values (companies) share the numbers the keys span, for shareRanges: the page's
 * own when it has several. A page of one company's keys counts as two where dense runs left keys
 * over to list: the run at one stamp, ordered company first, fills its first pages with one
 * company's ids at about every other number (the other company's are on the next pages), and a page
 * cannot know how many companies the connection reads. Where the numbers between them are instead
 * the same company's documents of other pages, the range reads their lines too (read and dropped,
 * read again on their own page: rows, never a line lost), still fewer requests than URL batches of
 * listed keys. A page of one company that dense runs cover whole keeps its runs (1 = no shares).
 */
function sharingValues(
    keys: readonly (readonly ODataLiteral[])[],
    listedByRuns: readonly (readonly ODataLiteral[])[]
): number {
    const leading = new Set(keys.map((k) => JSON.stringify(k.slice(0, -1)))).size
    return leading > 1 || listedByRuns.length < MIN_RANGE_KEYS ? leading : 2
}

/**
 * What is left of one leading value's keys as one range when they hold at least its share of the
 * numbers they span (MIN_SHARE_DENSITY / sharingValues): a run of invoices at one
 * stamp comes company first, so one company's keys sit at about every other id of the sequence
 * the companies share (the other ids are the other company's, on the next page). Its lines are
 * read for that company alone, so the other company's ids cost nothing. Judged over the leading value's keys as a whole (a
 * run cut where it thins, as denseRuns does, would cut such keys into many short ranges); keys
 * too thin for it stay listed.
 */
function shareRanges(
    keys: readonly (readonly ODataLiteral[])[],
    leadingValues: number
): { ranges: KeyRange[]; listed: (readonly ODataLiteral[])[] } {
    if (leadingValues < 2) return { ranges: [], listed: [...keys] }
    const { shapes, listed } = byShape(keys, true)
    const ranges: KeyRange[] = []
    for (const group of shapes.values()) {
        const span = group[group.length - 1].ordinal - group[0].ordinal + 1
        if (group.length >= MIN_RANGE_KEYS && group.length / span >= MIN_SHARE_DENSITY / leadingValues)
            ranges.push(rangeOf(group))
        else listed.push(...group.map((p) => p.key))
    }
    return { ranges, listed }
}

function rangesBy(
    keys: readonly (readonly ODataLiteral[])[],
    byLeading: boolean
): { ranges: KeyRange[]; listed: (readonly ODataLiteral[])[] } {
    const { shapes, listed } = byShape(keys, byLeading)
    const ranges: KeyRange[] = []
    for (const placed of shapes.values()) {
        for (const run of denseRuns(placed)) {
            if (run.length < MIN_RANGE_KEYS) listed.push(...run.map((p) => p.key))
            else ranges.push(rangeOf(run))
        }
    }
    return { ranges, listed }
}

/** The keys placed on their number lines, by shape, each shape's in number order; the rest listed. */
function byShape(
    keys: readonly (readonly ODataLiteral[])[],
    byLeading: boolean
): { shapes: Map<string, Placed[]>; listed: (readonly ODataLiteral[])[] } {
    const listed: (readonly ODataLiteral[])[] = []
    const shapes = new Map<string, Placed[]>()
    for (const key of keys) {
        const placed = key.length > 0 ? place(key, byLeading) : null
        if (placed === null) {
            listed.push(key)
            continue
        }
        const list = shapes.get(placed.shape) ?? []
        list.push(placed)
        shapes.set(placed.shape, list)
    }
    for (const list of shapes.values()) list.sort((a, b) => a.ordinal - b.ordinal)
    return { shapes, listed }
}

/** Sorted keys cut into runs, each as long as it stays dense from its first key. */
function denseRuns(sorted: readonly Placed[]): Placed[][] {
    const runs: Placed[][] = []
    let run: Placed[] = []
    // Across leading values two keys may share a number: density counts the run's numbers, not its keys.
    let numbers = 0
    for (const p of sorted) {
        const isNew = run.length === 0 || p.ordinal !== run[run.length - 1].ordinal
        const span = run.length === 0 ? 1 : p.ordinal - run[0].ordinal + 1
        if (run.length > 0 && (numbers + (isNew ? 1 : 0)) / span < MIN_RANGE_DENSITY) {
            runs.push(run)
            run = []
            numbers = 0
        }
        if (run.length === 0 || isNew) numbers++
        run.push(p)
    }
    if (run.length > 0) runs.push(run)
    return runs
}

function rangeOf(run: readonly Placed[]): KeyRange {
    const first = run[0].key
    const last = first.length - 1
    const leading = new Map(run.map((p) => [JSON.stringify(p.key.slice(0, last)), p.key.slice(0, last)]))
    return {
        leading: [...leading.values()],
        low: first[last],
        high: run[run.length - 1].key[last],
        keys: run.map((p) => p.key),
        text: first[last].kind === 'string',
    }
}

/**
 * `Company eq '10' and InvoiceId ge 4 and InvoiceId le 900` (several companies: `Company in
 * ('10','20') and ...`): the rows whose parent key falls in the range.
 */
export function rangeFilter(fields: readonly { readonly name: string }[], range: KeyRange): FilterExpr {
    const last = fields.length - 1
    return {
        op: 'and',
        args: [
            ...leadingFilter(fields.slice(0, last), range.leading),
            { op: 'ge', field: fields[last].name, value: range.low },
            { op: 'le', field: fields[last].name, value: range.high },
        ],
    }
}

export function leadingFilter(
    fields: readonly { readonly name: string }[],
    leading: KeyRange['leading']
): FilterExpr[] {
    if (fields.length === 0) return []
    const eqs = (values: readonly ODataLiteral[]): FilterExpr[] =>
        fields.map((f, i) => ({ op: 'eq' as const, field: f.name, value: values[i] }))
    if (leading.length === 1) return eqs(leading[0])
    if (fields.length === 1) return [{ op: 'in', field: fields[0].name, values: leading.map((l) => l[0]) }]
    return [{ op: 'or', args: leading.map((l) => ({ op: 'and' as const, args: eqs(l) })) }]
}
