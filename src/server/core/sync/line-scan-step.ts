import type { AuditTrail } from '../audit/audit-trail'
import type { ConnectionConfig, PartitionConfig } from '../config/connection-config'
import { DEFAULT_HEADER_WAIT_HOURS } from '../config/connection-config'
import type { LineSource } from '../document-types/line-source'
import { documentTypeOf } from '../document-types/object-type'
import type { DocumentSource } from '../document-types/source-field'
import type { IfsReader, IfsRow } from '../ifs/ifs-reader'
import { lineScanStart, lineScanType, restage, scanChangedLines } from '../lines/changed-lines'
import type { LineScanContext } from '../lines/changed-lines'
import { clearLineScanFrom, furthest, keptLineScanFrom } from '../lines/line-scan-from'
import { WaitingLines } from '../lines/waiting-lines'
import type { WaitingLine } from '../lines/waiting-lines'
import type { Stager } from '../staging/stager'
import type { WaitingLineFlag } from '../staging/waiting-line-flags'
import type { Cursor } from './cursor'
import { lookbackWindowSeconds } from './cursor'
import type { PageOutcome } from './page-sink'
import { addCounts, zeroCounts } from './run-counts'
import type { RunCounts } from './run-counts'
import type { PartitionState } from './sync-state'

export interface LineScanStep {
    reader: IfsReader
    connection: ConnectionConfig
    partition: PartitionConfig
    state: PartitionState
    stager: Stager
    audit: AuditTrail
    /** Key texts of the documents this run staged. */
    staged: Set<string>
    stage: (rows: IfsRow[]) => PageOutcome
    /** The header cursor this run started from; the furthest line seen with the documents read (this run's). */
    headerCursor: Cursor | null
    linesSeen: Cursor | null
    nowMs: () => number
    outOfTime: () => boolean
}

/**
 * After a partition's pages, up to date: lines changed in IFS without their header (their own
 * cursor), then lines waiting for their header, each restaged as whole documents; lines that waited
 * too long flag their document. Returns the counts to add and why it stopped early (or null).
 */
export function scanLines(step: LineScanStep): { counts: RunCounts; stopped: string | null } {
    const source = step.partition.source
    const counts = zeroCounts()
    const lines = source.lines
    if (!lines || lineScanType(step.partition.objectType, lines) === null) return { counts, stopped: null }
    const waiting = WaitingLines.load(step.state)
    const ctx = scanContext(step, { ...source, lines }, waiting)
    // A run read in slices: its first slice's header position and every slice's lines (line-scan-from).
    const kept = keptLineScanFrom(step.state, lines.entitySet)
    const linesSeen = furthest(kept?.seen ?? null, step.linesSeen)
    const from = lineScanStart(ctx, {
        headerCursor: kept ? kept.header : step.headerCursor,
        windowSeconds: lookbackWindowSeconds(step.connection),
    })
    // Lines waiting for their header first: those of documents IFS shows now are staged whole.
    const waitingParents = waiting.parents(source.keys)
    addCounts(counts, restage(ctx, waitingParents).counts)
    waiting.arrived([...waitingParents.keys()].filter((p) => ctx.staged.has(p)))
    let stopped: string | null = null
    if (from === null) {
        // Read from the start: every line came with its document; the scan starts after the furthest.
        if (linesSeen !== null && !step.connection.dryRun) step.state.commitLineCursor(lines.entitySet, linesSeen)
    } else {
        const scanned = scanChangedLines(ctx, from)
        addCounts(counts, scanned.counts)
        stopped = scanned.stopped
        if (scanned.documents > 0)
            audited(
                step,
                `${scanned.documents} documents read again for ${scanned.lines} lines changed in IFS without their header`
            )
    }
    counts.flagged += flagOverdue(step, { ...source, lines }, waiting)
    if (!step.connection.dryRun) {
        waiting.save(step.state)
        // Scanned from where the run started: the next run starts from the line cursor (or its own position).
        if (stopped === null) clearLineScanFrom(step.state)
    }
    return { counts, stopped }
}

function scanContext(
    step: LineScanStep,
    source: DocumentSource & { lines: LineSource },
    waiting: WaitingLines
): LineScanContext {
    const { connection, partition } = step
    return {
        reader: step.reader,
        tenantUrl: connection.tenantUrl,
        companies: connection.companies,
        pageSize: connection.pageSize,
        objectType: partition.objectType,
        entitySet: partition.entitySetPath,
        source,
        state: step.state,
        staged: step.staged,
        stage: step.stage,
        audit: step.audit,
        waiting,
        dryRun: connection.dryRun,
        nowMs: step.nowMs,
        outOfTime: step.outOfTime,
    }
}

/** Flags the documents of lines that waited the connection's wait or longer (and any beyond the list's bound). */
function flagOverdue(
    step: LineScanStep,
    source: DocumentSource & { lines: LineSource },
    waiting: WaitingLines
): number {
    const hours = step.connection.headerWaitHours ?? DEFAULT_HEADER_WAIT_HOURS
    const overdue = waiting.overdue(step.nowMs(), hours * 3600_000)
    const all = [...overdue, ...waiting.overflow]
    if (all.length === 0 || !step.stager.flagWaitingLines) return 0
    const flags = all.map((w) => waitingFlag(step.partition, source, w, hours))
    const raised = step.stager.flagWaitingLines(step.partition.objectType, flags)
    waiting.markFlagged(overdue.map((w) => w.parent))
    return raised
}

function waitingFlag(
    partition: PartitionConfig,
    source: DocumentSource & { lines: LineSource },
    waiting: WaitingLine,
    hours: number
): WaitingLineFlag {
    const { lines } = source
    const documentKey: Record<string, unknown> = {}
    source.keys.forEach((k, i) => (documentKey[k.name] = waiting.line[lines.parentKeys[i].name]))
    const parent = lines.parentKeys.map((k) => `${k.name} ${String(waiting.line[k.name])}`).join(', ')
    const noun = documentTypeOf(partition.objectType).noun.toLowerCase()
    const message = `Line ${lineLabel(lines, waiting.line)} of ${noun} ${parent} changed in IFS, but IFS has not shown that ${noun} for ${hours} hours; it is staged as soon as IFS shows it.`
    return { documentKey, line: waiting.line, message }
}

/** `3/1` (line/release) or `3`; the line's own keys when its number was not read. */
function lineLabel(lines: LineSource, line: IfsRow): string {
    const number = line[lines.fields.lineNumber.name]
    const release = lines.fields.releaseNumber ? line[lines.fields.releaseNumber.name] : undefined
    if (number === undefined || number === null)
        return lines.keys.map((k) => `${k.name} ${String(line[k.name])}`).join(', ')
    return release === undefined || release === null ? String(number) : `${String(number)}/${String(release)}`
}

function audited(step: LineScanStep, message: string): void {
    step.audit.record({ operation: 'read_page', objectType: step.partition.objectType, message })
}
