import { CONNECTION } from '../../../tables/connection'
import { RUN } from '../../../tables/run'
import type { RunStatus } from '../../../tables/run'
import type { Clock } from '../../ports/clock'
import type { RecordValues, Store } from '../../ports/store'
import { toGlideDateTime } from '../domain/glide-time'
import type { RunCounts } from './run-counts'
import { zeroCounts } from './run-counts'

export type RunTrigger = 'schedule' | 'continuation' | 'manual' | 'local'

const MESSAGE_MAX = RUN.columns.message.options.maxLength
const CURSOR_MAX = RUN.columns.cursor_before.options.maxLength
const ERROR_MAX = CONNECTION.columns.last_error.options.maxLength

function clip(text: string, max: number): string {
    return text.length > max ? text.slice(0, max - 1) + '…' : text
}

export interface RunSummary {
    status: Exclude<RunStatus, 'running'>
    counts: RunCounts
    ifsRequests: number
    throttles: number
    cursorBefore: string
    cursorAfter: string
    deferredUntilMs: number | null
    message: string
}

export interface FlagRetrySummary {
    status: Exclude<RunStatus, 'running' | 'deferred'>
    resolved: number
    stillFlagged: number
    ifsRequests: number
    throttles: number
    message: string
}

/** The RUN row of one connection's run: inserted as running, finished once with its counts. */
export class RunRecord {
    readonly sysId: string
    readonly connectionSysId: string
    readonly startedMs: number

    private constructor(
        private readonly store: Store,
        private readonly clock: Clock,
        row: Pick<RunRecord, 'sysId' | 'connectionSysId' | 'startedMs'>
    ) {
        this.sysId = row.sysId
        this.connectionSysId = row.connectionSysId
        this.startedMs = row.startedMs
    }

    static start(store: Store, clock: Clock, connectionSysId: string, trigger: RunTrigger): RunRecord {
        return RunRecord.insert(store, clock, { connection: connectionSysId, trigger })
    }

    /** A manual run that only retries flags; its row says from the start who asked for what. */
    static startFlagRetry(store: Store, clock: Clock, connectionSysId: string, request: string): RunRecord {
        return RunRecord.insert(store, clock, { connection: connectionSysId, trigger: 'manual', message: request })
    }

    private static insert(
        store: Store,
        clock: Clock,
        values: { connection: string; trigger: RunTrigger; message?: string }
    ): RunRecord {
        const startedMs = clock.nowMs()
        // The number comes from the table's platform numbering (sys_number), never from a count.
        const sysId = store.insert(RUN.name, { ...values, started_at: toGlideDateTime(startedMs), status: 'running' })
        return new RunRecord(store, clock, { sysId, connectionSysId: values.connection, startedMs })
    }

    get elapsedMs(): number {
        return this.clock.nowMs() - this.startedMs
    }

    /** Ends a run that did no work (bad settings, missing prerequisites, a failure before any partition). */
    failBeforeWork(message: string): void {
        this.finish({
            status: 'failed',
            counts: zeroCounts(),
            ifsRequests: 0,
            throttles: 0,
            cursorBefore: '',
            cursorAfter: '',
            deferredUntilMs: null,
            message,
        })
    }

    /**
     * Ends a flag retry: its outcome goes to the run row only. The connection's status fields
     * (last outcome, last error, next run) describe its syncs, and a retry of a few flags must not
     * clear a deferral or an error a sync left there.
     */
    finishFlagRetry(outcome: FlagRetrySummary): void {
        this.store.update(RUN.name, this.sysId, {
            ...this.ending(outcome.status),
            resolved_count: outcome.resolved,
            flagged_count: outcome.stillFlagged,
            ifs_requests: outcome.ifsRequests,
            throttles: outcome.throttles,
            message: clip(outcome.message, MESSAGE_MAX),
        })
    }

    /** The status a run ends with, when, and how long it took. */
    private ending(status: Exclude<RunStatus, 'running'>): RecordValues {
        const now = this.clock.nowMs()
        return { status, ended_at: toGlideDateTime(now), duration_ms: now - this.startedMs }
    }

    /** Writes the outcome to the run and the connection's status fields. */
    finish(summary: RunSummary): void {
        const now = this.clock.nowMs()
        const c = summary.counts
        this.store.update(RUN.name, this.sysId, {
            status: summary.status,
            ended_at: toGlideDateTime(now),
            duration_ms: now - this.startedMs,
            read_count: c.read,
            inserted_count: c.inserted,
            updated_count: c.updated,
            duplicate_count: c.duplicates,
            flagged_count: c.flagged,
            rejected_count: c.rejected,
            resolved_count: c.resolved,
            error_count: c.errors,
            ifs_requests: summary.ifsRequests,
            throttles: summary.throttles,
            cursor_before: clip(summary.cursorBefore, CURSOR_MAX),
            cursor_after: clip(summary.cursorAfter, CURSOR_MAX),
            deferred_until: summary.deferredUntilMs === null ? null : toGlideDateTime(summary.deferredUntilMs),
            message: clip(summary.message, MESSAGE_MAX),
        })
        const failedSome = summary.status === 'failed' || summary.status === 'partial'
        this.store.update(CONNECTION.name, this.connectionSysId, {
            last_run: this.sysId,
            last_run_at: toGlideDateTime(this.startedMs),
            last_outcome: summary.status,
            last_error: failedSome ? clip(summary.message, ERROR_MAX) : null,
            next_run_at: summary.deferredUntilMs === null ? null : toGlideDateTime(summary.deferredUntilMs),
        })
    }
}
