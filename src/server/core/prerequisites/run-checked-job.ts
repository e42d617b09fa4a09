import { activeConnections } from '../sync/active-connections'
import { CONNECTION } from '../../../tables/connection'
import type { Ports } from '../../ports/ports'
import type { StoredRecord } from '../../ports/store'
import type { ConnectionConfig } from '../config/connection-config'
import { parseStoredConnection } from '../config/load-connection'
import { openSession } from '../session/connection-session'
import { runJob } from '../sync/run-job'
import type { ConnectionRunReport, RunRequest } from '../sync/run-job'
import { zeroCounts } from '../sync/run-counts'
import { RunRecord } from '../sync/run-record'
import type { RunTrigger } from '../sync/run-record'
import { checkPlatformPrerequisites } from './check-platform-prerequisites'
import { readFieldMapRows } from '../staging/run-targets'
import { describeMissing, missingOf } from './prerequisite-line'
import type { PrerequisiteLine } from './prerequisite-line'

/**
 * runJob, with the platform checklist first for each connection: a connection whose plugins,
 * target tables or run-as roles are missing gets a failed run listing everything missing, and no
 * request goes to IFS. Connections that do not parse are left to runJob, which reports why.
 */
export const runCheckedJob: typeof runJob = (ports, request, stagerFactory, options = {}) => {
    const reports: ConnectionRunReport[] = []
    for (const record of connectionsOf(ports, request)) {
        const parsed = parseStoredConnection(ports.store, record)
        const lines = parsed.ok
            ? checkPlatformPrerequisites(ports.platform, parsed.config, readFieldMapRows(ports.store))
            : []
        if (parsed.ok && missingOf(lines).length > 0) {
            reports.push(refuse(ports, request.trigger, { record, config: parsed.config }, lines))
            continue
        }
        const one = runJob(ports, { ...request, connectionSysId: record.sys_id }, stagerFactory, options)
        reports.push(...one.connections)
    }
    return { connections: reports }
}

/** The records runJob would visit: the one asked for (even if missing: runJob reports it) or the active ones. */
function connectionsOf(ports: Ports, request: RunRequest): StoredRecord[] {
    if (request.connectionSysId !== undefined) {
        return [ports.store.get(CONNECTION.name, request.connectionSysId) ?? { sys_id: request.connectionSysId }]
    }
    return activeConnections(ports.store)
}

/** A failed run that lists everything missing, audited; nothing is sent to IFS. */
function refuse(
    ports: Ports,
    trigger: RunTrigger,
    connection: { record: StoredRecord; config: ConnectionConfig },
    lines: readonly PrerequisiteLine[]
): ConnectionRunReport {
    const { record, config } = connection
    const name = record.name ?? record.sys_id
    const message = describeMissing(lines)
    const run = RunRecord.start(ports.store, ports.clock, config.sysId, trigger)
    const { audit } = openSession(ports, config, { runSysId: run.sysId })
    audit.record({ operation: 'prerequisite', message })
    audit.flush()
    run.failBeforeWork(message)
    ports.log.warn(`Connection "${name}" did not run: ${missingOf(lines).length} prerequisite(s) missing. ${message}`)
    return {
        connectionName: name,
        connectionSysId: config.sysId,
        runSysId: run.sysId,
        status: 'failed',
        ...zeroCounts(),
        flaggedByReason: {},
        ifsRequests: 0,
        throttles: 0,
        elapsedMs: run.elapsedMs,
        deferredUntilMs: null,
        message,
    }
}
