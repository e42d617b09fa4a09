import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { adminRole, apUserRole } from './roles.now'

// Navigator: admins see everything; AP users see their work list, runs and the audit trail.

export const menu = ApplicationMenu({
    $id: Now.ID['menu_ml_connector'],
    title: 'ml-connector',
    description: 'IFS Cloud to Source-to-Pay: connections, flagged records, sync runs.',
    roles: [adminRole, apUserRole],
    active: true,
    order: 100,
})

export const connectionsModule = Record({
    $id: Now.ID['module_connections'],
    table: 'sys_app_module',
    data: {
        title: 'Connections',
        application: menu,
        link_type: 'LIST',
        name: 'x_mlc_ifs_s2p_connection',
        hint: 'IFS tenants, credentials profile, objects, targets and limits',
        roles: ['x_mlc_ifs_s2p.admin'],
        active: true,
        order: 100,
    },
})

export const flaggedRecordsModule = Record({
    $id: Now.ID['module_flagged_records'],
    table: 'sys_app_module',
    data: {
        title: 'Flagged records',
        application: menu,
        link_type: 'FILTER',
        name: 'x_mlc_ifs_s2p_flag',
        filter: 'state=open^ORDERBYDESCfirst_flagged_at',
        hint: 'Documents from IFS that were not staged, and why',
        roles: ['x_mlc_ifs_s2p.ap_user', 'x_mlc_ifs_s2p.admin'],
        active: true,
        order: 200,
    },
})

// Invoices staged but not yet matchable: waiting for their PO or receipt is not a failure, so they
// are not flags; the list shows what each waits for (match_summary), re-checked every run.
export const waitingForMatchModule = Record({
    $id: Now.ID['module_waiting_for_match'],
    table: 'sys_app_module',
    data: {
        title: 'Invoices waiting for match',
        application: menu,
        link_type: 'FILTER',
        name: 'x_mlc_ifs_s2p_staging_key',
        filter: 'object_type=supplier_invoice^match_stateINwaiting_for_po,waiting_for_receipt^ORDERBYmatch_checked_at',
        hint: 'Staged invoices whose PO line or receipt has not arrived in ServiceNow yet',
        roles: ['x_mlc_ifs_s2p.ap_user', 'x_mlc_ifs_s2p.admin'],
        active: true,
        order: 250,
    },
})

export const syncRunsModule = Record({
    $id: Now.ID['module_sync_runs'],
    table: 'sys_app_module',
    data: {
        title: 'Sync runs',
        application: menu,
        link_type: 'FILTER',
        name: 'x_mlc_ifs_s2p_run',
        filter: 'ORDERBYDESCstarted_at',
        hint: 'One record per run: status, counts, throttles',
        roles: ['x_mlc_ifs_s2p.ap_user', 'x_mlc_ifs_s2p.admin'],
        active: true,
        order: 300,
    },
})

export const auditTrailModule = Record({
    $id: Now.ID['module_audit_trail'],
    table: 'sys_app_module',
    data: {
        title: 'Audit trail',
        application: menu,
        link_type: 'FILTER',
        name: 'x_mlc_ifs_s2p_audit',
        filter: 'ORDERBYDESCat',
        hint: 'Everything the connector did, append-only',
        roles: ['x_mlc_ifs_s2p.ap_user', 'x_mlc_ifs_s2p.admin'],
        active: true,
        order: 400,
    },
})

export const dimensionMappingsModule = Record({
    $id: Now.ID['module_dimension_mappings'],
    table: 'sys_app_module',
    data: {
        title: 'Dimension mappings',
        application: menu,
        link_type: 'LIST',
        name: 'x_mlc_ifs_s2p_dimension_map',
        hint: 'IFS GL accounts and cost centers per company and their ServiceNow values',
        roles: ['x_mlc_ifs_s2p.admin'],
        active: true,
        order: 500,
    },
})

export const fieldMappingsModule = Record({
    $id: Now.ID['module_field_mappings'],
    table: 'sys_app_module',
    data: {
        title: 'Target field mappings',
        application: menu,
        link_type: 'LIST',
        name: 'x_mlc_ifs_s2p_field_map',
        hint: 'Which target column gets which value, per preset; add a row for a custom column',
        roles: ['x_mlc_ifs_s2p.admin'],
        active: true,
        order: 550,
    },
})

export const propertiesModule = Record({
    $id: Now.ID['module_properties'],
    table: 'sys_app_module',
    data: {
        title: 'Properties',
        application: menu,
        // "URL (from Arguments:)": the properties page of the app's category (properties.now.ts).
        link_type: 'DIRECT',
        query: 'system_properties_ui.do?sysparm_category=ml-connector&sysparm_title=ml-connector%20Properties',
        hint: 'Logging verbosity',
        roles: ['x_mlc_ifs_s2p.admin'],
        active: true,
        order: 600,
    },
})
