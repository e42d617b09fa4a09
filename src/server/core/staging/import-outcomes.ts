import type { ImportOutcome } from '../../ports/import-transform'
import type { StagingContext } from './stager'

/** The column every import table has and no other table does: how staging tells one apart. */
const IMPORT_STATE_COLUMN = 'sys_import_state'

export function isImportTable(columns: ReadonlyMap<string, unknown>): boolean {
    return columns.has(IMPORT_STATE_COLUMN)
}

/** The staging-key columns that record a row's outcome (pending when none was read). */
export function outcomeColumns(outcome: ImportOutcome | undefined): Record<string, string | null> {
    if (!outcome || outcome.state === 'pending')
        return { transform_state: 'pending', produced_table: null, produced_sys_id: null }
    return {
        transform_state: outcome.state,
        produced_table: outcome.targetTable,
        produced_sys_id: outcome.targetSysId,
    }
}

/** What the flag of a refused row says: the platform's own words, with the document named. */
export function rejectionMessage(what: string, outcome: ImportOutcome): string {
    const said = outcome.message?.trim()
    return said
        ? `ServiceNow's import transform refused ${what}: ${said}`
        : `ServiceNow's import transform refused ${what} without a message; see the import set row ${outcome.rowSysId}.`
}

/**
 * Runs the transform over rows written into an import table (run_now) and reads their outcomes in
 * one query. Null when nothing was read: platform_schedule, no transform on this platform, or the
 * transform failed — the rows stay pending and a later run reads them (PendingOutcomes).
 */
export function transformAndRead(
    ctx: StagingContext,
    table: string,
    rowSysIds: readonly string[]
): Map<string, ImportOutcome> | null {
    const port = ctx.ports.importTransform
    if (rowSysIds.length === 0 || !port || ctx.connection.transformMode === 'platform_schedule') return null
    try {
        port.transform(table, rowSysIds)
        return new Map(port.outcomes(table, rowSysIds).map((o) => [o.rowSysId, o]))
    } catch (e) {
        // Nothing is lost: the rows are written and their keys say pending; the next run reads them.
        ctx.audit.record({
            operation: 'error',
            targetTable: table,
            rows: rowSysIds.length,
            message: `The import transform of ${table} failed; ${rowSysIds.length} row(s) stay pending and are read again next run: ${e instanceof Error ? e.message : String(e)}`,
        })
        return null
    }
}
