import { Record, ScheduledScript, ScriptAction } from '@servicenow/sdk/core'
import { runScheduledSync } from '../server/entry/job'
import { onContinueEvent } from '../server/entry/events/continue-event'

// The sync is driven by two triggers: the 15-minute schedule and the continuation event a throttled or
// time-boxed run queues for itself (scoped apps cannot gs.sleep, so they checkpoint and come back later).

export const syncJob = ScheduledScript({
    $id: Now.ID['job_scheduled_sync'],
    name: 'ml-connector: IFS sync',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 15 },
    executionStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: runScheduledSync,
})

export const continueEvent = Record({
    $id: Now.ID['event_continue'],
    table: 'sysevent_register',
    data: {
        suffix: 'continue',
        event_name: 'x_mlc_ifs_s2p.continue',
        description: 'Continue a deferred or time-boxed sync of one connection (parm1 = connection sys_id)',
        table: 'x_mlc_ifs_s2p_connection',
        fired_by: 'ml-connector Scheduler port (gs.eventQueueScheduled) and the Run now UI action',
        priority: 100,
    },
})

export const continueAction = ScriptAction({
    $id: Now.ID['script_action_continue'],
    name: 'ml-connector: continue sync',
    active: true,
    eventName: 'x_mlc_ifs_s2p.continue',
    description: 'Resumes the sync of the connection in event.parm1 from its committed cursor.',
    order: 100,
    script: onContinueEvent,
})
