import { UiAction } from '@servicenow/sdk/core'
import { onIgnoreFlagInList, onRetryFlag, onRetryFlagInList } from '../server/entry/ui/flag-actions'
import { onProposeSourceMapping, onRunNow, onTestConnection } from '../server/entry/ui/connection-actions'

// Buttons admins and AP users see. Handlers live in src/server/entry/ui (thin) over core/actions.

const ADMIN = 'x_mlc_ifs_s2p.admin'
const AP_USER = 'x_mlc_ifs_s2p.ap_user'

// --- connection form (admin) ---
UiAction({
    $id: Now.ID['ui_action_test_connection'],
    table: 'x_mlc_ifs_s2p_connection',
    name: 'Test connection',
    actionName: 'x_mlc_ifs_s2p_test_connection',
    hint: 'Check plugins, target tables, roles, the IFS token and one read per entity set',
    showUpdate: true,
    // A new connection has no record to test or run yet: the buttons appear once it is saved.
    showInsert: false,
    form: { showButton: true, style: 'primary' },
    roles: [ADMIN],
    order: 100,
    script: onTestConnection,
})

UiAction({
    $id: Now.ID['ui_action_propose_source_mapping'],
    table: 'x_mlc_ifs_s2p_connection',
    name: 'Propose source mapping',
    actionName: 'x_mlc_ifs_s2p_propose_source_mapping',
    hint: "Read IFS's $metadata and show the field names it suggests (nothing is saved)",
    showUpdate: true,
    showInsert: false,
    form: { showButton: true },
    roles: [ADMIN],
    order: 150,
    script: onProposeSourceMapping,
})

UiAction({
    $id: Now.ID['ui_action_run_now'],
    table: 'x_mlc_ifs_s2p_connection',
    name: 'Run now',
    actionName: 'x_mlc_ifs_s2p_run_now',
    hint: 'Queue one sync run of this connection',
    showUpdate: true,
    showInsert: false,
    condition: 'current.active == true',
    form: { showButton: true },
    roles: [ADMIN],
    order: 200,
    script: onRunNow,
})

// Needs a browser confirmation first, so it is a client+server action: the client part asks, the
// server part (after gsftSubmit) calls the module. The require path is checked by test/contract.
UiAction({
    $id: Now.ID['ui_action_reset_cursor'],
    table: 'x_mlc_ifs_s2p_connection',
    name: 'Reset cursor',
    actionName: 'x_mlc_ifs_s2p_reset_cursor',
    hint: 'Read IFS from the beginning on the next run (staged documents are not staged twice)',
    showUpdate: true,
    showInsert: false,
    form: { showButton: true, style: 'destructive' },
    roles: [ADMIN],
    order: 300,
    client: { isClient: true, isUi16Compatible: true, onClick: 'confirmResetCursor()' },
    script: `function confirmResetCursor() {
    if (confirm('Reset the cursor? The next run reads every document from IFS again (already staged ones are skipped). This is audited.')) {
        gsftSubmit(null, g_form.getFormElement(), 'x_mlc_ifs_s2p_reset_cursor');
    }
    return false;
}
if (typeof window == 'undefined') {
    var handlers = require('x_mlc_ifs_s2p/ml-connector/0.1.0/src/server/entry/ui/connection-actions.ts');
    handlers.onResetCursor(current, action);
}`,
})

