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

/** Staging for one connection and run: pages from the engine, and the second chance for flags. */
export interface Stager extends PageSink {
    /** Re-reads open flags of this object type from IFS by key and stages those that now pass. */
    retryOpenFlags(objectType: ObjectType, flagSysIds?: readonly string[]): FlagRetryOutcome
}

export type StagerFactory = (context: StagingContext) => Stager
