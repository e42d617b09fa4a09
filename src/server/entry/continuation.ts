import { continuationTrigger } from '../core/sync/continuation-reason'
import { runCheckedJob } from '../core/prerequisites/run-checked-job'
import { createStager } from '../core/staging/create-stager'
import { createGlidePorts } from '../glide/create-glide-ports'
import { syncJobRunAsUser } from '../glide/sync-job-user'

/** Entry of the continuation event's Script Action (parm1 = connection sys_id, parm2 = why it was queued). */
export function runContinuation(connectionSysId: string, reason: string | null = null): void {
    // The event processor runs this as `system`, which holds no roles: check the job's Run as user.
    const ports = createGlidePorts({ runAsUserSysId: syncJobRunAsUser() })
    if (!connectionSysId) {
        ports.log.error('Continuation event without a connection sys_id in parm1; nothing to continue')
        return
    }
    const report = runCheckedJob(ports, { trigger: continuationTrigger(reason), connectionSysId }, createStager)
    for (const c of report.connections) ports.log.info(`${c.connectionName}: ${c.status}. ${c.message}`)
}
