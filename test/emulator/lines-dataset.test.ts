import { makeDataset } from './helpers'
import type { EmulatorRow } from '../../src/local/emulator/dataset/row'
import { EntityCollection } from '../../src/local/emulator/dataset/entity-collection'
import { parseQueryOptions } from '../../src/local/emulator/odata/query-options'

/**
 * Lines, receipts and posting rows of the generated tenant, and the line manifest, checked
 * against the raw rows with the rules written out here (IFS field names as literals).
 */
const make = makeDataset
const cents = (v: unknown) => Math.round(Number(v) * 100)
const groupBy = (rows: readonly EmulatorRow[], key: (r: EmulatorRow) => string) => {
    const m = new Map<string, EmulatorRow[]>()
    for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r])
    return m
}
const poLineKey = (r: EmulatorRow) => JSON.stringify([r.OrderNo, r.LineNo, r.ReleaseNo])

describe('generated lines', () => {
    const d = make({ seed: 21, invoices: 200, orders: 120, badShare: 0 })
    const poLines = d.lines.collection('purchase_order_line').all()
    const receipts = d.lines.collection('receipt').all()
    const items = d.lines.collection('invoice_item').all()
    const postings = d.lines.collection('invoice_posting').all()

    it('gives every PO 1..30 lines keyed by text OrderNo, LineNo, ReleaseNo, adding up to the header net amount', () => {
        const byOrder = groupBy(poLines, (r) => String(r.OrderNo))
        expect(byOrder.size).toBe(120)
        const counts = [...byOrder.values()].map((l) => l.length)
        expect(Math.min(...counts)).toBeGreaterThanOrEqual(1)
        expect(Math.max(...counts)).toBeLessThanOrEqual(30)
        expect(Math.max(...counts)).toBeGreaterThan(10)
        for (const header of d.documents.purchase_order.all()) {
            const lines = byOrder.get(String(header.OrderNo)) ?? []
            expect(lines.reduce((s, l) => s + cents(l.NetAmtCurr), 0)).toBe(cents(header.NetAmount))
            for (const l of lines) {
                expect([typeof l.LineNo, typeof l.ReleaseNo]).toEqual(['string', 'string'])
                expect(cents(l.NetAmtCurr)).toBe(Math.round(Number(l.BuyQtyDue) * Number(l.BuyUnitPrice) * 100))
                expect(l.Objversion).toBe(header.Objversion)
                expect(l.CurrencyCode).toBe(header.CurrencyCode)
            }
        }
        expect(new Set(poLines.map(poLineKey)).size).toBe(poLines.length)
        expect(poLines.some((l) => l.ReleaseNo === '2')).toBe(true)
    })

    it('receives PO lines by the order state, some partially, and QtyArrived is what the receipts hold', () => {
        const byLine = groupBy(receipts, poLineKey)
        const states = new Map(d.documents.purchase_order.all().map((h) => [h.OrderNo, h.Objstate]))
        let partial = 0
        for (const l of poLines) {
            const got = byLine.get(poLineKey(l)) ?? []
            expect(got.reduce((s, r) => s + Number(r.QtyArrived), 0)).toBe(l.QtyArrived)
            if (['Planned', 'Released'].includes(String(states.get(l.OrderNo)))) expect(got).toEqual([])
            if (got.length > 0 && Number(l.QtyArrived) < Number(l.BuyQtyDue)) partial++
            got.forEach((r, i) => expect(r.ReceiptNo).toBe(i + 1))
        }
        expect(partial).toBeGreaterThan(0)
        expect(byLine.size).toBeGreaterThan(0)
        expect(byLine.size).toBeLessThan(poLines.length)
    })

    it('codes every invoice line with posting rows that add up to it, some split, and bills PO lines where the invoice has a PO', () => {
        const byItem = groupBy(postings, (p) => JSON.stringify([p.Company, p.InvoiceId, p.ItemId]))
        for (const item of items) {
            const rows = byItem.get(JSON.stringify([item.Company, item.InvoiceId, item.ItemId])) ?? []
            expect(rows.length).toBeGreaterThanOrEqual(1)
            expect(rows.reduce((s, p) => s + cents(p.CurrAmount), 0)).toBe(cents(item.NetCurrAmount))
        }
        expect([...byItem.values()].some((rows) => rows.length > 1)).toBe(true)
        const poLineKeys = new Set(poLines.map(poLineKey))
        const headers = new Map(
            d.documents.supplier_invoice.all().map((h) => [JSON.stringify([h.Company, h.InvoiceId]), h])
        )
        for (const item of items) {
            const header = headers.get(JSON.stringify([item.Company, item.InvoiceId])) as EmulatorRow
            if (header.PoRef === null) expect(item.PoOrderNo).toBeNull()
            else expect(item.PoOrderNo).toBe(header.PoRef)
        }
        const billing = items.filter((i) => i.PoOrderNo !== null)
        expect(billing.some((i) => poLineKeys.has(JSON.stringify([i.PoOrderNo, i.PoLineNo, i.PoReleaseNo])))).toBe(true)
        expect(billing.some((i) => !poLineKeys.has(JSON.stringify([i.PoOrderNo, i.PoLineNo, i.PoReleaseNo])))).toBe(
            true
        )
    })

    it('leaves the header rows exactly as a dataset whose lines nobody read, and the same seed makes the same lines', () => {
        const other = make({ seed: 21, invoices: 200, orders: 120, badShare: 0 })
        expect(other.documents.purchase_order.all()).toEqual(d.documents.purchase_order.all())
        expect(other.documents.supplier_invoice.all()).toEqual(d.documents.supplier_invoice.all())
        expect(other.manifest()).toEqual(d.manifest())
        expect(other.lines.collection('invoice_posting').all()).toEqual(postings)
        expect(
            make({ seed: 22, invoices: 200, orders: 120 }).lines.collection('purchase_order_line').all()
        ).not.toEqual(poLines)
    })

    it('sizes lines by linesPerDocument and refuses a range that is not one', () => {
        const small = make({ seed: 3, invoices: 30, orders: 30, linesPerDocument: { min: 2, max: 3 } })
        for (const kind of ['purchase_order_line', 'invoice_item'] as const) {
            const key = (r: EmulatorRow) =>
                JSON.stringify(kind === 'invoice_item' ? [r.Company, r.InvoiceId] : [r.OrderNo])
            // An invoice billing a PO bills at most that PO's lines, and at most three of a PO IFS lacks.
            const sizes = [...groupBy(small.lines.collection(kind).all(), key).values()].map((l) => l.length)
            expect(Math.max(...sizes)).toBeLessThanOrEqual(3)
            if (kind === 'purchase_order_line') expect(Math.min(...sizes)).toBe(2)
        }
        expect(
            make({ seed: 3, orders: 5, invoices: 5, linesPerDocument: { min: 0, max: 0 } }).lines.collection('receipt')
                .size
        ).toBe(0)
        expect(() => make({ seed: 3, linesPerDocument: { min: 4, max: 2 } })).toThrow(/linesPerDocument/)
    })
})

