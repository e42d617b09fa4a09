import type { RunCounts } from '../../server/core/sync/run-counts'
import type { ConnectionRunReport } from '../../server/core/sync/run-job'

/**
 * The counts of one sync summed over its runs (a deferred run is continued by further runs): a
 * run's counts (without flags resolved, which the summary does not show) and its IFS requests,
 * throttles, time and flags by reason.
 */
export type RunTotals = Omit<RunCounts, 'resolved'> &
    Pick<ConnectionRunReport, 'ifsRequests' | 'throttles' | 'elapsedMs' | 'flaggedByReason'>

/** The totals that are plain sums of the reports' numbers. */
const SUMMED = [
    'read',
    'inserted',
    'updated',
    'duplicates',
    'flagged',
    'rejected',
    'errors',
    'ifsRequests',
    'throttles',
    'elapsedMs',
] as const satisfies readonly (keyof RunTotals)[]

export function sumRunReports(reports: readonly ConnectionRunReport[]): RunTotals {
    const sum = { ...Object.fromEntries(SUMMED.map((key) => [key, 0])), flaggedByReason: {} } as RunTotals
    for (const report of reports) {
        for (const key of SUMMED) sum[key] += report[key] ?? 0
        for (const [reason, n] of Object.entries(report.flaggedByReason ?? {}))
            sum.flaggedByReason[reason] = (sum.flaggedByReason[reason] ?? 0) + n
    }
    return sum
}
