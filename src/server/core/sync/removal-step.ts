import { DEFAULT_REMOVAL_CHECKS_PER_RUN } from '../config/connection-config'
import { messageOf } from '../domain/failure'
import { toGlideDateTime } from '../domain/glide-time'
import { isReceiptType } from '../domain/canonical-document'
import type { IfsRow } from '../ifs/ifs-reader'
import { sweepRemovals } from '../lines/removal-sweep'
import type { PageOutcome } from './page-sink'
import type { PartitionContext } from './partition-sync'
import type { RunCounts } from './run-counts'
import { zeroCounts } from './run-counts'

/** What of the partition's context the sweep uses, and what this run read and how it stages. */
export interface RemovalStep extends Pick<
    PartitionContext,
    'ports' | 'connection' | 'partition' | 'reader' | 'stager' | 'audit' | 'redactor'
> {
    /** Key texts of the documents this run read (pages, line scan): current already. */
    readThisRun: ReadonlySet<string>
    stage: (rows: IfsRow[]) => PageOutcome
}

/**
 * After a partition is up to date: the bounded removal sweep (core/lines/removal-sweep) over its
 * staged documents with lines, or its staged receipts. Returns what its re-reads staged; its own
 * failures are audited there and never fail the partition.
 */
export function sweepRemovalsStep(step: RemovalStep): RunCounts {
    const { connection, partition, ports } = step
    const bound = connection.removalChecksPerRun ?? DEFAULT_REMOVAL_CHECKS_PER_RUN
    // Only types whose deletions leave something staged behind: documents with lines, receipts.
    const sweeps = !!partition.source.lines || isReceiptType(partition.objectType)
    const marks = bound > 0 && sweeps ? (step.stager.removedMarks?.(partition.objectType) ?? null) : null
    if (marks === null) return zeroCounts()
    const outcome = safely(step, () =>
        sweepRemovals({
            store: ports.store,
            reader: step.reader,
            connection,
            objectType: partition.objectType,
            entitySet: partition.entitySetPath,
            source: partition.source,
            bound,
            readThisRun: step.readThisRun,
            stage: step.stage,
            marks,
            audit: step.audit,
            redactor: step.redactor,
            now: toGlideDateTime(ports.clock.nowMs()),
        })
    )
    if (outcome === null) return zeroCounts()
    // A document the re-read could not stage is audited by the page path; the sweep never fails the run.
    return { ...zeroCounts(), ...(outcome.counts ?? {}), errors: 0 }
}

/** A failure outside the sweep's IFS reads (the store refusing its query or mark) is audited, never thrown. */
function safely<T>(step: RemovalStep, work: () => T): T | null {
    try {
        return work()
    } catch (e) {
        step.audit.record({
            operation: 'removal_check',
            objectType: step.partition.objectType,
            message: `${step.partition.objectType}: the removal check failed (${step.redactor.scrub(messageOf(e))}); it is tried again next run`,
        })
        return null
    }
}
