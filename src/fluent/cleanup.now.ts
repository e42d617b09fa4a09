import { Record } from '@servicenow/sdk/core'

// Table cleanup (Auto Flush, sys_auto_flush): the platform's hourly Table Cleaner job deletes rows
// whose Matchfield is older than "Age in seconds". Without these the audit table grows by a row per
// request and per staged document, forever. The ages are defaults: an admin changes them on the
// records (System Definition > Auto Flush, filter Tablename starts with x_mlc_ifs_s2p), and as
// first-install records an upgrade keeps the admin's ages. Flags are never purged: they are the AP
// users' work list and history.

export const auditCleanup = Record({
    $id: Now.ID['auto_flush_audit'],
    $meta: { installMethod: 'first install' },
    table: 'sys_auto_flush',
    data: {
        tablename: 'x_mlc_ifs_s2p_audit',
        matchfield: 'sys_created_on',
        age: 7776000, // 90 days
        active: true,
        cascade_delete: false,
    },
})

// Runs still running are kept whatever their age (a run that never ended is worth seeing).
export const runCleanup = Record({
    $id: Now.ID['auto_flush_run'],
    $meta: { installMethod: 'first install' },
    table: 'sys_auto_flush',
    data: {
        tablename: 'x_mlc_ifs_s2p_run',
        matchfield: 'sys_created_on',
        age: 15552000, // 180 days
        active: true,
        cascade_delete: false,
        conditions: 'status!=running',
    },
})
