import {
    BooleanColumn,
    ChoiceColumn,
    DateColumn,
    DateTimeColumn,
    IntegerColumn,
    JsonColumn,
    MultiLineTextColumn,
    ReferenceColumn,
    StringColumn,
    Table,
    UrlColumn,
} from '@servicenow/sdk/core'
import { AUDIT } from '../tables/audit'
import { CONNECTION } from '../tables/connection'
import { CONNECTION_TYPE } from '../tables/connection-type'
import { DIMENSION_MAP } from '../tables/dimension-map'
import { FIELD_MAP } from '../tables/field-map'
import { FLAG } from '../tables/flag'
import { RUN } from '../tables/run'
import { STAGING_KEY } from '../tables/staging-key'
import { SYNC_STATE } from '../tables/sync-state'

// Every name, length and choice comes from src/tables; this file only binds them to Fluent columns.

export const x_mlc_ifs_s2p_connection = Table({
    name: 'x_mlc_ifs_s2p_connection',
    label: CONNECTION.label,
    display: 'name',
    schema: {
        name: StringColumn(CONNECTION.columns.name.options),
        active: BooleanColumn(CONNECTION.columns.active.options),
        tenant_url: UrlColumn(CONNECTION.columns.tenant_url.options),
        allowed_host_suffix: StringColumn(CONNECTION.columns.allowed_host_suffix.options),
        realm: StringColumn(CONNECTION.columns.realm.options),
        token_url: UrlColumn(CONNECTION.columns.token_url.options),
        oauth_profile: ReferenceColumn(CONNECTION.columns.oauth_profile.options),
        client_id: StringColumn(CONNECTION.columns.client_id.options),
        token_scope: StringColumn(CONNECTION.columns.token_scope.options),
        companies: StringColumn(CONNECTION.columns.companies.options),
        supplier_entity_set: StringColumn(CONNECTION.columns.supplier_entity_set.options),
        gl_account_entity_set: StringColumn(CONNECTION.columns.gl_account_entity_set.options),
        cost_center_entity_set: StringColumn(CONNECTION.columns.cost_center_entity_set.options),
        source_mapping: JsonColumn(CONNECTION.columns.source_mapping.options),
        field_map_preset: ChoiceColumn(CONNECTION.columns.field_map_preset.options),
        erp_source: ReferenceColumn(CONNECTION.columns.erp_source.options),
        external_invoice_source: StringColumn(CONNECTION.columns.external_invoice_source.options),
        transform_mode: ChoiceColumn(CONNECTION.columns.transform_mode.options),
        page_size: IntegerColumn(CONNECTION.columns.page_size.options),
        request_ceiling: IntegerColumn(CONNECTION.columns.request_ceiling.options),
        time_budget_seconds: IntegerColumn(CONNECTION.columns.time_budget_seconds.options),
        overlap_seconds: IntegerColumn(CONNECTION.columns.overlap_seconds.options),
        lookback_seconds: IntegerColumn(CONNECTION.columns.lookback_seconds.options),
        header_wait_hours: IntegerColumn(CONNECTION.columns.header_wait_hours.options),
        removal_checks_per_run: IntegerColumn(CONNECTION.columns.removal_checks_per_run.options),
        dry_run: BooleanColumn(CONNECTION.columns.dry_run.options),
        last_run: ReferenceColumn(CONNECTION.columns.last_run.options),
        last_run_at: DateTimeColumn(CONNECTION.columns.last_run_at.options),
        last_outcome: StringColumn(CONNECTION.columns.last_outcome.options),
        last_error: MultiLineTextColumn(CONNECTION.columns.last_error.options),
        next_run_at: DateTimeColumn(CONNECTION.columns.next_run_at.options),
        lease_owner: StringColumn(CONNECTION.columns.lease_owner.options),
        lease_expires_at: DateTimeColumn(CONNECTION.columns.lease_expires_at.options),
    },
    // One connection per name: the local runner finds its row by name, and processes started at
    // the same moment on a fresh database must not create it twice.
    index: [{ name: 'x_mlc_ifs_s2p_connection_name', unique: true, element: 'name' }],
})

