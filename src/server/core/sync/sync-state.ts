import { SYNC_STATE } from '../../../tables/sync-state'
import type { ObjectType } from '../../../tables/object-types'
import type { Store, StoredRecord } from '../../ports/store'
import { fromGlideDateTime, toGlideDateTime } from '../domain/glide-time'
import type { Cursor, StoredCursor } from './cursor'
import { decodeCursor, encodeCursor } from './cursor'

const T = SYNC_STATE.name
const ERROR_MAX = SYNC_STATE.columns.last_error.options.maxLength
const REASON_MAX = SYNC_STATE.columns.defer_reason.options.maxLength

function clip(text: string, max: number): string {
    return text.length > max ? text.slice(0, max - 1) + '…' : text
}

/**
 * Consecutive runs of a partition that ended failed or deferred for a cause other than throttling,
 * without committing a page, after which the partition fails (and `sync` exits non-zero) instead
 * of deferring again: a DNS name that never resolves or a page that never parses must surface.
 * Throttling (429, Retry-After, the request ceiling) and the time budget never count; a committed
 * page or a completed run resets the count. Kept in sync_state.consecutive_failures.
 */
export const MAX_CONSECUTIVE_SETBACKS = 5

/** Glide times have whole seconds: round a deferral up, so nothing starts before it is due. */
export function ceilToSecond(ms: number): number {
    return Math.ceil(ms / 1000) * 1000
}

/**
 * The persisted state of one partition (connection + object type): committed cursor and deferral.
 * This module is the only writer of sync_state, and what shows or resets a cursor reads it here.
 */
export class PartitionState {
    private constructor(
        private readonly store: Store,
        private record: StoredRecord
    ) {}

    /** The partition's row, created on first use. */
    static load(store: Store, connectionSysId: string, objectType: ObjectType): PartitionState {
        const where = [
            { field: 'connection', op: '=' as const, value: connectionSysId },
            { field: 'object_type', op: '=' as const, value: objectType },
        ]
        const found = store.query(T, { where, limit: 1 })[0]
        if (found) return new PartitionState(store, found)
        const sysId = store.insert(T, { connection: connectionSysId, object_type: objectType, consecutive_failures: 0 })
        const created = store.get(T, sysId)
        if (!created) throw new Error(`sync_state row ${sysId} vanished after insert`)
        return new PartitionState(store, created)
    }

    get sysId(): string {
        return this.record.sys_id
    }

    /** Null before the first committed page. A damaged key is an error, not a silent restart. */
    cursor(): Cursor | null {
        return decodeCursor(storedCursorOf(this.record), `sync_state ${this.sysId}`)
    }

    deferredUntilMs(): number | null {
        return fromGlideDateTime(this.record.deferred_until)
    }

    deferReason(): string | null {
        return this.record.defer_reason
    }

    commitCursor(cursor: Cursor): void {
        const stored = encodeCursor(cursor)
        this.write({ cursor_modified: stored.modified, cursor_key: stored.key })
    }

    defer(untilMs: number, reason: string): void {
        this.write({ deferred_until: toGlideDateTime(ceilToSecond(untilMs)), defer_reason: clip(reason, REASON_MAX) })
    }

    succeeded(nowMs: number): void {
        this.write({
            deferred_until: null,
            defer_reason: null,
            consecutive_failures: 0,
            last_error: null,
            last_success_at: toGlideDateTime(nowMs),
        })
    }

    /** A completed run slice that will continue later: clears the old error, keeps the deferral. */
    progressed(): void {
        this.write({ consecutive_failures: 0, last_error: null })
    }

    /** Consecutive runs that failed or deferred for a non-throttling cause (see MAX_CONSECUTIVE_SETBACKS). */
    consecutiveSetbacks(): number {
        const n = Number(this.record.consecutive_failures ?? '0')
        return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0
    }

    /** A page was committed: the partition is productive again (one write, only when needed). */
    madeProgress(): void {
        if (this.consecutiveSetbacks() > 0) this.progressed()
    }

