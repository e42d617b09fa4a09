import { DeferRequested } from '../../../src/server/core/ifs/ifs-errors'
import { retryAfterMs } from '../../../src/server/core/ifs/backoff'
import { jsonResponse } from '../../fakes/scripted-http'
import { thrownBy } from '../../support/thrown-by'
import { clientHarness, PO_SET } from './client-harness'

// The bound is written out here on purpose (a day = 86 400 s), never imported: a test that compares
// the product with its own constant stays green when the constant is changed to five minutes.
const A_DAY_MS = 86_400_000

describe('Retry-After is honoured for up to a day, and capped beyond', () => {
    it.each([
        ['0', 0],
        ['1', 1_000],
        ['120', 120_000],
        ['300', 300_000],
        ['301', 301_000],
        ['86399', 86_399_000],
        ['86400', 86_400_000],
    ])('delta-seconds %s up to a day is honoured exactly (%d ms)', (header, ms) => {
        expect(retryAfterMs(header, 0)).toBe(ms)
    })

    it.each(['86401', '172800', '31536000', '99999999999999'])(
        'delta-seconds %s beyond a day is capped at a day',
        (header) => {
            expect(retryAfterMs(header, 0)).toBe(A_DAY_MS)
        }
    )

    it('an HTTP date a day ahead is honoured; a day and a second ahead is capped', () => {
        const now = Date.UTC(2026, 0, 15, 8, 0, 0)
        expect(retryAfterMs('Fri, 16 Jan 2026 08:00:00 GMT', now)).toBe(86_400_000)
        expect(retryAfterMs('Fri, 16 Jan 2026 07:59:59 GMT', now)).toBe(86_399_000)
        expect(retryAfterMs('Fri, 16 Jan 2026 08:00:01 GMT', now)).toBe(86_400_000)
        expect(retryAfterMs('Fri, 31 Dec 9999 23:59:59 GMT', now)).toBe(86_400_000)
    })
})

describe('a 429 with Retry-After on the instance (no inline wait) defers the partition', () => {
    it.each([
        ['86400', 86_400_000],
        ['86401', 86_400_000],
        ['99999999999999', 86_400_000],
        ['3600', 3_600_000],
    ])('Retry-After %s defers until now + %d ms, never a RangeError', (header, ms) => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        h.http.enqueue(jsonResponse(429, '', { 'Retry-After': header }))
        const now = h.clock.nowMs()
        expect(thrownBy(DeferRequested, () => h.client.readPage(PO_SET, {})).untilMs).toBe(now + ms)
    })
})

describe('Retry-After of the token endpoint has the same bound', () => {
    it.each([
        [86_400, 86_400_000],
        [86_401, 86_400_000],
        [1e20, 86_400_000],
        [600, 600_000],
    ])('retryAfterSeconds %d defers until now + %d ms', (seconds, ms) => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        h.tokens.enqueue({ kind: 'unavailable', status: 503, retryAfterSeconds: seconds, message: 'down' })
        const now = h.clock.nowMs()
        expect(thrownBy(DeferRequested, () => h.client.readPage(PO_SET, {})).untilMs).toBe(now + ms)
    })
})
