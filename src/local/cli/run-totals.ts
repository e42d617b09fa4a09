import type { ConnectionRunReport } from '../../server/core/sync/run-job'

/** The counts of one sync summed over its runs (a deferred run is continued by further runs). */
export interface RunTotals {
    read: number
    inserted: number
    updated: number
    duplicates: number
    flagged: number
    /** Import rows the transform refused (also in flagged). */
    rejected: number
    errors: number
    ifsRequests: number
    throttles: number
    elapsedMs: number
    flaggedByReason: Record<string, number>
}

export function sumRunReports(reports: readonly ConnectionRunReport[]): RunTotals {
    const sum: RunTotals = {
        read: 0,
        inserted: 0,
        updated: 0,
        duplicates: 0,
        flagged: 0,
        rejected: 0,
        errors: 0,
        ifsRequests: 0,
        throttles: 0,
        elapsedMs: 0,
        flaggedByReason: {},
    }
    for (const report of reports) {
        sum.read += report.read
        sum.inserted += report.inserted
        sum.updated += report.updated
        sum.duplicates += report.duplicates
        sum.flagged += report.flagged
        sum.rejected += report.rejected ?? 0
        sum.errors += report.errors
        sum.ifsRequests += report.ifsRequests
        sum.throttles += report.throttles
        sum.elapsedMs += report.elapsedMs
        for (const [reason, n] of Object.entries(report.flaggedByReason ?? {}))
            sum.flaggedByReason[reason] = (sum.flaggedByReason[reason] ?? 0) + n
    }
    return sum
}