// Frees a run lease a dead runner left behind (e.g. one that ran under a clock set ahead, so its
// lease would not expire for days). Shown only while a lease is held; confirmed in the browser;
// audited. The CLI equivalent is `ml-connector release-lease --config FILE`.
UiAction({
    $id: Now.ID['ui_action_release_lease'],
    table: 'x_mlc_ifs_s2p_connection',
    name: 'Release lease',
    actionName: 'x_mlc_ifs_s2p_release_lease',
    hint: 'Free the run lease of a runner that died holding it (audited)',
    showUpdate: true,
    condition: "current.lease_owner != ''",
    form: { showButton: true, style: 'destructive' },
    roles: [ADMIN],
    order: 400,
    client: { isClient: true, isUi16Compatible: true, onClick: 'confirmReleaseLease()' },
    script: `function confirmReleaseLease() {
    if (confirm('Release the run lease held by ' + g_form.getValue('lease_owner') + '? Do this only when that runner is dead: a live one stops after its current page. This is audited.')) {
        gsftSubmit(null, g_form.getFormElement(), 'x_mlc_ifs_s2p_release_lease');
    }
    return false;
}
if (typeof window == 'undefined') {
    var handlers = require('x_mlc_ifs_s2p/ml-connector/0.1.0/src/server/entry/ui/connection-actions.ts');
    handlers.onReleaseLease(current, action);
}`,
})

// --- flags (AP user) ---
UiAction({
    $id: Now.ID['ui_action_retry_flag'],
    table: 'x_mlc_ifs_s2p_flag',
    name: 'Retry',
    actionName: 'x_mlc_ifs_s2p_retry_flag',
    hint: 'Read this document from IFS again and stage it if it now passes',
    showUpdate: true,
    condition: "current.state == 'open' || current.state == 'retrying'",
    form: { showButton: true, style: 'primary' },
    roles: [AP_USER, ADMIN],
    order: 100,
    script: onRetryFlag,
})

UiAction({
    $id: Now.ID['ui_action_retry_flags_list'],
    table: 'x_mlc_ifs_s2p_flag',
    name: 'Retry selected',
    actionName: 'x_mlc_ifs_s2p_retry_flags',
    hint: 'Mark the selected flags for retry and queue a run that retries them',
    showMultipleUpdate: true,
    condition: "current.state == 'open' || current.state == 'retrying'",
    list: { showListChoice: true, showContextMenu: true },
    roles: [AP_USER, ADMIN],
    order: 110,
    script: onRetryFlagInList,
})

// On the form the reason is asked for in the browser (into Resolution note) before the server acts.
UiAction({
    $id: Now.ID['ui_action_ignore_flag'],
    table: 'x_mlc_ifs_s2p_flag',
    name: 'Ignore',
    actionName: 'x_mlc_ifs_s2p_ignore_flag',
    hint: 'Close this flag without staging; you are asked why',
    showUpdate: true,
    condition: "current.state == 'open' || current.state == 'retrying'",
    form: { showButton: true },
    roles: [AP_USER, ADMIN],
    order: 200,
    client: { isClient: true, isUi16Compatible: true, onClick: 'askIgnoreReason()' },
    script: `function askIgnoreReason() {
    var reason = g_form.getValue('resolution_note');
    if (!reason) {
        reason = prompt('Why does this document need no staging? (required, kept with the flag and in the audit trail)');
        if (!reason || !String(reason).trim()) return false;
        g_form.setValue('resolution_note', reason);
    }
    gsftSubmit(null, g_form.getFormElement(), 'x_mlc_ifs_s2p_ignore_flag');
    return false;
}
if (typeof window == 'undefined') {
    var handlers = require('x_mlc_ifs_s2p/ml-connector/0.1.0/src/server/entry/ui/flag-actions.ts');
    handlers.onIgnoreFlag(current, action);
}`,
})

// On a list selection each row's Resolution note is its reason (list-edit it first); rows without one are refused.
UiAction({
    $id: Now.ID['ui_action_ignore_flags_list'],
    table: 'x_mlc_ifs_s2p_flag',
    name: 'Ignore selected',
    actionName: 'x_mlc_ifs_s2p_ignore_flags',
    hint: 'Close the selected flags without staging; each needs its Resolution note filled in',
    showMultipleUpdate: true,
    condition: "current.state == 'open' || current.state == 'retrying'",
    list: { showListChoice: true, showContextMenu: true },
    roles: [AP_USER, ADMIN],
    order: 210,
    script: onIgnoreFlagInList,
})
