import { activeConnections } from '../sync/active-connections'
import { CONNECTION } from '../../../tables/connection'
import type { Ports } from '../../ports/ports'
import type { StoredRecord } from '../../ports/store'
import { AuditTrail } from '../audit/audit-trail'
import { Redactor } from '../audit/redactor'
import { parseConnection } from '../config/parse-connection'
import type { StagerFactory } from '../staging/stager'
import { runJob } from '../sync/run-job'
import type { ConnectionRunReport, JobReport, RunJobOptions, RunRequest } from '../sync/run-job'
import { zeroCounts } from '../sync/run-counts'
import { RunRecord } from '../sync/run-record'
import { checkPlatformPrerequisites } from './check-platform-prerequisites'
import { describeMissing, missingOf } from './prerequisite-line'

/**
 * runJob, with the platform checklist first for each connection: a connection whose plugins,
 * target tables or run-as roles are missing gets a failed run listing everything missing, and no
 * request goes to IFS. Connections that do not parse are left to runJob, which reports why.
 */
export function runCheckedJob(
    ports: Ports,
    request: RunRequest,
    stagerFactory: StagerFactory,
    options: RunJobOptions = {}
): JobReport {
    const reports: ConnectionRunReport[] = []
    for (const record of connectionsOf(ports, request)) {
        const parsed = parseConnection(record)
        const lines = parsed.ok ? checkPlatformPrerequisites(ports.platform, parsed.config) : []
        if (missingOf(lines).length > 0) {
            reports.push(refuse(ports, request, record, describeMissing(lines), missingOf(lines).length))
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

function refuse(
    ports: Ports,
    request: RunRequest,
    record: StoredRecord,
    message: string,
    missing: number
): ConnectionRunReport {
    const name = record.name ?? record.sys_id
    const run = RunRecord.start(ports.store, ports.clock, record.sys_id, request.trigger)
    const audit = new AuditTrail(ports.store, ports.clock, new Redactor(), {
        connectionSysId: record.sys_id,
        runSysId: run.sysId,
    })
    audit.record({ operation: 'prerequisite', message })
    audit.flush()
    run.failBeforeWork(message)
    ports.log.warn(`Connection "${name}" did not run: ${missing} prerequisite(s) missing. ${message}`)
    return {
        connectionName: name,
        connectionSysId: record.sys_id,
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
