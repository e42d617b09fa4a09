import type { FilterNode } from './filter-ast'
import { parseFilter } from './filter-parser'
import { badRequest } from './odata-error'
import type { EntitySchema } from './entity-schema'

export interface OrderKey {
    field: string
    descending: boolean
}

/** The system query options of one request, parsed and checked against the entity set. */
export interface QueryOptions {
    filter: FilterNode | null
    orderBy: readonly OrderKey[]
    select: readonly string[] | null
    top: number | null
    skip: number
    count: boolean
    /** Rows of this query already served by earlier pages (server-driven paging). */
    skipToken: number
}

const KNOWN = new Set(['$filter', '$orderby', '$select', '$top', '$skip', '$count', '$skiptoken', '$format'])

/**
 * Splits a raw query string into decoded parameters. `+` stays `+` (RFC 3986, as OData clients
 * send date-time offsets); only percent-escapes are decoded.
 */
export function decodeQuery(raw: string): Map<string, string> {
    const params = new Map<string, string>()
    for (const part of raw.split('&')) {
        if (!part) continue
        const eq = part.indexOf('=')
        const name = eq < 0 ? part : part.slice(0, eq)
        const value = eq < 0 ? '' : part.slice(eq + 1)
        try {
            params.set(decodeURIComponent(name), decodeURIComponent(value))
        } catch {
            throw badRequest(`Malformed percent-encoding in query option ${name}`)
        }
    }
    return params
}

export function parseQueryOptions(params: ReadonlyMap<string, string>, schema: EntitySchema): QueryOptions {
    for (const name of params.keys())
        if (name.startsWith('$') && !KNOWN.has(name))
            throw badRequest(`Query option ${name} is not supported`, 'ODP_NOT_IMPLEMENTED')
    const filterText = params.get('$filter')
    const count = parseCount(params.get('$count'))
    return {
        filter: filterText === undefined ? null : parseFilter(filterText, schema),
        orderBy: parseOrderBy(params.get('$orderby'), schema),
        select: parseSelect(params.get('$select'), schema),
        top: optionalNumber(params, '$top'),
        skip: optionalNumber(params, '$skip') ?? 0,
        count,
        skipToken: optionalNumber(params, '$skiptoken') ?? 0,
    }
}

/** A property of the entity set named in `option`, or a 400 like IFS's. */
function field(schema: EntitySchema, name: string, option: string): string {
    if (!schema.fields.has(name))
        throw badRequest(`Property '${name}' in ${option} not found on ${schema.name}`, 'ODP_PROPERTY_NOT_FOUND')
    return name
}

function parseCount(text: string | undefined): boolean {
    if (text !== undefined && text !== 'true' && text !== 'false')
        throw badRequest(`$count must be true or false, got '${text}'`)
    return text === 'true'
}

function parseOrderBy(text: string | undefined, schema: EntitySchema): OrderKey[] {
    if (text === undefined) return []
    return text.split(',').map((item) => {
        const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?\s*$/.exec(item)
        if (!m) throw badRequest(`Invalid $orderby item '${item}'`)
        return { field: field(schema, m[1], '$orderby'), descending: m[2] === 'desc' }
    })
}

function parseSelect(text: string | undefined, schema: EntitySchema): string[] | null {
    if (text === undefined || text.trim() === '*') return null
    return text.split(',').map((s) => field(schema, s.trim(), '$select'))
}

function optionalNumber(params: ReadonlyMap<string, string>, option: string): number | null {
    const text = params.get(option)
    return text === undefined ? null : nonNegative(text, option)
}

function nonNegative(text: string, option: string): number {
    if (!/^\d{1,9}$/.test(text)) throw badRequest(`${option} must be a non-negative integer, got '${text}'`)
    return Number(text)
}
