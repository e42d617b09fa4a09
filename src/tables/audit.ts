import type { TableSpec } from './column-spec'
import { WRITTEN_CONNECTION_COLUMN } from './shared-columns'

const AUDIT_OPERATION_CHOICES = {
    run_start: { label: 'Run start' },
    run_end: { label: 'Run end' },
    read_page: { label: 'Read page' },
    read_master_data: { label: 'Read master data' },
    token_refresh: { label: 'Token refresh' },
    throttle: { label: 'Throttle' },
    retry: { label: 'Retry' },
    defer: { label: 'Defer' },
    stage_insert: { label: 'Stage (insert)' },
    stage_update: { label: 'Stage (update)' },
    skip_duplicate: { label: 'Skip duplicate' },
    skip_out_of_query: { label: 'Skip row outside the query' },
    flag: { label: 'Flag' },
    flag_resolved: { label: 'Flag resolved' },
    flag_ignored: { label: 'Flag ignored' },
    cursor_commit: { label: 'Cursor commit' },
    cursor_reset: { label: 'Cursor reset' },
    lease_released: { label: 'Lease released by an admin' },
    prerequisite: { label: 'Prerequisite check' },
    error: { label: 'Error' },
    match_check: { label: 'Match readiness' },
    removal_check: { label: 'Removal check' },
}
export type AuditOperation = keyof typeof AUDIT_OPERATION_CHOICES

/** Append-only trail of everything the connector did. Never holds a secret. */
export const AUDIT = {
    name: 'x_mlc_ifs_s2p_audit',
    label: 'Audit event',
    columns: {
        run: { type: 'reference', options: { label: 'Run', referenceTable: 'x_mlc_ifs_s2p_run', readOnly: true } },
        connection: WRITTEN_CONNECTION_COLUMN,
        at: { type: 'datetime', options: { label: 'At', readOnly: true } },
        operation: {
            type: 'choice',
            options: { label: 'Operation', choices: AUDIT_OPERATION_CHOICES, readOnly: true },
        },
        object_type: { type: 'string', options: { label: 'Object type', maxLength: 40, readOnly: true } },
        source_key: { type: 'string', options: { label: 'Source key', maxLength: 255, readOnly: true } },
        target_table: { type: 'string', options: { label: 'Target table', maxLength: 80, readOnly: true } },
        target_sys_id: { type: 'string', options: { label: 'Target sys_id', maxLength: 32, readOnly: true } },
        http_status: { type: 'integer', options: { label: 'HTTP status', readOnly: true } },
        path: { type: 'string', options: { label: 'Path', maxLength: 1000, readOnly: true } },
        rows: { type: 'integer', options: { label: 'Rows', readOnly: true } },
        duration_ms: { type: 'integer', options: { label: 'Duration (ms)', readOnly: true } },
        message: { type: 'multiline', options: { label: 'Message', maxLength: 4000, readOnly: true } },
    },
} as const satisfies TableSpec
