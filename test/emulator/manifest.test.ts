import type { EmulatorDataset } from '../../src/local/emulator/dataset/emulator-dataset'
import { makeDataset } from './helpers'
import type { ManifestDocument } from '../../src/local/emulator/dataset/manifest'
import { startEmulator } from '../../src/local/emulator/start-emulator'

/**
 * The manifest is the contract the reliability suite, the soak and the integration tests judge
 * the store by. Its expectations are checked here against literal values, row by row.
 */
const make = makeDataset
const entryOf = (d: EmulatorDataset, ot: 'purchase_order' | 'supplier_invoice', key: unknown[]) =>
    d
        .manifest()
        .documents.find(
            (m) => m.objectType === ot && JSON.stringify(m.key.map(([, v]) => v)) === JSON.stringify(key)
        ) as ManifestDocument

test('one entry per document, keyed by the IFS key in IFS key order', () => {
    const d = make({ seed: 5, invoices: 40, orders: 30 })
    const m = d.manifest()
    expect(m.documents).toHaveLength(70)
    expect(m.rules.length).toBeGreaterThan(0)
    const invoice = m.documents.find((x) => x.objectType === 'supplier_invoice') as ManifestDocument
    expect(invoice.key.map(([k]) => k)).toEqual(['Company', 'InvoiceId'])
    expect(typeof invoice.key[1][1]).toBe('number')
    const order = m.documents.find((x) => x.objectType === 'purchase_order') as ManifestDocument
    expect(order.key.map(([k]) => k)).toEqual(['OrderNo'])
    expect(order.modified).toMatch(/^\d{14}$/)
})

test('a generated good row is expected staged with exactly the values it carries, plus its supplier name', () => {
    const d = make({ seed: 6, invoices: 20, orders: 20, badShare: 0 })
    for (const ot of ['purchase_order', 'supplier_invoice'] as const)
        for (const row of d.documents[ot].all().slice(0, 5)) {
            const key = ot === 'purchase_order' ? [row.OrderNo] : [row.Company, row.InvoiceId]
            const e = entryOf(d, ot, key)
            expect(e.overridden).toBe(false)
            expect(e.expected.outcome).toBe('staged')
            if (e.expected.outcome !== 'staged') continue
            const v = e.expected.values
            const supplier = ot === 'purchase_order' ? row.VendorNo : row.Identity
            expect(v.supplierNumber).toBe(supplier)
            expect(v.supplierName).toBe(d.suppliers.get([supplier])?.Name)
            expect(v.supplierName).toMatch(/ \d+$/)
            expect(v.company).toBe(row.Company)
            // The IFS columns each value comes from, per type (null: the type has no such column).
            const c = SOURCE_COLUMNS[ot]
            const at = (name: string | null) => (name === null ? null : row[name])
            expect([v.documentNumber, v.netAmount, v.taxAmount, v.grossAmount]).toEqual(
                [c.number, c.net, c.tax, c.gross].map(at)
            )
            expect([v.documentDate, v.createdAt, v.dueDate, v.poReference]).toEqual(
                [c.date, c.created, c.due, c.poRef].map(at)
            )
            expect([v.currency, v.glAccount, v.costCenter, v.state]).toEqual([c.currency, c.gl, c.cc, c.state].map(at))
        }
})

const SOURCE_COLUMNS = {
    purchase_order: {
        number: 'OrderNo',
        net: 'NetAmount',
        tax: 'TaxAmount',
        gross: 'GrossAmount',
        date: 'OrderDate',
        created: 'DateEntered',
        due: 'WantedReceiptDate',
        poRef: null,
        currency: 'CurrencyCode',
        gl: 'CodeA',
        cc: 'CodeB',
        state: 'Objstate',
    },
    supplier_invoice: {
        number: 'InvoiceNo',
        net: 'NetCurrAmount',
        tax: 'VatCurrAmount',
        gross: 'GrossCurrAmount',
        date: 'InvoiceDate',
        created: 'CreationDate',
        due: 'DueDate',
        poRef: 'PoRef',
        currency: 'Currency',
        gl: 'CodeA',
        cc: 'CodeB',
        state: 'Objstate',
    },
} as const

