import type { ConnectionConfig, PartitionConfig } from '../config/connection-config'
import type { IfsRow } from '../ifs/ifs-reader'
import { Failure } from '../domain/failure'
import { requestValueProblem } from '../odata/request-bounds'
import { stampMinusSecondsOrNull, stampValue } from './stamp'

/** A key value as IFS sends it: string fields as strings, number fields as numbers. */
export type KeyValue = string | number

/**
 * Position in a partition: the (modified stamp, key...) of the last row staged. Rows compare by
 * stamp, then by each key field in order, the same order as the `$orderby` of every page.
 */
export interface Cursor {
    modified: string
    keys: readonly KeyValue[]
}

export class CursorError extends Failure {
    constructor(message: string) {
        super(message)
        this.name = 'CursorError'
    }
}

/**
 * Where a read starts: after an exact cursor, or (overlap) from a stamp on, inclusive, keys ignored.
 * `at_or_after` includes the cursor's own key: once a server is seen to compare keys by a collation
 * of its own, rows it ties with the cursor's key (`'PO-1'`, `'po-1'`, `'PO-1 '`) are asked for
 * again rather than left behind by `gt` (see page-placement).
 */
export type ReadFrom =
    | { kind: 'start' }
    | { kind: 'after'; cursor: Cursor }
    | { kind: 'at_or_after'; cursor: Cursor }
    | { kind: 'from_stamp'; modified: string }

/** What names a partition's rows: the object type (for messages) and its source mapping. */
export type SourcedType = Pick<PartitionConfig, 'objectType' | 'source'>

/** What places a row: a stamp and keys (a document's, or a line's: core/lines/changed-lines). */
export interface PositionedType {
    objectType: PartitionConfig['objectType']
    source: Pick<PartitionConfig['source'], 'modified' | 'keys'>
}

/** The cursor a row stands at; an error when IFS left out the stamp or a key (never guess a position). */
export function cursorOf(partition: PositionedType, row: IfsRow): Cursor {
    const { objectType, source } = partition
    const m = stampValue(source.modified, row[source.modified.name])
    if (m === null) throw new CursorError(`A ${objectType} row has no ${source.modified.name}`)
    // The cursor goes into every later query: a value no request can carry must not become it.
    const unsendable = (field: string, v: string): void => {
        const problem = requestValueProblem(v)
        if (problem !== null) throw new CursorError(`A ${objectType} row's ${field} ${problem}`)
    }
    unsendable(source.modified.name, m)
    const keys = source.keys.map((k) => {
        const v = row[k.name]
        if (k.kind === 'number' ? typeof v !== 'number' || !Number.isFinite(v) : typeof v !== 'string' || v === '') {
            throw new CursorError(`A ${objectType} row has no valid ${k.name}`)
        }
        if (typeof v === 'string') unsendable(k.name, v)
        return v as KeyValue
    })
    return { modified: m, keys }
}

function compareValues(a: KeyValue, b: KeyValue): number {
    if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1
    return compareCodePoints(String(a), String(b))
}

/**
 * Text by Unicode code point, the order of a binary collation on UTF-8 (Oracle's default). JavaScript's
 * `<` compares UTF-16 code units, which puts U+10000 and above (emoji) before U+E000..U+FFFF.
 */
function compareCodePoints(a: string, b: string): number {
    if (a === b) return 0
    const n = Math.min(a.length, b.length)
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i)
        const y = b.charCodeAt(i)
        if (x !== y) return inCodePointOrder(x) - inCodePointOrder(y)
    }
    return a.length - b.length
}

/** A UTF-16 code unit moved so units compare like the code points they encode (surrogates above U+FFFF's units). */
function inCodePointOrder(unit: number): number {
    if (unit >= 0xe000) return unit - 0x800
    return unit >= 0xd800 ? unit + 0x2000 : unit
}

/**
 * Orders cursors exactly, by UTF-16 code unit (string stamps compare as strings): keys that differ
 * only in letter case or trailing spaces are different positions, as they are different documents.
 */
export function compareCursors(a: Cursor, b: Cursor): number {
    return compareBy(a, b, (v) => v)
}

/**
 * Key text as a case-insensitive collation that ignores trailing spaces compares it (SQL Server's
 * default, `..._CI_AS`): what a server sorting that way sees. Numbers are unchanged.
 */
function folded(value: KeyValue): KeyValue {
    return typeof value === 'string' ? value.replace(/ +$/, '').toLowerCase() : value
}

/** Orders cursors the way such a collation would: the stamp exactly, keys folded. */
function compareCursorsFolded(a: Cursor, b: Cursor): number {
    return compareBy(a, b, folded)
}

function compareBy(a: Cursor, b: Cursor, key: (value: KeyValue) => KeyValue): number {
    const m = compareValues(a.modified, b.modified)
    if (m !== 0) return m
    for (let i = 0; i < Math.min(a.keys.length, b.keys.length); i++) {
        const c = compareValues(key(a.keys[i]), key(b.keys[i]))
        if (c !== 0) return c
    }
    return 0
}

/**
 * Whether `later`, sent right after `earlier` at the same stamp, shows the server ordering keys by a
 * collation of its own: it comes exactly before `earlier` (the server sorts otherwise: ignoring
 * case, by UTF-16 units, ...), or the two are twins a folding collation ties (`'PO-1'`, `'po-1'`),
 * whose order and `gt` filter then depend on that collation. Rows of different stamps are judged
 * by the stamp alone (going back there is an error, not a collation).
 */
