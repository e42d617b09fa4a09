/** Date-time values in the store use GlideDateTime's internal form: `YYYY-MM-DD HH:MM:SS`, UTC. */
export function toGlideDateTime(epochMs: number): string {
    return new Date(epochMs).toISOString().slice(0, 19).replace('T', ' ')
}

/** Parses `YYYY-MM-DD HH:MM:SS` (UTC); null for empty or malformed values. */
export function fromGlideDateTime(value: string | null | undefined): number | null {
    if (!value) return null
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value)
    if (!m) return null
    return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])
}