export const x_mlc_ifs_s2p_connection_type = Table({
    name: 'x_mlc_ifs_s2p_connection_type',
    label: CONNECTION_TYPE.label,
    display: 'object_type',
    schema: {
        connection: ReferenceColumn(CONNECTION_TYPE.columns.connection.options),
        object_type: ChoiceColumn(CONNECTION_TYPE.columns.object_type.options),
        active: BooleanColumn(CONNECTION_TYPE.columns.active.options),
        entity_set_path: StringColumn(CONNECTION_TYPE.columns.entity_set_path.options),
        target_table: StringColumn(CONNECTION_TYPE.columns.target_table.options),
        source_overrides: JsonColumn(CONNECTION_TYPE.columns.source_overrides.options),
    },
    // One row per connection and document type (a partition's settings): src/tables/connection-type.ts.
    index: [{ name: 'x_mlc_ifs_s2p_connection_type_partition', unique: true, element: ['connection', 'object_type'] }],
})

export const x_mlc_ifs_s2p_sync_state = Table({
    name: 'x_mlc_ifs_s2p_sync_state',
    label: SYNC_STATE.label,
    schema: {
        connection: ReferenceColumn(SYNC_STATE.columns.connection.options),
        object_type: ChoiceColumn(SYNC_STATE.columns.object_type.options),
        cursor_modified: StringColumn(SYNC_STATE.columns.cursor_modified.options),
        cursor_key: StringColumn(SYNC_STATE.columns.cursor_key.options),
        deferred_until: DateTimeColumn(SYNC_STATE.columns.deferred_until.options),
        defer_reason: StringColumn(SYNC_STATE.columns.defer_reason.options),
        consecutive_failures: IntegerColumn(SYNC_STATE.columns.consecutive_failures.options),
        last_error: MultiLineTextColumn(SYNC_STATE.columns.last_error.options),
        last_success_at: DateTimeColumn(SYNC_STATE.columns.last_success_at.options),
        line_cursor_set: StringColumn(SYNC_STATE.columns.line_cursor_set.options),
        line_cursor_modified: StringColumn(SYNC_STATE.columns.line_cursor_modified.options),
        line_cursor_key: StringColumn(SYNC_STATE.columns.line_cursor_key.options),
        line_scan_from: JsonColumn(SYNC_STATE.columns.line_scan_from.options),
        waiting_lines: JsonColumn(SYNC_STATE.columns.waiting_lines.options),
    },
    // One cursor per partition.
    index: [{ name: 'x_mlc_ifs_s2p_sync_state_partition', unique: true, element: ['connection', 'object_type'] }],
})

export const x_mlc_ifs_s2p_staging_key = Table({
    name: 'x_mlc_ifs_s2p_staging_key',
    label: STAGING_KEY.label,
    display: 'key',
    schema: {
        key: StringColumn(STAGING_KEY.columns.key.options),
        connection: ReferenceColumn(STAGING_KEY.columns.connection.options),
        object_type: ChoiceColumn(STAGING_KEY.columns.object_type.options),
        company: StringColumn(STAGING_KEY.columns.company.options),
        document_number: StringColumn(STAGING_KEY.columns.document_number.options),
        supplier_number: StringColumn(STAGING_KEY.columns.supplier_number.options),
        creation_date: DateColumn(STAGING_KEY.columns.creation_date.options),
        target_table: StringColumn(STAGING_KEY.columns.target_table.options),
        target_sys_id: StringColumn(STAGING_KEY.columns.target_sys_id.options),
        payload_hash: StringColumn(STAGING_KEY.columns.payload_hash.options),
        source_hash: StringColumn(STAGING_KEY.columns.source_hash.options),
        line_hashes: StringColumn(STAGING_KEY.columns.line_hashes.options),
        state: ChoiceColumn(STAGING_KEY.columns.state.options),
        source_key: StringColumn(STAGING_KEY.columns.source_key.options),
        transform_state: ChoiceColumn(STAGING_KEY.columns.transform_state.options),
        produced_table: StringColumn(STAGING_KEY.columns.produced_table.options),
        produced_sys_id: StringColumn(STAGING_KEY.columns.produced_sys_id.options),
        first_run: ReferenceColumn(STAGING_KEY.columns.first_run.options),
        last_run: ReferenceColumn(STAGING_KEY.columns.last_run.options),
        match_state: ChoiceColumn(STAGING_KEY.columns.match_state.options),
        match_summary: StringColumn(STAGING_KEY.columns.match_summary.options),
        match_checked_at: DateTimeColumn(STAGING_KEY.columns.match_checked_at.options),
        match_run: ReferenceColumn(STAGING_KEY.columns.match_run.options),
        lines_checked_at: DateTimeColumn(STAGING_KEY.columns.lines_checked_at.options),
        removed_at: DateTimeColumn(STAGING_KEY.columns.removed_at.options),
    },
    // The dedup guarantee: the database refuses a second row for the same source document.
    index: [{ name: 'x_mlc_ifs_s2p_staging_key_key', unique: true, element: 'key' }],
})

