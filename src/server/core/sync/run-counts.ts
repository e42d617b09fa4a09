/** What one run did, summed over its partitions and pages. */
export interface RunCounts {
    read: number
    inserted: number
    updated: number
    duplicates: number
    flagged: number
    /** Import rows the import-set transform refused; each is also counted in `flagged`. */
    rejected: number
    resolved: number
    errors: number
}

export function zeroCounts(): RunCounts {
    return { read: 0, inserted: 0, updated: 0, duplicates: 0, flagged: 0, rejected: 0, resolved: 0, errors: 0 }
}

export function addCounts(into: RunCounts, more: Partial<RunCounts>): void {
    for (const k of Object.keys(into) as (keyof RunCounts)[]) into[k] += more[k] ?? 0
}
