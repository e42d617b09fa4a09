import { DeferRequested } from '../../../src/server/core/ifs/ifs-errors'
import { jsonResponse } from '../../fakes/scripted-http'
import { thrownBy } from '../../support/thrown-by'
import { clientHarness, PO_SET, REFUSED } from './client-harness'

/**
 * A deferral says whether waiting is the cure (`throttled`): IFS answered 429, told us when to come
 * back (Retry-After), or the connection's own request ceiling is full. Such a deferral never counts
 * towards the partition's consecutive-setback limit; one after a 5xx, a timeout or a refused
 * connection does. Each case is checked on the DeferRequested the client throws.
 */
describe('a deferral says whether IFS throttled us', () => {
    it.each([
        ['a 429 without Retry-After', true, jsonResponse(429, ''), 'throttled (429)'],
        ['a 429 with Retry-After', true, jsonResponse(429, '', { 'Retry-After': '120' }), 'throttled (429)'],
        ['a 503 with Retry-After', true, jsonResponse(503, '', { 'Retry-After': '120' }), null],
        ['a 503 without Retry-After', false, jsonResponse(503, ''), null],
        ['a refused connection', false, REFUSED, null],
    ] as const)('%s: throttled %s', (_name, throttled, answer, reason) => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        h.http.enqueue(answer)
        const error = thrownBy(DeferRequested, () => h.client.readPage(PO_SET, { top: 1 }))
        expect(error.throttled).toBe(throttled)
        if (reason !== null) expect(error.reason).toBe(reason)
    })

    it('a 503 with Retry-After defers for exactly that long', () => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        h.http.enqueue(jsonResponse(503, '', { 'Retry-After': '120' }))
        const now = h.clock.nowMs()
        expect(thrownBy(DeferRequested, () => h.client.readPage(PO_SET, { top: 1 })).untilMs).toBe(now + 120_000)
    })

    it('IFS still answering 429 after every inline wait gives up throttled', () => {
        const h = clientHarness({ maxInlineWaitMs: 10 * 60_000 })
        for (let i = 0; i < 20; i++) h.http.enqueue(jsonResponse(429, '', { 'Retry-After': '1' }))
        const error = thrownBy(DeferRequested, () => h.client.readPage(PO_SET, { top: 1 }))
        expect(error.throttled).toBe(true)
        expect(error.reason).toBe(
            'IFS kept answering 429 for /main/ifsapplications/projection/v1/PurchaseOrderHandling.svc/PurchaseOrderSet'
        )
    })

    it('a full request ceiling defers throttled', () => {
        const h = clientHarness({ maxInlineWaitMs: 0, ceiling: 1 })
        // The token request takes a slot too: keep reading until the ceiling is full.
        const error = thrownBy(DeferRequested, () => {
            for (let i = 0; i < 5; i++) h.client.readPage(PO_SET, { top: 1 })
        })
        expect(error.throttled).toBe(true)
        expect(error.reason).toBe('request ceiling of 1/min reached')
    })
})
