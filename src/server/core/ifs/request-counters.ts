/** What the run record reports about the IFS traffic of one run (shared by every reader of it). */
export interface RequestCounters {
    requests: number
    throttles: number
}

export function newRequestCounters(): RequestCounters {
    return { requests: 0, throttles: 0 }
}