export const x_mlc_ifs_s2p_run = Table({
    name: 'x_mlc_ifs_s2p_run',
    label: RUN.label,
    display: 'number',
    // sys_number record; the number column's default (src/tables/numbering.ts) makes the platform use it.
    autoNumber: { prefix: RUN.numbering.prefix, number: RUN.numbering.start, numberOfDigits: RUN.numbering.digits },
    schema: {
        number: StringColumn(RUN.columns.number.options),
        connection: ReferenceColumn(RUN.columns.connection.options),
        trigger: ChoiceColumn(RUN.columns.trigger.options),
        started_at: DateTimeColumn(RUN.columns.started_at.options),
        ended_at: DateTimeColumn(RUN.columns.ended_at.options),
        duration_ms: IntegerColumn(RUN.columns.duration_ms.options),
        status: ChoiceColumn(RUN.columns.status.options),
        read_count: IntegerColumn(RUN.columns.read_count.options),
        inserted_count: IntegerColumn(RUN.columns.inserted_count.options),
        updated_count: IntegerColumn(RUN.columns.updated_count.options),
        duplicate_count: IntegerColumn(RUN.columns.duplicate_count.options),
        flagged_count: IntegerColumn(RUN.columns.flagged_count.options),
        rejected_count: IntegerColumn(RUN.columns.rejected_count.options),
        resolved_count: IntegerColumn(RUN.columns.resolved_count.options),
        error_count: IntegerColumn(RUN.columns.error_count.options),
        ifs_requests: IntegerColumn(RUN.columns.ifs_requests.options),
        throttles: IntegerColumn(RUN.columns.throttles.options),
        cursor_before: StringColumn(RUN.columns.cursor_before.options),
        cursor_after: StringColumn(RUN.columns.cursor_after.options),
        deferred_until: DateTimeColumn(RUN.columns.deferred_until.options),
        message: MultiLineTextColumn(RUN.columns.message.options),
    },
})

export const x_mlc_ifs_s2p_audit = Table({
    name: 'x_mlc_ifs_s2p_audit',
    label: AUDIT.label,
    schema: {
        run: ReferenceColumn(AUDIT.columns.run.options),
        connection: ReferenceColumn(AUDIT.columns.connection.options),
        at: DateTimeColumn(AUDIT.columns.at.options),
        operation: ChoiceColumn(AUDIT.columns.operation.options),
        object_type: StringColumn(AUDIT.columns.object_type.options),
        source_key: StringColumn(AUDIT.columns.source_key.options),
        target_table: StringColumn(AUDIT.columns.target_table.options),
        target_sys_id: StringColumn(AUDIT.columns.target_sys_id.options),
        http_status: IntegerColumn(AUDIT.columns.http_status.options),
        path: StringColumn(AUDIT.columns.path.options),
        rows: IntegerColumn(AUDIT.columns.rows.options),
        duration_ms: IntegerColumn(AUDIT.columns.duration_ms.options),
        message: MultiLineTextColumn(AUDIT.columns.message.options),
    },
})

