import type { Condition, FieldValue, Query, RecordValues, Store, StoredRecord } from '../../src/server/ports/store'
import { conditionMatcher, toText, type ConditionMatcher } from '../../src/local/store/condition-matcher'
import { StoreError } from '../../src/server/ports/store'
import { APP_TABLES } from '../../src/tables'
import type { ColumnSpec } from '../../src/tables'
import { toGlideDateTime } from '../../src/server/core/domain/glide-time'
import { NumberCounters, PLATFORM_NUMBER_DEFAULT } from '../../src/tables/numbering'
import type { Numbering } from '../../src/tables/numbering'

/**
 * An in-memory Store with GlideRecord-like semantics, for unit tests of the core:
 * - sys_ids are 32 lower-case hex characters, deterministic (a counter), so tests can predict them;
 * - values come back as strings, empty values as null (like getValue); booleans as '1'/'0'
 *   (GlideRecord.getValue on a boolean) unless `booleans: 'true/false'` is chosen;
 * - records are copies: mutating a returned record never changes the store;
 * - default values of the app's tables (src/tables) are filled on insert, like the dictionary does;
 * - comparisons are numeric for integer/decimal columns of the app's tables (and for values that
 *   both look numeric on other tables), string comparisons otherwise (GlideDateTime strings sort);
 * - query results come in insertion order unless orderBy says otherwise.
 * Test hooks: `beforeWrite` may throw to simulate a crash at an exact write, `unique` declares
 * unique indexes (StoreError 'duplicate_key'), `knownTables` makes unknown tables fail like Glide.
 */
export type WriteOp = 'insert' | 'update'

export interface MemoryStoreOptions {
    /** When set, any other table raises StoreError 'no_such_table' (the app's tables are always known). */
    knownTables?: readonly string[]
    /** table → list of column sets, each unique across the table. */
    unique?: Readonly<Record<string, readonly (readonly string[])[]>>
    booleans?: '1/0' | 'true/false'
    /** Used for sys_created_on / sys_updated_on; omitted when absent. */
    nowMs?: () => number
}

type Row = Record<string, string | null> & { sys_id: string }

const APP_COLUMNS: ReadonlyMap<string, Readonly<Record<string, ColumnSpec>>> = new Map(
    APP_TABLES.map((t) => [t.name, t.columns])
)

const APP_NUMBERING: ReadonlyMap<string, Numbering> = new Map(
    APP_TABLES.flatMap((t) => (t.numbering ? [[t.name, t.numbering] as const] : []))
)

export class MemoryStore implements Store {
    private readonly tables = new Map<string, Row[]>()
    private readonly numbers = new NumberCounters()
    private nextId = 1
    private readonly matchers = new Map<string, ConditionMatcher>()
    /** Called before every insert/update of one record; throw from it to simulate a crash. */
    beforeWrite: ((op: WriteOp, table: string, values: RecordValues, sysId: string) => void) | null = null
    /** Every write, in order, for assertions on what was written when. */
    readonly writes: { op: WriteOp; table: string; sysId: string; values: Record<string, string | null> }[] = []

    constructor(private readonly options: MemoryStoreOptions = {}) {}

    // ---- Store ----

    get(table: string, sysId: string): StoredRecord | null {
        const row = this.rowsOf(table).find((r) => r.sys_id === sysId)
        return row ? { ...row } : null
    }

    query(table: string, query: Query): StoredRecord[] {
        let rows = this.rowsOf(table).filter((r) => (query.where ?? []).every((c) => this.matches(table, r, c)))
        if (query.orderBy && query.orderBy.length > 0) {
            const order = query.orderBy
            rows = rows
                .map((r, i) => ({ r, i }))
                .sort((a, b) => {
                    for (const o of order) {
                        const c = this.compare(table, o.field, a.r[o.field] ?? null, b.r[o.field] ?? null)
                        if (c !== 0) return o.descending ? -c : c
                    }
                    return a.i - b.i
                })
                .map((x) => x.r)
        }
        if (query.limit !== undefined) rows = rows.slice(0, Math.max(0, query.limit))
        return rows.map((r) => ({ ...r }))
    }

    count(table: string, where: readonly Condition[]): number {
        return this.rowsOf(table).filter((r) => where.every((c) => this.matches(table, r, c))).length
    }

    insert(table: string, values: RecordValues): string {
        const rows = this.rowsOf(table)
        const sysId = typeof values.sys_id === 'string' && values.sys_id ? values.sys_id : this.newSysId()
        this.beforeWrite?.('insert', table, values, sysId)
        const row: Row = { ...this.defaultsOf(table), ...this.normalise(values), sys_id: sysId }
        if (rows.some((r) => r.sys_id === sysId))
            throw new StoreError(`sys_id ${sysId} exists in ${table}`, 'duplicate_key')
        if (this.options.nowMs) {
            const now = toGlideDateTime(this.options.nowMs())
            row.sys_created_on = now
            row.sys_updated_on = now
        }
        this.checkUnique(table, row)
        rows.push(row)
        this.writes.push({ op: 'insert', table, sysId, values: { ...row } })
        return sysId
    }

    insertMany(table: string, rows: readonly RecordValues[]): string[] {
        return rows.map((r) => this.insert(table, r))
    }