export function orderDisagrees(earlier: Cursor, later: Cursor): boolean {
    if (earlier.modified !== later.modified) return false
    const exact = compareCursors(later, earlier)
    return exact < 0 || (exact !== 0 && compareCursorsFolded(later, earlier) === 0)
}

/**
 * Whether a row sent for a query after `cursor` sits at its stamp exactly before it, though a
 * folding collation puts it at or after (`'Abd'` after `'abc'`): the server's `gt` is not ours.
 * A row before the cursor in both orders is a repeat, as IFS warns paging may send.
 */
export function cursorDisagrees(cursor: Cursor, row: Cursor): boolean {
    if (cursor.modified !== row.modified) return false
    return compareCursors(row, cursor) < 0 && compareCursorsFolded(row, cursor) >= 0
}

/** Exact identity of a position, for sets of positions already read. */
export function positionId(cursor: Cursor): string {
    return JSON.stringify([cursor.modified, ...cursor.keys])
}

/**
 * The stamp `seconds` before `modified`: an Objversion `YYYYMMDDHHMMSS` (UTC) or a date-time
 * stamp as the cursor holds it (core/sync/stamp); any other shape is returned unchanged (no
 * overlap rather than a wrong one).
 */
export function stampMinusSeconds(modified: string, seconds: number): string {
    if (seconds <= 0) return modified
    return stampMinusSecondsOrNull(modified, seconds) ?? modified
}

/** `20260115080000 ["PO-1"]`: how run records show a cursor. */
export function describeCursor(cursor: Cursor | null): string {
    return cursor === null ? '(start)' : `${cursor.modified} ${JSON.stringify(cursor.keys)}`
}

// --- The re-read window ---------------------------------------------------------------------

/** The re-read window behind the cursor: the lookback, or the older clock-skew overlap if larger. */
export function lookbackWindowSeconds(
    connection: Pick<ConnectionConfig, 'lookbackSeconds' | 'overlapSeconds'>
): number {
    return Math.max(connection.lookbackSeconds, connection.overlapSeconds)
}

/**
 * Where a partition's read starts. With a committed cursor and a window, from the cursor's stamp
 * minus the window, inclusive: rows IFS committed after an earlier read had passed their stamp
 * (a long transaction), and rows whose stamp moved backwards, are read again; rows that did not
 * change are recognised by staging key and payload hash and write nothing. The cursor never moves
 * back (commits only go forward), so the window is re-read relative to the same cursor until new
 * rows move it on. A slice that resumes a deferred run (out of time budget, throttled) does not
 * re-read the window again: the run's first slice did, and a window holding more rows than one
 * slice can read would otherwise be read again by every slice and the cursor would never move.
 */
export function readStart(
    cursor: Cursor | null,
    windowSeconds: number,
    resuming: boolean
): { from: ReadFrom; note: string | null } {
    if (cursor === null) return { from: { kind: 'start' }, note: null }
    const after: ReadFrom = { kind: 'after', cursor }
    if (windowSeconds <= 0 || resuming) return { from: after, note: null }
    const lower = stampMinusSeconds(cursor.modified, windowSeconds)
    if (lower === cursor.modified) {
        // Only an Objversion YYYYMMDDHHMMSS or a date-time can be moved back by seconds; say so rather than guess.
        return {
            from: after,
            note: `lookback of ${windowSeconds} s not applied: the stamp ${cursor.modified} is not a YYYYMMDDHHMMSS time or a date-time`,
        }
    }
    return { from: { kind: 'from_stamp', modified: lower }, note: null }
}

/** A row at or before an exact read position was handed on already: IFS sent it again. */
export function isAlreadyRead(position: Cursor, from: ReadFrom): boolean {
    return from.kind === 'after' && compareCursors(position, from.cursor) <= 0
}

// --- Stored form (sync_state.cursor_modified / cursor_key) ----------------------------------

/** A cursor as the sync_state row holds it: the stamp, and the keys as a JSON array. */
export interface StoredCursor {
    modified: string | null
    key: string | null
}

export function encodeCursor(cursor: Cursor): { modified: string; key: string } {
    return { modified: cursor.modified, key: JSON.stringify(cursor.keys) }
}

/** Null before the first committed page. A damaged key is an error naming `row`, not a silent restart. */
export function decodeCursor(stored: StoredCursor, row: string): Cursor | null {
    if (!stored.modified) return null
    let keys: unknown
    try {
        keys = JSON.parse(stored.key ?? '')
    } catch {
        throw new Error(`${row}: cursor_key is not JSON; fix or clear both cursor fields`)
    }
    if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string' || typeof k === 'number')) {
        throw new Error(`${row}: cursor_key must be a JSON array of key values`)
    }
    return { modified: stored.modified, keys: keys as KeyValue[] }
}

/** `20260115080000 ["PO-1"]` as stored, damaged or not; null before the first committed page. */
export function describeStoredCursor(stored: StoredCursor): string | null {
    return stored.modified ? `${stored.modified} ${stored.key ?? ''}`.trim() : null
}

/** `modified=… key=…` as stored: what a reset audits as the cursor it cleared. */
export function describeStoredCursorFields(stored: StoredCursor): string {
    return `modified=${stored.modified ?? '(start)'} key=${stored.key ?? '(none)'}`
}