test('values a test put in: trimmed text, plain-decimal strings as numbers, an offset date-time in UTC', () => {
    const d = make({ seed: 7, invoices: 5, orders: 5, badShare: 0 })
    const order = d.documents.purchase_order.all()[0]
    d.update('purchase_order', [order.OrderNo], {
        NetAmount: ' 12.50 ',
        TaxAmount: '0',
        GrossAmount: '12.5',
        DateEntered: '2026-03-01T01:30:00+02:00',
        Objstate: '  Released ',
        CurrencyCode: 'EUR ',
    })
    const e = entryOf(d, 'purchase_order', [order.OrderNo])
    expect(e.overridden).toBe(true)
    expect(e.expected.outcome).toBe('staged_or_flagged')
    if (e.expected.outcome === 'flagged') throw new Error('expected values')
    expect(e.expected.values).toMatchObject({
        netAmount: 12.5,
        taxAmount: 0,
        grossAmount: 12.5,
        createdAt: '2026-02-28T23:30:00Z',
        state: 'Released',
        currency: 'EUR',
    })
})

test.each([
    ['an impossible date', { OrderDate: '2025-02-30' }, 'OrderDate'],
    ['an impossible time', { DateEntered: '2025-12-01T25:61:00Z' }, 'DateEntered'],
    ['a date-time without an offset', { DateEntered: '2025-12-01T10:00:00' }, 'DateEntered'],
    ['an amount with a thousands separator', { NetAmount: '1,200.00' }, 'NetAmount'],
    ['an amount too large for a number', { GrossAmount: '1' + '0'.repeat(400) }, 'GrossAmount'],
    ['a blank state', { Objstate: '   ' }, 'Objstate'],
    ['an unknown supplier', { VendorNo: 'NOBODY' }, 'VendorNo'],
])('%s makes a row expected flagged (no reason vouched for, since a test wrote it)', (_name, change, field) => {
    const d = make({ seed: 8, invoices: 5, orders: 5, badShare: 0 })
    const order = d.documents.purchase_order.all()[1]
    d.update('purchase_order', [order.OrderNo], change)
    expect(entryOf(d, 'purchase_order', [order.OrderNo]).expected).toEqual({ outcome: 'flagged', reason: null, field })
})

test('generated bad rows are expected flagged for the ground truth reason; fixing master data makes the unknown-code rows staged', () => {
    const d = make({ seed: 9, invoices: 400, orders: 200, badShare: 0.1 })
    const flagged = () => d.manifest().documents.filter((x) => x.expected.outcome === 'flagged')
    const truth = d.groundTruth()
    expect(flagged()).toHaveLength(60)
    expect(
        flagged()
            .map((x) => (x.expected.outcome === 'flagged' ? `${x.expected.reason} ${x.expected.field}` : ''))
            .sort()
    ).toEqual(truth.map((t) => `${t.reason} ${t.field}`).sort())
    d.fixMasterData()
    expect(
        flagged().every(
            (x) =>
                x.expected.outcome === 'flagged' &&
                (x.expected.reason === 'missing_field' || x.expected.reason === 'invalid_value')
        )
    ).toBe(true)
    expect(flagged()).toHaveLength(24)
})

test('rows added with overrides are marked overridden, rows added plainly are not', () => {
    const d = make({ seed: 10, invoices: 5, orders: 5, badShare: 0 })
    const [plain, hostile] = [
        d.addRows('purchase_order', 1, 0)[0],
        d.addRows('purchase_order', 1, 0, [{ Objstate: 'a^b' }])[0],
    ]
    expect(entryOf(d, 'purchase_order', [plain.OrderNo]).overridden).toBe(false)
    expect(entryOf(d, 'purchase_order', [hostile.OrderNo]).overridden).toBe(true)
})

test('GET /__control/manifest serves the same manifest', async () => {
    const emu = await startEmulator({ dataset: { seed: 11, invoices: 15, orders: 10 } })
    try {
        const res = await fetch(`${emu.url}/__control/manifest`)
        expect(res.status).toBe(200)
        expect(await res.json()).toEqual(JSON.parse(JSON.stringify(emu.control.manifest())))
    } finally {
        await emu.close()
    }
})