export const x_mlc_ifs_s2p_flag = Table({
    name: 'x_mlc_ifs_s2p_flag',
    label: FLAG.label,
    display: 'number',
    autoNumber: { prefix: FLAG.numbering.prefix, number: FLAG.numbering.start, numberOfDigits: FLAG.numbering.digits },
    schema: {
        number: StringColumn(FLAG.columns.number.options),
        connection: ReferenceColumn(FLAG.columns.connection.options),
        object_type: ChoiceColumn(FLAG.columns.object_type.options),
        company: StringColumn(FLAG.columns.company.options),
        document_number: StringColumn(FLAG.columns.document_number.options),
        supplier: StringColumn(FLAG.columns.supplier.options),
        source_key: StringColumn(FLAG.columns.source_key.options),
        source_key_hash: StringColumn(FLAG.columns.source_key_hash.options),
        staging_key: StringColumn(FLAG.columns.staging_key.options),
        reason: ChoiceColumn(FLAG.columns.reason.options),
        message: MultiLineTextColumn(FLAG.columns.message.options),
        payload: JsonColumn(FLAG.columns.payload.options),
        state: ChoiceColumn(FLAG.columns.state.options),
        attempts: IntegerColumn(FLAG.columns.attempts.options),
        first_flagged_at: DateTimeColumn(FLAG.columns.first_flagged_at.options),
        last_attempt_at: DateTimeColumn(FLAG.columns.last_attempt_at.options),
        resolution_note: MultiLineTextColumn(FLAG.columns.resolution_note.options),
    },
    // The AP work list and the stager look flags up by state, by staging key and by the IFS key's hash.
    index: [
        { name: 'x_mlc_ifs_s2p_flag_state', unique: false, element: 'state' },
        { name: 'x_mlc_ifs_s2p_flag_staging_key', unique: false, element: 'staging_key' },
        { name: 'x_mlc_ifs_s2p_flag_source_key_hash', unique: false, element: 'source_key_hash' },
    ],
})

export const x_mlc_ifs_s2p_dimension_map = Table({
    name: 'x_mlc_ifs_s2p_dimension_map',
    label: DIMENSION_MAP.label,
    display: 'ifs_value',
    schema: {
        connection: ReferenceColumn(DIMENSION_MAP.columns.connection.options),
        company: StringColumn(DIMENSION_MAP.columns.company.options),
        dimension: ChoiceColumn(DIMENSION_MAP.columns.dimension.options),
        ifs_value: StringColumn(DIMENSION_MAP.columns.ifs_value.options),
        description: StringColumn(DIMENSION_MAP.columns.description.options),
        sn_value: StringColumn(DIMENSION_MAP.columns.sn_value.options),
        source: ChoiceColumn(DIMENSION_MAP.columns.source.options),
        valid_from: DateColumn(DIMENSION_MAP.columns.valid_from.options),
        valid_until: DateColumn(DIMENSION_MAP.columns.valid_until.options),
    },
})

// One row per target column of a field-map preset (src/tables/field-map.ts); shipped rows are
// records generated from the document-type definitions (field-map-records.now.ts).
export const x_mlc_ifs_s2p_field_map = Table({
    name: 'x_mlc_ifs_s2p_field_map',
    label: FIELD_MAP.label,
    display: 'column_name',
    schema: {
        preset: ChoiceColumn(FIELD_MAP.columns.preset.options),
        object_type: ChoiceColumn(FIELD_MAP.columns.object_type.options),
        level: ChoiceColumn(FIELD_MAP.columns.level.options),
        target_table: StringColumn(FIELD_MAP.columns.target_table.options),
        column_name: StringColumn(FIELD_MAP.columns.column_name.options),
        source_kind: ChoiceColumn(FIELD_MAP.columns.source_kind.options),
        source_value: StringColumn(FIELD_MAP.columns.source_value.options),
        lookup: StringColumn(FIELD_MAP.columns.lookup.options),
        lookup_scope: StringColumn(FIELD_MAP.columns.lookup_scope.options),
        transform: ChoiceColumn(FIELD_MAP.columns.transform.options),
        shipped: BooleanColumn(FIELD_MAP.columns.shipped.options),
        active: BooleanColumn(FIELD_MAP.columns.active.options),
    },
})
