import { DOCUMENT_TYPES } from '../../server/core/document-types/registry'
import type { SqliteStore } from '../store/sqlite-store'

/** Rows in each line table of a preset, by the type's plural label ("supplier invoices": n). */
export type LineRowCounts = Record<string, number>

/**
 * How many rows the preset's line tables hold now (types whose preset has none are left out): the
 * demo counts them before and after each sync, so its summary shows the line rows a sync wrote.
 */
export function lineRowCounts(store: Pick<SqliteStore, 'describe' | 'count'>, preset: 's2p_import'): LineRowCounts {
    const counts: LineRowCounts = {}
    for (const type of DOCUMENT_TYPES) {
        const definition = type.fieldMaps[preset]
        const table = 'lines' in definition ? definition.lines?.defaultTable : undefined
        if (table) counts[type.pluralLabel] = store.describe(table) ? store.count(table, []) : 0
    }
    return counts
}

/** The rows written between two counts, per type. */
export function lineRowsWritten(before: LineRowCounts, after: LineRowCounts): LineRowCounts {
    const written: LineRowCounts = {}
    for (const [type, n] of Object.entries(after)) written[type] = n - (before[type] ?? 0)
    return written
}
