import type { Ports } from '../../ports/ports'
import { AuditTrail } from '../audit/audit-trail'
import { Redactor } from '../audit/redactor'
import type { ConnectionConfig } from '../config/connection-config'
import { createIfsClient } from '../ifs/ifs-client'
import type { IfsClient } from '../ifs/ifs-client'
import type { RequestCounters } from '../ifs/request-counters'
import { newRequestCounters } from '../ifs/request-counters'

export interface SessionOptions {
    /** The run the audit rows belong to; '' for work outside a run (Test connection). */
    runSysId: string
    /** A redactor that already knows secrets from outside the core (the Node runner's client secret). */
    redactor?: Redactor
    /** Backoff jitter source of the IFS client (tests script it). */
    random?: () => number
}

/**
 * What one piece of work on a connection shares: its parsed settings, the redactor, the audit
 * trail and request counters of the run, and one IFS client (one token, one rate limiter). The
 * job, flag work and Test connection each open one and pass it on instead of wiring these
 * themselves.
 */
export interface ConnectionSession {
    readonly config: ConnectionConfig
    readonly redactor: Redactor
    readonly audit: AuditTrail
    readonly counters: RequestCounters
    /**
     * The IFS client, built on first use and the same one after. Building it asks the platform for
     * the connection's token source, which can throw (an OAuth profile that is gone): each caller
     * reports that in its own words, so it is not built before it is needed.
     */
    reader(): IfsClient
}

export function openSession(ports: Ports, config: ConnectionConfig, options: SessionOptions): ConnectionSession {
    const redactor = options.redactor ?? new Redactor()
    const audit = new AuditTrail(ports.store, ports.clock, redactor, {
        connectionSysId: config.sysId,
        runSysId: options.runSysId,
    })
    const counters = newRequestCounters()
    let client: IfsClient | null = null
    const session: ConnectionSession = {
        config,
        redactor,
        audit,
        counters,
        reader() {
            if (client === null) client = buildIfsClient(ports, session, options.random)
            return client
        },
    }
    return session
}

/** The one place the core builds an IFS client. */
function buildIfsClient(ports: Ports, session: ConnectionSession, random: (() => number) | undefined): IfsClient {
    const { config: connection, audit, redactor, counters } = session
    return createIfsClient({ ports, connection, audit, redactor, counters }, { random })
}
