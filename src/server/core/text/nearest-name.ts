// The name a misspelling most likely meant: for "unknown key" messages (the local config file) and
// names checked against a service's metadata. Pure: no platform or Node API, so it runs anywhere.

/**
 * Edits between two strings: insertions, deletions, substitutions and swaps of two neighbours
 * (optimal string alignment), each costing one. `pageSise` → `pageSize` is 1, `dryRnu` → `dryRun` 1.
 */
export function editDistance(a: string, b: string): number {
    // Three rows suffice: the current one, the previous one, and the one before for swaps.
    let before: number[] = []
    let previous: number[] = []
    for (let j = 0; j <= b.length; j++) previous.push(j)
    for (let i = 1; i <= a.length; i++) {
        const current: number[] = [i]
        for (let j = 1; j <= b.length; j++) {
            const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1
            let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1))
                best = Math.min(best, before[j - 2] + 1)
            current.push(best)
        }
        before = previous
        previous = current
    }
    return previous[b.length]
}

/** At most this many edits still read as a slip of the keyboard: a third of the name, at least one. */
function tolerance(name: string): number {
    return Math.max(1, Math.floor(name.length / 3))
}

/**
 * The candidate closest to `name`, or null when none is close enough to be a plausible misspelling.
 * Case is compared loosely (`dryrun` means `dryRun`): a difference in case only counts when two
 * candidates are otherwise equally close. Ties keep the earlier candidate, so the answer is stable.
 */
export function nearestName(name: string, candidates: readonly string[]): string | null {
    const lower = name.toLowerCase()
    let best: string | null = null
    let bestScore = Infinity
    for (let i = 0; i < candidates.length; i++) {
        const candidate = candidates[i]
        const loose = editDistance(lower, candidate.toLowerCase())
        if (loose > tolerance(candidate)) continue
        // Loose distance first; the exact one only orders candidates that tie on it.
        const score = loose * 1000 + editDistance(name, candidate)
        if (score < bestScore) {
            best = candidate
            bestScore = score
        }
    }
    return best
}
