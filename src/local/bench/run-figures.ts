import { sumRunReports } from '../cli/run-totals'
import type { RunTotals } from '../cli/run-totals'
import { createStager } from '../../server/core/staging/create-stager'
import { runJob } from '../../server/core/sync/run-job'
import type { ConnectionRunReport } from '../../server/core/sync/run-job'
import type { Ports } from '../../server/ports/ports'
import { CountingImportTransform } from './counting-import-transform'
import { CountingStore } from './counting-store'
import type { RoundTrips } from './counting-store'
import { emptyProbe, probeStager } from './page-probe'
import type { FullGc, PageProbe } from './page-probe'

/** What one run of the job did, as counted from the inside (store, stager) and reported by runJob. */
export interface RunFigures extends Pick<
    RunTotals,
    'read' | 'inserted' | 'updated' | 'duplicates' | 'flagged' | 'errors' | 'throttles'
> {
    status: string
    /** Job runs it took (a deferred run is continued until done). */
    runs: number
    /** IFS requests as the engine counted them. */
    engineRequests: number
    wallMs: number
    roundTrips: RoundTrips
    rowsWritten: Record<string, number>
    pages: PageProbe
    message: string
}

/** How a measured run waits for a deferred continuation, and the opt-in full GC after each page. */
export interface RunPacing {
    wait?: (ms: number) => void
    gc?: FullGc
}

/** A waiter's pause and the (optional) GC, as measureRun takes them. */
export function runPacing(waiter: { wait(ms: number): void }, gc: FullGc): RunPacing {
    return { wait: (ms) => waiter.wait(ms), gc }
}

/** Up to this many continuations of a deferred run before the bench gives up. */
const MAX_RUNS = 10

/**
 * Runs the job the app ships for one connection through a counting store, continuing deferred
 * runs (waiting when told to) until it ends, and returns the counters. `between` is called
 * before a continuation is waited for.
 */
export function measureRun(ports: Ports, connectionSysId: string, pacing: RunPacing = {}): RunFigures {
    const wait = pacing.wait ?? (() => undefined)
    const gc = pacing.gc ?? null
    const store = new CountingStore(ports.store)
    const probe = emptyProbe()
    const factory = probeStager(createStager, store, probe, gc)
    // The import transform's calls are platform round trips too: counted beside the store's.
    const importTransform = ports.importTransform && new CountingImportTransform(ports.importTransform, store)
    const counted: Ports = { ...ports, store, ...(importTransform ? { importTransform } : {}) }
    const reports: ConnectionRunReport[] = []
    let report: ConnectionRunReport | undefined
    let runs = 0
    const started = performance.now()
    for (;;) {
        runs++
        const job = runJob(counted, { trigger: runs === 1 ? 'local' : 'continuation', connectionSysId }, factory)
        report = job.connections[0]
        if (!report) throw new Error('the job ran no connection')
        reports.push(report)
        if (report.status !== 'deferred' || runs >= MAX_RUNS || report.deferredUntilMs === null) break
        wait(Math.max(0, report.deferredUntilMs - Date.now()) + 50)
    }
    const wallMs = performance.now() - started
    const sum = sumRunReports(reports)
    const { roundTrips, rowsWritten } = store.snapshot()
    return {
        status: report.status,
        runs,
        read: sum.read,
        inserted: sum.inserted,
        updated: sum.updated,
        duplicates: sum.duplicates,
        flagged: sum.flagged,
        errors: sum.errors,
        engineRequests: sum.ifsRequests,
        throttles: sum.throttles,
        wallMs,
        roundTrips,
        rowsWritten,
        pages: probe,
        message: report.message,
    }
}
