import type { Condition, Store, StoredRecord } from '../../ports/store'
import type { LookupSource } from '../document-types/field-map'

/** One value to resolve: the look-up it belongs to, the value, and the scope's value (scoped look-ups). */
export interface ReferenceRequest {
    lookup: LookupSource
    value: string
    scope: string | null
}

/** A reference kind: a table, the column matched, and the scope column; one query per kind and page. */
function kindKey(lookup: LookupSource): string {
    return JSON.stringify([lookup.table, lookup.match, lookup.scope?.column ?? null])
}

function pairKey(value: string, scope: string | null): string {
    return JSON.stringify([value, scope])
}

/**
 * Reference look-ups for one run, resolved in bulk: `load` asks the store once per reference kind
 * for every value (and scope) not cached yet (`match IN (...)`, and `scope IN (...)` for a scoped
 * kind), and remembers misses too, so a value costs one query per run at most and a page whose
 * values are all known costs none. `resolve` answers from the cache (a value nobody loaded is
 * loaded on its own: a caller that skipped `load` is slower, never wrong).
 */
export class ReferenceLookups {
    private readonly cache = new Map<string, Map<string, string | null>>()

    constructor(private readonly store: Store) {}

    load(requests: Iterable<ReferenceRequest>): void {
        const missing = new Map<string, { lookup: LookupSource; pairs: Map<string, ReferenceRequest> }>()
        for (const r of requests) {
            const kind = kindKey(r.lookup)
            const pair = pairKey(r.value, r.scope)
            if (this.cache.get(kind)?.has(pair)) continue
            // A scoped value without its scope (the scope row resolved nothing) is not asked for.
            if (r.lookup.scope && r.scope === null) continue
            const entry = missing.get(kind) ?? { lookup: r.lookup, pairs: new Map() }
            entry.pairs.set(pair, r)
            missing.set(kind, entry)
        }
        for (const [kind, { lookup, pairs }] of missing) this.loadKind(kind, lookup, [...pairs.values()])
    }

    /** The sys_id of the matching record, or null when the table holds none. */
    resolve(request: ReferenceRequest): string | null {
        const kind = kindKey(request.lookup)
        const pair = pairKey(request.value, request.scope)
        if (!this.cache.get(kind)?.has(pair)) this.load([request])
        return this.cache.get(kind)?.get(pair) ?? null
    }

    private loadKind(kind: string, lookup: LookupSource, requests: readonly ReferenceRequest[]): void {
        const where: Condition[] = [
            { field: lookup.match, op: 'IN', value: [...new Set(requests.map((r) => r.value))] },
        ]
        const scope = lookup.scope
        if (scope)
            where.push({ field: scope.column, op: 'IN', value: [...new Set(requests.map((r) => r.scope ?? ''))] })
        const found = indexRecords(this.store.query(lookup.table, { where }), lookup)
        const known = this.cache.get(kind) ?? new Map<string, string | null>()
        for (const r of requests) {
            const exact = found.get(pairKey(r.value, r.scope))
            // The instance compares text case-insensitively: a record it returned for the value counts.
            const folded = found.get(pairKey(r.value.toLowerCase(), r.scope?.toLowerCase() ?? null))
            known.set(pairKey(r.value, r.scope), exact ?? folded ?? null)
        }
        this.cache.set(kind, known)
    }
}

/** Records by (match value, scope value), exactly and case-folded; the first record of a pair wins. */
function indexRecords(records: readonly StoredRecord[], lookup: LookupSource): Map<string, string> {
    const index = new Map<string, string>()
    const add = (key: string, sysId: string) => {
        if (!index.has(key)) index.set(key, sysId)
    }
    for (const rec of records) {
        const value = rec[lookup.match]
        if (value === null || value === undefined) continue
        const scope = lookup.scope ? (rec[lookup.scope.column] ?? '') : null
        add(pairKey(value, scope), rec.sys_id)
        add(pairKey(value.toLowerCase(), scope?.toLowerCase() ?? null), rec.sys_id)
    }
    return index
}
