import type { ObjectType } from '../../../tables/object-types'
import type { Ports } from '../../ports/ports'
import type { AuditTrail } from '../audit/audit-trail'
import type { Redactor } from '../audit/redactor'
import type { ConnectionConfig } from '../config/connection-config'
import type { IfsReader } from '../ifs/ifs-reader'
import type { PageSink } from '../sync/page-sink'
import type { SettledOutcomes } from './pending-outcomes'
import type { WaitingLineFlag } from './waiting-line-flags'
import type { MatchCounts } from '../match/match-check'

import type { RemovedMarks } from './removed-marks'
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
     * Re-read only the flags worth a request this run: those whose stored row passes validation
     * against the current master data, those an AP user marked for retry, those whose row cannot
     * be checked here, and — a bounded number per run, oldest first — those whose last IFS read is
     * older than the re-check interval (default one hour). The last catch a document fixed in IFS
     * whose new Objversion the cursor missed (committed behind the lookback window). The job's
     * retry before each partition uses it, so a run soon after another over unchanged data asks
     * IFS for no flagged document and writes nothing.
     */
    skipStillFailing?: boolean
}

/** Staging for one connection and run: pages from the engine, and the second chance for flags. */
export interface Stager extends PageSink {
    /** Re-reads open flags of this object type from IFS by key and stages those that now pass. */
    retryOpenFlags(objectType: ObjectType, flagSysIds?: readonly string[], options?: FlagRetryOptions): FlagRetryOutcome
    /**
     * Reads the import-transform outcomes of documents staged earlier whose import rows were still
     * pending, records them on their staging keys and flags the refused ones. Optional: sinks that
     * do not stage into import tables leave it out.
     */
    settlePendingOutcomes?(objectType: ObjectType): SettledOutcomes
    /**
     * Flags the documents of changed lines that waited in vain for their header (core/lines:
     * waiting-lines); returns how many flags were opened or updated. Optional like the above.
     */
    flagWaitingLines?(objectType: ObjectType, lines: readonly WaitingLineFlag[]): number
    /**
     * At the end of a run: the match readiness of staged invoices still waiting for their PO or
     * receipt (bounded per run), audited with the run's totals. Null when the connection stages no
     * invoice lines to match (or runs dry). Optional: sinks that stage nothing leave it out.
     */
    finishMatchReadiness?(): MatchCounts | null
    /**
     * What the removal sweep (core/lines/removal-sweep) reads and marks in this type's staged data;
     * null for a dry run or a type the connection does not sync. Optional like the above.
     */
    removedMarks?(objectType: ObjectType): RemovedMarks | null
}

export type StagerFactory = (context: StagingContext) => Stager
