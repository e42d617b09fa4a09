import type { Ports } from '../../ports/ports'
import type { AuditTrail } from '../audit/audit-trail'
import type { Redactor } from '../audit/redactor'
import type { ConnectionConfig, PartitionConfig } from '../config/connection-config'
import { toGlideDateTime } from '../domain/glide-time'
import { DeferRequested, IfsError } from '../ifs/ifs-errors'
import type { IfsReader, IfsRow } from '../ifs/ifs-reader'
import type { Stager } from '../staging/stager'
import type { Cursor } from './cursor'
import { compareCursors, describeCursor, lookbackWindowSeconds, readStart } from './cursor'
import type { KeysetPage } from './keyset-pager'
import { KeysetPager } from './keyset-pager'
import { LeaseLost } from './lease'
import type { Lease } from './lease'
import type { PlacedPage } from './page-placement'
import { OutOfOrder } from './page-placement'
import type { PageOutcome } from './page-sink'
import type { RunCounts } from './run-counts'
import { addCounts, zeroCounts } from './run-counts'
import { ceilToSecond, MAX_CONSECUTIVE_SETBACKS, PartitionState } from './sync-state'
import { describeOutside } from './row-scope'
import { messageOf, nameOf } from '../domain/failure'
import { LINE_PAGE_SIZE, readLinesOf } from '../lines/line-reader'
import { LineStreams } from '../lines/line-stream'
import { furthestLine, lineScanType } from '../lines/changed-lines'
import { rowKeyText } from '../lines/parent-key'
import { scanLines } from './line-scan-step'
import { keepLineScanFrom } from '../lines/line-scan-from'
import { sweepRemovalsStep } from './removal-step'

type PartitionStatus = 'completed' | 'deferred' | 'failed'

export interface PartitionOutcome {
    objectType: PartitionConfig['objectType']
    status: PartitionStatus
    counts: RunCounts
    cursorBefore: Cursor | null
    cursorAfter: Cursor | null
    deferredUntilMs: number | null
    message: string
    /** The failure ends the whole connection's run (credentials rejected, lease lost). */
    stopsConnection: boolean
    /** Skipped because an earlier run deferred it: its continuation is already scheduled. */
    waitingForEarlierDeferral?: boolean
}

export interface PartitionContext {
    ports: Ports
    connection: ConnectionConfig
    partition: PartitionConfig
    /** The connection's reader; each read passes the partition's object type, which labels its audit events. */
    reader: IfsReader
    stager: Stager
    audit: AuditTrail
    redactor: Redactor
    lease: Lease
    runSysId: string
    /** Time budget end: at or after it, checkpoint and defer. */
    deadlineMs: number
    /** The run-start `$metadata` check of this partition's names: why it cannot run, or null. */
    checkSchema?: () => string | null
}

/** After a page: read the next one, IFS has no more, or the partition's outcome. */
type PageStep = 'next' | 'end' | PartitionOutcome

/**
 * Syncs one partition (connection + object type) from its committed cursor, page by page (see
 * KeysetPager). The cursor is committed only after the stager accepted the page with no errors,
 * so a run killed at any instant resumes at the last page fully staged (staging dedups the page
 * it sees again).
 */
export function syncPartition(ctx: PartitionContext): PartitionOutcome {
    const state = PartitionState.load(ctx.ports.store, ctx.connection.sysId, ctx.partition.objectType)
    let cursorBefore: Cursor | null
    try {
        cursorBefore = state.cursor()
    } catch (e) {
        return unreadableCursor(ctx, e)
    }
    return new PartitionRun(ctx, state, cursorBefore).run()
}

function unreadableCursor(ctx: PartitionContext, e: unknown): PartitionOutcome {
    const objectType = ctx.partition.objectType
    const message = `${objectType}: ${messageOf(e)}`
    ctx.audit.record({ operation: 'error', objectType, message })
    return {
        objectType,
        status: 'failed',
        counts: zeroCounts(),
        cursorBefore: null,
        cursorAfter: null,
        deferredUntilMs: null,
        message,
        stopsConnection: false,
    }
}

