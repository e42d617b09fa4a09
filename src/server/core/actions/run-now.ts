import type { Ports } from '../../ports/ports'
import { toGlideDateTime } from '../domain/glide-time'
import { RUN_NOW_REASON } from '../sync/continuation-reason'
import { error, info } from './action-message'
import { runInProgress } from './connection-busy'
import { connectionAction } from './connection-action'

/**
 * "Run now": queues one continuation of this connection for the event processor, so the run
 * happens on a worker and not in the admin's browser request. Refused while a run holds the lease.
 */
export const requestRunNow = connectionAction<Pick<Ports, 'store' | 'clock' | 'scheduler'>>(
    'This connection is not saved yet: save it, then click Run now.',
    (ports, { connection, name, userName }) => {
        if (connection.active !== '1' && connection.active !== 'true') {
            return [error(`${name} is not active: tick Active and save before running it.`)]
        }
        const now = ports.clock.nowMs()
        const busy = runInProgress(connection, now)
        if (busy) {
            return [
                error(
                    `A run of ${name} is in progress (${busy.owner}, lease until ${toGlideDateTime(busy.untilMs)} UTC). ` +
                        'Wait for it to finish; see Sync runs.'
                ),
            ]
        }
        ports.scheduler.scheduleContinuation(connection.sys_id, now, `${RUN_NOW_REASON} ${userName}`)
        return [info(`A run of ${name} is queued and starts within a minute. Its outcome appears under Sync runs.`)]
    }
)
