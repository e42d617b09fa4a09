import { AnnotationType, Form, default_view } from '@servicenow/sdk/core'

// What an admin configures and what an AP user reads. Field names come from src/tables.

export const connectionForm = Form({
    table: 'x_mlc_ifs_s2p_connection',
    view: default_view,
    sections: [
        {
            caption: 'IFS tenant',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'name', type: 'table_field' },
                        { field: 'tenant_url', type: 'table_field' },
                        { field: 'realm', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'active', type: 'table_field' },
                        { field: 'dry_run', type: 'table_field' },
                        { field: 'allowed_host_suffix', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Authentication',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['connection_form_auth_note'],
                            text: 'Register IFS under System OAuth > Application Registry > New > Connect to a third party OAuth Provider (client id, secret, Client Credentials, token URL); the platform encrypts the secret and creates the profile chosen here. Test connection and every run check that the provider uses this Client ID and a token URL under the allowed host suffix equal to the tenant URL + realm (or the override).',
                            isPlainText: true,
                            annotationType: AnnotationType.Info_Box_Blue,
                        },
                        { field: 'oauth_profile', type: 'table_field' },
                        { field: 'token_url', type: 'table_field' },
                        { field: 'client_id', type: 'table_field' },
                        { field: 'token_scope', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Objects',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [{ field: 'companies', type: 'table_field' }],
                    rightElements: [
                        { field: 'supplier_entity_set', type: 'table_field' },
                        { field: 'gl_account_entity_set', type: 'table_field' },
                        { field: 'cost_center_entity_set', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    // Master-data field names and code-part letters where the tenant differs from the preset.
                    elements: [{ field: 'source_mapping', type: 'table_field' }],
                },
                {
                    layout: 'one-column',
                    elements: [
                        // One row per document type (created with the connection): sync it, entity
                        // set, target table, IFS field overrides.
                        { type: 'list', listType: '12M', listRef: 'x_mlc_ifs_s2p_connection_type.connection' },
                    ],
                },
            ],
        },
        {
            caption: 'Targets',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'field_map_preset', type: 'table_field' },
                        { field: 'erp_source', type: 'table_field' },
                        { field: 'external_invoice_source', type: 'table_field' },
                        { field: 'transform_mode', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Limits and schedule',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'page_size', type: 'table_field' },
                        { field: 'request_ceiling', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'time_budget_seconds', type: 'table_field' },
                        { field: 'lookback_seconds', type: 'table_field' },
                        { field: 'header_wait_hours', type: 'table_field' },
                        { field: 'removal_checks_per_run', type: 'table_field' },
                        { field: 'overlap_seconds', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Status',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'last_run', type: 'table_field' },
                        { field: 'last_run_at', type: 'table_field' },
                        { field: 'last_outcome', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'next_run_at', type: 'table_field' },
                        { field: 'lease_owner', type: 'table_field' },
                        { field: 'lease_expires_at', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'last_error', type: 'table_field' },
                        // Cursor and deferral per object type, open flags, run history.
                        { type: 'list', listType: '12M', listRef: 'x_mlc_ifs_s2p_sync_state.connection' },
                        { type: 'list', listType: '12M', listRef: 'x_mlc_ifs_s2p_flag.connection' },
                        { type: 'list', listType: '12M', listRef: 'x_mlc_ifs_s2p_run.connection' },
                    ],
                },
            ],
        },
    ],
})

