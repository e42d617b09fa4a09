import { activeConnections } from './active-connections'
import { CONNECTION } from '../../../tables/connection'
import { FLAG } from '../../../tables/flag'
import type { RunStatus } from '../../../tables/run'
import type { Ports } from '../../ports/ports'
import type { StoredRecord } from '../../ports/store'
import type { AuditTrail } from '../audit/audit-trail'
import type { Redactor } from '../audit/redactor'
import { describeConfigErrors } from '../config/config-error'
import type { ConnectionConfig } from '../config/connection-config'
import { parseStoredConnection } from '../config/load-connection'
import { toGlideDateTime } from '../domain/glide-time'
import type { IfsReader } from '../ifs/ifs-reader'
import type { RequestCounters } from '../ifs/request-counters'
import type { Stager, StagerFactory } from '../staging/stager'
import type { MatchCounts } from '../match/match-check'
import { describeCursor } from './cursor'
import type { Lease } from './lease'
import { syncPartition } from './partition-sync'
import type { PartitionOutcome } from './partition-sync'
import type { RunCounts } from './run-counts'
import { addCounts, zeroCounts } from './run-counts'
import { RunRecord } from './run-record'
import type { RunTrigger } from './run-record'
import { messageOf } from '../domain/failure'
import { RunSchemaCheck } from '../prerequisites/source-schema-check'
import { beginConnectionRun } from '../session/connection-run'
import type { ConnectionSession } from '../session/connection-session'

export type RunRequest = {
    trigger: RunTrigger
    /** Absent: every active connection. */
    connectionSysId?: string
}

/** `skipped`: another runner holds the connection's lease (or it is inactive); no run record. */
export type ConnectionRunStatus = Exclude<RunStatus, 'running'> | 'skipped'

export interface ConnectionRunReport extends RunCounts {
    connectionName: string
    connectionSysId: string
    runSysId: string | null
    status: ConnectionRunStatus
    flaggedByReason: Record<string, number>
    ifsRequests: number
    throttles: number
    elapsedMs: number
    deferredUntilMs: number | null
    message: string
    /** Staged invoices judged for the three-way match this run, by state; absent when none could be. */
    matchReadiness?: MatchCounts | null
}

export interface JobReport {
    connections: ConnectionRunReport[]
}

export interface RunJobOptions {
    /** Backoff jitter source (tests script it). */
    random?: () => number
    /** A redactor that already knows secrets from outside the core (the Node runner's client secret). */
    redactor?: Redactor
    /**
     * Check every partition's names against `$metadata` before its first page (default true). Off
     * only in tests that fake IFS without `$metadata` to study paging alone.
     */
    checkSourceSchema?: boolean
}

/**
 * The job: for each connection (one lease each), each object type in turn, from its cursor, within
 * the time budget. What the scheduled script, the continuation event, "Run now" and the local
 * runner all call.
 */
export function runJob(
    ports: Ports,
    request: RunRequest,
    stagerFactory: StagerFactory,
    options: RunJobOptions = {}
): JobReport {
    const reports: ConnectionRunReport[] = []
    let records: StoredRecord[]
    if (request.connectionSysId !== undefined) {
        const one = ports.store.get(CONNECTION.name, request.connectionSysId)
        if (!one) {
            reports.push(
                notRun(request.connectionSysId, '', 'failed', `No connection with sys_id ${request.connectionSysId}`)
            )
            return { connections: reports }
        }
        records = [one]
    } else {
        records = activeConnections(ports.store)
    }
    const job: JobContext = { ports, request, stagerFactory, options }
    for (const record of records) reports.push(runConnection(job, record))
    return { connections: reports }
}

function notRun(sysId: string, name: string, status: ConnectionRunStatus, message: string): ConnectionRunReport {
    return {
        connectionName: name,
        connectionSysId: sysId,
        runSysId: null,
        status,
        ...zeroCounts(),
        flaggedByReason: {},
        ifsRequests: 0,
        throttles: 0,
        elapsedMs: 0,
        deferredUntilMs: null,
        message,
    }
}

function isActive(record: StoredRecord): boolean {
    return record.active === '1' || record.active === 'true'
}

/** What every connection of one job shares. */
interface JobContext {
    ports: Ports
    request: RunRequest
    stagerFactory: StagerFactory
    options: RunJobOptions
}

/** One connection's run once its lease is taken and its run record started. */
interface ConnectionRun {
    job: JobContext
    config: ConnectionConfig
    lease: Lease
    run: RunRecord
    redactor: Redactor
    /** The connection's session (audit trail, counters, IFS client), shared with flag work and Test connection. */
    session: ConnectionSession
}

