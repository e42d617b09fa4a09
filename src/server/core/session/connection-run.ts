import type { Ports } from '../../ports/ports'
import type { ConnectionConfig } from '../config/connection-config'
import { Lease } from '../sync/lease'
import type { RunRecord } from '../sync/run-record'
import { openSession } from './connection-session'
import type { ConnectionSession, SessionOptions } from './connection-session'

/** Beyond the time budget, how long a lease outlives its last renewal (a page being staged). */
const LEASE_SLACK_MS = 120_000

/** Work on a connection that holds its lease: the run row it writes and the session it uses. */
export interface ConnectionRun {
    lease: Lease
    run: RunRecord
    session: ConnectionSession
}

export type RunAttempt =
    | { kind: 'begun'; begun: ConnectionRun }
    /** Another runner holds the lease: nothing was written. */
    | { kind: 'held'; owner: string; expiresAtMs: number }

export interface BeginRunOptions extends Omit<SessionOptions, 'runSysId'> {
    config: ConnectionConfig
    /** Inserts the run row, once the lease is ours. */
    startRecord: () => RunRecord
}

/**
 * Takes the connection's lease (one runner per connection: the job and flag work alike), then
 * starts the run record and opens the session whose audit rows belong to it. The caller finishes
 * the record and releases the lease.
 */
export function beginConnectionRun(ports: Ports, options: BeginRunOptions): RunAttempt {
    const { config } = options
    const attempt = Lease.take({
        store: ports.store,
        clock: ports.clock,
        connectionSysId: config.sysId,
        owner: ports.workerId,
        durationMs: config.timeBudgetMs + LEASE_SLACK_MS,
    })
    if (attempt.kind === 'held') return attempt
    const run = options.startRecord()
    const session = openSession(ports, config, {
        runSysId: run.sysId,
        redactor: options.redactor,
        random: options.random,
    })
    return { kind: 'begun', begun: { lease: attempt.lease, run, session } }
}