describe('the line manifest', () => {
    it('lists every document with its lines, postings and match status, each status computed from the rows', () => {
        const d = make({ seed: 8, invoices: 150, orders: 100, badShare: 0 })
        const m = d.lineManifest()
        expect(m.documents).toHaveLength(250)
        expect(m.rules.length).toBeGreaterThan(0)
        const poLines = new Set(d.lines.collection('purchase_order_line').all().map(poLineKey))
        const received = new Set(d.lines.collection('receipt').all().map(poLineKey))
        const statuses = new Set<string>()
        for (const doc of m.documents)
            for (const line of doc.lines) {
                expect(line.check).toEqual({ outcome: 'staged' })
                if (line.kind !== 'invoice_item') continue
                statuses.add(line.match.status)
                const ref = line.values.poLine
                const key = ref && JSON.stringify([ref.orderNo, ref.lineNo, ref.releaseNo])
                const want = !key
                    ? 'no_po'
                    : !poLines.has(key)
                      ? 'waiting_for_po'
                      : received.has(key)
                        ? 'matched'
                        : 'waiting_for_receipt'
                expect(line.match.status).toBe(want)
                expect(line.postings.reduce((s, p) => s + cents(p.amount), 0)).toBe(cents(line.values.netAmount))
            }
        expect([...statuses].sort()).toEqual(['matched', 'no_po', 'waiting_for_po', 'waiting_for_receipt'])
        const order = m.documents.find((x) => x.objectType === 'purchase_order')!
        expect(order.key).toEqual([['OrderNo', 'PO0000001']])
        const first = order.lines[0]
        expect(first.key).toEqual([
            ['OrderNo', 'PO0000001'],
            ['LineNo', '1'],
            ['ReleaseNo', '1'],
        ])
        expect(m.receipts.length).toBe(d.lines.collection('receipt').size)
        expect(m.receipts.some((r) => r.partial)).toBe(true)
        expect(m.receipts.every((r) => r.poLineExists)).toBe(true)
    })

    it('flags a line coded with a GL account the company lacks', () => {
        const d = make({ seed: 8, invoices: 20, orders: 5, badShare: 0 })
        const posting = d.lines.collection('invoice_posting').all()[0]
        // A posting row IFS holds with an account its company does not have.
        d.lines.write('invoice_posting', [{ ...posting, CodeA: '9999X' }])
        const doc = d.lineManifest().documents.find(
            (x) =>
                JSON.stringify(x.key) ===
                JSON.stringify([
                    ['Company', posting.Company],
                    ['InvoiceId', posting.InvoiceId],
                ])
        )!
        const line = doc.lines.find((l) => l.kind === 'invoice_item' && l.values.itemId === posting.ItemId)!
        expect(line.check).toEqual({ outcome: 'flagged', reason: 'unknown_gl_account', field: 'CodeA' })
    })

    it('with badLineShare, flags the documents with a bad line, naming the line, and leaves other lines as without it', () => {
        const plain = make({ seed: 14, invoices: 100, orders: 100, badShare: 0 })
        const spoiled = make({ seed: 14, invoices: 100, orders: 100, badShare: 0, badLineShare: 0.2 })
        const m = spoiled.lineManifest()
        const flagged = m.documents.filter((x) => x.check.outcome === 'flagged')
        expect(flagged.length).toBeGreaterThan(10)
        expect(flagged.length).toBeLessThan(80)
        expect(plain.lineManifest().documents.every((x) => x.check.outcome === 'staged')).toBe(true)
        const reasons = new Set<string>()
        for (const doc of flagged) {
            const check = doc.check as { reason: string; field: string; line: unknown }
            reasons.add(check.reason)
            const line = doc.lines.find((l) => JSON.stringify(l.key) === JSON.stringify(check.line))!
            expect(line.check).toEqual({ outcome: 'flagged', reason: check.reason, field: check.field })
            // The bad value is in the served rows: a code the company lacks, or a quantity that is not a number.
            const rows = [
                ...spoiled.lines.collection('purchase_order_line').all(),
                ...spoiled.lines.collection('invoice_item').all(),
                ...spoiled.lines.collection('invoice_posting').all(),
            ]
            expect(rows.some((r) => ['9999X', 'CCX999', '12,5x'].includes(String(r[check.field])))).toBe(true)
        }
        expect([...reasons].sort()).toEqual(['invalid_value', 'unknown_cost_center', 'unknown_gl_account'])
        // A good document's lines are those of the same seed without bad lines.
        const good =
            flagged.length > 0
                ? m.documents.find((x) => x.check.outcome === 'staged' && x.objectType === 'purchase_order')!
                : null
        const same = plain.lineManifest().documents.find((x) => JSON.stringify(x.key) === JSON.stringify(good?.key))!
        expect(good?.lines).toEqual(same.lines)
        expect(spoiled.manifest()).toEqual(plain.manifest())
    })

    it('follows a changed line: its own new stamp and values, the others untouched; invoice postings still add up', () => {
        const d = make({ seed: 9, invoices: 40, orders: 30 })
        const before = d.lines.collection('purchase_order_line').all().slice()
        const target = before[5]
        const [changed] = d.lines.churn('purchase_order_line', 0, [[target.OrderNo, target.LineNo, target.ReleaseNo]])
        expect(changed.Objversion).not.toBe(target.Objversion)
        expect(String(changed.Objversion) > String(target.Objversion)).toBe(true)
        expect(Number(changed.BuyQtyDue)).toBeGreaterThan(Number(target.BuyQtyDue))
        const after = d.lines.collection('purchase_order_line').all()
        expect(after.filter((r) => r.Objversion === changed.Objversion)).toEqual([changed])
        expect(after.filter((r) => poLineKey(r) !== poLineKey(target))).toEqual(before.filter((r) => r !== target))
        const entry = d
            .lineManifest()
            .documents.flatMap((x) => x.lines)
            .find(
                (l) => l.kind === 'purchase_order_line' && JSON.stringify(l.key.map(([, v]) => v)) === poLineKey(target)
            )!
        expect(entry.modified).toBe(changed.Objversion)
        expect(entry.kind === 'purchase_order_line' && entry.values.quantity).toBe(changed.BuyQtyDue)

        const [item] = d.lines.churn('invoice_item', 1)
        const rows = d.lines
            .collection('invoice_posting')
            .all()
            .filter((p) => p.Company === item.Company && p.InvoiceId === item.InvoiceId && p.ItemId === item.ItemId)
        expect(rows.reduce((s, p) => s + cents(p.CurrAmount), 0)).toBe(cents(item.NetCurrAmount))
    })

    it('closes or deletes lines: a closed line is Closed with a new stamp, a deleted one is gone and listed as removed', () => {
        const d = make({ seed: 10, invoices: 10, orders: 10 })
        const [a, b] = d.lines.collection('purchase_order_line').all()
        const [closed] = d.lines.remove('purchase_order_line', [[a.OrderNo, a.LineNo, a.ReleaseNo]], 'close')
        expect(closed).toEqual(expect.objectContaining({ Objstate: 'Closed', CloseCode: 'Manual' }))
        expect(String(closed.Objversion) > String(a.Objversion)).toBe(true)
        d.lines.remove('purchase_order_line', [[b.OrderNo, b.LineNo, b.ReleaseNo]], 'delete')
        expect(d.lines.collection('purchase_order_line').get([b.OrderNo, b.LineNo, b.ReleaseNo])).toBeUndefined()
        const m = d.lineManifest()
        expect(m.removedLines).toEqual([
            {
                kind: 'purchase_order_line',
                key: [
                    ['OrderNo', b.OrderNo],
                    ['LineNo', b.LineNo],
                    ['ReleaseNo', b.ReleaseNo],
                ],
                parentKey: [['OrderNo', b.OrderNo]],
                removedAt: expect.stringMatching(/^\d{14}$/),
            },
        ])
        const doc = m.documents.find((x) => x.key[0][1] === b.OrderNo)!
        expect(doc.lines.some((l) => JSON.stringify(l.key.map(([, v]) => v)) === poLineKey(b))).toBe(false)
        expect(() => d.lines.remove('receipt', [], 'close')).toThrow(/Only PO lines/)
    })

    it('lists lines that arrive before their header as orphans until the header comes', () => {
        const d = make({ seed: 11, invoices: 10, orders: 10 })
        const lines = d.addLinesBeforeHeader('purchase_order', 2)
        expect(lines.length).toBeGreaterThanOrEqual(2)
        const orders = new Set(lines.filter((l) => 'BuyQtyDue' in l).map((l) => l.OrderNo))
        expect(orders).toEqual(new Set(['PO0000011', 'PO0000012']))
        expect(d.documents.purchase_order.get(['PO0000011'])).toBeUndefined()
        const served = d.lines
            .collection('purchase_order_line')
            .all()
            .filter((l) => orders.has(l.OrderNo))
        expect(served.length).toBeGreaterThan(0)
        const orphans = d.lineManifest().orphanLines.filter((o) => o.kind === 'purchase_order_line')
        expect(orphans.map((o) => o.parentKey[0][1]).sort()).toEqual(served.map((l) => l.OrderNo).sort())

        const released = d.releaseHeldHeaders('purchase_order')
        expect(released.map((r) => r.OrderNo)).toEqual(['PO0000011', 'PO0000012'])
        expect(String(released[0].Objversion) > String(served[0].Objversion)).toBe(true)
        const m = d.lineManifest()
        expect(m.orphanLines).toEqual([])
        const doc = m.documents.find((x) => x.key[0][1] === 'PO0000011')!
        expect(doc.lines.length).toBe(served.filter((l) => l.OrderNo === 'PO0000011').length)
        // The released header does not get a second set of lines.
        expect(
            d.lines
                .collection('purchase_order_line')
                .all()
                .filter((l) => orders.has(l.OrderNo))
        ).toEqual(served)
    })

    it('makes lines for documents added after lines were first read', () => {
        const d = make({ seed: 12, invoices: 5, orders: 5 })
        const before = d.lines.collection('purchase_order_line').size
        const [row] = d.addRows('purchase_order', 1, 0)
        const after = d.lines
            .collection('purchase_order_line')
            .all()
            .filter((l) => l.OrderNo === row.OrderNo)
        expect(after.length).toBeGreaterThanOrEqual(1)
        expect(d.lines.collection('purchase_order_line').size).toBe(before + after.length)
    })
})

