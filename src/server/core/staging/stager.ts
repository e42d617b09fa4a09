import type { ObjectType } from '../../../tables/object-types'
import type { Ports } from '../../ports/ports'
import type { AuditTrail } from '../audit/audit-trail'
import type { Redactor } from '../audit/redactor'
import type { ConnectionConfig } from '../config/connection-config'
import type { IfsReader } from '../ifs/ifs-reader'
import type { PageSink } from '../sync/page-sink'

/** What the engine gives staging for one run of one connection. */
export interface StagingContext {
    ports: Ports
    connection: ConnectionConfig
    reader: IfsReader
    audit: AuditTrail
    redactor: Redactor
    runSysId: string
}

export interface FlagRetryOutcome {
    retried: number
    resolved: number
    stillFlagged: number
}

export interface FlagRetryOptions {
    /**
     * Re-read only the flags that may pass now: those whose stored row passes validation against
     * the current master data, those an AP user marked for retry, and those whose row cannot be
     * checked here. A flagged row that still fails is not re-read: were it fixed in IFS, its new
     * Objversion brings it through the cursor anyway. The job's retry before each partition uses
     * it, so a run over unchanged data asks IFS for no flagged document and writes nothing.
     */
    skipStillFailing?: boolean
}

/** Staging for one connection and run: pages from the engine, and the second chance for flags. */
export interface Stager extends PageSink {
    /** Re-reads open flags of this object type from IFS by key and stages those that now pass. */
    retryOpenFlags(objectType: ObjectType, flagSysIds?: readonly string[], options?: FlagRetryOptions): FlagRetryOutcome
}

export type StagerFactory = (context: StagingContext) => Stager
