import { runCheckedJob } from '../core/prerequisites/run-checked-job'
import { createStager } from '../core/staging/create-stager'
import { createGlidePorts } from '../glide/create-glide-ports'

/** Entry of the Scheduled Script Job: every active connection, prerequisites first. */
export function runScheduledSync(): void {
    const ports = createGlidePorts()
    const report = runCheckedJob(ports, { trigger: 'schedule' }, createStager)
    for (const c of report.connections) ports.log.info(`${c.connectionName}: ${c.status}. ${c.message}`)
}
