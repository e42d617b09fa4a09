import { releasePageGarbage } from '../memory/release-page-garbage'
import { randomBytes } from 'crypto'
import Database from 'better-sqlite3'
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3'
import { toGlideDateTime } from '../../server/core/domain/glide-time'
import type {
    Condition,
    FieldCondition,
    FieldValue,
    Query,
    RecordValues,
    Store,
    StoredRecord,
} from '../../server/ports/store'
import { StoreError } from '../../server/ports/store'
import { APP_TABLES, CONNECTION, STAGING_KEY, SYNC_STATE } from '../../tables'
import type { LocalColumn, LocalTable, TargetTableSchema } from './table-schema'
import { formatNumber } from '../../tables/numbering'
import type { Numbering } from '../../tables/numbering'
import { SYSTEM_COLUMNS, assertIdentifier, fromAppTable, fromTargetTable, sqlType } from './table-schema'

export interface SqliteStoreOptions {
    /** File path, or ':memory:'. */
    path: string
    /** Target tables (sn_apo_invoice, proc_po, ...) as the staging code describes them. */
    targetTables?: readonly TargetTableSchema[]
    /** For sys_created_on / sys_updated_on. */
    nowMs?: () => number
    /** How long a statement waits for another process's write lock (SQLite busy_timeout). */
    busyTimeoutMs?: number
}

/**
 * Unique indexes an instance has on the app's tables (src/fluent/tables.now.ts): the staging key
 * is the dedup guarantee; one sync state per partition; one connection per name, so processes
 * started at the same moment on a fresh database cannot create the connection twice.
 */
const UNIQUE_INDEXES: readonly { table: string; columns: readonly string[] }[] = [
    { table: STAGING_KEY.name, columns: ['key'] },
    { table: SYNC_STATE.name, columns: ['connection', 'object_type'] },
    { table: CONNECTION.name, columns: ['name'] },
]

/**
 * Several `sync` processes may share one database file (cron overlapping a manual run, a fleet
 * started at once). A writer waits this long for another's write lock before SQLITE_BUSY; a page
 * transaction holds it well under a second, the schema step a few milliseconds.
 */
const DEFAULT_BUSY_TIMEOUT_MS = 30_000

type Row = Record<string, unknown>

/** Prepared statements kept: every statement shape of a run (a few dozen) with room to spare. */
const STATEMENT_CACHE_SIZE = 200

/**
 * The embedded instance stand-in: the Store port over SQLite (better-sqlite3, synchronous like
 * GlideRecord). Record semantics follow an instance: 32-hex sys_id, sys_created_on/updated_on in
 * GlideDateTime form, values read back as strings (booleans '1'/'0') or null when empty,
 * dictionary defaults on insert, and a value that does not fit its column (too long, not a
 * number, not a date) is refused with StoreError 'rejected', never cut. Names of tables and
 * columns must exist in the schema; every value travels as a bound parameter.
 */
export class SqliteStore implements Store {
    readonly db: SqliteDatabase
    private readonly tables = new Map<string, Map<string, LocalColumn>>()
    private readonly statements = new Map<string, Statement>()
    private readonly nowMs: () => number

    constructor(options: SqliteStoreOptions) {
        const timeout = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS
        this.db = new Database(options.path, { timeout })
        this.nowMs = options.nowMs ?? Date.now
        // Switching a fresh file to WAL takes an exclusive lock another opener may hold for a moment.
        whileBusy(timeout, () => this.db.pragma('journal_mode = WAL'))
        this.db.pragma('synchronous = NORMAL')
        // The whole schema in one write transaction: a second process opening the same fresh file
        // waits, then sees every table and index made, instead of failing on "table already exists".
        const tables = [...APP_TABLES.map(fromAppTable), ...(options.targetTables ?? []).map(fromTargetTable)]
        whileBusy(timeout, () => this.db.transaction(() => this.createSchema(tables)).immediate())
    }

    close(): void {
        this.db.close()
    }

