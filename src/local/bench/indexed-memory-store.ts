import type { Condition, FieldValue, Query, RecordValues, Store, StoredRecord } from '../../server/ports/store'
import { StoreError } from '../../server/ports/store'
import { compareText as compare, conditionMatcher, toText } from '../store/condition-matcher'
import { APP_TABLES } from '../../tables'
import { NumberCounters, PLATFORM_NUMBER_DEFAULT } from '../../tables/numbering'
import type { Numbering } from '../../tables/numbering'

type Row = Record<string, string | null> & { sys_id: string }

const DEFAULTS: ReadonlyMap<string, Record<string, string | null>> = new Map(
    APP_TABLES.map((t) => {
        const out: Record<string, string | null> = {}
        for (const [name, spec] of Object.entries(t.columns)) {
            const d = (spec.options as { default?: FieldValue }).default
            out[name] = d === PLATFORM_NUMBER_DEFAULT ? null : toText(d)
        }
        return [t.name, out]
    })
)

/** Numbered tables (platform numbering default on a column) and that column. */
const NUMBERED: ReadonlyMap<string, { column: string; numbering: Numbering }> = new Map(
    APP_TABLES.flatMap((t) => {
        const column = Object.keys(t.columns).find(
            (name) => (t.columns[name].options as { default?: FieldValue }).default === PLATFORM_NUMBER_DEFAULT
        )
        return column && t.numbering ? [[t.name, { column, numbering: t.numbering }] as const] : []
    })
)

/** Values that both look numeric compare as numbers (no column types here), booleans as '1'/'0'. */
const MATCHER = conditionMatcher()

/**
 * The Store port in memory with hash indexes on the fields queried by equality or IN, so the
 * core-throughput figure shows the engine's own cost, not a linear scan of a fake (the test
 * fakes' MemoryStore scans every record per query, fine for tests, quadratic at 100,000 rows).
 * GlideRecord-like values: strings, booleans '1'/'0', empty as null, app-table defaults on insert.
 */
export class IndexedMemoryStore implements Store {
    private readonly tables = new Map<string, Map<string, Row>>()
    /** table → field → value → sys_ids */
    private readonly indexes = new Map<string, Map<string, Map<string | null, Set<string>>>>()
    /** A counter, not random bytes: random sys_ids cost more than the engine's own work here. */
    private nextId = 1
    private readonly numbers = new NumberCounters()

    get(table: string, sysId: string): StoredRecord | null {
        const row = this.rowsOf(table).get(sysId)
        return row ? { ...row } : null
    }

    query(table: string, query: Query): StoredRecord[] {
        let rows = this.matching(table, query.where ?? [])
        if (query.orderBy && query.orderBy.length > 0) {
            const order = query.orderBy
            rows = rows.slice().sort((a, b) => {
                for (const o of order) {
                    const c = compare(a[o.field] ?? null, b[o.field] ?? null)
                    if (c !== 0) return o.descending ? -c : c
                }
                return 0
            })
        }
        if (query.limit !== undefined) rows = rows.slice(0, Math.max(0, query.limit))
        return rows.map((r) => ({ ...r }))
    }

    count(table: string, where: readonly Condition[]): number {
        return this.matching(table, where).length
    }

    insert(table: string, values: RecordValues): string {
        const rows = this.rowsOf(table)
        const sysId =
            typeof values.sys_id === 'string' && values.sys_id
                ? values.sys_id
                : (this.nextId++).toString(16).padStart(32, '0')
        if (rows.has(sysId)) throw new StoreError(`sys_id ${sysId} exists in ${table}`, 'duplicate_key')
        // Defaults, then the values as text, then sys_id: the key order of the spread it replaces.
        const row = { ...DEFAULTS.get(table) } as Row
        for (const k in values) row[k] = toText(values[k])
        row.sys_id = sysId
        const numbering = NUMBERED.get(table)
        if (numbering && values[numbering.column] === undefined)
            row[numbering.column] = this.numbers.take(table, numbering.numbering)
        rows.set(sysId, row)
        for (const [field, index] of this.indexes.get(table) ?? []) addTo(index, row[field] ?? null, sysId)
        return sysId
    }

    insertMany(table: string, rows: readonly RecordValues[]): string[] {
        return rows.map((r) => this.insert(table, r))
    }