    update(table: string, sysId: string, values: RecordValues): void {
        const rows = this.rowsOf(table)
        const index = rows.findIndex((r) => r.sys_id === sysId)
        if (index < 0) throw new StoreError(`No record ${sysId} in ${table}`, 'rejected')
        this.beforeWrite?.('update', table, values, sysId)
        this.replace(table, index, this.updated(table, rows[index], values), values)
    }

    /**
     * One statement: the hook sees every matching record before any changes, so a simulated crash
     * leaves all of them as they were; each changed record is one 'update' in `writes`.
     */
    updateWhere(table: string, where: readonly Condition[], values: RecordValues): void {
        const rows = this.rowsOf(table)
        const hits = rows.flatMap((r, i) => (where.every((c) => this.matches(table, r, c)) ? [i] : []))
        for (const i of hits) this.beforeWrite?.('update', table, values, rows[i].sys_id)
        const next = hits.map((i) => this.updated(table, rows[i], values))
        hits.forEach((i, k) => this.replace(table, i, next[k], values))
    }

    // ---- test helpers ----

    /** All records of a table (copies), in insertion order. */
    all(table: string): StoredRecord[] {
        return (this.tables.get(table) ?? []).map((r) => ({ ...r }))
    }

    /** Inserts without calling beforeWrite or recording a write: fixtures. */
    seed(table: string, values: RecordValues): string {
        const hook = this.beforeWrite
        this.beforeWrite = null
        try {
            const id = this.insert(table, values)
            this.writes.pop()
            return id
        } finally {
            this.beforeWrite = hook
        }
    }

    /** A deep copy with the same content and id counter, e.g. the state "on disk" at a crash. */
    snapshot(): MemoryStore {
        const copy = new MemoryStore(this.options)
        for (const [t, rows] of this.tables)
            copy.tables.set(
                t,
                rows.map((r) => ({ ...r }))
            )
        copy.nextId = this.nextId
        return copy
    }

    // ---- internals ----

    private updated(table: string, row: Row, values: RecordValues): Row {
        const { sys_id: _ignored, ...rest } = this.normalise(values)
        const next: Row = { ...row, ...rest, sys_id: row.sys_id }
        if (this.options.nowMs) next.sys_updated_on = toGlideDateTime(this.options.nowMs())
        this.checkUnique(table, next)
        return next
    }

    private replace(table: string, index: number, next: Row, values: RecordValues): void {
        this.rowsOf(table)[index] = next
        this.writes.push({ op: 'update', table, sysId: next.sys_id, values: this.normalise(values) })
    }

    private rowsOf(table: string): Row[] {
        const known = this.options.knownTables
        if (known && !APP_COLUMNS.has(table) && !known.includes(table)) {
            throw new StoreError(`Table ${table} does not exist`, 'no_such_table')
        }
        let rows = this.tables.get(table)
        if (!rows) {
            rows = []
            this.tables.set(table, rows)
        }
        return rows
    }

    private newSysId(): string {
        const hex = (this.nextId++).toString(16)
        return 'f' + hex.padStart(31, '0')
    }

    private toText(value: FieldValue | undefined): string | null {
        return toText(value, this.options.booleans)
    }

    private normalise(values: RecordValues): Record<string, string | null> {
        const out: Record<string, string | null> = {}
        for (const [k, v] of Object.entries(values)) out[k] = this.toText(v)
        return out
    }

    private defaultsOf(table: string): Record<string, string | null> {
        const columns = APP_COLUMNS.get(table)
        const out: Record<string, string | null> = {}
        if (!columns) return out
        const numbering = APP_NUMBERING.get(table)
        for (const [name, spec] of Object.entries(columns)) {
            const d = (spec.options as { default?: FieldValue }).default
            // The platform's numbering default: the next number of the table, like sys_number does.
            out[name] =
                d === PLATFORM_NUMBER_DEFAULT && numbering ? this.numbers.take(table, numbering) : this.toText(d)
        }
        return out
    }

    private checkUnique(table: string, row: Row): void {
        for (const cols of this.options.unique?.[table] ?? []) {
            const clash = this.rowsOf(table).some(
                (r) => r.sys_id !== row.sys_id && cols.every((c) => (r[c] ?? null) === (row[c] ?? null))
            )
            if (clash) throw new StoreError(`Duplicate ${cols.join('+')} in ${table}`, 'duplicate_key')
        }
    }

    /**
     * Numeric comparisons on integer/decimal columns of the app's tables, text on their other
     * columns, and numbers when both values look numeric on other tables; an ordering test against
     * a boolean compares its text ('1'/'0' or 'true'/'false').
     */
    private matcher(table: string): ConditionMatcher {
        let matcher = this.matchers.get(table)
        if (!matcher) {
            const columns = APP_COLUMNS.get(table)
            matcher = conditionMatcher({
                numericColumn: (field) => {
                    const spec = columns?.[field]
                    return spec ? spec.type === 'integer' || spec.type === 'decimal' : null
                },
                booleans: this.options.booleans,
                orderBooleansAsText: true,
            })
            this.matchers.set(table, matcher)
        }
        return matcher
    }

    private compare(table: string, field: string, a: string | null, b: string | null): number {
        return this.matcher(table).compare(field, a, b)
    }

    private matches(table: string, row: Row, c: Condition): boolean {
        return this.matcher(table).matches(row, c)
    }
}
