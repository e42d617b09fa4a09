import { resolveConnectionSources } from '../../../src/server/core/config/connection-sources'
import { resolveSourceMapping } from '../../../src/server/core/config/source-mapping'
import { PURCHASE_ORDER } from '../../../src/server/core/document-types/purchase-order'
import { SUPPLIER_INVOICE } from '../../../src/server/core/document-types/supplier-invoice'
import { ALT_LINE_OVERRIDES } from '../../support/line-overrides'
import { CHANGED_AT_TEXT_KEYS } from '../../support/source-overrides'

const resolve = (objectType: 'purchase_order' | 'supplier_invoice', overrides: unknown) =>
    resolveSourceMapping({ objectType, preset: 'ifs_cloud', overrides })
const errorsOf = (objectType: 'purchase_order' | 'supplier_invoice', overrides: unknown): string[] => {
    const r = resolve(objectType, overrides)
    if (r.ok) throw new Error('expected errors')
    return r.errors
}

describe('the lines of a source override', () => {
    it.each([null, false])('reads no lines when `lines` is %p (the document is its header alone)', (lines) => {
        const r = resolve('purchase_order', { lines })
        if (!r.ok) throw new Error(r.errors.join('\n'))
        expect(r.source.lines).toBeUndefined()
    })

    it("reads the preset's lines when `lines` is absent (lines are read by default)", () => {
        for (const objectType of ['purchase_order', 'supplier_invoice'] as const) {
            const absent = resolve(objectType, {})
            const asked = resolve(objectType, { lines: true })
            if (!absent.ok || !asked.ok) throw new Error('expected both to resolve')
            expect(absent.source.lines).toBeDefined()
            expect(absent.source.lines).toEqual(asked.source.lines)
        }
    })

    it("an override that changes the document's keys reads no lines by default, and refuses `true`", () => {
        const textKeys = {
            keys: [
                { name: 'Company', kind: 'string' },
                { name: 'InvoiceKey', kind: 'string' },
            ],
        }
        const absent = resolve('supplier_invoice', textKeys)
        if (!absent.ok) throw new Error(absent.errors.join('\n'))
        // The preset's items hold InvoiceId (a number): they could never attach to these documents.
        expect(absent.source.lines).toBeUndefined()
        expect(errorsOf('supplier_invoice', { ...textKeys, lines: true })).toEqual([
            "lines.parentKeys[1]: is number, but the document's key InvoiceKey is string",
            "lines.postings.parentKeys[1]: is number, but the document's key InvoiceKey is string",
        ])
    })

    it("reads the preset's line sets when `lines` is true", () => {
        const po = resolve('purchase_order', { lines: true })
        const inv = resolve('supplier_invoice', { lines: true })
        if (!po.ok || !inv.ok) throw new Error('expected both to resolve')
        expect(po.source.lines?.entitySet).toBe('PurchaseOrderHandling.svc/PurchaseOrderLineNopartSet')
        expect(po.source.lines?.parentKeys).toEqual([{ name: 'OrderNo', kind: 'string' }])
        expect(po.source.lines?.fields.quantity).toEqual({ name: 'BuyQtyDue', kind: 'number' })
        expect(inv.source.lines?.postings?.entitySet).toBe('ManSuppInvoiceHandling.svc/ManSuppInvoicePostingSet')
        expect(inv.source.lines?.postings?.lineKey).toEqual({ name: 'ItemId', kind: 'number' })
    })

    it('renames every part: set, stamp, keys, parent keys, fields, posting rows', () => {
        const r = resolve('supplier_invoice', { ...CHANGED_AT_TEXT_KEYS, lines: ALT_LINE_OVERRIDES.supplier_invoice })
        if (!r.ok) throw new Error(r.errors.join('\n'))
        const lines = r.source.lines!
        expect(lines.entitySet).toBe('SupplierInvoiceHandling.svc/SupplierInvoiceLineSet')
        expect(lines.modified).toEqual({ name: 'ChangedAt', kind: 'datetime', format: 'datetimeoffset' })
        expect(lines.parentKeys).toEqual([
            { name: 'Company', kind: 'string' },
            { name: 'InvoiceKey', kind: 'string' },
        ])
        // A renamed field keeps the preset's kind; the rest stay the preset's.
        expect(lines.fields.lineNumber).toEqual({ name: 'LineNo', kind: 'number' })
        expect(lines.fields.quantity).toEqual({ name: 'Quantity', kind: 'number' })
        expect(lines.postings?.fields.amount).toEqual({ name: 'Amount', kind: 'number' })
        expect(lines.postings?.fields.glAccount).toEqual({ name: 'CodeA', kind: 'string' })
        expect(lines.postings?.lineKey).toEqual({ name: 'LineNo', kind: 'number' })
    })

    it("refuses parent keys that do not pair with the document's key", () => {
        expect(
            errorsOf('supplier_invoice', { lines: { parentKeys: [{ name: 'InvoiceId', kind: 'number' }] } })
        ).toEqual([
            "lines.parentKeys: must name the document's key in 2 field(s), like Company (string), InvoiceId (number)",
        ])
        expect(
            errorsOf('supplier_invoice', {
                lines: {
                    parentKeys: [
                        { name: 'Company', kind: 'string' },
                        { name: 'InvoiceId', kind: 'string' },
                    ],
                },
            })
        ).toEqual(["lines.parentKeys[1]: is string, but the document's key InvoiceId is number"])
    })

    it('names an unknown key with the nearest one, and a required line field unmapped', () => {
        expect(errorsOf('purchase_order', { lines: { feilds: {} } })).toEqual([
            'lines.feilds: unknown key "feilds"; did you mean "fields"?',
        ])
        expect(errorsOf('purchase_order', { lines: { fields: { quantity: null } } })).toEqual([
            'lines.fields.quantity: is required for every line; name its IFS field',
        ])
        expect(errorsOf('purchase_order', { lines: { entitySet: 'LineSet' } })).toEqual([
            'lines.entitySet: must look like <Projection>.svc/<EntitySet>',
        ])
    })

    it('refuses lines that would carry no coding', () => {
        expect(errorsOf('purchase_order', { lines: { fields: { glAccount: null } } })).toEqual([
            'lines.fields: lines without posting rows carry their own coding: name glAccount and costCenter',
        ])
        expect(errorsOf('purchase_order', { lines: { postings: {} } })).toEqual([
            'lines.postings: the preset has no posting rows for these lines; name their coding in lines.fields',
        ])
    })

    it('registers lines for both document types', () => {
        expect(PURCHASE_ORDER.lines.keys.map((k) => k.name)).toEqual(['OrderNo', 'LineNo', 'ReleaseNo'])
        expect(SUPPLIER_INVOICE.lines.keys.map((k) => k.name)).toEqual(['Company', 'InvoiceId', 'ItemId'])
    })
})

describe('lines of a connection that moves its code parts', () => {
    it('read the moved code parts on PO lines and on invoice posting rows, not on invoice lines', () => {
        const r = resolveConnectionSources(
            JSON.stringify({
                masterData: { codeParts: { glAccount: 'C', costCenter: 'D' } },
                objects: { purchase_order: { lines: true }, supplier_invoice: { lines: true } },
            }),
            { types: ['purchase_order', 'supplier_invoice'] }
        )
        if (!r.ok) throw new Error(JSON.stringify(r.errors))
        const po = r.documents.purchase_order!.lines!
        const inv = r.documents.supplier_invoice!.lines!
        expect([po.fields.glAccount?.name, po.fields.costCenter?.name]).toEqual(['CodeC', 'CodeD'])
        expect([inv.fields.glAccount, inv.fields.costCenter]).toEqual([null, null])
        expect([inv.postings?.fields.glAccount.name, inv.postings?.fields.costCenter.name]).toEqual(['CodeC', 'CodeD'])
    })
})
