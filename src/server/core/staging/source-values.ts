/**
 * Strict readers for IFS values. Nothing is guessed: a value that is not exactly what the OData
 * type promises is refused, so a bad amount or date becomes a flag instead of a wrong record.
 */
export type Read<T> = { kind: 'ok'; value: T } | { kind: 'missing' } | { kind: 'invalid'; raw: unknown }

const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '')

export function readText(raw: unknown): Read<string> {
    if (isBlank(raw)) return { kind: 'missing' }
    if (typeof raw === 'string') return { kind: 'ok', value: raw.trim() }
    if (typeof raw === 'number' && Number.isFinite(raw)) return { kind: 'ok', value: String(raw) }
    return { kind: 'invalid', raw }
}

/**
 * Text that tells documents apart (company, document number, supplier number): kept exactly as IFS
 * holds it, letter case and surrounding spaces included. `PO-1 ` and `PO-1` are two documents in
 * IFS (Oracle compares binary), so they are two here; only a blank value is missing.
 */
export function readIdentityText(raw: unknown): Read<string> {
    if (typeof raw === 'string' && !isBlank(raw)) return { kind: 'ok', value: raw }
    return readText(raw)
}

// Plain decimal notation only: "1,200.00", "12 EUR", "1e3", "0x10" are refused, never guessed.
const DECIMAL = /^[+-]?\d+(\.\d+)?$/

export function readAmount(raw: unknown): Read<number> {
    if (isBlank(raw)) return { kind: 'missing' }
    if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'ok', value: raw } : { kind: 'invalid', raw }
    if (typeof raw === 'string' && DECIMAL.test(raw.trim())) {
        const value = Number(raw.trim())
        return Number.isFinite(value) ? { kind: 'ok', value } : { kind: 'invalid', raw }
    }
    return { kind: 'invalid', raw }
}

function isCalendarDate(y: number, m: number, d: number): boolean {
    if (m < 1 || m > 12 || d < 1) return false
    return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** Edm.Date: exactly `YYYY-MM-DD`, a real calendar day. */
export function readDate(raw: unknown): Read<string> {
    if (isBlank(raw)) return { kind: 'missing' }
    if (typeof raw !== 'string') return { kind: 'invalid', raw }
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim())
    if (!m || !isCalendarDate(+m[1], +m[2], +m[3])) return { kind: 'invalid', raw }
    return { kind: 'ok', value: m[0] }
}

const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))$/

/** The offset of a DATETIME match in minutes east of UTC; null when out of range. */
function offsetMinutesOf(m: RegExpExecArray): number | null {
    if (m[8] === 'Z') return 0
    const oh = +m[9]
    const om = +m[10]
    if (oh > 23 || om > 59) return null
    return (m[8][0] === '-' ? -1 : 1) * (oh * 60 + om)
}

/** Edm.DateTimeOffset with an explicit offset → `YYYY-MM-DDTHH:MM:SSZ` in UTC (fractions dropped). */
export function readDateTime(raw: unknown): Read<string> {
    if (isBlank(raw)) return { kind: 'missing' }
    if (typeof raw !== 'string') return { kind: 'invalid', raw }
    const m = DATETIME.exec(raw.trim())
    if (!m) return { kind: 'invalid', raw }
    const [y, mo, d, h, mi, s] = [+m[1], +m[2], +m[3], +m[4], +m[5], m[6] === undefined ? 0 : +m[6]]
    if (!isCalendarDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return { kind: 'invalid', raw }
    const offsetMinutes = offsetMinutesOf(m)
    if (offsetMinutes === null) return { kind: 'invalid', raw }
    const utc = Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60000
    return { kind: 'ok', value: new Date(utc).toISOString().slice(0, 19) + 'Z' }
}