    update(table: string, sysId: string, values: RecordValues): void {
        const row = this.rowsOf(table).get(sysId)
        if (!row) throw new StoreError(`No record ${sysId} in ${table}`, 'rejected')
        const changes = normalise(values)
        delete changes.sys_id
        const indexes = this.indexes.get(table)
        for (const [field, value] of Object.entries(changes)) {
            const index = indexes?.get(field)
            if (index) {
                index.get(row[field] ?? null)?.delete(sysId)
                addTo(index, value, sysId)
            }
            row[field] = value
        }
    }

    /** Single-threaded: matching then updating cannot be interleaved, so it is one statement. */
    updateWhere(table: string, where: readonly Condition[], values: RecordValues): void {
        for (const row of this.matching(table, where)) this.update(table, row.sys_id, values)
    }

    private rowsOf(table: string): Map<string, Row> {
        let rows = this.tables.get(table)
        if (!rows) {
            rows = new Map()
            this.tables.set(table, rows)
        }
        return rows
    }

    private matching(table: string, where: readonly Condition[]): Row[] {
        const rows = this.rowsOf(table)
        const keyedOnes = where.filter(isKeyed)
        if (keyedOnes.length === 0)
            return [...rows.values()].filter((row) => where.every((c) => MATCHER.matches(row, c)))
        // The narrowest index answers: `connection = X AND match_run = Y` read through the
        // connection's index would visit every row the connection ever staged, on every query.
        // Sizes are counted from the index buckets and only the narrowest set is built: a broad IN
        // (`sys_import_state IN (...)`) would otherwise copy most of its table on every query.
        const sized = keyedOnes.map((c) => this.sized(table, c))
        const narrowest = sized.reduce((a, b) => (b.size < a.size ? b : a))
        const rest = where.filter((c) => c !== narrowest.condition)
        const out: Row[] = []
        for (const ids of narrowest.buckets)
            for (const id of ids) {
                const row = rows.get(id) as Row
                if (rest.every((c) => MATCHER.matches(row, c))) out.push(row)
            }
        return out
    }

    /** One equality or IN condition's index buckets and how many sys_ids they hold together. */
    private sized(table: string, keyed: Keyed): Sized {
        const values: readonly (string | null)[] = keyed.op === 'IN' ? keyed.value : [toText(keyed.value)]
        // A value listed twice is one bucket: each row has one value per field, so buckets are disjoint.
        const distinct = new Set(values)
        // sys_id is the rows' own key: the table is its index (no second map to keep on every insert).
        if (keyed.field === 'sys_id') {
            const rows = this.rowsOf(table)
            const ids = [...distinct].filter((v): v is string => v !== null && rows.has(v))
            return { condition: keyed, buckets: [ids], size: ids.length }
        }
        const index = this.indexOf(table, keyed.field)
        const buckets: Set<string>[] = []
        let size = 0
        for (const v of distinct) {
            const ids = index.get(v)
            if (!ids) continue
            buckets.push(ids)
            size += ids.size
        }
        return { condition: keyed, buckets, size }
    }

    private indexOf(table: string, field: string): Map<string | null, Set<string>> {
        let byField = this.indexes.get(table)
        if (!byField) {
            byField = new Map()
            this.indexes.set(table, byField)
        }
        let index = byField.get(field)
        if (!index) {
            index = new Map()
            for (const row of this.rowsOf(table).values()) addTo(index, row[field] ?? null, row.sys_id)
            byField.set(field, index)
        }
        return index
    }
}

/** A condition's index buckets: the sys_ids it allows, in the order the values were listed. */
interface Sized {
    condition: Keyed
    buckets: readonly Iterable<string>[]
    size: number
}

function addTo(index: Map<string | null, Set<string>>, value: string | null, sysId: string): void {
    let ids = index.get(value)
    if (!ids) {
        ids = new Set()
        index.set(value, ids)
    }
    ids.add(sysId)
}

function normalise(values: RecordValues): Record<string, string | null> {
    const out: Record<string, string | null> = {}
    for (const [k, v] of Object.entries(values)) out[k] = toText(v)
    return out
}

type Keyed = { field: string; op: 'IN'; value: readonly string[] } | { field: string; op: '='; value: string | number }

/** Equality or IN on one field: answered from a hash index. */
function isKeyed(c: Condition): c is Keyed {
    return c.op === 'IN' || (c.op === '=' && typeof c.value !== 'boolean')
}
