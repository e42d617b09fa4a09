import type { FilterExpr, ODataLiteral } from '../odata/query'

/**
 * A run of a page's document keys that is dense in key order: its lines are read with one range
 * on the last key field (`OrderNo ge 'PO0000001' and OrderNo le 'PO0004999'`) instead of a list
 * of every key, so a page's lines fill whole answer pages instead of one short answer per URL.
 */
export interface KeyRange {
    /** The key's leading fields (all but the last), matched exactly like a key list matches them. */
    leading: readonly ODataLiteral[]
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

function place(key: readonly ODataLiteral[]): Placed | null {
    const last = key[key.length - 1]
    const leading = JSON.stringify(key.slice(0, -1))
    if (last.kind === 'number')
        return Number.isSafeInteger(last.value) ? { key, shape: `${leading}#`, ordinal: last.value } : null
    if (last.kind !== 'string') return null
    const match = NUMBERED_TEXT.exec(last.value)
    if (!match) return null
    const ordinal = Number(match[2])
    if (!Number.isSafeInteger(ordinal)) return null
    return { key, shape: `${leading}'${match[1] ?? ''}'${match[2].length}`, ordinal }
}

/**
 * The keys as dense ranges where they are dense (MIN_RANGE_DENSITY, MIN_RANGE_KEYS) and the rest
 * listed. Keys whose last value is neither a whole number nor a numbered text are always listed.
 */
export function keyRanges(keys: readonly (readonly ODataLiteral[])[]): {
    ranges: KeyRange[]
    listed: (readonly ODataLiteral[])[]
} {
    const listed: (readonly ODataLiteral[])[] = []
    const shapes = new Map<string, Placed[]>()
    for (const key of keys) {
        const placed = key.length > 0 ? place(key) : null
        if (placed === null) {
            listed.push(key)
            continue
        }
        const list = shapes.get(placed.shape) ?? []
        list.push(placed)
        shapes.set(placed.shape, list)
    }
    const ranges: KeyRange[] = []
    for (const placed of shapes.values()) {
        placed.sort((a, b) => a.ordinal - b.ordinal)
        for (const run of denseRuns(placed)) {
            if (run.length < MIN_RANGE_KEYS) listed.push(...run.map((p) => p.key))
            else ranges.push(rangeOf(run))
        }
    }
    return { ranges, listed }
}

/** Sorted keys cut into runs, each as long as it stays dense from its first key. */
function denseRuns(sorted: readonly Placed[]): Placed[][] {
    const runs: Placed[][] = []
    let run: Placed[] = []
    for (const p of sorted) {
        const span = run.length === 0 ? 1 : p.ordinal - run[0].ordinal + 1
        if (run.length > 0 && (run.length + 1) / span < MIN_RANGE_DENSITY) {
            runs.push(run)
            run = []
        }
        run.push(p)
    }
    if (run.length > 0) runs.push(run)
    return runs
}

function rangeOf(run: readonly Placed[]): KeyRange {
    const first = run[0].key
    const last = first.length - 1
    return {
        leading: first.slice(0, last),
        low: first[last],
        high: run[run.length - 1].key[last],
        keys: run.map((p) => p.key),
        text: first[last].kind === 'string',
    }
}

/** `Company eq '10' and InvoiceId ge 4 and InvoiceId le 900`: the rows whose parent key falls in the range. */
export function rangeFilter(fields: readonly { readonly name: string }[], range: KeyRange): FilterExpr {
    const last = fields.length - 1
    return {
        op: 'and',
        args: [
            ...fields.slice(0, last).map((f, i) => ({ op: 'eq' as const, field: f.name, value: range.leading[i] })),
            { op: 'ge', field: fields[last].name, value: range.low },
            { op: 'le', field: fields[last].name, value: range.high },
        ],
    }
}
