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
    const field = (name: string, option: string): string => {
        if (!schema.fields.has(name))
            throw badRequest(`Property '${name}' in ${option} not found on ${schema.name}`, 'ODP_PROPERTY_NOT_FOUND')
        return name
    }
    const filterText = params.get('$filter')
    const orderText = params.get('$orderby')
    const selectText = params.get('$select')
    const countText = params.get('$count')
    if (countText !== undefined && countText !== 'true' && countText !== 'false')
        throw badRequest(`$count must be true or false, got '${countText}'`)
    return {
        filter: filterText === undefined ? null : parseFilter(filterText, schema),
        orderBy:
            orderText === undefined
                ? []
                : orderText.split(',').map((item) => {
                      const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?\s*$/.exec(item)
                      if (!m) throw badRequest(`Invalid $orderby item '${item}'`)
                      return { field: field(m[1], '$orderby'), descending: m[2] === 'desc' }
                  }),
        select:
            selectText === undefined || selectText.trim() === '*'
                ? null
                : selectText.split(',').map((s) => field(s.trim(), '$select')),
        top: params.has('$top') ? nonNegative(params.get('$top') as string, '$top') : null,
        skip: params.has('$skip') ? nonNegative(params.get('$skip') as string, '$skip') : 0,
        count: countText === 'true',
        skipToken: params.has('$skiptoken') ? nonNegative(params.get('$skiptoken') as string, '$skiptoken') : 0,
    }
}

function nonNegative(text: string, option: string): number {
    if (!/^\d{1,9}$/.test(text)) throw badRequest(`${option} must be a non-negative integer, got '${text}'`)
    return Number(text)
}
