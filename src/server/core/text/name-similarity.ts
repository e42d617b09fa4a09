import { editDistance } from './nearest-name'

// How alike two field names look, for proposing a source mapping from a service's `$metadata`:
// `CreationDate` and `CreatedDate` are alike, `CreationDate` and `DueDate` much less. Pure.

/** `GrossCurrAmount` → `grosscurramount`; underscores and case do not count. */
function squashed(name: string): string {
    return name.replace(/[^A-Za-z0-9]/g, '').toLowerCase()
}

/** `GrossCurrAmount` → `gross`, `curr`, `amount`; `CF_Net_Amt` → `cf`, `net`, `amt`. */
function words(name: string): string[] {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .map((w) => w.toLowerCase())
        .filter((w) => w !== '')
}

/** Two words match when one starts with the other's first three letters: `amt`/`amount`, `created`/`creation`. */
function wordsMatch(a: string, b: string): boolean {
    const stem = Math.min(a.length, b.length, 4)
    return stem >= 3 ? a.slice(0, stem) === b.slice(0, stem) : a === b
}

/** Share of the words of both names that find a partner in the other (0..1). */
function wordOverlap(a: readonly string[], b: readonly string[]): number {
    if (a.length === 0 || b.length === 0) return 0
    const matched = a.filter((w) => b.some((v) => wordsMatch(w, v))).length
    const matchedBack = b.filter((w) => a.some((v) => wordsMatch(w, v))).length
    return (matched + matchedBack) / (a.length + b.length)
}

/**
 * 1 for the same name (case and underscores aside), near 1 for a small slip or the same words
 * abbreviated, 0 for nothing in common: the better of spelling distance and word overlap.
 */
export function nameSimilarity(a: string, b: string): number {
    const x = squashed(a)
    const y = squashed(b)
    if (x === '' || y === '') return 0
    if (x === y) return 1
    const spelling = 1 - editDistance(x, y) / Math.max(x.length, y.length)
    return Math.max(0, Math.min(0.99, Math.max(spelling, 0.95 * wordOverlap(words(a), words(b)))))
}
