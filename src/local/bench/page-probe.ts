import type { Stager, StagerFactory } from '../../server/core/staging/stager'
import type { CountingStore } from './counting-store'

export interface PageProbe {
    /** acceptPage calls: pages the engine handed to staging. */
    pages: number
    /** Rows in those pages. */
    rows: number
    /** Milliseconds spent inside acceptPage (mapping, validation, store writes). */
    stagingMs: number
    /** Peak RSS of the process (KB) when the last page was staged: the end of the run comes after. */
    peakRssKbAtLastPage: number
    /** Resident set (MB) and V8 heap used (MB) after each page: a steady line means the sync streams. */
    memoryByPage: { rssMb: number; heapMb: number }[]
}

/**
 * Wraps a stager factory so that store round trips made while a page is being staged are
 * counted apart (phase 'page'), and pages are counted: dedup queries per page come from these.
 */
export function probeStager(factory: StagerFactory, store: CountingStore, probe: PageProbe): StagerFactory {
    return (context) => {
        const inner: Stager = factory(context)
        return {
            acceptPage(page) {
                probe.pages++
                probe.rows += page.rows.length
                const started = performance.now()
                store.phase = 'page'
                try {
                    return inner.acceptPage(page)
                } finally {
                    store.phase = 'other'
                    probe.stagingMs += performance.now() - started
                    probe.peakRssKbAtLastPage = process.resourceUsage().maxRSS
                    const m = process.memoryUsage()
                    probe.memoryByPage.push({
                        rssMb: Math.round(m.rss / 2 ** 20),
                        heapMb: Math.round(m.heapUsed / 2 ** 20),
                    })
                }
            },
            retryOpenFlags: (objectType, flagSysIds, options) => inner.retryOpenFlags(objectType, flagSysIds, options),
            // The removal sweep's marks: its key reads are part of a run's cost (first run: none).
            removedMarks: inner.removedMarks && ((objectType) => inner.removedMarks?.(objectType) ?? null),
        }
    }
}

export const emptyProbe = (): PageProbe => ({
    pages: 0,
    rows: 0,
    stagingMs: 0,
    peakRssKbAtLastPage: 0,
    memoryByPage: [],
})
