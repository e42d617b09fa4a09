import type { EntitySchema } from '../odata/entity-schema'
import { compareText, type Collation } from '../odata/collation'
import { matches } from '../odata/filter-eval'
import { lowerBound } from '../odata/lower-bound'
import { equalityValues } from '../odata/equality-values'
import type { FilterNode } from '../odata/filter-ast'
import type { OrderKey, QueryOptions } from '../odata/query-options'
import type { EmulatorRow, RowValue } from './row'

export interface PageRequest {
    /** Rows of the result to pass over ($skip + rows served by earlier pages). */
    offset: number
    /** Rows this page may hold. */
    limit: number
}

export interface PageResult {
    rows: EmulatorRow[]
    /** Matching rows in all, when $count=true. */
    count: number | null
    /** Whether more matching rows follow this page. */
    more: boolean
}

/**
 * The rows of one entity set, kept sorted by (indexField, keys) — for documents (Objversion,
 * key), the order of the engine's compound cursor — so a cursor query starts from a binary
 * search and stops once its page is full instead of scanning and sorting every row.
 */
export class EntityCollection {
    private sorted: EmulatorRow[]
    private readonly byKey = new Map<string, EmulatorRow>()
    /** Bumped on every change: a cached sorted result is only reused for the same data. */
    private version = 0
    /** The last result sorted in an order other than the index's, so its pages are not re-sorted. */
    private sortCache: { version: number; key: string; rows: EmulatorRow[] } | null = null
    /** How text compares in `$filter` and `$orderby` (and so in the index). */
    private collation: Collation = 'binary'
    /** Fields a filter may pick rows of by value through an index (a line set's document key). */
    private lookupFields: readonly string[] = []
    private lookups: { version: number; byField: Map<string, Map<string, EmulatorRow[]>> } | null = null

    constructor(
        readonly schema: EntitySchema,
        readonly indexField: string | null,
        rows: readonly EmulatorRow[]
    ) {
        this.sorted = [...rows].sort((a, b) => this.compareIndex(a, b))
        for (const r of this.sorted) this.byKey.set(this.keyOf(r), r)
    }

    /** Compares text by `collation` from now on; the index is sorted again. */
    setCollation(collation: Collation): void {
        if (collation === this.collation) return
        this.collation = collation
        this.version++
        this.sorted = [...this.sorted].sort((a, b) => this.compareIndex(a, b))
    }

    /** Changes with every change of the rows: a view built from them is stale when it differs. */
    get revision(): number {
        return this.version
    }

    get size(): number {
        return this.sorted.length
    }

    /** Rows in index order (read-only view). */
    all(): readonly EmulatorRow[] {
        return this.sorted
    }

    keyOf(row: EmulatorRow): string {
        return JSON.stringify(this.schema.keys.map((k) => row[k] ?? null))
    }

    get(keyValues: readonly RowValue[]): EmulatorRow | undefined {
        return this.byKey.get(JSON.stringify(keyValues))
    }

    /** Inserts or replaces rows (matched by key) and keeps the index sorted: one O(n) merge. */
    upsert(rows: readonly EmulatorRow[]): void {
        if (rows.length === 0) return
        this.version++
        const replaced = new Set<EmulatorRow>()
        const incoming = new Map<string, EmulatorRow>()
        for (const r of rows) incoming.set(this.keyOf(r), r)
        for (const [key, r] of incoming) {
            const old = this.byKey.get(key)
            if (old) replaced.add(old)
            this.byKey.set(key, r)
        }
        const kept = replaced.size ? this.sorted.filter((r) => !replaced.has(r)) : this.sorted
        const added = [...incoming.values()].sort((a, b) => this.compareIndex(a, b))
        const merged = new Array<EmulatorRow>(kept.length + added.length)
        let i = 0
        let j = 0
        let k = 0
        while (i < kept.length && j < added.length)
            merged[k++] = this.compareIndex(kept[i], added[j]) <= 0 ? kept[i++] : added[j++]
        while (i < kept.length) merged[k++] = kept[i++]
        while (j < added.length) merged[k++] = added[j++]
        this.sorted = merged
    }

    /** Removes the rows with these keys (a line deleted in IFS); returns those that were there. */
    remove(keys: readonly (readonly RowValue[])[]): EmulatorRow[] {
        const gone = new Set<EmulatorRow>()
        for (const k of keys) {
            const id = JSON.stringify(k)
            const row = this.byKey.get(id)
            if (!row) continue
            gone.add(row)
            this.byKey.delete(id)
        }
        if (gone.size === 0) return []
        this.version++
        this.sorted = this.sorted.filter((r) => !gone.has(r))
        return [...gone]
    }

    /**
     * Serve filters that name values of these fields (`OrderNo in (...)`) from a per-value index,
     * under the binary collation: the lines of a page of documents without a scan of every line.
     */
    lookupBy(fields: readonly string[]): void {
        this.lookupFields = [...fields]
    }

    query(options: QueryOptions, page: PageRequest): PageResult {
        const picked = this.pickedByValue(options)
        if (picked) return this.queryRows(options, page, picked)
        const filter = options.filter
        let start = 0
        if (filter && this.indexField) {
            const bound = lowerBound(filter, this.indexField)
            if (bound !== null) start = this.firstAtLeast(bound)
        }
        if (this.indexOrderSatisfies(options.orderBy)) return this.scanInIndexOrder(options, page, start)
        const all = this.sortedMatches(options, start)
        const slice = all.slice(page.offset, page.offset + page.limit)
        return { rows: slice, count: options.count ? all.length : null, more: page.offset + page.limit < all.length }
    }

