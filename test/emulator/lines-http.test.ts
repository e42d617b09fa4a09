import { parseEmulatorArgs } from '../../src/local/emulator/cli-options'
import { controlCall, emulatorWithToken, get, q, readAll, ROOT } from './helpers'

// The line sets as a client reads them over HTTP. Paths and field names are written out here;
// this judge imports no engine code.
const PO_LINES = 'PurchaseOrderHandling.svc/PurchaseOrderLineNopartSet'
const ITEMS = 'ManSuppInvoiceHandling.svc/ManSuppInvoiceItemSet'
const POSTINGS = 'ManSuppInvoiceHandling.svc/ManSuppInvoicePostingSet'
const RECEIPTS = 'PurchaseReceiptHandling.svc/PurchaseReceiptSet'
const DATASET = { seed: 31, invoices: 40, orders: 30, linesPerDocument: { min: 1, max: 12 } }

describe('line sets, ifs-cloud', () => {
    const live = emulatorWithToken({ dataset: DATASET, maxPageSize: 50 })

    it('serves every line set in server-driven pages, each row with its ETag, as many rows as the dataset holds', async () => {
        for (const [path, kind] of [
            [PO_LINES, 'purchase_order_line'],
            [ITEMS, 'invoice_item'],
            [POSTINGS, 'invoice_posting'],
            [RECEIPTS, 'receipt'],
        ] as const) {
            const { rows, pages } = await readAll(live.emu, live.token, path)
            expect(rows).toHaveLength(live.emu.control.lines(kind).length)
            expect(pages).toBe(Math.ceil(rows.length / 50) || 1)
            for (const r of rows) expect(r['@odata.etag']).toBe(`W/"${String(r.Objversion)}"`)
        }
    })

    it('filters PO lines by their orders with in and with or, and by stamp, and orders them by stamp and key', async () => {
        const inList = (
            await readAll(live.emu, live.token, `${PO_LINES}?$filter=${q("OrderNo in ('PO0000001','PO0000002')")}`)
        ).rows
        const orChain = (
            await readAll(
                live.emu,
                live.token,
                `${PO_LINES}?$filter=${q("OrderNo eq 'PO0000001' or OrderNo eq 'PO0000002'")}`
            )
        ).rows
        expect(inList.length).toBeGreaterThanOrEqual(2)
        expect(new Set(inList.map((r) => r.OrderNo))).toEqual(new Set(['PO0000001', 'PO0000002']))
        expect(orChain).toEqual(inList)
        const all = live.emu.control.lines('purchase_order_line')
        expect(inList).toHaveLength(all.filter((r) => r.OrderNo === 'PO0000001' || r.OrderNo === 'PO0000002').length)

        const order = 'Objversion,OrderNo,LineNo,ReleaseNo'
        const sorted = (await readAll(live.emu, live.token, `${PO_LINES}?$orderby=${q(order)}`)).rows
        const keyOf = (r: Record<string, unknown>) => [r.Objversion, r.OrderNo, r.LineNo, r.ReleaseNo].join('|')
        const mid = sorted[Math.floor(sorted.length / 2)]
        const after = (
            await readAll(
                live.emu,
                live.token,
                `${PO_LINES}?$orderby=${q(order)}&$filter=${q(`Objversion gt '${String(mid.Objversion)}'`)}`
            )
        ).rows
        expect(after.map(keyOf)).toEqual(sorted.filter((r) => String(r.Objversion) > String(mid.Objversion)).map(keyOf))
    })

    it('filters invoice lines and posting rows by their invoices, and reads one line by its three keys', async () => {
        const filter =
            "(Company eq '10' and InvoiceId eq 1) or (Company eq '20' and InvoiceId eq 1) or InvoiceId in (2,3)"
        const items = (await readAll(live.emu, live.token, `${ITEMS}?$filter=${q(filter)}`)).rows
        expect(items.length).toBeGreaterThanOrEqual(3)
        expect(new Set(items.map((r) => r.InvoiceId))).toEqual(new Set([1, 2, 3]))
        const postings = (
            await readAll(
                live.emu,
                live.token,
                `${POSTINGS}?$filter=${q(filter)}&$select=InvoiceId,RowId,CodeA,CodeB,CurrAmount`
            )
        ).rows
        expect(postings.length).toBeGreaterThanOrEqual(items.length)
        expect(Object.keys(postings[0]).sort()).toEqual([
            '@odata.etag',
            'CodeA',
            'CodeB',
            'CurrAmount',
            'InvoiceId',
            'RowId',
        ])

        const line = live.emu.control.lines('purchase_order_line')[0]
        const one = await get(
            live.emu,
            live.token,
            `${PO_LINES}(OrderNo='${String(line.OrderNo)}',LineNo='${String(line.LineNo)}',ReleaseNo='${String(line.ReleaseNo)}')`
        )
        expect(one.status).toBe(200)
        expect(one.headers.get('etag')).toBe(`W/"${String(line.Objversion)}"`)
        expect(one.body).toEqual(expect.objectContaining({ BuyQtyDue: line.BuyQtyDue, NetAmtCurr: line.NetAmtCurr }))
        expect((await get(live.emu, live.token, `${PO_LINES}(OrderNo='X',LineNo='1',ReleaseNo='1')`)).status).toBe(404)
    })

    it('describes the line sets in $metadata with their keys and types, and lists them in the service document', async () => {
        const res = await fetch(`${live.emu.url}${ROOT}PurchaseOrderHandling.svc/$metadata?$format=json`, {
            headers: { Authorization: `Bearer ${live.token}` },
        })
        const csdl = (await res.json()) as Record<string, Record<string, Record<string, unknown>>>
        const schema = csdl['IfsApp.PurchaseOrderHandling']
        expect(schema.Main.PurchaseOrderLineNopartSet).toEqual({
            $Collection: true,
            $Type: 'IfsApp.PurchaseOrderHandling.PurchaseOrderLineNopart',
        })
        const type = schema.PurchaseOrderLineNopart
        expect(type.$Key).toEqual(['OrderNo', 'LineNo', 'ReleaseNo'])
        expect(type.BuyQtyDue).toEqual({ $Type: 'Edm.Decimal' })
        expect(type.PlannedReceiptDate).toEqual({ $Type: 'Edm.Date' })
        expect(schema.Main.PurchaseOrderSet).toBeDefined()

        const xml = await (
            await fetch(`${live.emu.url}${ROOT}ManSuppInvoiceHandling.svc/$metadata`, {
                headers: { Authorization: `Bearer ${live.token}` },
            })
        ).text()
        expect(xml).toContain('<EntitySet Name="ManSuppInvoicePostingSet"')
        expect(xml).toMatch(
            /<EntityType Name="ManSuppInvoicePosting">\s*<Key><PropertyRef Name="Company"\/><PropertyRef Name="InvoiceId"\/><PropertyRef Name="RowId"\/><\/Key>/
        )
        expect(xml).toContain('<Property Name="RowId" Type="Edm.Int64" Nullable="false"/>')
        const receipts = await get(live.emu, live.token, 'PurchaseReceiptHandling.svc/')
        expect(receipts.body.value).toEqual([
            { name: 'PurchaseReceiptSet', kind: 'EntitySet', url: 'PurchaseReceiptSet' },
        ])
    })

    it('injects faults on a line set by path, leaving the header set alone', async () => {
        live.emu.control.setFaults({
            rules: [{ kind: 'server_error', status: 503, path: 'PurchaseOrderLineNopartSet', count: 1 }],
        })
        expect((await get(live.emu, live.token, PO_LINES)).status).toBe(503)
        expect((await get(live.emu, live.token, PO_LINES)).status).toBe(200)
        live.emu.control.setFaults({
            rules: [{ kind: 'server_error', status: 502, path: 'PurchaseOrderLineNopartSet' }],
        })
        expect((await get(live.emu, live.token, 'PurchaseOrderHandling.svc/PurchaseOrderSet')).status).toBe(200)
        live.emu.control.setFaults({ rules: [{ kind: 'repeat_row', path: 'PurchaseReceiptSet', count: 1 }] })
        const { rows } = await readAll(live.emu, live.token, RECEIPTS)
        expect(rows.length).toBe(live.emu.control.lines('receipt').length + 1)
        live.emu.control.clearFaults()
    })

    it('serves a changed line with its new stamp, and a line before its header, through the control endpoint', async () => {
        const control = (method: string, action: string, body?: unknown) => controlCall(live.emu, method, action, body)
        const line = live.emu.control.lines('purchase_order_line')[3]
        const churned = await control('POST', 'line-churn', {
            kind: 'purchase_order_line',
            keys: [[line.OrderNo, line.LineNo, line.ReleaseNo]],
        })
        expect(churned.body.changed).toBe(1)
        const stamp = (churned.body.rows as { Objversion: string }[])[0].Objversion
        const newer = (await readAll(live.emu, live.token, `${PO_LINES}?$filter=${q(`Objversion ge '${stamp}'`)}`)).rows
        expect(newer.map((r) => [r.OrderNo, r.LineNo, r.ReleaseNo])).toEqual([
            [line.OrderNo, line.LineNo, line.ReleaseNo],
        ])
        // Posting rows change with their invoice line, never on their own; receipts can be corrected.
        expect((await control('POST', 'line-churn', { kind: 'invoice_posting' })).status).toBe(400)
        expect((await control('POST', 'line-churn', { kind: 'receipt' })).body.changed).toBe(1)
        expect((await control('POST', 'line-remove', { kind: 'nope', keys: [] })).status).toBe(400)
        const all = (await control('GET', 'lines')).body
        expect(Object.keys(all).sort()).toEqual(['invoice_item', 'invoice_posting', 'purchase_order_line', 'receipt'])

        const first = await control('POST', 'lines-before-header', { objectType: 'supplier_invoice', count: 1 })
        expect(first.body.added).toBeGreaterThan(0)
        const manifest = (await control('GET', 'line-manifest')).body as { orphanLines: unknown[] }
        expect(manifest.orphanLines.length).toBe(first.body.added)
        expect((await control('POST', 'release-headers', { objectType: 'supplier_invoice' })).body.released).toBe(1)
        expect(((await control('GET', 'line-manifest')).body as { orphanLines: unknown[] }).orphanLines).toEqual([])
    })
})