export const connectionTypeForm = Form({
    table: 'x_mlc_ifs_s2p_connection_type',
    view: default_view,
    sections: [
        {
            caption: 'Document type',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'connection', type: 'table_field' },
                        { field: 'object_type', type: 'table_field' },
                        { field: 'active', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'entity_set_path', type: 'table_field' },
                        { field: 'target_table', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['connection_type_form_overrides_note'],
                            text: 'Empty entity set or target table: the document type\'s default IFS projection and the field map preset\'s table. IFS field overrides: only where your IFS names differ from the preset, as JSON (see README, "Configure a connection").',
                            isPlainText: true,
                            annotationType: AnnotationType.Info_Box_Blue,
                        },
                        { field: 'source_overrides', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

export const flagForm = Form({
    table: 'x_mlc_ifs_s2p_flag',
    view: default_view,
    sections: [
        {
            caption: 'Flagged record',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'number', type: 'table_field' },
                        { field: 'object_type', type: 'table_field' },
                        { field: 'document_number', type: 'table_field' },
                        { field: 'supplier', type: 'table_field' },
                        { field: 'company', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'state', type: 'table_field' },
                        { field: 'reason', type: 'table_field' },
                        { field: 'attempts', type: 'table_field' },
                        { field: 'first_flagged_at', type: 'table_field' },
                        { field: 'last_attempt_at', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'message', type: 'table_field' },
                        { field: 'resolution_note', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'IFS payload',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'payload', type: 'table_field' },
                        { field: 'source_key', type: 'table_field' },
                        { field: 'staging_key', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

export const runForm = Form({
    table: 'x_mlc_ifs_s2p_run',
    view: default_view,
    sections: [
        {
            caption: 'Run',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'number', type: 'table_field' },
                        { field: 'trigger', type: 'table_field' },
                        { field: 'status', type: 'table_field' },
                        { field: 'started_at', type: 'table_field' },
                        { field: 'ended_at', type: 'table_field' },
                        { field: 'duration_ms', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'read_count', type: 'table_field' },
                        { field: 'inserted_count', type: 'table_field' },
                        { field: 'updated_count', type: 'table_field' },
                        { field: 'duplicate_count', type: 'table_field' },
                        { field: 'flagged_count', type: 'table_field' },
                        { field: 'rejected_count', type: 'table_field' },
                        { field: 'resolved_count', type: 'table_field' },
                        { field: 'error_count', type: 'table_field' },
                        { field: 'ifs_requests', type: 'table_field' },
                        { field: 'throttles', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'message', type: 'table_field' },
                        { field: 'cursor_before', type: 'table_field' },
                        { field: 'cursor_after', type: 'table_field' },
                        { field: 'deferred_until', type: 'table_field' },
                        { type: 'list', listType: '12M', listRef: 'x_mlc_ifs_s2p_audit.run' },
                    ],
                },
            ],
        },
    ],
})

// One target column of a preset; Test connection checks each row against the table's dictionary.
export const fieldMapForm = Form({
    table: 'x_mlc_ifs_s2p_field_map',
    view: default_view,
    sections: [
        {
            caption: 'Target column',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['field_map_form_note'],
                            text: 'One row per target column. Source: a document field (documentNumber, supplierNumber, supplierName, company, documentDate, createdAt, dueDate, currency, netAmount, taxAmount, grossAmount, poReference, glAccount, costCenter, state, externalReference = the staging key), a constant, a connection setting (erpSource, externalInvoiceSource) or a reference look-up (<table>.<column>; the record sys_id is written), optionally scoped by another row of the map (<look-up table column>=<target column>: legal_entity=legal_entity finds the supplier of the legal entity that row resolved). Test connection checks the column exists, fits and that every mandatory column is mapped.',
                            isPlainText: true,
                            annotationType: AnnotationType.Info_Box_Blue,
                        },
                    ],
                },
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'preset', type: 'table_field' },
                        { field: 'object_type', type: 'table_field' },
                        { field: 'target_table', type: 'table_field' },
                        { field: 'column_name', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'source_kind', type: 'table_field' },
                        { field: 'source_value', type: 'table_field' },
                        { field: 'lookup', type: 'table_field' },
                        { field: 'lookup_scope', type: 'table_field' },
                        { field: 'transform', type: 'table_field' },
                        { field: 'active', type: 'table_field' },
                        { field: 'shipped', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})
