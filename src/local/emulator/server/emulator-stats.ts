import type { FaultKind, RequestKind } from '../faults/fault-plan'

export interface EmulatorStats {
    requests: Record<RequestKind, number>
    /** 429s served, by the rate limit and by throttle faults. */
    throttled: number
    /** Of those, refused by the rate limit. */
    rateLimited: number
    faultsInjected: Partial<Record<FaultKind, number>>
    /** Requests per decoded path (no query string). */
    byPath: Record<string, number>
    byStatus: Record<string, number>
    /** Rows sent in collection pages. */
    rowsServed: number
}

export function emptyStats(): EmulatorStats {
    return {
        requests: { token: 0, data: 0, master_data: 0, metadata: 0, control: 0, other: 0 },
        throttled: 0,
        rateLimited: 0,
        faultsInjected: {},
        byPath: {},
        byStatus: {},
        rowsServed: 0,
    }
}
