import { CONNECTION } from '../../../tables/connection'
import { FLAG } from '../../../tables/flag'
import type { ObjectType } from '../../../tables/object-types'
import { OBJECT_TYPE_CHOICES, isObjectType } from '../../../tables/object-types'
import type { Ports } from '../../ports/ports'
import type { StoredRecord } from '../../ports/store'
import { AuditTrail } from '../audit/audit-trail'
import { Redactor } from '../audit/redactor'
import { parseStoredConnection } from '../config/load-connection'
import { createStager } from '../staging/create-stager'
import { ACTIVE_FLAG_STATES } from '../staging/flag-book'
import { ignoreFlags, markFlagsForRetry } from '../staging/flag-actions'
import type { StagerFactory } from '../staging/stager'
import type { ActionMessage } from './action-message'
import { error, info } from './action-message'
import { runInProgress } from './connection-busy'
import { messageOf } from '../domain/failure'
import { beginConnectionRun } from '../session/connection-run'
import type { ConnectionRun } from '../session/connection-run'
import { RunRecord } from '../sync/run-record'

/** The active flags among the selection, grouped by connection, then by object type. */
function groupActive(
    ports: Pick<Ports, 'store'>,
    flagSysIds: readonly string[]
): Map<string, Map<ObjectType, string[]>> {
    const groups = new Map<string, Map<ObjectType, string[]>>()
    if (flagSysIds.length === 0) return groups
    const flags = ports.store.query(FLAG.name, {
        where: [
            { field: 'sys_id', op: 'IN', value: flagSysIds },
            { field: 'state', op: 'IN', value: ACTIVE_FLAG_STATES },
        ],
    })
    for (const flag of flags) {
        const connection = flag.connection ?? ''
        const type = flag.object_type
        if (type === null || !isObjectType(type)) continue
        const byType = groups.get(connection) ?? new Map<ObjectType, string[]>()
        byType.set(type, [...(byType.get(type) ?? []), flag.sys_id])
        groups.set(connection, byType)
    }
    return groups
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

function nothingActive(selected: number): ActionMessage[] {
    return [error(`None of the ${plural(selected, 'selected record')} is open or retrying: nothing to do.`)]
}

/**
 * "Retry" on flags: re-reads the selected documents from IFS now and stages those that pass.
 * Runs as a manual run of each connection involved (visible under Sync runs, audited).
 */
export function retryFlags(
    ports: Ports,
    flagSysIds: readonly string[],
    userName: string,
    stagerFactory: StagerFactory = createStager
): ActionMessage[] {
    const groups = groupActive(ports, flagSysIds)
    if (groups.size === 0) return nothingActive(flagSysIds.length)
    const messages: ActionMessage[] = []
    for (const [connectionSysId, byType] of groups) {
        const record = ports.store.get(CONNECTION.name, connectionSysId)
        messages.push(...retryForConnection(ports, { record, connectionSysId, byType, userName, stagerFactory }))
    }
    return messages
}

/** The retry asked of one connection: its selected flags by object type. */
interface ConnectionRetry {
    record: StoredRecord | null
    connectionSysId: string
    byType: Map<ObjectType, string[]>
    userName: string
    stagerFactory: StagerFactory
}

function flagCount(byType: Map<ObjectType, string[]>): number {
    return [...byType.values()].reduce((n, ids) => n + ids.length, 0)
}

function busy(name: string): ActionMessage[] {
    return [error(`A run of ${name} is in progress: it retries open flags itself. Try again when it has finished.`)]
}

/** A manual run of the connection under its lease: refused while another run holds it. */
function retryForConnection(ports: Ports, retry: ConnectionRetry): ActionMessage[] {
    const { record, connectionSysId, userName } = retry
    const count = flagCount(retry.byType)
    if (!record) return [error(`${plural(count, 'flagged record')} belong to a connection that no longer exists.`)]
    const name = record.name ?? connectionSysId
    // Read first so a busy connection says so before any setting is checked; the lease decides.
    if (runInProgress(record, ports.clock.nowMs())) return busy(name)
    const parsed = parseStoredConnection(ports.store, record)
    if (!parsed.ok) {
        return [
            error(
                `${name} has settings to fix before its flags can be retried: ${parsed.errors.map((e) => e.message).join('; ')}`
            ),
        ]
    }
    const request = `Retry of ${plural(count, 'flagged record')} requested by ${userName}`
    const attempt = beginConnectionRun(ports, {
        config: parsed.config,
        startRecord: () => RunRecord.startFlagRetry(ports.store, ports.clock, connectionSysId, request),
    })
    if (attempt.kind === 'held') return busy(name)
    try {
        return retryInRun(ports, attempt.begun, retry)
    } finally {
        attempt.begun.lease.release()
    }
}

interface RetryTally {
    resolved: number
    stillFlagged: number
    failures: string[]
}

function retryInRun(ports: Ports, begun: ConnectionRun, retry: ConnectionRetry): ActionMessage[] {
    const { run, session } = begun
    const { resolved, stillFlagged, failures } = retryTypes(ports, begun, retry)
    const name = retry.record?.name ?? retry.connectionSysId
    const summary =
        `${name}: ${plural(resolved, 'record')} staged, ${stillFlagged} still flagged` +
        (failures.length ? `; could not retry: ${failures.join('; ')}` : '.')
    session.audit.record({
        operation: failures.length ? 'error' : 'retry',
        message: `Retry by ${retry.userName}: ${summary}`,
    })
    session.audit.flush()
    run.finishFlagRetry({
        status: failures.length ? (resolved > 0 ? 'partial' : 'failed') : 'succeeded',
        resolved,
        stillFlagged,
        ifsRequests: session.counters.requests,
        throttles: session.counters.throttles,
        message: summary,
    })
    return [failures.length ? error(summary) : info(summary)]
}

/** Each object type's flags in turn; a type that fails is reported and the others still run. */
function retryTypes(ports: Ports, begun: ConnectionRun, retry: ConnectionRetry): RetryTally {
    const { run, session } = begun
    const { config: connection, audit, redactor } = session
    const tally: RetryTally = { resolved: 0, stillFlagged: 0, failures: [] }
    try {
        const reader = session.reader()
        const stager = retry.stagerFactory({ ports, connection, reader, audit, redactor, runSysId: run.sysId })
        for (const [type, ids] of retry.byType) {
            try {
                const outcome = stager.retryOpenFlags(type, ids)
                tally.resolved += outcome.resolved
                tally.stillFlagged += outcome.stillFlagged
            } catch (e) {
                tally.failures.push(`${OBJECT_TYPE_CHOICES[type].label}: ${redactor.scrub(messageOf(e))}`)
            }
        }
    } catch (e) {
        tally.failures.push(redactor.scrub(messageOf(e)))
    }
    return tally
}

/**
 * "Ignore" on flags: closes the selected open flags with the AP user's reason (required) and
 * audits each one on its connection's trail.
 */
export function ignoreSelectedFlags(
    ports: Pick<Ports, 'store' | 'clock'>,
    flagSysIds: readonly string[],
    reason: string,
    userName: string
): ActionMessage[] {
    const note = reason.trim()
    if (note === '') {
        return [
            error(
                'Ignoring needs a reason: write it in Resolution note (why this document needs no staging), then click Ignore.'
            ),
        ]
    }
    const groups = groupActive(ports, flagSysIds)
    if (groups.size === 0) return nothingActive(flagSysIds.length)
    let changed = 0
    for (const [connectionSysId, byType] of groups) {
        const audit = new AuditTrail(ports.store, ports.clock, new Redactor(), { connectionSysId, runSysId: '' })
        const ids = [...byType.values()].flat()
        const result = ignoreFlags(ports.store, audit, ids, `${note} (${userName})`)
        if (result.kind === 'refused') return [error(result.message)]
        changed += result.changed
        audit.flush()
    }
    return [info(`${plural(changed, 'flagged record')} ignored: ${note}`)]
}

/**
 * "Retry" on a list selection: marks the flags `retrying` and queues a run of each connection,
 * whose first step retries every open and retrying flag in batches.
 */
export function queueFlagRetry(
    ports: Pick<Ports, 'store' | 'clock' | 'scheduler'>,
    flagSysIds: readonly string[],
    userName: string
): ActionMessage[] {
    const groups = groupActive(ports, flagSysIds)
    if (groups.size === 0) return nothingActive(flagSysIds.length)
    const messages: ActionMessage[] = []
    for (const [connectionSysId, byType] of groups) {
        const ids = [...byType.values()].flat()
        const result = markFlagsForRetry(ports.store, ids)
        const changed = result.kind === 'done' ? result.changed : 0
        const connection = ports.store.get(CONNECTION.name, connectionSysId)
        const name = connection?.name ?? connectionSysId
        if (connection && runInProgress(connection, ports.clock.nowMs())) {
            messages.push(info(`${plural(changed, 'flagged record')} of ${name} marked for retry by the next run.`))
        } else {
            ports.scheduler.scheduleContinuation(connectionSysId, ports.clock.nowMs(), `Retry requested by ${userName}`)
            messages.push(
                info(`${plural(changed, 'flagged record')} of ${name} marked for retry; a run is queued now.`)
            )
        }
    }
    return messages
}