describe('line sets, ifs-alt', () => {
    const live = emulatorWithToken({ dataset: DATASET, profile: 'ifs-alt' })

    it('serves the same lines under other names: date-time stamps, text invoice keys, other amount names', async () => {
        const lines = (await readAll(live.emu, live.token, 'PurchaseOrderAnalysis.svc/PurchaseOrderLineSet')).rows
        expect(lines.length).toBe(live.emu.control.dataset.lines.collection('purchase_order_line').size)
        for (const name of ['OrderedQty', 'UnitPrice', 'NetAmount', 'ReceivedQty', 'CodeC', 'Status', 'ChangedAt'])
            expect(lines[0]).toHaveProperty(name)
        for (const name of ['BuyQtyDue', 'Objversion', 'CodeA']) expect(lines[0]).not.toHaveProperty(name)
        const items = (
            await readAll(
                live.emu,
                live.token,
                `SupplierInvoiceHandling.svc/SupplierInvoiceLineSet?$filter=${q("InvoiceKey eq 'SI-00000001'")}`
            )
        ).rows
        expect(items.length).toBeGreaterThan(0)
        expect(items[0]).toEqual(expect.objectContaining({ InvoiceKey: 'SI-00000001', LineNo: 1 }))
        const dist = (await readAll(live.emu, live.token, 'SupplierInvoiceHandling.svc/SupplierInvoiceDistributionSet'))
            .rows
        expect(dist[0]).toEqual(
            expect.objectContaining({ DistributionNo: expect.any(Number), Amount: expect.any(Number) })
        )
        const receipts = (await readAll(live.emu, live.token, 'GoodsReceiptAnalysis.svc/GoodsReceiptSet')).rows
        expect(receipts[0]).toHaveProperty('ReceivedDate')
        expect((await get(live.emu, live.token, PO_LINES)).status).toBe(404)
    })

    it('its line manifest names the served rows by their ifs-alt keys and stamps', async () => {
        const m = live.emu.control.lineManifest()
        const served = new Map<string, Record<string, unknown>>()
        for (const r of (await readAll(live.emu, live.token, 'SupplierInvoiceHandling.svc/SupplierInvoiceLineSet'))
            .rows)
            served.set(JSON.stringify([r.Company, r.InvoiceKey, r.LineNo]), r)
        const lines = m.documents.filter((d) => d.objectType === 'supplier_invoice').flatMap((d) => d.lines)
        expect(lines).toHaveLength(served.size)
        for (const l of lines) {
            expect(l.key.map(([k]) => k)).toEqual(['Company', 'InvoiceKey', 'LineNo'])
            const row = served.get(JSON.stringify(l.key.map(([, v]) => v)))
            expect(row?.ChangedAt).toBe(l.modified)
        }
        const doc = m.documents.find((d) => d.objectType === 'supplier_invoice')!
        expect(doc.key.map(([k]) => k)).toEqual(['Company', 'InvoiceKey'])
        for (const r of m.receipts) expect(r.modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    })
})

test('--lines-per-document takes MIN..MAX or N, and refuses anything else', () => {
    const parse = (v: string) => parseEmulatorArgs(['--lines-per-document', v], { IFS_EMULATOR_CLIENT_SECRET: 's' })
    expect(parse('2..5').options.dataset).toEqual(expect.objectContaining({ linesPerDocument: { min: 2, max: 5 } }))
    expect(parse('3').options.dataset).toEqual(expect.objectContaining({ linesPerDocument: { min: 3, max: 3 } }))
    for (const bad of ['5..2', 'a..b', '1..5000', '-1..2']) expect(() => parse(bad)).toThrow(/lines-per-document/)
    const share = parseEmulatorArgs(['--bad-line-share', '0.25'], { IFS_EMULATOR_CLIENT_SECRET: 's' })
    expect(share.options.dataset).toEqual(expect.objectContaining({ badLineShare: 0.25 }))
    expect(() => parseEmulatorArgs(['--bad-line-share', '2'], {})).toThrow(/bad-line-share/)
    expect(parseEmulatorArgs([], { IFS_EMULATOR_CLIENT_SECRET: 's' }).options.dataset).toEqual(
        expect.objectContaining({ linesPerDocument: undefined })
    )
})
