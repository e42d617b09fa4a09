/** Values as a store hands them back (strings, null for empty): what a record is after a write. */
export function asStrings(values: Record<string, string | number | null>): Record<string, string | null> {
    const out: Record<string, string | null> = {}
    for (const k of Object.keys(values)) out[k] = values[k] === null ? null : String(values[k])
    return out
}
