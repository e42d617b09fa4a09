import type { TableSpec } from './column-spec'
import { NUMBER_COLUMN, WRITTEN_CONNECTION_COLUMN } from './shared-columns'

const RUN_STATUS_CHOICES = {
    running: { label: 'Running' },
    succeeded: { label: 'Succeeded' },
    partial: { label: 'Partial' },
    deferred: { label: 'Deferred' },
    failed: { label: 'Failed' },
}
export type RunStatus = keyof typeof RUN_STATUS_CHOICES

/** One record per job run of one connection, with its counts. */
export const RUN = {
    name: 'x_mlc_ifs_s2p_run',
    label: 'Sync run',
    numbering: { prefix: 'IFSRUN', start: 1000, digits: 7 },
    columns: {
        number: NUMBER_COLUMN,
        connection: WRITTEN_CONNECTION_COLUMN,
        trigger: {
            type: 'choice',
            options: {
                label: 'Trigger',
                choices: {
                    schedule: { label: 'Schedule' },
                    continuation: { label: 'Continuation' },
                    manual: { label: 'Run now' },
                    local: { label: 'Local runner' },
                },
                readOnly: true,
            },
        },
        started_at: { type: 'datetime', options: { label: 'Started', readOnly: true } },
        ended_at: { type: 'datetime', options: { label: 'Ended', readOnly: true } },
        duration_ms: { type: 'integer', options: { label: 'Duration (ms)', readOnly: true } },
        status: {
            type: 'choice',
            options: { label: 'Status', choices: RUN_STATUS_CHOICES, default: 'running', readOnly: true },
        },
        read_count: { type: 'integer', options: { label: 'Read', default: 0, readOnly: true } },
        inserted_count: { type: 'integer', options: { label: 'Inserted', default: 0, readOnly: true } },
        updated_count: { type: 'integer', options: { label: 'Updated', default: 0, readOnly: true } },
        duplicate_count: { type: 'integer', options: { label: 'Duplicates', default: 0, readOnly: true } },
        flagged_count: { type: 'integer', options: { label: 'Flagged', default: 0, readOnly: true } },
        rejected_count: {
            type: 'integer',
            options: {
                label: 'Rejected by transform',
                default: 0,
                readOnly: true,
                hint: 'Import rows the import-set transform refused (each is also flagged)',
            },
        },
        resolved_count: { type: 'integer', options: { label: 'Flags resolved', default: 0, readOnly: true } },
        error_count: { type: 'integer', options: { label: 'Errors', default: 0, readOnly: true } },
        ifs_requests: { type: 'integer', options: { label: 'IFS requests', default: 0, readOnly: true } },
        throttles: { type: 'integer', options: { label: 'Throttles', default: 0, readOnly: true } },
        cursor_before: { type: 'string', options: { label: 'Cursor before', maxLength: 1000, readOnly: true } },
        cursor_after: { type: 'string', options: { label: 'Cursor after', maxLength: 1000, readOnly: true } },
        deferred_until: { type: 'datetime', options: { label: 'Deferred until', readOnly: true } },
        message: { type: 'multiline', options: { label: 'Message', maxLength: 4000, readOnly: true } },
    },
} as const satisfies TableSpec