/** A connection run with its audit trail, reader and stager wired. */
interface WiredRun extends ConnectionRun {
    audit: AuditTrail
    counters: RequestCounters
    reader: IfsReader
    stager: Stager
}

function runConnection(job: JobContext, record: StoredRecord): ConnectionRunReport {
    const { ports, request, options } = job
    const name = record.name ?? record.sys_id
    const automatic = request.trigger === 'schedule' || request.trigger === 'continuation'
    if (automatic && !isActive(record)) {
        return notRun(record.sys_id, name, 'skipped', `Connection "${name}" is inactive`)
    }
    const parsed = parseStoredConnection(ports.store, record)
    if (!parsed.ok) {
        // Nothing is sent to IFS; the run record says which settings to fix.
        const run = RunRecord.start(ports.store, ports.clock, record.sys_id, request.trigger)
        const message = `Connection "${name}" is not configured correctly: ${describeConfigErrors(parsed.errors)}`
        run.failBeforeWork(message)
        ports.log.warn(message)
        return { ...notRun(record.sys_id, name, 'failed', message), runSysId: run.sysId, elapsedMs: run.elapsedMs }
    }
    const config = parsed.config
    const attempt = beginConnectionRun(ports, {
        config,
        startRecord: () => RunRecord.start(ports.store, ports.clock, config.sysId, request.trigger),
        redactor: options.redactor,
        random: options.random,
    })
    if (attempt.kind === 'held') {
        const message = `Connection "${name}" is being synced by ${attempt.owner} (lease until ${toGlideDateTime(attempt.expiresAtMs)} UTC); skipped this time`
        ports.log.info(message)
        return notRun(config.sysId, name, 'skipped', message)
    }
    const { lease, run, session } = attempt.begun
    const redactor = session.redactor
    try {
        return runPartitions({ job, config, lease, run, redactor, session })
    } catch (e) {
        // A bug or a store failure outside any partition (e.g. the stager factory). Record it and
        // free the lease; if even that fails the store is gone, and the original error goes up.
        const message = `Run of "${name}" stopped: ${redactor.scrub(messageOf(e))}`
        try {
            run.failBeforeWork(message)
            lease.release()
        } catch {
            throw e
        }
        ports.log.error(message)
        return { ...notRun(config.sysId, name, 'failed', message), runSysId: run.sysId, elapsedMs: run.elapsedMs }
    }
}

function runPartitions(connectionRun: ConnectionRun): ConnectionRunReport {
    const { job, config, run, redactor, session } = connectionRun
    const { ports, request, stagerFactory } = job
    const { audit, counters } = session
    audit.record({ operation: 'run_start', message: `${request.trigger} run of "${config.name}"` })
    const reader = session.reader()
    const stager = stagerFactory({ ports, connection: config, reader, audit, redactor, runSysId: run.sysId })
    const wired: WiredRun = { ...connectionRun, audit, counters, reader, stager }
    const outcomes = syncEachPartition(wired)
    const matchReadiness = finishMatchReadiness(wired, outcomes)
    return { ...finishRun(wired, outcomes), matchReadiness }
}

/** Each enabled object type in turn; after one that stops the connection, the rest are not run. */
function syncEachPartition(wired: WiredRun): PartitionOutcome[] {
    const { job, config, lease, run, redactor, audit, reader, stager } = wired
    // `$metadata` is read once per service root for the whole run, not per partition or page.
    const schema = job.options.checkSourceSchema === false ? null : new RunSchemaCheck(wired.session.reader(), config)
    const outcomes: PartitionOutcome[] = []
    let stopped: PartitionOutcome | null = null
    for (const partition of config.partitions) {
        if (stopped) {
            outcomes.push({
                ...stopped,
                objectType: partition.objectType,
                counts: zeroCounts(),
                cursorBefore: null,
                cursorAfter: null,
                message: `${partition.objectType}: not run (${stopped.message})`,
                stopsConnection: true,
            })
            continue
        }
        const outcome = syncPartition({
            ports: job.ports,
            connection: config,
            partition,
            reader,
            stager,
            audit,
            redactor,
            lease,
            runSysId: run.sysId,
            deadlineMs: run.startedMs + config.timeBudgetMs,
            checkSchema: schema ? () => schema.problemsOf(partition.objectType) : undefined,
        })
        outcomes.push(outcome)
        if (outcome.stopsConnection) stopped = outcome
    }
    return outcomes
}