describe('line sets pick the lines of named documents through an index', () => {
    const d = make({ seed: 15, invoices: 60, orders: 60 })
    const indexed = d.lines.collection('invoice_item')
    // The same rows without the index: every query is a scan.
    const scanned = new EntityCollection(indexed.schema, 'Objversion', indexed.all())

    it.each([
        'InvoiceId in (1,2,3,50)',
        "(Company eq '10' and InvoiceId eq 4) or (Company eq '20' and InvoiceId eq 4) or InvoiceId eq 7",
        'InvoiceId eq 9 and ItemId gt 1',
        "Company eq '10' and (InvoiceId eq 5 or InvoiceId eq 6)",
        'InvoiceId in (1,2) or ItemId eq 1',
    ])('answers %s exactly as a scan does, in every order and page', (text) => {
        for (const orderby of ['', 'Objversion,Company,InvoiceId,ItemId', 'NetCurrAmount desc', 'ItemId,InvoiceId']) {
            const opts = parseQueryOptions(
                new Map([
                    ['$filter', text],
                    ['$count', 'true'],
                    ...(orderby ? [['$orderby', orderby] as [string, string]] : []),
                ]),
                indexed.schema
            )
            for (const page of [
                { offset: 0, limit: 5 },
                { offset: 5, limit: 5 },
                { offset: 0, limit: 1000 },
            ])
                expect(indexed.query(opts, page)).toEqual(scanned.query(opts, page))
        }
    })

    it('finds changed and new lines after a change', () => {
        const [item] = d.lines.churn('invoice_item', 1)
        const opts = parseQueryOptions(
            new Map([['$filter', `InvoiceId eq ${String(item.InvoiceId)} and Company eq '${String(item.Company)}'`]]),
            indexed.schema
        )
        const rows = d.lines.collection('invoice_item').query(opts, { offset: 0, limit: 100 }).rows
        expect(rows).toContainEqual(item)
        expect(rows.filter((r) => r.ItemId === item.ItemId)).toEqual([item])
    })
})

describe('lines of hostile headers', () => {
    it('makes lines and receipts for an order whose date is impossible, and for every other order', () => {
        const d = makeDataset({ seed: 5, invoices: 2, orders: 3 })
        const [odd] = d.addRows('purchase_order', 1, 0, [{ OrderDate: '0000-00-00', Objstate: 'Received' }])
        const lines = d.lines.collection('purchase_order_line').all()
        expect(lines.filter((l) => l.OrderNo === odd.OrderNo).length).toBeGreaterThanOrEqual(1)
        // A received order's lines have arrived: its receipts are there, dated from 1970-01-01 on.
        const receipts = d.lines
            .collection('receipt')
            .all()
            .filter((r) => r.OrderNo === odd.OrderNo)
        expect(receipts.length).toBeGreaterThanOrEqual(1)
        expect(receipts.every((r) => /^1970-/.test(String(r.ArrivalDate)))).toBe(true)
        expect(new Set(lines.map((l) => l.OrderNo)).size).toBe(4)
    })
})
