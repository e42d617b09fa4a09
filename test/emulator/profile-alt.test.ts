import { parseEmulatorArgs } from '../../src/local/emulator/cli-options'
import { emulatorWithToken, get, INVOICES, ORDERS, q, readAll, ROOT } from './helpers'

// Profile 2 (`ifs-alt`): the same generated documents under other IFS-like names. Names written
// out here; this judge imports no engine code.
const ALT_INVOICES = 'SupplierInvoiceHandling.svc/SupplierInvoiceSet'
const ALT_ORDERS = 'PurchaseOrderAnalysis.svc/PurchaseOrderHeaderSet'
const ALT_SUPPLIERS = 'SupplierDirectory.svc/Suppliers'
const ALT_GL = 'AccountingStructure.svc/CodePartCValues'
const ALT_CC = 'AccountingStructure.svc/CodePartDValues'
const DATASET = { seed: 11, invoices: 40, orders: 25, badShare: 0.1 }

describe('emulator profile ifs-alt', () => {
    const live = emulatorWithToken({ dataset: DATASET, profile: 'ifs-alt' })

    it('serves invoices with a text key, a date-time stamp and other amount names, and not under the ifs-cloud names', async () => {
        const { rows } = await readAll(live.emu, live.token, ALT_INVOICES)
        expect(rows).toHaveLength(40)
        for (const r of rows) {
            expect(r.InvoiceKey).toMatch(/^SI-\d{8}$/)
            expect(r.ChangedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
            expect(r['@odata.etag']).toBe(`W/"${r.ChangedAt}"`)
            for (const name of ['TotalAmount', 'NetAmount', 'TaxAmount', 'SupplierNo', 'CodeC', 'CodeD', 'Status'])
                expect(r).toHaveProperty(name)
            for (const name of ['InvoiceId', 'Objversion', 'GrossCurrAmount', 'CodeA', 'Identity'])
                expect(r).not.toHaveProperty(name)
        }
        expect((await get(live.emu, live.token, INVOICES)).status).toBe(404)
        expect((await get(live.emu, live.token, ORDERS)).status).toBe(404)
    })

    it('pages by keyset on the date-time stamp and the text key, in order, without gaps', async () => {
        const all = (
            await readAll(live.emu, live.token, `${ALT_INVOICES}?$orderby=${q('ChangedAt,Company,InvoiceKey')}`)
        ).rows
        const seen: unknown[] = []
        let filter = ''
        for (;;) {
            const page = await get(
                live.emu,
                live.token,
                `${ALT_INVOICES}?$orderby=${q('ChangedAt,Company,InvoiceKey')}&$top=7${filter ? `&$filter=${q(filter)}` : ''}`
            )
            const rows = page.body.value!
            if (rows.length === 0) break
            seen.push(...rows.map((r) => r.InvoiceKey))
            const last = rows[rows.length - 1]
            filter = `ChangedAt gt ${last.ChangedAt} or (ChangedAt eq ${last.ChangedAt} and (Company gt '${last.Company}' or (Company eq '${last.Company}' and InvoiceKey gt '${last.InvoiceKey}')))`
        }
        expect(seen).toEqual(all.map((r) => r.InvoiceKey))
        const later = await get(
            live.emu,
            live.token,
            `${ALT_INVOICES}?$filter=${q(`ChangedAt ge ${all[20].ChangedAt}`)}`
        )
        expect(later.body.value!.length).toBeGreaterThanOrEqual(20)
        expect(later.body.value!.every((r) => String(r.ChangedAt) >= String(all[20].ChangedAt))).toBe(true)
    })

    it('serves master data at other paths: suppliers, and flat code-part sets with a Company column', async () => {
        const suppliers = (await readAll(live.emu, live.token, `${ALT_SUPPLIERS}?$select=SupplierNo,SupplierName`)).rows
        expect(suppliers.length).toBeGreaterThan(0)
        expect(suppliers[0]).toHaveProperty('SupplierName')
        for (const path of [ALT_GL, ALT_CC]) {
            const rows = (await readAll(live.emu, live.token, path)).rows
            expect(new Set(rows.map((r) => r.Company))).toEqual(new Set(['10', '20']))
            expect(rows[0]).toEqual(expect.objectContaining({ Code: expect.any(String), ValidTo: expect.any(String) }))
            const ten = (await readAll(live.emu, live.token, `${path}?$filter=${q("Company eq '10'")}`)).rows
            expect(ten.length).toBeGreaterThan(0)
            expect(ten.every((r) => r.Company === '10')).toBe(true)
        }
    })

    it('its manifest names the served rows by their ifs-alt keys and stamps', async () => {
        const manifest = live.emu.control.manifest()
        const served = new Map<string, Record<string, unknown>>()
        for (const r of (await readAll(live.emu, live.token, ALT_INVOICES)).rows)
            served.set(`supplier_invoice ${r.Company} ${r.InvoiceKey}`, r)
        for (const r of (await readAll(live.emu, live.token, ALT_ORDERS)).rows)
            served.set(`purchase_order ${r.OrderNo}`, r)
        expect(manifest.documents).toHaveLength(served.size)
        for (const doc of manifest.documents) {
            const key = Object.fromEntries(doc.key)
            const id = doc.objectType === 'supplier_invoice' ? `${key.Company} ${key.InvoiceKey}` : String(key.OrderNo)
            const row = served.get(`${doc.objectType} ${id}`)
            expect(row).toBeDefined()
            expect(doc.modified).toBe(row!.ChangedAt)
            if (doc.expected.outcome === 'staged' && doc.objectType === 'supplier_invoice') {
                expect(doc.expected.values.grossAmount).toBe(row!.TotalAmount)
                expect(doc.expected.values.documentNumber).toBe(row!.SupplierInvoiceNo)
            }
        }
        expect(manifest.documents.some((d) => d.expected.outcome === 'flagged')).toBe(true)
    })

    it('describes its sets in $metadata, XML and JSON, from the definitions it serves rows with', async () => {
        const xml = await fetch(`${live.emu.url}${ROOT}SupplierInvoiceHandling.svc/$metadata`, {
            headers: { Authorization: `Bearer ${live.token}` },
        })
        expect(xml.status).toBe(200)
        const text = await xml.text()
        expect(text).toContain('<Schema Namespace="IfsApp.SupplierInvoiceHandling"')
        expect(text).toContain(
            '<EntitySet Name="SupplierInvoiceSet" EntityType="IfsApp.SupplierInvoiceHandling.SupplierInvoice"/>'
        )
        expect(text).toContain('<Key><PropertyRef Name="Company"/><PropertyRef Name="InvoiceKey"/></Key>')
        expect(text).toContain('<Property Name="ChangedAt" Type="Edm.DateTimeOffset"/>')
        expect(text).toContain('<Property Name="InvoiceKey" Type="Edm.String" Nullable="false"/>')
        expect(text).toContain('<Property Name="TotalAmount" Type="Edm.Decimal"/>')
        const json = (
            await get(live.emu, live.token, 'AccountingStructure.svc/$metadata', { Accept: 'application/json' })
        ).body as unknown as Record<string, Record<string, Record<string, unknown>>>
        const schema = json['IfsApp.AccountingStructure']
        expect(schema.Main.CodePartCValues).toEqual({
            $Collection: true,
            $Type: 'IfsApp.AccountingStructure.CodePartCValue',
        })
        expect(schema.CodePartCValue.$Key).toEqual(['Company', 'Code'])
        expect((await get(live.emu, live.token, 'ManSuppInvoiceHandling.svc/$metadata')).status).toBe(404)
    })

    it('is read-only: a PATCH is refused as not implemented', async () => {
        const res = await fetch(`${live.emu.url}${ROOT}${ALT_ORDERS}('PO0000001')`, {
            method: 'PATCH',
            headers: { Authorization: `Bearer ${live.token}`, 'If-Match': '*' },
            body: '{}',
        })
        expect(res.status).toBe(501)
    })
})

describe('emulator profile ifs-cloud $metadata', () => {
    const live = emulatorWithToken({ dataset: DATASET })

    it('keys, Objversion as text, and code parts as navigations of CompanyFinanceSet', async () => {
        const orders = await fetch(`${live.emu.url}${ROOT}PurchaseOrderHandling.svc/$metadata`, {
            headers: { Authorization: `Bearer ${live.token}` },
        })
        const text = await orders.text()
        expect(text).toContain(
            '<EntitySet Name="PurchaseOrderSet" EntityType="IfsApp.PurchaseOrderHandling.PurchaseOrder"/>'
        )
        expect(text).toContain('<Property Name="Objversion" Type="Edm.String"/>')
        const codes = await fetch(`${live.emu.url}${ROOT}CodePartValuesHandling.svc/$metadata`, {
            headers: { Authorization: `Bearer ${live.token}` },
        })
        const codeText = await codes.text()
        expect(codeText).toContain(
            '<EntitySet Name="CompanyFinanceSet" EntityType="IfsApp.CodePartValuesHandling.CompanyFinance"/>'
        )
        expect(codeText).toContain(
            '<NavigationProperty Name="CodeAArray" Type="Collection(IfsApp.CodePartValuesHandling.CodeA)"/>'
        )
        expect(codeText).toContain(
            '<NavigationProperty Name="CodeBArray" Type="Collection(IfsApp.CodePartValuesHandling.CodeB)"/>'
        )
    })
})

describe('emulator CLI: --profile', () => {
    it('parses ifs-alt and refuses an unknown profile', () => {
        expect(parseEmulatorArgs(['--profile', 'ifs-alt'], {}).options.profile).toBe('ifs-alt')
        expect(parseEmulatorArgs(['--key-twins', '4'], {}).options.dataset).toMatchObject({ keyTwins: 4 })
        expect(() => parseEmulatorArgs(['--profile', 'sap'], {})).toThrow("--profile cannot be 'sap'")
    })
})
