import type { ObjectType } from '../../../tables/object-types'
import type { DocumentSource, SourceField } from '../ifs/source-fields'
import { DOCUMENT_SOURCES, selectFor } from '../ifs/source-fields'
import type { IfsRow } from '../ifs/ifs-reader'
import type { FilterExpr, ODataLiteral, ODataQuery } from '../odata/query'
import { Failure } from '../domain/failure'
import { requestValueProblem } from '../odata/request-bounds'

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

function literal(field: SourceField, value: KeyValue): ODataLiteral {
    if (field.kind === 'number') {
        const n = typeof value === 'number' ? value : Number(value)
        if (!Number.isFinite(n)) throw new CursorError(`Cursor value "${value}" of ${field.name} is not a number`)
        return { kind: 'number', value: n }
    }
    if (field.kind === 'date') return { kind: 'date', value: String(value) }
    if (field.kind === 'datetime') return { kind: 'datetime', value: String(value) }
    return { kind: 'string', value: String(value) }
}

/** `k1 > v1 or (k1 eq v1 and (k2 > v2 ...))`: strictly after the cursor's key, among equal stamps. */
function keysAfter(keys: readonly SourceField[], values: readonly KeyValue[], i: number): FilterExpr {
    const gt: FilterExpr = { op: 'gt', field: keys[i].name, value: literal(keys[i], values[i]) }
    if (i === keys.length - 1) return gt
    const eq: FilterExpr = { op: 'eq', field: keys[i].name, value: literal(keys[i], values[i]) }
    return { op: 'or', args: [gt, { op: 'and', args: [eq, keysAfter(keys, values, i + 1)] }] }
}

/** Rows strictly after the cursor in (modified, keys) order. */
export function afterCursorFilter(source: DocumentSource, cursor: Cursor): FilterExpr {
    if (cursor.keys.length !== source.keys.length) {
        throw new CursorError(`Cursor has ${cursor.keys.length} key values, ${source.keys.length} expected`)
    }
    const m = source.modified
    return {
        op: 'or',
        args: [
            { op: 'gt', field: m.name, value: literal(m, cursor.modified) },
            {
                op: 'and',
                args: [
                    { op: 'eq', field: m.name, value: literal(m, cursor.modified) },
                    keysAfter(source.keys, cursor.keys, 0),
                ],
            },
        ],
    }
}

/** Where a read starts: after an exact cursor, or (overlap) from a stamp on, inclusive, keys ignored. */
export type ReadFrom = { kind: 'start' } | { kind: 'after'; cursor: Cursor } | { kind: 'from_stamp'; modified: string }

/**
 * The query of one data page: position filter and companies, `$select` of the mapped fields,
 * `$orderby` modified then keys (the cursor's order). No `$top`: the page size is asked for with
 * `Prefer: odata.maxpagesize` (server-driven paging), so the absence of a nextLink means the end.
 */
export function pageQuery(objectType: ObjectType, from: ReadFrom, companies: readonly string[]): ODataQuery {
    const source = DOCUMENT_SOURCES[objectType]
    const parts: FilterExpr[] = []
    if (companies.length > 0) {
        parts.push({
            op: 'in',
            field: source.fields.company.name,
            values: companies.map((c) => literal(source.fields.company, c)),
        })
    }
    if (from.kind === 'after') parts.push(afterCursorFilter(source, from.cursor))
    if (from.kind === 'from_stamp') {
        parts.push({ op: 'ge', field: source.modified.name, value: literal(source.modified, from.modified) })
    }
    return {
        filter: parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { op: 'and', args: parts },
        select: selectFor(objectType),
        orderBy: [{ field: source.modified.name }, ...source.keys.map((k) => ({ field: k.name }))],
    }
}

/** The cursor a row stands at; an error when IFS left out the stamp or a key (never guess a position). */
export function cursorOf(objectType: ObjectType, row: IfsRow): Cursor {
    const source = DOCUMENT_SOURCES[objectType]
    const m = row[source.modified.name]
    if (typeof m !== 'string' || m === '') throw new CursorError(`A ${objectType} row has no ${source.modified.name}`)
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
    const sa = String(a)
    const sb = String(b)
    return sa === sb ? 0 : sa < sb ? -1 : 1
}

/** Orders cursors like the `$orderby` of the pages does (string stamps compare as strings). */
export function compareCursors(a: Cursor, b: Cursor): number {
    const m = compareValues(a.modified, b.modified)
    if (m !== 0) return m
    for (let i = 0; i < Math.min(a.keys.length, b.keys.length); i++) {
        const c = compareValues(a.keys[i], b.keys[i])
        if (c !== 0) return c
    }
    return 0
}

/**
 * The stamp `seconds` before `modified`. IFS Objversion is `YYYYMMDDHHMMSS` (UTC); any other
 * shape is returned unchanged (no overlap rather than a wrong one).
 */
export function stampMinusSeconds(modified: string, seconds: number): string {
    const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(modified)
    if (!m || seconds <= 0) return modified
    const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) - seconds * 1000
    const iso = new Date(ms).toISOString()
    return iso.slice(0, 19).split('-').join('').split(':').join('').split('T').join('')
}

/** `20260115080000 ["PO-1"]`: how run records show a cursor. */
export function describeCursor(cursor: Cursor | null): string {
    return cursor === null ? '(start)' : `${cursor.modified} ${JSON.stringify(cursor.keys)}`
}
