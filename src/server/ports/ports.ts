import type { Clock, Waiter } from './clock'
import type { Digest } from './digest'
import type { Http } from './http'
import type { ImportTransform } from './import-transform'
import type { Log } from './log'
import type { Platform } from './platform'
import type { Scheduler } from './scheduler'
import type { Store } from './store'
import type { TokenSource } from './token-source'
import type { ConnectionConfig } from '../core/config/connection-config'

/** Everything the core needs from the world, in one bundle handed to the job. */
export interface Ports {
    http: Http
    /** A token source for one connection (the OAuth profile on the instance, env secret in Node). */
    tokensFor(connection: ConnectionConfig): TokenSource
    store: Store
    clock: Clock
    waiter: Waiter
    scheduler: Scheduler
    platform: Platform
    log: Log
    digest: Digest
    /**
     * The import-set transform, for targets that are import tables (sys_import_state). Absent: rows
     * written to an import table stay pending for the platform's own schedule.
     */
    importTransform?: ImportTransform
    /** Identifies this worker in leases (node id + job id on the instance, pid in Node). */
    workerId: string
}
