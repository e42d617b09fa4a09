/** Exponential backoff with full jitter (AWS style): a random wait in [0, min(cap, base·2^n)). */
export interface BackoffPolicy {
    baseMs: number
    capMs: number
    /** Retries after the first attempt. */
    maxRetries: number
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, capMs: 60_000, maxRetries: 4 }

export function backoffDelayMs(retry: number, policy: BackoffPolicy, random: () => number): number {
    const ceiling = Math.min(policy.capMs, policy.baseMs * Math.pow(2, Math.max(0, retry)))
    const r = Math.min(Math.max(random(), 0), 1)
    return Math.floor(r * ceiling)
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
/** IMF-fixdate, e.g. `Wed, 21 Oct 2015 07:28:00 GMT` (the only form HTTP/1.1 senders use). */
const HTTP_DATE = /^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/

/**
 * The longest Retry-After honoured: a day. A larger value (or a far-future date) is a broken
 * server, and would otherwise defer the partition for years or overflow the deferral date.
 */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000

/**
 * Retry-After as a wait in ms from now: delta-seconds or an HTTP date (a date in the past means
 * 0), at most MAX_RETRY_AFTER_MS. Null when absent or unreadable, so the caller falls back to its
 * own backoff.
 */
export function retryAfterMs(header: string | undefined, nowMs: number): number | null {
    if (header === undefined) return null
    const text = header.trim()
    if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS)
    const m = HTTP_DATE.exec(text)
    if (!m) return null
    const month = MONTHS.indexOf(m[2].toLowerCase())
    if (month < 0) return null
    const at = Date.UTC(+m[3], month, +m[1], +m[4], +m[5], +m[6])
    return Math.min(Math.max(0, at - nowMs), MAX_RETRY_AFTER_MS)
}