    /** A deferral for a cause that is not throttling: deferred like any other, and counted. */
    deferAfterSetback(untilMs: number, reason: string): void {
        this.write({
            deferred_until: toGlideDateTime(ceilToSecond(untilMs)),
            defer_reason: clip(reason, REASON_MAX),
            consecutive_failures: this.consecutiveSetbacks() + 1,
            last_error: clip(reason, ERROR_MAX),
        })
    }

    failed(message: string): void {
        const failures = this.consecutiveSetbacks() + 1
        this.write({
            consecutive_failures: failures,
            last_error: clip(message, ERROR_MAX),
            deferred_until: null,
            defer_reason: null,
        })
    }

    /** The line set's own cursor; null before its first scan or when it was kept for another set. */
    lineCursor(lineSet: string): Cursor | null {
        if (this.record.line_cursor_set !== lineSet) return null
        const stored = { modified: this.record.line_cursor_modified, key: this.record.line_cursor_key }
        return decodeCursor(stored, `sync_state ${this.sysId} (line cursor)`)
    }

    commitLineCursor(lineSet: string, cursor: Cursor): void {
        const stored = encodeCursor(cursor)
        this.write({ line_cursor_set: lineSet, line_cursor_modified: stored.modified, line_cursor_key: stored.key })
    }

    /** Where an unfinished run's line scan starts (core/lines/line-scan-from.ts reads and writes it). */
    lineScanFromText(): string | null {
        return this.record.line_scan_from ?? null
    }

    setLineScanFromText(text: string | null): void {
        if ((this.record.line_scan_from ?? null) !== text) this.write({ line_scan_from: text })
    }

    /** The stored list of lines waiting for their header (waiting-lines.ts reads and writes it). */
    waitingLinesText(): string | null {
        return this.record.waiting_lines ?? null
    }

    setWaitingLinesText(text: string | null): void {
        if ((this.record.waiting_lines ?? null) !== text) this.write({ waiting_lines: text })
    }

    private write(values: Record<string, string | number | null>): void {
        this.store.update(T, this.sysId, values)
        const fresh = this.store.get(T, this.sysId)
        if (fresh) this.record = fresh
    }
}

/** What a partition's row holds, for display and dispatch (the cursor as stored, even if damaged). */
interface PartitionSummary {
    objectType: string | null
    cursor: StoredCursor
    /** Glide date-time text, as stored. */
    deferredUntil: string | null
    deferReason: string | null
    lastError: string | null
}

function storedCursorOf(record: StoredRecord): StoredCursor {
    return { modified: record.cursor_modified, key: record.cursor_key }
}

function summaryOf(record: StoredRecord): PartitionSummary {
    return {
        objectType: record.object_type,
        cursor: storedCursorOf(record),
        deferredUntil: record.deferred_until,
        deferReason: record.defer_reason ?? null,
        lastError: record.last_error,
    }
}

function statesOf(store: Store, connectionSysId: string): StoredRecord[] {
    return store.query(T, { where: [{ field: 'connection', op: '=', value: connectionSysId }] })
}

/** Every partition of a connection that has a row (synced at least once, or deferred). */
export function partitionSummaries(store: Store, connectionSysId: string): PartitionSummary[] {
    return statesOf(store, connectionSysId).map(summaryOf)
}

/**
 * Clears the cursor, deferral and setback count of every partition of a connection: the next run
 * reads from the beginning. Returns the partitions as they were before.
 */
export function resetPartitions(store: Store, connectionSysId: string): PartitionSummary[] {
    const states = statesOf(store, connectionSysId)
    for (const state of states) {
        store.update(T, state.sys_id, {
            cursor_modified: null,
            cursor_key: null,
            line_cursor_set: null,
            line_cursor_modified: null,
            line_cursor_key: null,
            line_scan_from: null,
            deferred_until: null,
            defer_reason: null,
            consecutive_failures: 0,
        })
    }
    return states.map(summaryOf)
}