/**
 * One run of one partition: owns the loop over pages and everything around it (the lease renewed
 * after each page, the time budget, deferral when throttled, the cursor checkpoint after each
 * staged page) and turns what ended it into the partition's outcome.
 */
class PartitionRun {
    private readonly objectType: PartitionConfig['objectType']
    private readonly counts = zeroCounts()
    private readonly pager: KeysetPager
    private committed: Cursor | null
    private outsideSkipped = 0
    /** Key texts of the documents handed to staging this run (the line scan skips them). */
    private readonly staged = new Set<string>()
    /** The furthest line (by its own stamp) among the lines read with this run's documents. */
    private linesSeen: Cursor | null = null
    /** Another runner holds the partition now: its state is left alone. */
    private lostLease = false
    /** Consecutive pages share their line reads (line-stream.ts); this run's only, dropped with it. */
    private readonly lineStreams = new LineStreams(LINE_PAGE_SIZE)

    constructor(
        private readonly ctx: PartitionContext,
        private readonly state: PartitionState,
        private readonly cursorBefore: Cursor | null
    ) {
        this.objectType = ctx.partition.objectType
        this.committed = cursorBefore
        this.pager = new KeysetPager({ reader: ctx.reader, connection: ctx.connection, partition: ctx.partition })
    }

    run(): PartitionOutcome {
        const deferredUntil = this.state.deferredUntilMs()
        if (deferredUntil !== null && deferredUntil > this.ctx.ports.clock.nowMs()) return this.waiting(deferredUntil)
        if (this.outOfTime()) return this.deferForBudget()
        let outcome: PartitionOutcome
        try {
            outcome = this.readPages(deferredUntil !== null)
        } catch (e) {
            outcome = this.failedWith(e)
        }
        if (outcome.status !== 'completed') this.keepLineScanStart()
        return outcome
    }

    /**
     * With no line cursor yet, once documents are read (at the first page committed, again when the
     * run stops before its line scan): the run that gets to the scan starts it where this run
     * started, not at its own position (line-scan-from.ts). Cleared by the scan.
     */
    private keepLineScanStart(): void {
        const lines = this.ctx.partition.source.lines
        if (!lines || this.lostLease || this.ctx.connection.dryRun) return
        if (this.staged.size === 0 || lineScanType(this.objectType, lines) === null) return
        try {
            if (this.state.lineCursor(lines.entitySet) !== null) return
            keepLineScanFrom(this.state, lines.entitySet, {
                headerCursor: this.cursorBefore,
                linesSeen: this.linesSeen,
            })
        } catch (e) {
            // A damaged line cursor or kept start: the run's outcome stands; the line scan names it.
            const message = `${this.objectType}: line scan start not kept: ${messageOf(e)}`
            this.ctx.audit.record({ operation: 'error', objectType: this.objectType, message })
            this.ctx.audit.flush()
        }
    }

    private readPages(resuming: boolean): PartitionOutcome {
        const { stager, audit, connection, ports } = this.ctx
        // Before any read of rows (flag re-reads included): a name IFS does not have would fail every page.
        const schema = this.ctx.checkSchema?.() ?? null
        if (schema !== null) return this.schemaMismatch(schema)
        const retried = stager.retryOpenFlags(this.objectType, undefined, { skipStillFailing: true })
        this.counts.resolved += retried.resolved
        // Import rows left pending by earlier runs (the platform's schedule transforms them): read back.
        const settled = stager.settlePendingOutcomes?.(this.objectType)
        if (settled) addCounts(this.counts, settled)
        audit.flush()
        const start = readStart(this.cursorBefore, lookbackWindowSeconds(connection), resuming)
        if (start.note) {
            ports.log.warn(`${this.objectType}: ${start.note}`)
            audit.record({ operation: 'read_page', objectType: this.objectType, message: start.note })
        }
        this.pager.startAt(start.from)
        for (let page = this.pager.next(); page !== null; page = this.pager.next()) {
            const step = this.takePage(page)
            if (step === 'end') break
            if (step !== 'next') return step
        }
        const lines = this.scanLines()
        if (lines) return lines
        this.sweepRemovals()
        return this.completed()
    }

