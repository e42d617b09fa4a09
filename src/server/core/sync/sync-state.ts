import { SYNC_STATE } from '../../../tables/sync-state'
import type { ObjectType } from '../../../tables/object-types'
import type { Store, StoredRecord } from '../../ports/store'
import { fromGlideDateTime, toGlideDateTime } from '../domain/glide-time'
import type { Cursor, KeyValue } from './cursor'

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

/** The persisted state of one partition (connection + object type): committed cursor and deferral. */
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
        const m = this.record.cursor_modified
        if (!m) return null
        let keys: unknown
        try {
            keys = JSON.parse(this.record.cursor_key ?? '')
        } catch {
            throw new Error(`sync_state ${this.sysId}: cursor_key is not JSON; fix or clear both cursor fields`)
        }
        if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string' || typeof k === 'number')) {
            throw new Error(`sync_state ${this.sysId}: cursor_key must be a JSON array of key values`)
        }
        return { modified: m, keys: keys as KeyValue[] }
    }

    deferredUntilMs(): number | null {
        return fromGlideDateTime(this.record.deferred_until)
    }

    deferReason(): string | null {
        return this.record.defer_reason
    }

    commitCursor(cursor: Cursor): void {
        this.write({ cursor_modified: cursor.modified, cursor_key: JSON.stringify(cursor.keys) })
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

    private write(values: Record<string, string | number | null>): void {
        this.store.update(T, this.sysId, values)
        const fresh = this.store.get(T, this.sysId)
        if (fresh) this.record = fresh
    }
}
