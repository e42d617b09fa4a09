import type { GlideAction, GlideRecord } from '@servicenow/glide'
import { proposeSourceMapping } from '../../core/actions/propose-source-mapping'
import { requestRunNow } from '../../core/actions/run-now'
import { releaseLease } from '../../core/actions/release-lease'
import { resetCursor } from '../../core/actions/reset-cursor'
import { testConnection } from '../../core/actions/test-connection'
import { createGlidePorts } from '../../glide/create-glide-ports'
import { syncJobRunAsUser } from '../../glide/sync-job-user'
import { currentUserName, showMessages } from './show-messages'

// Server side of the connection form's UI actions. The SDK calls each with the platform's
// `current` and `action`, so the parameter names matter. Logic lives in core/actions.

/** "Test connection": checklist lines as form messages, roles checked for the job's Run as user. */
export function onTestConnection(current: GlideRecord<'x_mlc_ifs_s2p_connection'>, action: GlideAction): void {
    showMessages(testConnection(createGlidePorts({ runAsUserSysId: syncJobRunAsUser() }), current.getUniqueValue()))
    action.setRedirectURL(current)
}

/** "Run now": queues one run of this connection. */
export function onRunNow(current: GlideRecord<'x_mlc_ifs_s2p_connection'>, action: GlideAction): void {
    showMessages(requestRunNow(createGlidePorts(), current.getUniqueValue(), currentUserName()))
    action.setRedirectURL(current)
}

/** "Reset cursor", after the admin confirmed in the browser. */
export function onResetCursor(current: GlideRecord<'x_mlc_ifs_s2p_connection'>, action: GlideAction): void {
    showMessages(resetCursor(createGlidePorts(), current.getUniqueValue(), currentUserName()))
    action.setRedirectURL(current)
}

/** "Release lease", after the admin confirmed in the browser: frees a stale run lease, audited. */
export function onReleaseLease(current: GlideRecord<'x_mlc_ifs_s2p_connection'>, action: GlideAction): void {
    showMessages(releaseLease(createGlidePorts(), current.getUniqueValue(), currentUserName()))
    action.setRedirectURL(current)
}

/** "Propose source mapping": the mapping `$metadata` suggests, as info messages; never saved. */
export function onProposeSourceMapping(current: GlideRecord<'x_mlc_ifs_s2p_connection'>, action: GlideAction): void {
    showMessages(proposeSourceMapping(createGlidePorts(), current.getUniqueValue()))
    action.setRedirectURL(current)
}
