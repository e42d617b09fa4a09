import { Record } from '@servicenow/sdk/core'
import { menu } from './menu.now'

// The at-a-glance set: classic reports (sys_report) on the app's own tables, each with a module
// under "ml-connector". Readable by admins and AP users; nothing here shows connection settings.

const READERS = ['x_mlc_ifs_s2p.admin', 'x_mlc_ifs_s2p.ap_user']

export const stagedPerDayReport = Record({
    $id: Now.ID['report_staged_per_day'],
    table: 'sys_report',
    data: {
        title: 'ml-connector: documents staged per day by object type',
        table: 'x_mlc_ifs_s2p_audit',
        type: 'trend',
        trend_field: 'at',
        interval: 'date',
        field: 'object_type',
        aggregate: 'COUNT',
        filter: 'operationINstage_insert,stage_update^atRELATIVEGT@dayofweek@ago@30',
        roles: READERS,
        is_published: true,
        user: 'GLOBAL',
    },
})

export const openFlagsByReasonReport = Record({
    $id: Now.ID['report_open_flags_by_reason'],
    table: 'sys_report',
    data: {
        title: 'ml-connector: open flags by reason',
        table: 'x_mlc_ifs_s2p_flag',
        type: 'bar',
        field: 'reason',
        aggregate: 'COUNT',
        filter: 'stateINopen,retrying',
        roles: READERS,
        is_published: true,
        user: 'GLOBAL',
    },
})

export const runOutcomesReport = Record({
    $id: Now.ID['report_run_outcomes'],
    table: 'sys_report',
    data: {
        title: 'ml-connector: run outcomes per day',
        table: 'x_mlc_ifs_s2p_run',
        type: 'trend',
        trend_field: 'started_at',
        interval: 'date',
        field: 'status',
        aggregate: 'COUNT',
        filter: 'started_atRELATIVEGT@dayofweek@ago@30',
        roles: READERS,
        is_published: true,
        user: 'GLOBAL',
    },
})

export const throttlesReport = Record({
    $id: Now.ID['report_throttles'],
    table: 'sys_report',
    data: {
        title: 'ml-connector: IFS throttles per day',
        table: 'x_mlc_ifs_s2p_run',
        type: 'trend',
        trend_field: 'started_at',
        interval: 'date',
        aggregate: 'SUM',
        sumfield: 'throttles',
        filter: 'started_atRELATIVEGT@dayofweek@ago@30',
        roles: READERS,
        is_published: true,
        user: 'GLOBAL',
    },
})

Record({
    $id: Now.ID['module_reports_separator'],
    table: 'sys_app_module',
    data: {
        title: 'Reports',
        application: menu,
        link_type: 'SEPARATOR',
        roles: ['x_mlc_ifs_s2p.admin', 'x_mlc_ifs_s2p.ap_user'],
        active: true,
        order: 700,
    },
})

Record({
    $id: Now.ID['module_report_staged_per_day'],
    table: 'sys_app_module',
    data: {
        title: 'Staged per day',
        application: menu,
        link_type: 'REPORT',
        report: stagedPerDayReport,
        roles: ['x_mlc_ifs_s2p.admin', 'x_mlc_ifs_s2p.ap_user'],
        active: true,
        order: 710,
    },
})

Record({
    $id: Now.ID['module_report_open_flags_by_reason'],
    table: 'sys_app_module',
    data: {
        title: 'Open flags by reason',
        application: menu,
        link_type: 'REPORT',
        report: openFlagsByReasonReport,
        roles: ['x_mlc_ifs_s2p.admin', 'x_mlc_ifs_s2p.ap_user'],
        active: true,
        order: 720,
    },
})

Record({
    $id: Now.ID['module_report_run_outcomes'],
    table: 'sys_app_module',
    data: {
        title: 'Run outcomes',
        application: menu,
        link_type: 'REPORT',
        report: runOutcomesReport,
        roles: ['x_mlc_ifs_s2p.admin', 'x_mlc_ifs_s2p.ap_user'],
        active: true,
        order: 730,
    },
})

Record({
    $id: Now.ID['module_report_throttles'],
    table: 'sys_app_module',
    data: {
        title: 'Throttles',
        application: menu,
        link_type: 'REPORT',
        report: throttlesReport,
        roles: ['x_mlc_ifs_s2p.admin', 'x_mlc_ifs_s2p.ap_user'],
        active: true,
        order: 740,
    },
})
