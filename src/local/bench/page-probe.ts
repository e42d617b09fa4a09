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
    /**
     * After each page: resident set (MB), V8 heap used (MB), and the page's staging time (ms). A
     * steady line means the sync streams; `gcHeapMb` (opt-in, the heap left after a full GC) is
     * what the run still retains, without the garbage not collected yet.
     */
    memoryByPage: PageSample[]
    /** Milliseconds spent in those opt-in full GCs (inside the run's wall time: subtract them). */
    gcMs: number
}

interface PageSample {
    rssMb: number
    heapMb: number
    ms: number
    gcHeapMb?: number
}

/** The full GC of `--expose-gc`, when the probe is asked for the retained heap and node gives it. */
export type FullGc = (() => void) | null

/** The full GC when `wanted` (the workload's heapPerPage) and node was started with --expose-gc. */
export function fullGcIf(wanted: boolean | undefined): FullGc {
    const gc = (globalThis as { gc?: () => void }).gc
    return wanted && gc ? gc : null
}

/**
 * Wraps a stager factory so that store round trips made while a page is being staged are
 * counted apart (phase 'page'), and pages are counted: dedup queries per page come from these.
 */
export function probeStager(
    factory: StagerFactory,
    store: CountingStore,
    probe: PageProbe,
    gc: FullGc = null
): StagerFactory {
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
                    const ms = performance.now() - started
                    probe.stagingMs += ms
                    probe.peakRssKbAtLastPage = process.resourceUsage().maxRSS
                    const gcStarted = performance.now()
                    probe.memoryByPage.push(sample(ms, gc))
                    if (gc) probe.gcMs += performance.now() - gcStarted
                }
            },
            retryOpenFlags: (objectType, flagSysIds, options) => inner.retryOpenFlags(objectType, flagSysIds, options),
            // The removal sweep's marks: its key reads are part of a run's cost (first run: none).
            removedMarks: inner.removedMarks && ((objectType) => inner.removedMarks?.(objectType) ?? null),
        }
    }
}

function sample(ms: number, gc: FullGc): PageSample {
    const m = process.memoryUsage()
    const out: PageSample = { rssMb: mb(m.rss), heapMb: mb(m.heapUsed), ms: Math.round(ms) }
    if (gc) {
        gc()
        out.gcHeapMb = Math.round((process.memoryUsage().heapUsed / 2 ** 20) * 10) / 10
    }
    return out
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20)

export const emptyProbe = (): PageProbe => ({
    pages: 0,
    rows: 0,
    stagingMs: 0,
    peakRssKbAtLastPage: 0,
    memoryByPage: [],
    gcMs: 0,
})
