import type { StampField } from '../document-types/source-field'
import type { ODataLiteral } from '../odata/query'

// A modification stamp as the cursor holds it. Objversion stamps are kept as IFS sent them
// (`YYYYMMDDHHMMSS`, UTC, ordered as text). A date-time stamp is kept as a UTC instant with seven
// fraction digits (`2026-01-15T08:00:00.0000000Z`): fixed width, so text order is time order, and
// IFS's offsets (`+01:00`) cannot make two spellings of one instant compare apart.

const OBJVERSION = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/
const DATE_TIME_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:\d{2})$/i
const FRACTION_DIGITS = 7

/** The cursor value of a row's stamp, or null when the row has none the cursor can hold. */
export function stampValue(field: StampField, raw: unknown): string | null {
    if (typeof raw !== 'string' || raw === '') return null
    return field.format === 'objversion' ? raw : canonicalInstant(raw)
}

/** The stamp as a `$filter` literal of the stamp field's type. */
export function stampLiteral(field: StampField, stamp: string): ODataLiteral {
    return field.format === 'objversion' ? { kind: 'string', value: stamp } : { kind: 'datetime', value: stamp }
}

/** `…+01:00` or `…Z`, with or without seconds and fraction → the UTC form above; null if it is no such time. */
function canonicalInstant(text: string): string | null {
    const m = DATE_TIME_OFFSET.exec(text.trim())
    if (!m) return null
    const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number)
    const local = Date.UTC(year, month - 1, day, hour, minute, Number(m[6] ?? 0))
    const check = new Date(local)
    // Date.UTC rolls 2026-02-30 over to March: a date that does not exist is no stamp.
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null
    return render(local - offsetMinutes(m[8]) * 60_000, (m[7] ?? '').padEnd(FRACTION_DIGITS, '0'))
}

function offsetMinutes(offset: string): number {
    if (offset.toUpperCase() === 'Z') return 0
    const sign = offset.startsWith('-') ? -1 : 1
    return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)))
}

function render(utcMs: number, fraction: string): string {
    return `${new Date(utcMs).toISOString().slice(0, 19)}.${fraction}Z`
}

/**
 * The stamp `seconds` earlier, in the same form; null when the stamp has neither form (no
 * lookback rather than a wrong one).
 */
export function stampMinusSecondsOrNull(stamp: string, seconds: number): string | null {
    const o = OBJVERSION.exec(stamp)
    if (o) {
        const ms = Date.UTC(+o[1], +o[2] - 1, +o[3], +o[4], +o[5], +o[6]) - seconds * 1000
        return new Date(ms).toISOString().slice(0, 19).replace(/[-:T]/g, '')
    }
    const canonical = /^(.{19})\.(\d{7})Z$/.exec(stamp)
    if (canonical === null || canonicalInstant(stamp) !== stamp) return null
    return render(Date.parse(`${canonical[1]}Z`) - seconds * 1000, canonical[2])
}
