import type { TableSpec } from './column-spec'
import { SETTING_CONNECTION_COLUMN } from './shared-columns'
import { OBJECT_TYPE_CHOICES } from './object-type-choices'

/** Per connection and object type: the committed cursor and the partition's deferral. */
export const SYNC_STATE = {
    name: 'x_mlc_ifs_s2p_sync_state',
    label: 'Sync state',
    columns: {
        connection: SETTING_CONNECTION_COLUMN,
        object_type: {
            type: 'choice',
            options: { label: 'Object type', choices: OBJECT_TYPE_CHOICES, mandatory: true },
        },
        // Cursor: the last (modified stamp, key) whose rows are all staged or flagged.
        cursor_modified: { type: 'string', options: { label: 'Cursor: modified', maxLength: 40, readOnly: true } },
        cursor_key: { type: 'string', options: { label: 'Cursor: key (JSON)', maxLength: 1000, readOnly: true } },
        deferred_until: { type: 'datetime', options: { label: 'Deferred until', readOnly: true } },
        defer_reason: { type: 'string', options: { label: 'Defer reason', maxLength: 255, readOnly: true } },
        consecutive_failures: {
            type: 'integer',
            options: { label: 'Consecutive failures', default: 0, readOnly: true },
        },
        last_error: { type: 'multiline', options: { label: 'Last error', maxLength: 4000, readOnly: true } },
        last_success_at: { type: 'datetime', options: { label: 'Last success at', readOnly: true } },
        // The type's line set read by its own stamp (issue 18): a line that changes in IFS without
        // its header. The cursor belongs to the line set named here; another set starts afresh.
        line_cursor_set: {
            type: 'string',
            options: { label: 'Line cursor: entity set', maxLength: 255, readOnly: true },
        },
        line_cursor_modified: {
            type: 'string',
            options: { label: 'Line cursor: modified', maxLength: 40, readOnly: true },
        },
        line_cursor_key: {
            type: 'string',
            options: { label: 'Line cursor: key (JSON)', maxLength: 1000, readOnly: true },
        },
        // A run that read documents with their lines but stopped before its line scan (deferred at
        // its time budget, throttled, failed) with no line cursor yet: the header position its first
        // slice started from and the furthest line its slices saw (JSON). The run's last slice starts
        // the line scan from there, not from its own header position (core/lines/line-scan-from.ts).
        line_scan_from: {
            type: 'json',
            options: { label: 'Line scan: where the run started', maxLength: 4000, readOnly: true },
        },
        // Changed lines whose document IFS does not show yet (JSON): re-checked each run until it does.
        waiting_lines: {
            type: 'json',
            options: { label: 'Lines waiting for their header', maxLength: 65000, readOnly: true },
        },
    },
} as const satisfies TableSpec
