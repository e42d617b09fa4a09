import { DeferRequested } from '../../../src/server/core/ifs/ifs-errors'
import { MAX_RETRY_AFTER_MS, retryAfterMs } from '../../../src/server/core/ifs/backoff'
import { jsonResponse } from '../../fakes/scripted-http'
import { clientHarness, PO_SET } from './client-harness'

describe('Retry-After beyond any sane wait', () => {
    it('is capped, so an absurd value neither crashes the run nor silences the partition for years', () => {
        expect(retryAfterMs('99999999999999', 0)).toBe(MAX_RETRY_AFTER_MS)
        expect(retryAfterMs('31536000', 0)).toBe(MAX_RETRY_AFTER_MS)
        expect(retryAfterMs('Fri, 31 Dec 9999 23:59:59 GMT', 0)).toBe(MAX_RETRY_AFTER_MS)
        // Ordinary values are honoured exactly.
        expect(retryAfterMs('120', 0)).toBe(120_000)
    })

    it('a 429 with a huge Retry-After defers (DeferRequested) instead of throwing a RangeError', () => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        h.http.enqueue(jsonResponse(429, '', { 'Retry-After': '99999999999999' }))
        const now = h.clock.nowMs()
        let error: unknown
        try {
            h.client.readPage(PO_SET, {})
        } catch (e) {
            error = e
        }
        expect(error).toBeInstanceOf(DeferRequested)
        expect((error as DeferRequested).untilMs).toBe(now + MAX_RETRY_AFTER_MS)
    })
})

describe('Retry-After of the token endpoint beyond any sane wait', () => {
    it('is capped like a data request, so the run defers instead of throwing a RangeError', () => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        h.tokens.enqueue({ kind: 'unavailable', status: 503, retryAfterSeconds: 1e20, message: 'down' })
        const now = h.clock.nowMs()
        let error: unknown
        try {
            h.client.readPage(PO_SET, {})
        } catch (e) {
            error = e
        }
        expect(error).toBeInstanceOf(DeferRequested)
        expect((error as DeferRequested).untilMs).toBe(now + MAX_RETRY_AFTER_MS)
    })
})
