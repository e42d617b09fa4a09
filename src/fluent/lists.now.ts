import { List, default_view } from '@servicenow/sdk/core'

// Default list layouts. The flagged-records columns are the AP user's work list.

List({
    table: 'x_mlc_ifs_s2p_flag',
    view: default_view,
    columns: [
        'object_type',
        'document_number',
        'supplier',
        'company',
        'reason',
        'message',
        'first_flagged_at',
        'attempts',
        'state',
    ],
})

// Staging keys: what an AP user reads in "Invoices waiting for match" (menu.now.ts).
List({
    table: 'x_mlc_ifs_s2p_staging_key',
    view: default_view,
    columns: [
        'document_number',
        'supplier_number',
        'company',
        'match_state',
        'match_summary',
        'match_checked_at',
        'removed_at',
        'creation_date',
        'connection',
        'state',
    ],
})

List({
    table: 'x_mlc_ifs_s2p_connection',
    view: default_view,
    columns: ['name', 'active', 'tenant_url', 'companies', 'last_run_at', 'last_outcome', 'next_run_at'],
})

// The connection form's related list of document types.
List({
    table: 'x_mlc_ifs_s2p_connection_type',
    view: default_view,
    columns: ['object_type', 'active', 'entity_set_path', 'target_table'],
})

List({
    table: 'x_mlc_ifs_s2p_run',
    view: default_view,
    columns: [
        'number',
        'connection',
        'trigger',
        'status',
        'started_at',
        'duration_ms',
        { element: 'read_count', sum: true },
        { element: 'inserted_count', sum: true },
        { element: 'updated_count', sum: true },
        { element: 'flagged_count', sum: true },
        { element: 'rejected_count', sum: true },
        { element: 'throttles', sum: true },
        'message',
    ],
})

List({
    table: 'x_mlc_ifs_s2p_audit',
    view: default_view,
    columns: [
        'at',
        'operation',
        'connection',
        'object_type',
        'source_key',
        'http_status',
        'rows',
        'duration_ms',
        'message',
    ],
})

List({
    table: 'x_mlc_ifs_s2p_dimension_map',
    view: default_view,
    columns: [
        'connection',
        'company',
        'dimension',
        'ifs_value',
        'description',
        'sn_value',
        'source',
        'valid_from',
        'valid_until',
    ],
})

List({
    table: 'x_mlc_ifs_s2p_sync_state',
    view: default_view,
    columns: [
        'connection',
        'object_type',
        'cursor_modified',
        'cursor_key',
        'deferred_until',
        'consecutive_failures',
        'last_success_at',
    ],
})

List({
    table: 'x_mlc_ifs_s2p_field_map',
    view: default_view,
    columns: [
        'preset',
        'object_type',
        'target_table',
        'column_name',
        'source_kind',
        'source_value',
        'lookup',
        'lookup_scope',
        'transform',
        'shipped',
        'active',
    ],
})
