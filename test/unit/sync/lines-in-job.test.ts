import { PURCHASE_ORDER } from '../../../src/server/core/document-types/purchase-order'
import { lineRowsOf } from '../../../src/server/core/lines/document-line-rows'
import { ORDERS_ONLY } from '../../support/connection-types'
import { jobHarness, PO_SET, poRows } from './job-harness'

// A connection that reads PO lines: each page of headers reaches staging with its documents'
// lines, read with one request per page; a failed line read stages nothing of its page and
// leaves the cursor behind it.

const LINE_SET = PURCHASE_ORDER.lines.entitySet
const withLines = {
    purchase_order: { source_overrides: '{"lines": true}' },
    supplier_invoice: ORDERS_ONLY.supplier_invoice,
}

const linesOf = (orderNo: unknown, n: number) =>
    Array.from({ length: n }, (_, i) => ({ OrderNo: orderNo, LineNo: String(i + 1), ReleaseNo: '1', BuyQtyDue: 1 }))

it('hands every page to staging with its lines, at most one line request per page of headers', () => {
    const h = jobHarness({}, { types: withLines })
    const orders = poRows(12)
    h.ifs.sets.set(PO_SET, orders)
    h.ifs.sets.set(
        LINE_SET,
        orders.flatMap((o, i) => linesOf(o.OrderNo, (i % 3) + 1))
    )
    h.run()
    const pages = h.stager.pages.filter((p) => p.objectType === 'purchase_order')
    // page_size 5: three pages of headers.
    expect(pages.map((p) => p.rows.length)).toEqual([5, 5, 2])
    for (const page of pages)
        for (const row of page.rows) {
            const i = orders.findIndex((o) => o.OrderNo === row.OrderNo)
            expect(lineRowsOf(row)?.lines.map((l) => [l.OrderNo, l.LineNo])).toEqual(
                linesOf(row.OrderNo, (i % 3) + 1).map((l) => [l.OrderNo, l.LineNo])
            )
        }
    const lineRequests = h.dataRequests(LINE_SET)
    // The page's five orders are consecutive: one key range stands for them (key-ranges.ts), read
    // as a stream (line-stream.ts) on past the range in a page of up to 5000 rows. That one answer
    // holds the next page's lines too (no request for them); the last page's two orders are too
    // few for a range and are read by key.
    expect(lineRequests).toHaveLength(2)
    expect(lineRequests[0]).toContain("$filter=OrderNo ge 'PO0000'&")
    expect(lineRequests[0]).toContain('&$top=5000')
    expect(lineRequests[1]).toContain("$filter=OrderNo in ('PO0010','PO0011')&")
    const state = h.state('purchase_order')
    expect([state?.cursor_modified, state?.last_error ?? null]).toEqual([orders[11].Objversion, null])
})

it('stages nothing of a page whose line read fails, and keeps the cursor behind it', () => {
    const h = jobHarness({}, { types: withLines })
    h.ifs.sets.set(PO_SET, poRows(7))
    // No line set: IFS answers 404, which no retry mends.
    h.ifs.sets.delete(LINE_SET)
    h.run()
    expect(h.stager.pages.filter((p) => p.objectType === 'purchase_order')).toEqual([])
    const state = h.state('purchase_order')
    expect(state?.cursor_modified ?? null).toBeNull()
    expect(state?.last_error).toContain(`IFS answered HTTP 404 for /main/ifsapplications/projection/v1/${LINE_SET}`)
})
