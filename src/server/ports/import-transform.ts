/**
 * What the platform did with one import-set row (`sys_import_state` on every import table):
 * `pending` until a transform ran over it, then the transform map's verdict.
 */
type ImportRowState = 'pending' | 'inserted' | 'updated' | 'ignored' | 'skipped' | 'error'

const IMPORT_ROW_STATES: readonly ImportRowState[] = ['pending', 'inserted', 'updated', 'ignored', 'skipped', 'error']

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

/** The outcome columns of an import-set row, as any store reads them (strings, null when empty). */
export function importOutcomeOf(row: { sys_id: string } & Readonly<Record<string, string | null>>): ImportOutcome {
    return {
        rowSysId: row.sys_id,
        state: importRowState(row.sys_import_state),
        message: row.sys_import_state_comment ?? rowErrorNote(row.sys_row_error),
        targetTable: row.sys_target_table ?? null,
        targetSysId: row.sys_target_sys_id ?? null,
    }
}

/**
 * sys_row_error references the row's error record; what that record holds is not documented, so
 * the message names it for the AP user to open.
 */
function rowErrorNote(rowError: string | null | undefined): string | null {
    return rowError ? `see import set row error ${rowError}` : null
}

/** A state as read from the table; anything the platform may add later counts as pending. */
function importRowState(value: string | null | undefined): ImportRowState {
    return IMPORT_ROW_STATES.find((s) => s === value) ?? 'pending'
}
