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

// The continuation event runs on the app's own queue, not the default one: a run may work up to its
// time budget (4 minutes) inside its Script Action, and on the default queue that holds up every
// other application's events. Queue Registry records (sysevent_queue) with a processing order and
// jobs per node are the Xanadu-and-later form (SDK guide "Registering events", custom queues).
// Parallel: several connections run at once, on several nodes; the lease on the connection record
// still guards against two runs of the same connection.
export const CONTINUE_QUEUE_NAME = 'x_mlc_ifs_s2p.sync'

export const syncQueue = Record({
    $id: Now.ID['event_queue_sync'],
    table: 'sysevent_queue',
    data: {
        sys_class_name: 'sysevent_queue',
        queue: 'x_mlc_ifs_s2p.sync',
        suffix: 'sync',
        description:
            'ml-connector sync runs (x_mlc_ifs_s2p.continue): one connection per event, up to its time budget.',
        poll_interval: '1970-01-01 00:00:30',
        job_config: 'jobs_per_node',
        job_config_value: 1,
        provider: '44af4464431212108da9a574a9b8f2f5',
        automatic_processing: true,
        processing_order: 'parallel',
    },
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
        queue: 'x_mlc_ifs_s2p.sync',
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
