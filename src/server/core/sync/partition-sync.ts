import type { Ports } from '../../ports/ports'
import type { AuditTrail } from '../audit/audit-trail'
import type { Redactor } from '../audit/redactor'
import type { ConnectionConfig, PartitionConfig } from '../config/connection-config'
import { toGlideDateTime } from '../domain/glide-time'
import { DeferRequested, IfsError, MalformedResponse } from '../ifs/ifs-errors'
import type { IfsReader, IfsRow } from '../ifs/ifs-reader'
import { dataUrl, NextLinkLoopDetector, resolveNextLink } from '../odata/data-url'
import { pathOf } from '../odata/url-parts'
import type { Stager } from '../staging/stager'
import type { Cursor, ReadFrom } from './cursor'
import { compareCursors, cursorOf, describeCursor, pageQuery, stampMinusSeconds } from './cursor'
import { LeaseLost } from './lease'
import type { Lease } from './lease'
import type { RunCounts } from './run-counts'
import { addCounts, zeroCounts } from './run-counts'
import { ceilToSecond, MAX_CONSECUTIVE_SETBACKS, PartitionState } from './sync-state'
import { describeOutside, outsideQueryReason } from './row-scope'
import { Failure, messageOf, nameOf } from '../domain/failure'

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
    /** The connection's reader; its `objectType` tag (when present) labels audit events. */
    reader: IfsReader & { objectType?: string }
    stager: Stager
    audit: AuditTrail
    redactor: Redactor
    lease: Lease
    runSysId: string
    /** Time budget end: at or after it, checkpoint and defer. */
    deadlineMs: number
}

class OutOfOrder extends Failure {
    override name = 'OutOfOrder'
}

/** The re-read window behind the cursor: the lookback, or the older clock-skew overlap if larger. */
export function lookbackWindowSeconds(
    connection: Pick<ConnectionConfig, 'lookbackSeconds' | 'overlapSeconds'>
): number {
    return Math.max(connection.lookbackSeconds, connection.overlapSeconds)
}

/**
 * Where a partition's read starts. With a committed cursor and a window, from the cursor's stamp
 * minus the window, inclusive: rows IFS committed after an earlier read had passed their stamp
 * (a long transaction), and rows whose stamp moved backwards, are read again; rows that did not
 * change are recognised by staging key and payload hash and write nothing. The cursor never moves
 * back (commits only go forward), so the window is re-read relative to the same cursor until new
 * rows move it on. A slice that resumes a deferred run (out of time budget, throttled) does not
 * re-read the window again: the run's first slice did, and a window holding more rows than one
 * slice can read would otherwise be read again by every slice and the cursor would never move.
 */
export function readStart(
    cursor: Cursor | null,
    windowSeconds: number,
    resuming: boolean
): { from: ReadFrom; note: string | null } {
    if (cursor === null) return { from: { kind: 'start' }, note: null }
    const after: ReadFrom = { kind: 'after', cursor }
    if (windowSeconds <= 0 || resuming) return { from: after, note: null }
    const lower = stampMinusSeconds(cursor.modified, windowSeconds)
    if (lower === cursor.modified) {
        // Only an Objversion of the form YYYYMMDDHHMMSS can be moved back by seconds; say so rather than guess.
        return {
            from: after,
            note: `lookback of ${windowSeconds} s not applied: the stamp ${cursor.modified} is not a YYYYMMDDHHMMSS time`,
        }
    }
    return { from: { kind: 'from_stamp', modified: lower }, note: null }
}

/**
 * Syncs one partition (connection + object type) from its committed cursor. Each page is a fresh
 * keyset query after the last row handed on, not a server skip-link: IFS warns that paging while
 * rows change can skip or repeat rows, and a keyset read cannot skip a row that moved. The cursor
 * is committed only after the stager accepted the page with no errors, so a run killed at any
 * instant resumes at the last page fully staged (staging dedups the page it sees again).
 */
