import { lineRowsOf } from '../../../src/server/core/lines/document-line-rows'
import { SYNC_STATE } from '../../../src/tables'
import { ORDERS_ONLY } from '../../support/connection-types'
import { jobHarness, PO_LINE_SET, PO_SET, poLines, poRows, stamp } from './job-harness'

// A PO line that changes in IFS without its order's stamp is found by the line set's own stamp
// and its order is handed to staging again whole, in bounded requests; a line whose order IFS
// does not show waits for it in the partition's state.

/** Orders 0..n-1 with two lines each (stamped with their order), no lookback: a run reads only what changed. */
function world(n: number) {
    const h = jobHarness({ lookback_seconds: 0 }, { types: ORDERS_ONLY })
    const orders = poRows(n)
    h.ifs.sets.set(PO_SET, orders)
    h.ifs.sets.set(
        PO_LINE_SET,
        orders.flatMap((o, i) => poLines(o.OrderNo, 2, stamp(i)))
    )
    return { h, orders }
}

/** Changes line 2 of the given orders in IFS: a new quantity and stamp, the order untouched. */
function changeLines(h: ReturnType<typeof world>['h'], orderNos: readonly string[], at: string): void {
    const lines = h.ifs.sets.get(PO_LINE_SET)!
    h.ifs.sets.set(
        PO_LINE_SET,
        lines.map((l) =>
            orderNos.includes(l.OrderNo as string) && l.LineNo === '2' ? { ...l, BuyQtyDue: 99, Objversion: at } : l
        )
    )
}

const handedSince = (h: ReturnType<typeof world>['h'], page: number) =>
    h.stager.pages.slice(page).flatMap((p) => p.rows)

it('a changed line hands exactly its order to staging again, with every line and the new value', () => {
    const { h } = world(7)
    expect(h.run().connections[0].status).toBe('succeeded')
    const pagesBefore = h.stager.pages.length
    changeLines(h, ['PO0003'], stamp(100))
    h.clock.advance(60_000)
    expect(h.run().connections[0].status).toBe('succeeded')
    const again = handedSince(h, pagesBefore)
    expect(again.map((r) => r.OrderNo)).toEqual(['PO0003'])
    expect(lineRowsOf(again[0])?.lines.map((l) => [l.LineNo, l.BuyQtyDue])).toEqual([
        ['1', 1],
        ['2', 99],
    ])
    // The next run finds nothing changed: nothing handed on.
    const pagesAfter = h.stager.pages.length
    h.clock.advance(60_000)
    h.run()
    expect(handedSince(h, pagesAfter)).toEqual([])
})

it('changed lines of many orders cost requests by page, never one per order', () => {
    const { h, orders } = world(20)
    h.run()
    const changed = orders.filter((_, i) => i % 2 === 0).map((o) => o.OrderNo as string)
    changeLines(h, changed, stamp(100))
    const requestsBefore = h.http.requests.length
    const pagesBefore = h.stager.pages.length
    h.clock.advance(60_000)
    h.run()
    expect(new Set(handedSince(h, pagesBefore).map((r) => r.OrderNo))).toEqual(new Set(changed))
    const urls = h.http.requests.slice(requestsBefore).map((r) => decodeURIComponent(r.url))
    const byKey = urls.filter((u) => u.includes(PO_SET) && u.includes('OrderNo in ('))
    // page_size 5: 10 changed lines in 2 scan pages (+ the empty page after), their 10 orders in 2
    // look-ups by key, and each look-up's lines in one line request.
    expect(byKey).toHaveLength(2)
    expect(urls.filter((u) => u.includes(PO_LINE_SET)).length).toBeLessThanOrEqual(3 + 2)
    expect(urls.length).toBeLessThan(changed.length)
})

it('a line whose order IFS does not show waits in the state, and its order is staged once IFS shows it', () => {
    const { h } = world(3)
    h.run()
    const lines = h.ifs.sets.get(PO_LINE_SET)!
    h.ifs.sets.set(PO_LINE_SET, [...lines, ...poLines('PO0042', 1, stamp(200))])
    h.clock.advance(60_000)
    h.run()
    const waiting = () =>
        h.store.query(SYNC_STATE.name, { where: [{ field: 'object_type', op: '=', value: 'purchase_order' }] })[0]
            .waiting_lines
    expect(JSON.parse(waiting()!).map((w: { parent: string }) => w.parent)).toEqual(['["PO0042"]'])
    const pagesBefore = h.stager.pages.length
    // The order arrives (its stamp before the cursor, as a late commit would be): the wait list finds it.
    h.ifs.sets.set(PO_SET, [...h.ifs.sets.get(PO_SET)!, { ...poRows(43)[42], Objversion: stamp(1) }])
    h.clock.advance(60_000)
    h.run()
    expect(handedSince(h, pagesBefore).map((r) => r.OrderNo)).toEqual(['PO0042'])
    expect(waiting()).toBeNull()
})
