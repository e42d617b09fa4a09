import { activeConnections } from './active-connections'
import type { Ports } from '../../ports/ports'
import type { StoredRecord } from '../../ports/store'
import { runInProgress } from '../actions/connection-busy'
import { parseStoredConnection } from '../config/load-connection'
import { fromGlideDateTime, toGlideDateTime } from '../domain/glide-time'
import { messageOf } from '../domain/failure'
import { SCHEDULED_RUN_REASON } from './continuation-reason'
import { partitionSummaries } from './sync-state'

/** What the scheduled job did with one active connection. */
type DispatchDecision =
    /** A continuation event for now: the event processor runs it on whatever node picks it up. */
    | { status: 'queued' }
    /** Not queued: a run holds the lease until `untilMs`, or every partition waits until `untilMs`. */
    | { status: 'skipped'; reason: 'lease_held' | 'all_partitions_deferred'; untilMs: number }
    /** The scheduler refused the event (e.g. the connection was deleted meanwhile). */
    | { status: 'not_queued' }

export type ConnectionDispatch = DispatchDecision & {
    connectionSysId: string
    connectionName: string
    message: string
}

export interface DispatchReport {
    connections: ConnectionDispatch[]
}

/**
 * The scheduled job's work: one continuation event per active connection that is due, instead of
 * running them one after another in the job's own transaction, so connections can run in parallel
 * on the event processors. Everything else (prerequisites, lease, config errors) is left to the run
 * the event starts; the checks here only spare an event that would be skipped anyway.
 */
export function dispatchScheduledRuns(ports: Pick<Ports, 'store' | 'clock' | 'scheduler' | 'log'>): DispatchReport {
    const connections: ConnectionDispatch[] = []
    const records = activeConnections(ports.store)
    for (const record of records) {
        const name = record.name ?? record.sys_id
        const entry = { connectionSysId: record.sys_id, connectionName: name }
        const decision = dispatchOne(ports, record, name)
        connections.push({ ...entry, ...decision })
        if (decision.status === 'not_queued') ports.log.error(decision.message)
        else ports.log.info(decision.message)
    }
    return { connections }
}

function dispatchOne(
    ports: Pick<Ports, 'store' | 'clock' | 'scheduler'>,
    record: StoredRecord,
    name: string
): DispatchDecision & { message: string } {
    const now = ports.clock.nowMs()
    const busy = runInProgress(record, now)
    if (busy) {
        return {
            status: 'skipped',
            reason: 'lease_held',
            untilMs: busy.untilMs,
            message: `Connection "${name}" is being synced by ${busy.owner} (lease until ${toGlideDateTime(busy.untilMs)} UTC); not queued this time`,
        }
    }
    const deferredUntil = allPartitionsDeferredUntil(ports, record, now)
    if (deferredUntil !== null) {
        return {
            status: 'skipped',
            reason: 'all_partitions_deferred',
            untilMs: deferredUntil,
            message: `Connection "${name}": every object type is deferred (earliest until ${toGlideDateTime(deferredUntil)} UTC); its own continuation runs it then`,
        }
    }
    try {
        ports.scheduler.scheduleContinuation(record.sys_id, now, SCHEDULED_RUN_REASON)
    } catch (e) {
        return { status: 'not_queued', message: `Connection "${name}" could not be queued: ${messageOf(e)}` }
    }
    return { status: 'queued', message: `Connection "${name}" queued for a scheduled run` }
}

/**
 * The earliest deferral when every enabled partition is deferred into the future; null when one is
 * due. A connection that does not parse counts as due: its run records what to fix.
 */
function allPartitionsDeferredUntil(ports: Pick<Ports, 'store'>, record: StoredRecord, nowMs: number): number | null {
    const parsed = parseStoredConnection(ports.store, record)
    if (!parsed.ok || parsed.config.partitions.length === 0) return null
    const states = partitionSummaries(ports.store, record.sys_id)
    let earliest = Infinity
    for (const partition of parsed.config.partitions) {
        const state = states.find((s) => s.objectType === partition.objectType)
        const until = fromGlideDateTime(state?.deferredUntil)
        if (until === null || until <= nowMs) return null
        earliest = Math.min(earliest, until)
    }
    return earliest
}
