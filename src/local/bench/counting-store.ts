import type { Condition, RecordValues } from '../../server/ports/store'
import { ForwardingStore, type StoreCall, type StoreMethod } from '../store/forwarding-store'

/** A store method, or a call on the import-transform port (counted by CountingImportTransform). */
export type StoreOperation = StoreMethod | 'transform' | 'outcomes'

/**
 * Where the calls on the import-transform port are counted: `import transform:<import table>`, a
 * table of their own, so they are a kind apart from the target, key and audit trips.
 */
export const TRANSFORM_TRIPS_PREFIX = 'import transform:'

/** Suffix of the table under which the removal sweep's `lines_checked_at` marks are counted. */
export const REMOVAL_CHECK_MARKS = ' (removal check marks)'

/** Where in the run a round trip happened: inside a stager's acceptPage, or anywhere else. */
export type StorePhase = 'page' | 'other'

/** Round trips by phase, table and operation: `counts[phase][table][operation]`. */
export type RoundTrips = Record<StorePhase, Record<string, Partial<Record<StoreOperation, number>>>>

/**
 * A Store decorator that counts round trips (one per call: insertMany is one trip however many
 * rows it carries, as on a backend that batches) without changing what the store does.
 */
export class CountingStore extends ForwardingStore {
    phase: StorePhase = 'other'
    private trips: RoundTrips = { page: {}, other: {} }
    /** Rows written by insert, insertMany, update and updateWhere, per table. */
    private written: Record<string, number> = {}

    reset(): void {
        this.trips = { page: {}, other: {} }
        this.written = {}
    }

    /** A copy of the counters so far. */
    snapshot(): { roundTrips: RoundTrips; rowsWritten: Record<string, number> } {
        return structuredClone({ roundTrips: this.trips, rowsWritten: this.written })
    }

    override insert(table: string, values: RecordValues): string {
        this.wrote(table, 1)
        return super.insert(table, values)
    }

    override insertMany(table: string, rows: readonly RecordValues[]): string[] {
        this.wrote(table, rows.length)
        return super.insertMany(table, rows)
    }

    override update(table: string, sysId: string, values: RecordValues): void {
        this.wrote(table, 1)
        super.update(table, sysId, values)
    }

    override updateWhere(table: string, where: readonly Condition[], values: RecordValues): void {
        // The port does not say how many records changed: count the matches first (not a counted
        // trip; the bench runs alone, so nothing changes the table in between).
        const keys = Object.keys(values)
        // The removal sweep's "checked at" marks are bookkeeping, not staged data: counted apart.
        const counted = keys.length === 1 && keys[0] === 'lines_checked_at' ? `${table}${REMOVAL_CHECK_MARKS}` : table
        this.wrote(counted, this.inner.count(table, where))
        super.updateWhere(table, where, values)
    }

    /** One round trip per call; `atomically` is none of its own (the writes inside are counted). */
    protected override around<T>(call: StoreCall, send: () => T): T {
        this.tally(call.table, call.method)
        return send()
    }

    /** Counts one platform round trip that is not a store call (the import transform's). */
    tally(table: string, operation: StoreOperation): void {
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