    /** Up to date: lines and receipts deleted in IFS, a bounded number of documents per run (removal-step). */
    private sweepRemovals(): void {
        if (this.outOfTime()) return
        const { ports, connection, partition, reader, stager, audit, redactor } = this.ctx
        const counts = sweepRemovalsStep({
            ports,
            connection,
            partition,
            reader,
            stager,
            audit,
            redactor,
            readThisRun: this.staged,
            stage: (rows) => this.stage(rows),
        })
        addCounts(this.counts, counts)
        audit.flush()
    }

    /** Up to date: lines changed without their header, and lines waiting for theirs (line-scan-step). */
    private scanLines(): PartitionOutcome | null {
        const { reader, connection, partition, stager, audit, ports } = this.ctx
        const scanned = scanLines({
            reader,
            connection,
            partition,
            state: this.state,
            stager,
            audit,
            staged: this.staged,
            stage: (rows) => this.stage(rows),
            headerCursor: this.cursorBefore,
            linesSeen: this.linesSeen,
            nowMs: () => ports.clock.nowMs(),
            outOfTime: () => this.outOfTime(),
        })
        addCounts(this.counts, scanned.counts)
        audit.flush()
        return scanned.stopped === null ? null : this.fail(`${this.objectType}: ${scanned.stopped}`)
    }

    /** Nothing is read or flagged: the mapping, not the data, needs fixing. */
    private schemaMismatch(problems: string): PartitionOutcome {
        const message = `${this.objectType}: ${problems}`
        this.ctx.audit.record({ operation: 'error', objectType: this.objectType, message })
        this.ctx.audit.flush()
        return this.fail(message)
    }

    /** Stages one page and checkpoints the cursor past it. */
    private takePage(page: KeysetPage): PageStep {
        const placed = page.placed
        this.auditSkipped(placed)
        const accepted = this.stage(this.withLines(placed.rows, page.nextLink !== null || page.rereads))
        addCounts(this.counts, { ...accepted, read: page.read })
        if (accepted.errors > 0) return this.stagingFailed(accepted.errors, placed.rows.length)
        if (placed.unplaceable > 0) {
            this.ctx.audit.record({
                operation: 'flag',
                objectType: this.objectType,
                rows: placed.unplaceable,
                message: `${placed.unplaceable} rows without a usable modification stamp or key were handed to staging (flagged); they do not move the cursor`,
            })
        }
        if (placed.last === null && page.rereads) return this.outOfTime() ? this.deferForBudget() : 'next'
        if (placed.last === null) return this.unplaceablePage(page)
        this.checkpoint(placed.last, placed.rows.length)
        // A looping nextLink is reported once this page is safely staged.
        if (page.loop !== null) throw page.loop
        // Server-driven paging: no nextLink means nothing more matched. With one, the next page is a
        // fresh keyset query after this page's last row rather than the link itself.
        if (page.nextLink === null && !page.rereads) return 'end'
        return this.outOfTime() ? this.deferForBudget() : 'next'
    }

    private auditSkipped(placed: PlacedPage): void {
        const { audit } = this.ctx
        if (placed.repeated > 0) {
            this.counts.duplicates += placed.repeated
            audit.record({
                operation: 'skip_duplicate',
                objectType: this.objectType,
                rows: placed.repeated,
                message: 'rows IFS sent again (already read in this partition) were skipped',
            })
        }
        if (placed.outsideCount > 0) {
            this.outsideSkipped += placed.outsideCount
            audit.record({
                operation: 'skip_out_of_query',
                objectType: this.objectType,
                rows: placed.outsideCount,
                message: describeOutside(placed.outside),
            })
        }
    }