export function syncPartition(ctx: PartitionContext): PartitionOutcome {
    const { ports, connection, partition, stager, audit } = ctx
    const objectType = partition.objectType
    const clock = ports.clock
    const counts = zeroCounts()
    const state = PartitionState.load(ports.store, connection.sysId, objectType)
    let cursorBefore: Cursor | null
    try {
        cursorBefore = state.cursor()
    } catch (e) {
        const message = `${objectType}: ${messageOf(e)}`
        audit.record({ operation: 'error', objectType, message })
        return {
            objectType,
            status: 'failed',
            counts,
            cursorBefore: null,
            cursorAfter: null,
            deferredUntilMs: null,
            message,
            stopsConnection: false,
        }
    }
    let committed = cursorBefore
    const outcome = (
        status: PartitionStatus,
        message: string,
        deferredUntilMs: number | null = null,
        stops = false
    ): PartitionOutcome => ({
        objectType,
        status,
        counts,
        cursorBefore,
        cursorAfter: committed,
        deferredUntilMs,
        message: ctx.redactor.scrub(message),
        stopsConnection: stops,
    })

    const deferredUntil = state.deferredUntilMs()
    if (deferredUntil !== null && deferredUntil > clock.nowMs()) {
        return {
            ...outcome(
                'deferred',
                `${objectType}: deferred until ${toGlideDateTime(deferredUntil)} (${state.deferReason() ?? 'earlier deferral'})`,
                deferredUntil
            ),
            waitingForEarlierDeferral: true,
        }
    }
    const deferForBudget = (): PartitionOutcome => {
        const at = ceilToSecond(clock.nowMs())
        const reason = `time budget of ${connection.timeBudgetMs / 1000} s used`
        state.defer(at, reason)
        audit.record({ operation: 'defer', objectType, message: `${reason}; cursor ${describeCursor(committed)}` })
        return outcome(
            'deferred',
            `${objectType}: ${counts.read} rows read, then ${reason}; continues at ${describeCursor(committed)}`,
            at
        )
    }
    if (clock.nowMs() >= ctx.deadlineMs) return deferForBudget()

    ctx.reader.objectType = objectType
    try {
        const retried = stager.retryOpenFlags(objectType, undefined, { skipStillFailing: true })
        counts.resolved += retried.resolved
        audit.flush()

        const resuming = deferredUntil !== null
        const start = readStart(cursorBefore, lookbackWindowSeconds(connection), resuming)
        if (start.note) {
            ports.log.warn(`${objectType}: ${start.note}`)
            audit.record({ operation: 'read_page', objectType, message: start.note })
        }
        let from = start.from

        const requested = new NextLinkLoopDetector()
        let outsideSkipped = 0
        for (;;) {
            const query = pageQuery(objectType, from, connection.companies)
            const url = dataUrl(connection.tenantUrl, partition.entitySetPath, query)
            requested.visit(url)
            const page = ctx.reader.readPage(partition.entitySetPath, query)
            if (page.rows.length === 0) break
            const placed = placePage(objectType, from, page.rows)
            const rows = placed.rows
            const last = placed.last
            if (placed.repeated > 0) {
                counts.duplicates += placed.repeated
                audit.record({
                    operation: 'skip_duplicate',
                    objectType,
                    rows: placed.repeated,
                    message: 'rows IFS sent again (already read in this partition) were skipped',
                })
            }
            // The engine pages by keyset, so a nextLink only says "more may follow"; one that points
            // at a page already requested is a server loop, reported once this page is safely staged.
            let loop: string | null = null
            if (page.nextLink !== null) {
                const next = resolveNextLink(connection.tenantUrl, url, page.nextLink)
                if (!next.ok) loop = next.reason
                else if (!requested.visit(next.url)) loop = 'the nextLink repeats a page already read'
            }

            if (placed.outsideCount > 0) {
                outsideSkipped += placed.outsideCount
                audit.record({
                    operation: 'skip_out_of_query',
                    objectType,
                    rows: placed.outsideCount,
                    message: describeOutside(placed.outside),
                })
            }

            const sourcePage = {
                connection,
                objectType,
                targetTable: partition.targetTable,
                runSysId: ctx.runSysId,
                rows,
            }
            // One transaction per page where the store has them (SQLite); row by row on the instance.
            const store = ports.store
            const accepted =
                rows.length === 0
                    ? zeroCounts()
                    : store.atomically
                      ? store.atomically(() => stager.acceptPage(sourcePage))
                      : stager.acceptPage(sourcePage)
            addCounts(counts, { ...accepted, read: page.rows.length })
            if (accepted.errors > 0) {
                audit.flush()
                const message = `${objectType}: ${accepted.errors} of ${rows.length} rows of a page could not be staged; the cursor stays at ${describeCursor(committed)} and the page is read again next run`
                state.failed(message)
                return outcome('failed', message)
            }
            if (placed.unplaceable > 0) {
                audit.record({
                    operation: 'flag',
                    objectType,
                    rows: placed.unplaceable,
                    message: `${placed.unplaceable} rows without a usable modification stamp or key were handed to staging (flagged); they do not move the cursor`,
                })
            }
            if (last === null) {
                audit.flush()
                // Nothing on the page can place the cursor. At the end of the data (no nextLink) the
                // rows are flagged and read again next run until fixed in IFS: the partition is up to
                // date. With more to come, the next query would return this same page: stop with the reason.
                if (page.nextLink === null) break
                const message = `${objectType}: IFS sent a full page of ${page.rows.length} rows without a usable modification stamp or key; they are flagged, and the cursor cannot move past them until they are fixed in IFS`
                state.failed(message)
                return outcome('failed', message)
            }
            // Overlap re-reads rows at or before the committed cursor: never move it backwards.
            if (!connection.dryRun && (committed === null || compareCursors(last, committed) > 0)) {
                state.commitCursor(last)
                state.madeProgress()
                committed = last
                audit.record({
                    operation: 'cursor_commit',
                    objectType,
                    rows: rows.length,
                    message: describeCursor(last),
                })
            }
            from = { kind: 'after', cursor: last }
            audit.flush()
            if (!ctx.lease.renew()) throw new LeaseLost(connection.name)
            if (loop !== null) throw new MalformedResponse(pathOf(url), loop)
            // Server-driven paging: no nextLink means nothing more matched. With one, the next page is a
            // fresh keyset query after this page's last row rather than the link itself.
            if (page.nextLink === null) break
            if (clock.nowMs() >= ctx.deadlineMs) return deferForBudget()
        }
        state.succeeded(clock.nowMs())
        const dry = connection.dryRun ? ' (dry run: cursor not moved)' : ''
        const skipped =
            outsideSkipped > 0
                ? ` (${outsideSkipped} rows IFS sent outside the query skipped; see the audit trail)`
                : ''
        return outcome(
            'completed',
            `${objectType}: ${counts.read} rows read, up to date at ${describeCursor(committed)}${dry}${skipped}`
        )
    } catch (e) {
        audit.flush()
        if (e instanceof DeferRequested) {
            if (!e.throttled) {
                // Not throttling: waiting has not helped so far. After too many such runs in a row
                // the object type fails with the reason (sync exits non-zero) instead of deferring again.
                const setbacks = state.consecutiveSetbacks() + 1
                if (setbacks >= MAX_CONSECUTIVE_SETBACKS) {
                    const message = `${objectType}: ${setbacks} runs in a row ended without progress (${e.reason}); the object type failed instead of deferring again. It is tried again on the next run; the cursor stays at ${describeCursor(committed)}`
                    audit.record({ operation: 'error', objectType, message })
                    audit.flush()
                    state.failed(message)
                    return outcome('failed', message)
                }
                state.deferAfterSetback(e.untilMs, e.reason)
            } else state.defer(e.untilMs, e.reason)
            return outcome(
                'deferred',
                `${objectType}: ${e.reason}; continues after ${toGlideDateTime(ceilToSecond(e.untilMs))} at ${describeCursor(committed)}`,
                ceilToSecond(e.untilMs)
            )
        }
        if (e instanceof IfsError || e instanceof LeaseLost || e instanceof OutOfOrder) {
            const stops = (e instanceof IfsError && e.connectionWide) || e instanceof LeaseLost
            const message = `${objectType}: ${ctx.redactor.scrub(e.message)}`
            audit.record({ operation: 'error', objectType, message })
            audit.flush()
            if (!(e instanceof LeaseLost)) state.failed(message)
            return outcome('failed', message, null, stops)
        }
        // Anything else (a store or staging failure) ends this object type only. If even recording
        // the failure throws, the store is gone and the error goes up: the run is effectively dead.
        const message = `${objectType}: unexpected ${nameOf(e)}: ${ctx.redactor.scrub(messageOf(e))}`
        audit.record({ operation: 'error', objectType, message })
        state.failed(message)
        audit.flush()
        return outcome('failed', message)
    } finally {
        ctx.reader.objectType = undefined
    }

    /**
     * Rows must come in cursor order after the read position, or committing the last one could
     * skip rows. Rows IFS sends again (at or before the position, or twice in a row; IFS warns
     * paging can repeat rows) are dropped; a row going backwards is an error.
     */
    function placePage(
        type: typeof objectType,
        start: ReadFrom,
        raw: readonly IfsRow[]
    ): {
        rows: IfsRow[]
        last: Cursor | null
        repeated: number
        unplaceable: number
        outside: Map<string, number>
        outsideCount: number
    } {
        const startCursor = start.kind === 'after' ? start.cursor : null
        let previous: Cursor | null = null
        const rows: IfsRow[] = []
        let repeated = 0
        let unplaceable = 0
        const outside = new Map<string, number>()
        let outsideCount = 0
        for (const row of raw) {
            const why = outsideQueryReason(type, row, connection.companies, start)
            if (why !== null) {
                outsideCount++
                if (outside.size < 20 || outside.has(why)) outside.set(why, (outside.get(why) ?? 0) + 1)
                // A row before the lower bound cannot steer the cursor; one of another company keeps
                // its place in the order (a page of nothing else still moves the cursor on).
                if (start.kind === 'from_stamp' && outsideQueryReason(type, row, [], start) !== null) continue
            }
            let current: Cursor
            try {
                current = cursorOf(type, row)
            } catch {
                // No stamp or key (or one no request can carry): staging flags it; it cannot steer the cursor.
                if (why === null) {
                    rows.push(row)
                    unplaceable++
                }
                continue
            }
            if (previous !== null && compareCursors(current, previous) < 0) {
                throw new OutOfOrder(
                    `IFS returned rows out of order at ${describeCursor(current)} (after ${describeCursor(previous)}); nothing after the last staged page was committed`
                )
            }
            if (
                (previous !== null && compareCursors(current, previous) === 0) ||
                (startCursor !== null && compareCursors(current, startCursor) <= 0)
            ) {
                if (why === null) repeated++
                continue
            }
            if (why === null) rows.push(row)
            previous = current
        }
        if (previous === null && unplaceable === 0 && outsideCount === 0) {
            throw new OutOfOrder(
                `IFS answered a query for rows after ${describeCursor(startCursor)} with only rows already read`
            )
        }
        return { rows, last: previous, repeated, unplaceable, outside, outsideCount }
    }
}
