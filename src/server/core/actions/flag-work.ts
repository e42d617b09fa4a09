import { CONNECTION } from '../../../tables/connection'
import { FLAG } from '../../../tables/flag'
import type { ObjectType } from '../../../tables/object-types'
import { OBJECT_TYPE_CHOICES, isObjectType } from '../../../tables/object-types'
import { RUN } from '../../../tables/run'
import type { Ports } from '../../ports/ports'
import type { StoredRecord } from '../../ports/store'
import { AuditTrail } from '../audit/audit-trail'
import { Redactor } from '../audit/redactor'
import { parseConnection } from '../config/parse-connection'
import { toGlideDateTime } from '../domain/glide-time'
import { createIfsClient } from '../ifs/ifs-client'
import { newRequestCounters } from '../ifs/request-counters'
import { createStager } from '../staging/create-stager'
import { ACTIVE_FLAG_STATES } from '../staging/flag-book'
import { ignoreFlags, markFlagsForRetry } from '../staging/flag-actions'
import type { StagerFactory } from '../staging/stager'
import type { ActionMessage } from './action-message'
import { error, info } from './action-message'
import { runInProgress } from './connection-busy'
import { messageOf } from '../domain/failure'

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
        messages.push(...retryForConnection(ports, record, connectionSysId, byType, userName, stagerFactory))
    }
    return messages
}

function retryForConnection(
    ports: Ports,
    record: StoredRecord | null,
    connectionSysId: string,
    byType: Map<ObjectType, string[]>,
    userName: string,
    stagerFactory: StagerFactory
): ActionMessage[] {
    const count = [...byType.values()].reduce((n, ids) => n + ids.length, 0)
    if (!record) return [error(`${plural(count, 'flagged record')} belong to a connection that no longer exists.`)]
    const name = record.name ?? connectionSysId
    const busy = runInProgress(record, ports.clock.nowMs())
    if (busy)
        return [error(`A run of ${name} is in progress: it retries open flags itself. Try again when it has finished.`)]
    const parsed = parseConnection(record)
    if (!parsed.ok) {
        return [
            error(
                `${name} has settings to fix before its flags can be retried: ${parsed.errors.map((e) => e.message).join('; ')}`
            ),
        ]
    }

    const startedMs = ports.clock.nowMs()
    const runSysId = ports.store.insert(RUN.name, {
        connection: connectionSysId,
        trigger: 'manual',
        started_at: toGlideDateTime(startedMs),
        status: 'running',
        message: `Retry of ${plural(count, 'flagged record')} requested by ${userName}`,
    })
    const redactor = new Redactor()
    const audit = new AuditTrail(ports.store, ports.clock, redactor, { connectionSysId, runSysId })
    const counters = newRequestCounters()
    let resolved = 0
    let stillFlagged = 0
    const failures: string[] = []
    try {
        const reader = createIfsClient(ports, parsed.config, audit, redactor, counters)
        const stager = stagerFactory({ ports, connection: parsed.config, reader, audit, redactor, runSysId })
        for (const [type, ids] of byType) {
            try {
                const outcome = stager.retryOpenFlags(type, ids)
                resolved += outcome.resolved
                stillFlagged += outcome.stillFlagged
            } catch (e) {
                failures.push(`${OBJECT_TYPE_CHOICES[type].label}: ${redactor.scrub(messageOf(e))}`)
            }
        }
    } catch (e) {
        failures.push(redactor.scrub(messageOf(e)))
    }
    const summary =
        `${name}: ${plural(resolved, 'record')} staged, ${stillFlagged} still flagged` +
        (failures.length ? `; could not retry: ${failures.join('; ')}` : '.')
    audit.record({ operation: failures.length ? 'error' : 'retry', message: `Retry by ${userName}: ${summary}` })
    audit.flush()
    const endedMs = ports.clock.nowMs()
    ports.store.update(RUN.name, runSysId, {
        status: failures.length ? (resolved > 0 ? 'partial' : 'failed') : 'succeeded',
        ended_at: toGlideDateTime(endedMs),
        duration_ms: endedMs - startedMs,
        resolved_count: resolved,
        flagged_count: stillFlagged,
        ifs_requests: counters.requests,
        throttles: counters.throttles,
        message: summary,
    })
    return [failures.length ? error(summary) : info(summary)]
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