    /** The tables this store knows, with their columns (for the Node Platform's describeTable). */
    describe(table: string): readonly LocalColumn[] | null {
        const columns = this.tables.get(table)
        return columns ? [...columns.values()] : null
    }

    private createSchema(tables: readonly LocalTable[]): void {
        // sys_number stand-in: one counter per numbered table, shared by every process on this file.
        this.db.exec(
            'CREATE TABLE IF NOT EXISTS "sys_number_counter" ("table_name" TEXT PRIMARY KEY, "next" INTEGER NOT NULL)'
        )
        for (const table of tables) this.ensureTable(table)
        for (const spec of APP_TABLES)
            for (const index of spec.indexes ?? []) {
                const elements = typeof index.element === 'string' ? [index.element] : index.element
                const cols = elements.map((c) => `"${assertIdentifier(c)}"`).join(', ')
                const unique = index.unique ? 'UNIQUE ' : ''
                this.db.exec(
                    `CREATE ${unique}INDEX IF NOT EXISTS "${assertIdentifier(index.name)}" ON "${spec.name}" (${cols})`
                )
            }
    }

    /** Creates the table if missing and adds missing columns (like a dictionary update). */
    ensureTable(table: LocalTable): void {
        const name = assertIdentifier(table.name)
        const columns = new Map<string, LocalColumn>()
        for (const c of [...SYSTEM_COLUMNS, ...table.columns]) columns.set(assertIdentifier(c.name), c)
        const existing = this.db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]
        if (existing.length === 0) {
            const defs = [...columns.values()]
                .filter((c) => c.name !== 'sys_id')
                .map((c) => `"${c.name}" ${sqlType(c.kind)}`)
            this.db.exec(
                `CREATE TABLE IF NOT EXISTS "${name}" ("sys_id" TEXT PRIMARY KEY NOT NULL, ${defs.join(', ')})`
            )
        } else {
            const have = new Set(existing.map((c) => c.name))
            for (const c of columns.values())
                if (!have.has(c.name)) this.db.exec(`ALTER TABLE "${name}" ADD COLUMN "${c.name}" ${sqlType(c.kind)}`)
        }
        for (const index of UNIQUE_INDEXES.filter((u) => u.table === name)) {
            const cols = index.columns.map((c) => `"${assertIdentifier(c)}"`).join(', ')
            try {
                this.db.exec(
                    `CREATE UNIQUE INDEX IF NOT EXISTS "${name}_unique_${index.columns.join('_')}" ON "${name}" (${cols})`
                )
            } catch (error) {
                if (!String((error as { code?: string }).code).startsWith('SQLITE_CONSTRAINT')) throw error
                // A database written before the index existed may already hold duplicates.
                throw new StoreError(
                    `${name} has several rows with the same ${index.columns.join(' + ')}; delete the extra rows (keep the oldest) and run again`,
                    'rejected'
                )
            }
        }
        for (const index of table.indexes ?? []) {
            const cols = index.map((c) => `"${assertIdentifier(c)}"`).join(', ')
            this.db.exec(`CREATE INDEX IF NOT EXISTS "${name}_idx_${index.join('_')}" ON "${name}" (${cols})`)
        }
        this.tables.set(name, columns)
        this.statements.clear()
    }

    // ---- Store ----

    get(table: string, sysId: string): StoredRecord | null {
        this.columnsOf(table)
        const row = this.prepare(`SELECT * FROM "${table}" WHERE "sys_id" = ?`).get(sysId) as Row | undefined
        return row ? this.toRecord(table, row) : null
    }

    query(table: string, query: Query): StoredRecord[] {
        const columns = this.columnsOf(table)
        const { sql: whereSql, params } = this.where(table, columns, query.where ?? [])
        const order = (query.orderBy ?? []).map((o) => {
            this.column(table, columns, o.field)
            return `"${o.field}" ${o.descending ? 'DESC' : 'ASC'}`
        })
        // Insertion order breaks ties, like the memory fake and a stable instance query.
        order.push('rowid ASC')
        let sql = `SELECT * FROM "${table}"${whereSql} ORDER BY ${order.join(', ')}`
        if (query.limit !== undefined) {
            sql += ' LIMIT ?'
            params.push(Math.max(0, Math.floor(query.limit)))
        }
        return (this.prepare(sql).all(...params) as Row[]).map((r) => this.toRecord(table, r))
    }

    count(table: string, where: readonly Condition[]): number {
        const columns = this.columnsOf(table)
        const { sql, params } = this.where(table, columns, where)
        const row = this.prepare(`SELECT COUNT(*) AS n FROM "${table}"${sql}`).get(...params) as { n: number }
        return row.n
    }

    insert(table: string, values: RecordValues): string {
        return this.insertOne(table, values)
    }

    insertMany(table: string, rows: readonly RecordValues[]): string[] {
        this.columnsOf(table)
        // One transaction: all rows are written, or none (a refused row rolls the batch back).
        const write = this.db.transaction(() => rows.map((r) => this.insertOne(table, r)))
        return this.db.inTransaction ? write() : write.immediate()
    }

    update(table: string, sysId: string, values: RecordValues): void {
        const columns = this.columnsOf(table)
        const set = this.assignments(table, columns, values)
        const result = this.run(table, this.prepare(`UPDATE "${table}" SET ${set.sql} WHERE "sys_id" = ?`), [
            ...set.params,
            sysId,
        ])
        if (result.changes === 0) throw new StoreError(`No record ${sysId} in ${table}`, 'rejected')
    }

    /** One UPDATE ... WHERE: SQLite runs it whole under its write lock, so it is a compare-and-set. */
    updateWhere(table: string, where: readonly Condition[], values: RecordValues): void {
        const columns = this.columnsOf(table)
        const set = this.assignments(table, columns, values)
        const filter = this.where(table, columns, where)
        this.run(table, this.prepare(`UPDATE "${table}" SET ${set.sql}${filter.sql}`), [
            ...set.params,
            ...filter.params,
        ])
    }

    /**
     * One transaction per staged page (the engine's unit of work), then the page's garbage goes.
     * BEGIN IMMEDIATE takes the write lock first (waiting up to the busy timeout): a deferred
     * transaction that reads and then writes fails at once with SQLITE_BUSY when another process
     * wrote in between, and SQLite cannot wait that conflict out.
     */
    atomically<T>(work: () => T): T {
        // Inside a transaction already (insertMany, a caller's batch): the outer commit decides.
        if (this.db.inTransaction) return work()
        const result = this.db.transaction(work).immediate()
        releasePageGarbage()
        return result
    }

    // ---- internals ----

    private insertOne(table: string, values: RecordValues): string {
        const columns = this.columnsOf(table)
        const now = toGlideDateTime(this.nowMs())
        const record = new Map<string, unknown>()
        for (const column of columns.values()) {
            if (column.defaultValue !== undefined)
                record.set(column.name, this.toSql(table, column, column.defaultValue))
            else if (column.numbering && values[column.name] === undefined)
                record.set(column.name, this.nextNumber(table, column.numbering))
        }
        for (const [name, value] of Object.entries(values))
            record.set(name, this.toSql(table, this.column(table, columns, name), value))
        const sysId = record.get('sys_id')
        if (typeof sysId !== 'string' || !/^[0-9a-f]{32}$/.test(sysId)) record.set('sys_id', newSysId())
        if (!record.get('sys_created_on')) record.set('sys_created_on', now)
        if (!record.get('sys_updated_on')) record.set('sys_updated_on', now)
        const names = [...record.keys()]
        const sql = `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`
        this.run(table, this.prepare(sql), [...record.values()])
        return record.get('sys_id') as string
    }

    /** getNextObjNumberPadded(): the table's counter moves in the same statement that reads it. */
    private nextNumber(table: string, numbering: Numbering): string {
        const row = this.prepare(
            'INSERT INTO "sys_number_counter" ("table_name", "next") VALUES (?, ?) ' +
                'ON CONFLICT("table_name") DO UPDATE SET "next" = "next" + 1 RETURNING "next"'
        ).get(table, numbering.start) as { next: number }
        return formatNumber(numbering, row.next)
    }

    /** `"a" = ?, "b" = ?` for an UPDATE; sys_updated_on is stamped unless the values set it. */
    private assignments(
        table: string,
        columns: Map<string, LocalColumn>,
        values: RecordValues
    ): { sql: string; params: unknown[] } {
        const parts: string[] = []
        const params: unknown[] = []
        for (const [name, value] of Object.entries(values)) {
            if (name === 'sys_id' || name === 'sys_created_on') continue
            const column = this.column(table, columns, name)
            parts.push(`"${name}" = ?`)
            params.push(this.toSql(table, column, value))
        }
        if (!('sys_updated_on' in values)) {
            parts.push('"sys_updated_on" = ?')
            params.push(toGlideDateTime(this.nowMs()))
        }
        return { sql: parts.join(', '), params }
    }

    private run(table: string, statement: Statement, params: unknown[]): { changes: number } {
        try {
            return statement.run(...params)
        } catch (error) {
            const code = (error as { code?: string }).code ?? ''
            if (code.startsWith('SQLITE_CONSTRAINT'))
                throw new StoreError(`Duplicate key in ${table}: ${(error as Error).message}`, 'duplicate_key')
            throw error
        }
    }

    private where(
        table: string,
        columns: Map<string, LocalColumn>,
        conditions: readonly Condition[]
    ): { sql: string; params: unknown[] } {
        const params: unknown[] = []
        const parts = conditions.map((c) =>
            c.op === 'OR'
                ? `(${c.any.map((member) => this.term(table, columns, member, params)).join(' OR ')})`
                : this.term(table, columns, c, params)
        )
        return { sql: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', params }
    }

    /** One field test as SQL; its values are appended to `params` in order. */
    private term(table: string, columns: Map<string, LocalColumn>, c: FieldCondition, params: unknown[]): string {
        const column = this.column(table, columns, c.field)
        const f = `"${c.field}"`
        switch (c.op) {
            case 'ISEMPTY':
                return `(${f} IS NULL OR ${f} = '')`
            case 'ISNOTEMPTY':
                return `(${f} IS NOT NULL AND ${f} <> '')`
            case 'IN':
                if (c.value.length === 0) return '0'
                // One statement shape for every list length: the values go as one JSON array
                // (numbers stay numbers, text stays text), so the statement cache does not grow
                // with each new length, and the column's index still answers the IN.
                params.push(JSON.stringify(c.value.map((v) => this.comparable(column, v))))
                return `${f} IN (SELECT value FROM json_each(?))`
            case '!=':
                // Glide's != also matches empty values.
                params.push(this.comparable(column, c.value))
                return `(${f} IS NULL OR ${f} <> ?)`
            default:
                params.push(this.comparable(column, c.value))
                return `${f} ${c.op} ?`
        }
    }

    private comparable(column: LocalColumn, value: string | number | boolean): unknown {
        if (column.kind === 'boolean') return toBooleanText(value)
        if (column.kind === 'integer' || column.kind === 'decimal') {
            const n = Number(value)
            return Number.isFinite(n) ? n : String(value)
        }
        return String(value)
    }

    /** A value as the column stores it, or StoreError 'rejected' when it does not fit. */
    private toSql(table: string, column: LocalColumn, value: FieldValue | undefined): unknown {
        if (value === null || value === undefined || value === '') return null
        const stored = STORED_AS[column.kind](value, column)
        if (typeof stored === 'object' && stored !== null)
            throw new StoreError(`${table}.${column.name}: ${stored.refused}`, 'rejected')
        return stored
    }

    private toRecord(table: string, row: Row): StoredRecord {
        const out: Record<string, string | null> = {}
        for (const [name, value] of Object.entries(row)) {
            out[name] = value === null || value === undefined || value === '' ? null : String(value)
        }
        return out as StoredRecord
    }

    private columnsOf(table: string): Map<string, LocalColumn> {
        const columns = this.tables.get(table)
        if (!columns) throw new StoreError(`Table ${table} does not exist`, 'no_such_table')
        return columns
    }

    private column(table: string, columns: Map<string, LocalColumn>, name: string): LocalColumn {
        const column = columns.get(name)
        if (!column) throw new StoreError(`Table ${table} has no column ${name}`, 'rejected')
        return column
    }

    /**
     * Prepared statements by SQL text, the most recently used last; at most STATEMENT_CACHE_SIZE
     * are kept (each holds native memory): a run that writes many column sets, or asks many
     * distinct queries, would otherwise keep every one of them to the end.
     */
    private prepare(sql: string): Statement {
        let statement = this.statements.get(sql)
        if (statement) this.statements.delete(sql)
        else {
            statement = this.db.prepare(sql)
            const oldest = this.statements.keys().next()
            if (this.statements.size >= STATEMENT_CACHE_SIZE && !oldest.done) this.statements.delete(oldest.value)
        }
        this.statements.set(sql, statement)
        return statement
    }

    /** Prepared statements held now (a test sees the cache stay bounded). */
    get cachedStatements(): number {
        return this.statements.size
    }
}

