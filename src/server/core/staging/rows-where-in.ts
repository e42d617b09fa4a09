import type { Condition, Store, StoredRecord } from '../../ports/store'

/** Values per IN list: what an instance's encoded query takes comfortably. */
const PER_QUERY = 500

/**
 * The rows of `table` whose `column` is one of `values` (each asked once), oldest first within
 * each query of at most 500 values: an import table holds a row per submission, and readers take
 * the latest.
 */
export function rowsWhereIn(store: Store, table: string, column: string, values: Iterable<string>): StoredRecord[] {
    const all = Array.from(new Set(values))
    const rows: StoredRecord[] = []
    for (let i = 0; i < all.length; i += PER_QUERY) {
        const where: Condition[] = [{ field: column, op: 'IN', value: all.slice(i, i + PER_QUERY) }]
        rows.push(...store.query(table, { where, orderBy: [{ field: 'sys_created_on' }] }))
    }
    return rows
}
