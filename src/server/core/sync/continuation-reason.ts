import type { RunTrigger } from './run-record'

/**
 * The reason a continuation event carries (its parm2) says who queued it, and so which trigger the
 * run it starts is recorded with. The engine's own deferrals carry a partition message instead.
 */
export const RUN_NOW_REASON = 'Run now requested by'

/** The scheduled job queues each due connection with this reason instead of running it itself. */
export const SCHEDULED_RUN_REASON = 'Scheduled sync queued by the sync job'

export type ContinuationTrigger = Extract<RunTrigger, 'manual' | 'schedule' | 'continuation'>

/** 'manual' when "Run now" queued the event, 'schedule' when the scheduled job did, else 'continuation'. */
export function continuationTrigger(reason: string | null): ContinuationTrigger {
    if (reason === null) return 'continuation'
    if (reason.startsWith(RUN_NOW_REASON)) return 'manual'
    if (reason.startsWith(SCHEDULED_RUN_REASON)) return 'schedule'
    return 'continuation'
}