/**
 * Invoices still waiting for their PO or receipt, judged against what this run staged too; not
 * after a partition that stopped the connection (the lease may be another runner's). One
 * transaction where the store has them (SQLite), like a page.
 */
function finishMatchReadiness(wired: WiredRun, outcomes: readonly PartitionOutcome[]): MatchCounts | null {
    const { job, stager, audit } = wired
    if (!stager.finishMatchReadiness || outcomes.some((o) => o.stopsConnection)) return null
    const store = job.ports.store
    const finish = () => stager.finishMatchReadiness?.() ?? null
    const counts = store.atomically ? store.atomically(finish) : finish()
    audit.flush()
    return counts
}

/** Sums the outcomes into the run record, schedules the continuation, frees the lease. */
function finishRun(wired: WiredRun, outcomes: PartitionOutcome[]): ConnectionRunReport {
    const { job, config, lease, run, redactor, audit, counters } = wired
    const counts = zeroCounts()
    for (const o of outcomes) addCounts(counts, o.counts)
    const status = overallStatus(outcomes)
    const deferredUntilMs = status === 'deferred' || status === 'partial' ? earliestDeferral(outcomes) : null
    if (deferredUntilMs !== null) scheduleContinuation(wired, outcomes, deferredUntilMs)
    const message = redactor.scrub(outcomes.map((o) => o.message).join('\n') || 'No object type is enabled')
    audit.record({ operation: 'run_end', message: `${status}: ${message}`, rows: counts.read })
    audit.flush()
    run.finish({
        status,
        counts,
        ifsRequests: counters.requests,
        throttles: counters.throttles,
        cursorBefore: outcomes.map((o) => `${o.objectType}=${describeCursor(o.cursorBefore)}`).join('; '),
        cursorAfter: outcomes.map((o) => `${o.objectType}=${describeCursor(o.cursorAfter)}`).join('; '),
        deferredUntilMs,
        message,
    })
    lease.release()
    return {
        connectionName: config.name,
        connectionSysId: config.sysId,
        runSysId: run.sysId,
        status,
        ...counts,
        flaggedByReason: flaggedByReason(job.ports, config, run.startedMs, counts.flagged),
        ifsRequests: counters.requests,
        throttles: counters.throttles,
        elapsedMs: run.elapsedMs,
        deferredUntilMs,
        message,
    }
}

function earliestDeferral(outcomes: readonly PartitionOutcome[]): number | null {
    const deferrals = outcomes.map((o) => o.deferredUntilMs).filter((t): t is number => t !== null)
    return deferrals.length > 0 ? Math.min(...deferrals) : null
}

/** A partition still waiting on an earlier deferral already has its continuation scheduled. */
function scheduleContinuation(wired: WiredRun, outcomes: readonly PartitionOutcome[], atMs: number): void {
    const newlyDeferred = outcomes.some((o) => o.status === 'deferred' && !o.waitingForEarlierDeferral)
    if (!newlyDeferred) return
    const reason = outcomes
        .filter((o) => o.status === 'deferred')
        .map((o) => o.message)
        .join('; ')
    wired.job.ports.scheduler.scheduleContinuation(wired.config.sysId, atMs, wired.redactor.scrub(reason))
}

/** Failed everywhere → failed; some failed → partial; else any deferral → deferred; else succeeded. */
export function overallStatus(outcomes: readonly PartitionOutcome[]): Exclude<RunStatus, 'running'> {
    if (outcomes.length === 0) return 'succeeded'
    const failed = outcomes.filter((o) => o.status === 'failed').length
    if (failed === outcomes.length) return 'failed'
    if (failed > 0) return 'partial'
    if (outcomes.some((o) => o.status === 'deferred')) return 'deferred'
    return 'succeeded'
}

/**
 * Open flags touched since the run started, by reason. FLAG rows carry no run reference, so
 * "this run" is: this connection, last attempt at or after the run's start second.
 */
function flaggedByReason(
    ports: Ports,
    config: ConnectionConfig,
    startedMs: number,
    flagged: number
): Record<string, number> {
    const out: Record<string, number> = {}
    if (flagged === 0) return out
    const rows = ports.store.query(FLAG.name, {
        where: [
            { field: 'connection', op: '=', value: config.sysId },
            { field: 'last_attempt_at', op: '>=', value: toGlideDateTime(Math.floor(startedMs / 1000) * 1000) },
            { field: 'state', op: 'IN', value: ['open', 'retrying'] },
        ],
    })
    for (const r of rows) {
        const reason = r.reason ?? 'unknown'
        out[reason] = (out[reason] ?? 0) + 1
    }
    return out
}
