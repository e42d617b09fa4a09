import { Failure } from '../core/domain/failure'

/**
 * Record storage with GlideRecord semantics: every record has a 32-hex sys_id, values come back
 * as strings (like getValue) or null when empty. Conditions are structured so that no adapter
 * ever builds an encoded query from raw values.
 */
export type FieldValue = string | number | boolean | null

export type RecordValues = Readonly<Record<string, FieldValue>>

export type StoredRecord = { readonly sys_id: string } & Readonly<Record<string, string | null>>

export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'IN' | 'ISEMPTY' | 'ISNOTEMPTY'

/** A test of one field. */
export type FieldCondition =
    | { field: string; op: '=' | '!=' | '<' | '<=' | '>' | '>='; value: string | number | boolean }
    | { field: string; op: 'IN'; value: readonly string[] }
    | { field: string; op: 'ISEMPTY' | 'ISNOTEMPTY' }

/**
 * True when any of its field tests is (GlideQueryCondition.addOrCondition on the instance). One
 * level only, never empty. Glide can start an OR group with an emptiness test but not add one to
 * it, so a group holds at most one ISEMPTY/ISNOTEMPTY (the instance's Store refuses more).
 */
export type AnyOf = {
    op: 'OR'
    any: readonly [FieldCondition, ...FieldCondition[]]
    /** Never set: lets code that looks for a field's condition in a list read `c.field` on any. */
    field?: never
}

/** Conditions in a list all hold (AND); an AnyOf inside it is their OR. */
export type Condition = FieldCondition | AnyOf

export interface Query {
    where?: readonly Condition[]
    orderBy?: readonly { field: string; descending?: boolean }[]
    limit?: number
}

/** Raised by insert/update when the table refuses the record (unique index, unknown table). */
export class StoreError extends Failure {
    constructor(
        message: string,
        readonly code: 'duplicate_key' | 'no_such_table' | 'rejected'
    ) {
        super(message)
        this.name = 'StoreError'
    }
}

export interface Store {
    get(table: string, sysId: string): StoredRecord | null
    query(table: string, query: Query): StoredRecord[]
    count(table: string, where: readonly Condition[]): number
    /** Returns the new sys_id. */
    insert(table: string, values: RecordValues): string
    /** Inserts several records; one round trip where the backend allows it. Returns sys_ids in order. */
    insertMany(table: string, rows: readonly RecordValues[]): string[]
    update(table: string, sysId: string, values: RecordValues): void
    /**
     * Sets `values` on every record matching `where`, as one statement (one SQL UPDATE ... WHERE;
     * GlideRecord.updateMultiple on the instance): the database serialises two such statements, so
     * the conditions are a compare-and-set — of two racing writers whose conditions exclude each
     * other's result, only one changes the record. No match is not an error; it does not say how
     * many records changed, so callers that need to know read back. An empty `where` matches all.
     * Business rules do not run (on the instance they would need the records one by one).
     */
    updateWhere(table: string, where: readonly Condition[], values: RecordValues): void
    /**
     * Runs `work` as one transaction where the backend has them (SQLite: one commit for a whole
     * page instead of one per write); all of it is kept, or none of it if the process dies first,
     * so what survives a crash is still a prefix of the writes. GlideRecord has no transactions:
     * the instance's Store leaves this out and the writes stand one by one.
     */
    atomically?<T>(work: () => T): T
}