    /**
     * The page's documents with their lines, read in bulk (core/lines) before anything of the page
     * is staged: a failed line read fails the page like a failed page read, the cursor unmoved.
     */
    private withLines(rows: IfsRow[], morePages: boolean): IfsRow[] {
        const { reader, connection, partition, audit } = this.ctx
        const documents = readLinesOf(rows, {
            reader,
            tenantUrl: connection.tenantUrl,
            objectType: this.objectType,
            source: partition.source,
            maxPerRequest: connection.pageSize,
            audit,
            stream: { streams: this.lineStreams, morePages },
        })
        const { keys, lines } = partition.source
        const scan = lines ? lineScanType(this.objectType, lines) : null
        if (scan) this.linesSeen = furthestLine(scan, documents, this.linesSeen)
        for (const row of rows) {
            const text = rowKeyText(keys, row)
            if (text !== null) this.staged.add(text)
        }
        return documents
    }

    /** One transaction per page where the store has them (SQLite); row by row on the instance. */
    private stage(rows: IfsRow[]): PageOutcome {
        if (rows.length === 0) return zeroCounts()
        const { ports, connection, partition, stager, runSysId } = this.ctx
        const sourcePage = {
            connection,
            objectType: this.objectType,
            targetTable: partition.targetTable,
            runSysId,
            rows,
        }
        const store = ports.store
        return store.atomically ? store.atomically(() => stager.acceptPage(sourcePage)) : stager.acceptPage(sourcePage)
    }

    private stagingFailed(errors: number, rows: number): PartitionOutcome {
        this.ctx.audit.flush()
        return this.fail(
            `${this.objectType}: ${errors} of ${rows} rows of a page could not be staged; the cursor stays at ${describeCursor(this.committed)} and the page is read again next run`
        )
    }

    /**
     * Nothing on the page can place the cursor. At the end of the data (no nextLink) the rows are
     * flagged and read again next run until fixed in IFS: the partition is up to date. With more
     * to come, the next query would return this same page: stop with the reason.
     */
    private unplaceablePage(page: KeysetPage): PageStep {
        this.ctx.audit.flush()
        if (page.nextLink === null) return 'end'
        return this.fail(
            `${this.objectType}: IFS sent a full page of ${page.read} rows without a usable modification stamp or key; they are flagged, and the cursor cannot move past them until they are fixed in IFS`
        )
    }

    /** Commits the cursor past a staged page (never backwards: overlap re-reads older rows), renews the lease. */
    private checkpoint(last: Cursor, rows: number): void {
        const { connection, audit, lease } = this.ctx
        if (!connection.dryRun && (this.committed === null || compareCursors(last, this.committed) > 0)) {
            // The run's first page: a run killed from here on is continued from further on, too.
            if (this.committed === this.cursorBefore) this.keepLineScanStart()
            this.state.commitCursor(last)
            this.state.madeProgress()
            this.committed = last
            audit.record({
                operation: 'cursor_commit',
                objectType: this.objectType,
                rows,
                message: describeCursor(last),
            })
        }
        audit.flush()
        if (!lease.renew()) throw new LeaseLost(connection.name)
    }

    private completed(): PartitionOutcome {
        this.state.succeeded(this.ctx.ports.clock.nowMs())
        const dry = this.ctx.connection.dryRun ? ' (dry run: cursor not moved)' : ''
        const skipped =
            this.outsideSkipped > 0
                ? ` (${this.outsideSkipped} rows IFS sent outside the query skipped; see the audit trail)`
                : ''
        return this.outcome(
            'completed',
            `${this.objectType}: ${this.counts.read} rows read, up to date at ${describeCursor(this.committed)}${dry}${skipped}`
        )
    }

    private outOfTime(): boolean {
        return this.ctx.ports.clock.nowMs() >= this.ctx.deadlineMs
    }

    private waiting(deferredUntil: number): PartitionOutcome {
        const reason = this.state.deferReason() ?? 'earlier deferral'
        return {
            ...this.outcome(
                'deferred',
                `${this.objectType}: deferred until ${toGlideDateTime(deferredUntil)} (${reason})`,
                deferredUntil
            ),
            waitingForEarlierDeferral: true,
        }
    }

