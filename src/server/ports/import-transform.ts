/**
 * What the platform did with one import-set row (`sys_import_state` on every import table):
 * `pending` until a transform ran over it, then the transform map's verdict.
 */
export type ImportRowState = 'pending' | 'inserted' | 'updated' | 'ignored' | 'skipped' | 'error'

export const IMPORT_ROW_STATES: readonly ImportRowState[] = [
    'pending',
    'inserted',
    'updated',
    'ignored',
    'skipped',
    'error',
]

/** One import row as its transform left it. */
export interface ImportOutcome {
    rowSysId: string
    state: ImportRowState
    /** The platform's words (`sys_import_state_comment`, else `sys_row_error`); null when it said nothing. */
    message: string | null
    /** The record the transform created or updated (`sys_target_table` / `sys_target_sys_id`); null until then. */
    targetTable: string | null
    targetSysId: string | null
}

/**
 * The platform's import-set transform over rows the connector wrote into an import table
 * (GlideImportSetTransformer on the instance, a modelled transform map in the SQLite stand-in).
 * Only connections whose targets are import tables use it; the ports bundle may leave it out.
 */
export interface ImportTransform {
    /** Runs the table's transform maps over these rows (rows already transformed stay as they are). */
    transform(importTable: string, rowSysIds: readonly string[]): void
    /** Each row's state and message, in one read; rows that do not exist are left out. */
    outcomes(importTable: string, rowSysIds: readonly string[]): ImportOutcome[]
}

/** A state as read from the table; anything the platform may add later counts as pending. */
export function importRowState(value: string | null | undefined): ImportRowState {
    return IMPORT_ROW_STATES.find((s) => s === value) ?? 'pending'
}
