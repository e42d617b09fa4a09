import { DeferRequested } from '../../../src/server/core/ifs/ifs-errors'
import { textResponse } from '../../fakes/scripted-http'
import { thrownBy } from '../../support/thrown-by'
import { clientHarness, PO_SET } from './client-harness'

/**
 * An answer whose Content-Type is not JSON is not read as JSON, even when its body would parse: a
 * proxy's text or HTML page must not pass for IFS data. Checked on a data page and on an entity
 * read with its ETag.
 */
describe('the Content-Type of an IFS answer is honoured', () => {
    const body = JSON.stringify({ value: [{ OrderNo: 'PO-1' }], '@odata.etag': 'W/"1"', OrderNo: 'PO-1' })
    const REASON = 'malformed response (the answer is declared as text/plain, not JSON)'

    it('a data page declared as text/plain is malformed', () => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        h.http.enqueue(textResponse(200, body, { 'Content-Type': 'text/plain; charset=utf-8' }))
        const error = thrownBy(DeferRequested, () => h.client.readPage(PO_SET, { top: 1 }))
        expect(error.reason).toBe(REASON)
    })

    it('an entity read for its ETag declared as text/plain is malformed', () => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        h.http.enqueue(textResponse(200, body, { 'Content-Type': 'text/plain; charset=utf-8' }))
        const error = thrownBy(DeferRequested, () => h.client.readWithEtag(`${PO_SET}(OrderNo='PO-1')`))
        expect(error.reason).toBe(REASON)
    })

    it('the same body declared as JSON is read', () => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        h.http.enqueue(textResponse(200, body, { 'Content-Type': 'application/json; odata.metadata=minimal' }))
        expect(h.client.readPage(PO_SET, { top: 1 }).rows).toEqual([{ OrderNo: 'PO-1' }])
    })
})
