import type { Condition, Query, RecordValues, Store, StoredRecord } from '../../server/ports/store'

/** The Store's methods that reach the backend (not `atomically`, which only groups them). */
export type StoreMethod = 'get' | 'query' | 'count' | 'insert' | 'insertMany' | 'update' | 'updateWhere'

export const STORE_WRITES: ReadonlySet<StoreMethod> = new Set(['insert', 'insertMany', 'update', 'updateWhere'])

/** One call on its way to the inner store: what a decorator may observe, pace or log. */
export interface StoreCall {
    readonly method: StoreMethod
    readonly table: string
    /** The call's arguments, table first, as the port declares them. */
    readonly args: readonly unknown[]
}

/**
 * A Store decorator that forwards every call to `inner` unchanged. A decorator extends it and
 * overrides `around` (every call) or single methods (calling `super`), so it says only what it
 * changes. `atomically` is the inner store's transaction, or running the work directly when the
 * inner store has none; a decorator that must not group writes sets it to undefined.
 */
export class ForwardingStore implements Store {
    atomically?: <T>(work: () => T) => T

    constructor(protected readonly inner: Store) {
        this.atomically = (work) => (inner.atomically ? inner.atomically(work) : work())
    }

    /** Runs `send` (the inner call); override to act before, after or instead of it. */
    protected around<T>(_call: StoreCall, send: () => T): T {
        return send()
    }

    get(table: string, sysId: string): StoredRecord | null {
        return this.around({ method: 'get', table, args: [table, sysId] }, () => this.inner.get(table, sysId))
    }

    query(table: string, query: Query): StoredRecord[] {
        return this.around({ method: 'query', table, args: [table, query] }, () => this.inner.query(table, query))
    }

    count(table: string, where: readonly Condition[]): number {
        return this.around({ method: 'count', table, args: [table, where] }, () => this.inner.count(table, where))
    }

    insert(table: string, values: RecordValues): string {
        return this.around({ method: 'insert', table, args: [table, values] }, () => this.inner.insert(table, values))
    }

    insertMany(table: string, rows: readonly RecordValues[]): string[] {
        const call: StoreCall = { method: 'insertMany', table, args: [table, rows] }
        return this.around(call, () => this.inner.insertMany(table, rows))
    }

    update(table: string, sysId: string, values: RecordValues): void {
        const call: StoreCall = { method: 'update', table, args: [table, sysId, values] }
        this.around(call, () => this.inner.update(table, sysId, values))
    }

    updateWhere(table: string, where: readonly Condition[], values: RecordValues): void {
        const call: StoreCall = { method: 'updateWhere', table, args: [table, where, values] }
        this.around(call, () => this.inner.updateWhere(table, where, values))
    }
}
