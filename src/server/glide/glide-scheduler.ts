import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { CONNECTION } from '../../tables/connection'
import { SCOPE } from '../../tables/scope'
import type { Scheduler } from '../ports/scheduler'

/** Registered by Fluent (sysevent_register); its Script Action calls entry/continuation. */
export const CONTINUE_EVENT = `${SCOPE}.continue`

/** Scheduler over gs.eventQueueScheduled: parm1 = connection sys_id, parm2 = reason. */
export class GlideScheduler implements Scheduler {
    scheduleContinuation(connectionSysId: string, atMs: number, reason: string): void {
        const connection = new GlideRecord(CONNECTION.name)
        if (!connection.get(connectionSysId)) {
            throw new Error(`cannot schedule a continuation: connection ${connectionSysId} does not exist`)
        }
        const at = new GlideDateTime()
        at.setNumericValue(atMs)
        gs.eventQueueScheduled(CONTINUE_EVENT, connection, connectionSysId, reason, at)
    }
}