    /**
     * The rows (in index order) of the values a filter names of a lookup field; null when it names
     * none. Of several such fields, the one naming the fewest rows: a compound key's leading field
     * (a company) names nearly every row, its last (the invoice id) a handful.
     */
    private pickedByValue(options: QueryOptions): EmulatorRow[] | null {
        if (!options.filter || this.lookupFields.length === 0 || this.collation !== 'binary') return null
        let picked: Set<EmulatorRow> | null = null
        for (const field of this.lookupFields) {
            const values = equalityValues(options.filter, field)
            if (!values) continue
            const index = this.lookupIndex(field)
            const rows = new Set<EmulatorRow>()
            for (const v of values) for (const r of index.get(JSON.stringify(v)) ?? []) rows.add(r)
            if (picked === null || rows.size < picked.size) picked = rows
        }
        return picked && [...picked].sort((a, b) => this.compareIndex(a, b))
    }

    private lookupIndex(field: string): Map<string, EmulatorRow[]> {
        if (this.lookups?.version !== this.version) this.lookups = { version: this.version, byField: new Map() }
        let index = this.lookups.byField.get(field)
        if (!index) {
            index = new Map()
            for (const r of this.sorted) {
                const k = JSON.stringify(r[field] ?? null)
                const list = index.get(k)
                if (list) list.push(r)
                else index.set(k, [r])
            }
            this.lookups.byField.set(field, index)
        }
        return index
    }

    /** A query over picked rows (few, in index order): filtered, ordered and paged like the whole set. */
    private queryRows(options: QueryOptions, page: PageRequest, rows: readonly EmulatorRow[]): PageResult {
        if (this.indexOrderSatisfies(options.orderBy)) return this.scanInIndexOrder(options, page, 0, rows)
        const all = rows.filter((r) => matches(options.filter as FilterNode, r, this.collation))
        all.sort((a, b) => this.compareByOrder(a, b, options.orderBy))
        const slice = all.slice(page.offset, page.offset + page.limit)
        return { rows: slice, count: options.count ? all.length : null, more: page.offset + page.limit < all.length }
    }

    /** The page straight from the index, from `start`; goes on counting to the end only for $count. */
    private scanInIndexOrder(
        options: QueryOptions,
        page: PageRequest,
        start: number,
        rows: readonly EmulatorRow[] = this.sorted
    ): PageResult {
        const { filter } = options
        const out: EmulatorRow[] = []
        let seen = 0
        let more = false
        for (let i = start; i < rows.length; i++) {
            const r = rows[i]
            if (filter && !matches(filter, r, this.collation)) continue
            seen++
            if (seen <= page.offset) continue
            if (out.length < page.limit) out.push(r)
            else {
                more = true
                if (!options.count) break
            }
        }
        return { rows: out, count: options.count ? seen : null, more }
    }

    private sortedMatches(options: QueryOptions, start: number): EmulatorRow[] {
        const key = JSON.stringify([options.filter, options.orderBy])
        const cached = this.sortCache
        if (cached && cached.version === this.version && cached.key === key) return cached.rows
        const filter = options.filter
        const rows = this.sorted
        const all: EmulatorRow[] = []
        for (let i = start; i < rows.length; i++)
            if (!filter || matches(filter, rows[i], this.collation)) all.push(rows[i])
        all.sort((a, b) => this.compareByOrder(a, b, options.orderBy))
        this.sortCache = { version: this.version, key, rows: all }
        return all
    }

    private compareByOrder(a: EmulatorRow, b: EmulatorRow, order: readonly OrderKey[]): number {
        for (const o of order) {
            const c = compareValues(a[o.field] ?? null, b[o.field] ?? null, this.collation)
            if (c !== 0) return o.descending ? -c : c
        }
        return 0
    }

    /** Index order satisfies $orderby when it is a prefix of (indexField, keys...) all ascending. */
    private indexOrderSatisfies(orderBy: readonly OrderKey[]): boolean {
        const natural = [...(this.indexField ? [this.indexField] : []), ...this.schema.keys]
        return orderBy.every((o, i) => !o.descending && natural[i] === o.field)
    }

    private firstAtLeast(bound: string): number {
        const field = this.indexField as string
        let lo = 0
        let hi = this.sorted.length
        while (lo < hi) {
            const mid = (lo + hi) >>> 1
            if (compareValues(this.sorted[mid][field] ?? null, bound, this.collation) < 0) lo = mid + 1
            else hi = mid
        }
        return lo
    }

    /** The index order; rows a collation ties keep their exact order, so the index stays a total order. */
    private compareIndex(a: EmulatorRow, b: EmulatorRow): number {
        const fields = [...(this.indexField ? [this.indexField] : []), ...this.schema.keys]
        for (const f of fields) {
            const c = compareValues(a[f] ?? null, b[f] ?? null, this.collation)
            if (c !== 0) return c
        }
        if (this.collation === 'binary') return 0
        for (const f of fields) {
            const c = compareValues(a[f] ?? null, b[f] ?? null, 'binary')
            if (c !== 0) return c
        }
        return 0
    }
}

/** Total order over JSON scalars: null first, then booleans, numbers, strings (by `collation`). */
function compareValues(a: RowValue, b: RowValue, collation: Collation): number {
    if (a === b) return 0
    const rank = (v: RowValue): number => (v === null ? 0 : typeof v === 'boolean' ? 1 : typeof v === 'number' ? 2 : 3)
    const ra = rank(a)
    const rb = rank(b)
    if (ra !== rb) return ra - rb
    if (typeof a === 'number') return a - (b as number)
    if (typeof a === 'string') return compareText(a, b as string, collation)
    return (a as boolean) < (b as boolean) ? -1 : 1
}
