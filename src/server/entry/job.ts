import { dispatchScheduledRuns } from '../core/sync/dispatch'
import type { ConnectionDispatch } from '../core/sync/dispatch'
import { createGlidePorts } from '../glide/create-glide-ports'

/**
 * Entry of the Scheduled Script Job. It runs no connection itself: it queues one continuation
 * event per due connection, and each event's Script Action runs that connection (prerequisites
 * first) on the node whose event processor picks it up: no tenant waits in this job for another.
 */
export function runScheduledSync(): void {
    const ports = createGlidePorts()
    const report = dispatchScheduledRuns(ports)
    const count = (status: ConnectionDispatch['status']) => report.connections.filter((c) => c.status === status).length
    ports.log.info(
        `Scheduled sync: ${count('queued')} connection(s) queued, ${count('skipped')} skipped, ` +
            `${count('not_queued')} could not be queued`
    )
}