/**
 * Runs `work`, again while SQLite answers SQLITE_BUSY, until `timeoutMs` have passed. The busy
 * timeout covers single statements; this covers what SQLite refuses without waiting (a journal
 * mode switch racing another opener).
 */
function whileBusy<T>(timeoutMs: number, work: () => T): T {
    const until = Date.now() + timeoutMs
    for (let attempt = 0; ; attempt++) {
        try {
            return work()
        } catch (error) {
            const code = String((error as { code?: string }).code)
            if (!code.startsWith('SQLITE_BUSY') || Date.now() >= until) throw error
            // A short synchronous pause: this store is synchronous by design (it stands in for GlideRecord).
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(5 * 2 ** attempt, 200))
        }
    }
}

/** Why a value does not fit its column. */
interface Refusal {
    refused: string
}

type StoredValue = string | number | Refusal

function numberOf(value: string | number | boolean): number {
    return typeof value === 'number' ? value : Number(String(value).trim())
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

/** Text as is, if it fits the column's length. */
function asText(value: string | number | boolean, column: LocalColumn): StoredValue {
    const text = String(value)
    return column.maxLength !== undefined && text.length > column.maxLength
        ? { refused: `${text.length} characters do not fit the column's ${column.maxLength}` }
        : text
}

/** How each kind of column stores a non-empty value, or why the value does not fit. */
const STORED_AS: Readonly<
    Record<LocalColumn['kind'], (value: string | number | boolean, column: LocalColumn) => StoredValue>
> = {
    boolean: (value) => toBooleanText(value) ?? { refused: `"${String(value)}" is not a boolean` },
    integer: (value) => {
        const n = numberOf(value)
        return typeof value === 'boolean' || !Number.isInteger(n)
            ? { refused: `"${String(value)}" is not an integer` }
            : n
    },
    decimal: (value) => {
        const n = numberOf(value)
        return typeof value === 'boolean' || !Number.isFinite(n) ? { refused: `"${String(value)}" is not a number` } : n
    },
    date: (value) =>
        DATE.test(String(value)) ? String(value) : { refused: `"${String(value)}" is not a date (YYYY-MM-DD)` },
    datetime: (value) =>
        DATE_TIME.test(String(value))
            ? String(value)
            : { refused: `"${String(value)}" is not a date-time (YYYY-MM-DD HH:MM:SS)` },
    string: asText,
    reference: asText,
    other: asText,
}

function toBooleanText(value: string | number | boolean): '1' | '0' | null {
    if (value === true || value === 1 || value === '1' || value === 'true') return '1'
    if (value === false || value === 0 || value === '0' || value === 'false') return '0'
    return null
}

// One randomBytes call per 256 ids: a call per record cost seconds on a 100k-row sync.
let idPool = Buffer.alloc(0)
let idOffset = 0

export function newSysId(): string {
    if (idOffset + 16 > idPool.length) {
        idPool = randomBytes(4096)
        idOffset = 0
    }
    const id = idPool.toString('hex', idOffset, idOffset + 16)
    idOffset += 16
    return id
}
