import { backoffDelayMs, retryAfterMs } from '../../../src/server/core/ifs/backoff'

describe('backoffDelayMs', () => {
    const policy = { baseMs: 1000, capMs: 8000, maxRetries: 5 }
    it.each([
        [0, 1, 1000],
        [1, 1, 2000],
        [2, 1, 4000],
        [3, 1, 8000],
        [6, 1, 8000],
        [2, 0.5, 4000],
        [2, 0, 4000],
    ])('retry %i with random %d waits below %i (full jitter, capped)', (retry, r, expected) => {
        const d = backoffDelayMs(retry, policy, () => r)
        expect(d).toBe(Math.floor(Math.min(r, 1) * expected))
        expect(d).toBeLessThanOrEqual(policy.capMs)
    })
})

describe('retryAfterMs', () => {
    const now = Date.UTC(2026, 0, 15, 8, 0, 0)
    it.each([
        ['7', 7000],
        [' 0 ', 0],
        ['Thu, 15 Jan 2026 08:00:30 GMT', 30_000],
        ['Thu, 15 Jan 2026 07:00:00 GMT', 0],
    ])('%s → %i ms', (header, ms) => {
        expect(retryAfterMs(header, now)).toBe(ms)
    })

    it.each([undefined, '', 'soon', '-5', '1.5', 'Thu, 15 Foo 2026 08:00:30 GMT'])(
        '%s → null (fall back to backoff)',
        (header) => {
            expect(retryAfterMs(header, now)).toBeNull()
        }
    )
})