    private deferForBudget(): PartitionOutcome {
        const at = ceilToSecond(this.ctx.ports.clock.nowMs())
        const reason = `time budget of ${this.ctx.connection.timeBudgetMs / 1000} s used`
        const cursor = describeCursor(this.committed)
        this.state.defer(at, reason)
        this.ctx.audit.record({
            operation: 'defer',
            objectType: this.objectType,
            message: `${reason}; cursor ${cursor}`,
        })
        return this.outcome(
            'deferred',
            `${this.objectType}: ${this.counts.read} rows read, then ${reason}; continues at ${cursor}`,
            at
        )
    }

    private failedWith(e: unknown): PartitionOutcome {
        this.ctx.audit.flush()
        if (e instanceof DeferRequested) return this.deferredBy(e)
        if (e instanceof IfsError || e instanceof LeaseLost || e instanceof OutOfOrder) return this.stoppedBy(e)
        // Anything else (a store or staging failure) ends this object type only. If even recording
        // the failure throws, the store is gone and the error goes up: the run is effectively dead.
        const { audit, redactor } = this.ctx
        const message = `${this.objectType}: unexpected ${nameOf(e)}: ${redactor.scrub(messageOf(e))}`
        audit.record({ operation: 'error', objectType: this.objectType, message })
        this.state.failed(message)
        audit.flush()
        return this.outcome('failed', message)
    }

    private deferredBy(e: DeferRequested): PartitionOutcome {
        if (e.throttled) this.state.defer(e.untilMs, e.reason)
        else {
            // Not throttling: waiting has not helped so far. After too many such runs in a row the
            // object type fails with the reason (sync exits non-zero) instead of deferring again.
            const setbacks = this.state.consecutiveSetbacks() + 1
            if (setbacks >= MAX_CONSECUTIVE_SETBACKS) return this.tooManySetbacks(setbacks, e.reason)
            this.state.deferAfterSetback(e.untilMs, e.reason)
        }
        const until = ceilToSecond(e.untilMs)
        return this.outcome(
            'deferred',
            `${this.objectType}: ${e.reason}; continues after ${toGlideDateTime(until)} at ${describeCursor(this.committed)}`,
            until
        )
    }

    private tooManySetbacks(setbacks: number, reason: string): PartitionOutcome {
        const message = `${this.objectType}: ${setbacks} runs in a row ended without progress (${reason}); the object type failed instead of deferring again. It is tried again on the next run; the cursor stays at ${describeCursor(this.committed)}`
        this.ctx.audit.record({ operation: 'error', objectType: this.objectType, message })
        this.ctx.audit.flush()
        return this.fail(message)
    }

    private stoppedBy(e: IfsError | LeaseLost | OutOfOrder): PartitionOutcome {
        const stops = (e instanceof IfsError && e.connectionWide) || e instanceof LeaseLost
        const message = `${this.objectType}: ${this.ctx.redactor.scrub(e.message)}`
        this.ctx.audit.record({ operation: 'error', objectType: this.objectType, message })
        this.ctx.audit.flush()
        // A lost lease means another runner owns the partition's state now: leave it alone.
        if (e instanceof LeaseLost) this.lostLease = true
        else this.state.failed(message)
        return this.outcome('failed', message, null, stops)
    }

    /** Records the failure on the partition's state. */
    private fail(message: string): PartitionOutcome {
        this.state.failed(message)
        return this.outcome('failed', message)
    }

    private outcome(
        status: PartitionStatus,
        message: string,
        deferredUntilMs: number | null = null,
        stops = false
    ): PartitionOutcome {
        return {
            objectType: this.objectType,
            status,
            counts: this.counts,
            cursorBefore: this.cursorBefore,
            cursorAfter: this.committed,
            deferredUntilMs,
            message: this.ctx.redactor.scrub(message),
            stopsConnection: stops,
        }
    }
}
