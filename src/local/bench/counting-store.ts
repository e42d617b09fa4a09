import type { Condition, Query, RecordValues, Store, StoredRecord } from '../../server/ports/store'

export type StoreOperation = 'get' | 'query' | 'count' | 'insert' | 'insertMany' | 'update' | 'updateWhere'

/** Where in the run a round trip happened: inside a stager's acceptPage, or anywhere else. */
export type StorePhase = 'page' | 'other'

/** Round trips by phase, table and operation: `counts[phase][table][operation]`. */
export type RoundTrips = Record<StorePhase, Record<string, Partial<Record<StoreOperation, number>>>>

/**
 * A Store decorator that counts round trips (one per call: insertMany is one trip however many
 * rows it carries, as on a backend that batches) without changing what the store does.
 */
export class CountingStore implements Store {
    phase: StorePhase = 'other'
    private trips: RoundTrips = { page: {}, other: {} }
    /** Rows written by insert, insertMany, update and updateWhere, per table. */
    private written: Record<string, number> = {}

    constructor(private readonly inner: Store) {}

    reset(): void {
        this.trips = { page: {}, other: {} }
        this.written = {}
    }

    /** A copy of the counters so far. */
    snapshot(): { roundTrips: RoundTrips; rowsWritten: Record<string, number> } {
        return structuredClone({ roundTrips: this.trips, rowsWritten: this.written })
    }

    get(table: string, sysId: string): StoredRecord | null {
        this.tally(table, 'get')
        return this.inner.get(table, sysId)
    }

    query(table: string, query: Query): StoredRecord[] {
        this.tally(table, 'query')
        return this.inner.query(table, query)
    }

    count(table: string, where: readonly Condition[]): number {
        this.tally(table, 'count')
        return this.inner.count(table, where)
    }

    insert(table: string, values: RecordValues): string {
        this.tally(table, 'insert')
        this.wrote(table, 1)
        return this.inner.insert(table, values)
    }

    insertMany(table: string, rows: readonly RecordValues[]): string[] {
        this.tally(table, 'insertMany')
        this.wrote(table, rows.length)
        return this.inner.insertMany(table, rows)
    }

    update(table: string, sysId: string, values: RecordValues): void {
        this.tally(table, 'update')
        this.wrote(table, 1)
        this.inner.update(table, sysId, values)
    }

    updateWhere(table: string, where: readonly Condition[], values: RecordValues): void {
        this.tally(table, 'updateWhere')
        // The port does not say how many records changed: count the matches first (not a counted
        // trip; the bench runs alone, so nothing changes the table in between).
        this.wrote(table, this.inner.count(table, where))
        this.inner.updateWhere(table, where, values)
    }

    atomically<T>(work: () => T): T {
        // Not a round trip of its own: the writes inside are counted one by one.
        return this.inner.atomically ? this.inner.atomically(work) : work()
    }

    private tally(table: string, operation: StoreOperation): void {
        const byTable = (this.trips[this.phase][table] ??= {})
        byTable[operation] = (byTable[operation] ?? 0) + 1
    }

    private wrote(table: string, rows: number): void {
        this.written[table] = (this.written[table] ?? 0) + rows
    }
}

/** Sum of round trips over tables matching `table` (all when null) and operations (all when empty). */
export function sumTrips(
    trips: RoundTrips,
    phases: readonly StorePhase[],
    table: ((name: string) => boolean) | null,
    operations: readonly StoreOperation[] = []
): number {
    let total = 0
    for (const phase of phases)
        for (const [name, ops] of Object.entries(trips[phase])) {
            if (table && !table(name)) continue
            for (const [op, n] of Object.entries(ops))
                if (operations.length === 0 || operations.includes(op as StoreOperation)) total += n ?? 0
        }
    return total
}
