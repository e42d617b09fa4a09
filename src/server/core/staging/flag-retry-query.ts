import type { StoredRecord } from '../../ports/store'
import type { DocumentSource } from '../document-types/source-field'
import type { FilterExpr, ODataLiteral } from '../odata/query'
import { readAmount } from './source-values'
import { requestValueProblem } from '../odata/request-bounds'
import { keySetFilter } from '../odata/key-set-filter'

/** Documents per re-read request at most; batches are also split to stay under the URL bound. */
export const RETRY_BATCH = 50

export type KeyValues = readonly ODataLiteral[]

function keyFrom(source: DocumentSource, json: string | null): KeyValues | null {
    if (!json) return null
    let parsed: unknown
    try {
        parsed = JSON.parse(json)
    } catch {
        return null
    }
    if (typeof parsed !== 'object' || parsed === null) return null
    const record = parsed as Record<string, unknown>
    const out: ODataLiteral[] = []
    for (const field of source.keys) {
        const literal = keyLiteral(field.kind, record[field.name])
        if (literal === null) return null
        out.push(literal)
    }
    return out
}

/** One key field's value as an OData literal, or null when it is missing or no request can carry it. */
function keyLiteral(kind: string, raw: unknown): ODataLiteral | null {
    if (kind === 'number') {
        const n = readAmount(raw)
        return n.kind === 'ok' ? { kind: 'number', value: n.value } : null
    }
    // A key no request can carry is not re-read (its flag says why); see request-bounds.
    if (typeof raw === 'string' && raw !== '')
        return requestValueProblem(raw) === null ? { kind: 'string', value: raw } : null
    if (typeof raw === 'number' && Number.isFinite(raw)) return { kind: 'string', value: String(raw) }
    return null
}

/** The IFS key of a flagged document: from its source key, else from the stored payload. */
export function flagKeyValues(source: DocumentSource, flag: StoredRecord): KeyValues | null {
    return keyFrom(source, flag.source_key) ?? keyFrom(source, flag.payload)
}

/** The `$filter` that re-reads a batch of flagged documents by their IFS keys. */
export function keysFilter(source: DocumentSource, keys: readonly KeyValues[]): FilterExpr {
    return keySetFilter(source.keys, keys)
}
