import { stagingKeyText } from '../../../src/server/core/staging/staging-key'
import { INVOICE_KEY_PARTS } from '../../support/staging-key-parts'

// The text a staging key hashes, written out: a change to exactness (nothing trimmed or folded), the date cut, the field order
// or the supplier rule shows here (the digest itself is tested with the digest port).

const INVOICE = INVOICE_KEY_PARTS

describe('the staging key text', () => {
    it('keeps company, number and supplier exactly as IFS holds them, and the UTC date only', () => {
        expect(
            stagingKeyText({
                ...INVOICE,
                company: '\t10 ',
                documentNumber: ' inv-1',
                createdAt: ' 2026-01-10T23:59:59Z ',
                supplierNumber: 'S1 ',
            })
        ).toBe('["c1","supplier_invoice","\\t10 "," inv-1","2026-01-10","S1 "]')
    })

    it('tells key twins apart: letter case and trailing spaces are part of the identity', () => {
        const texts = ['PO-1', 'po-1', 'PO-1 ', 'PO-1  '].map((documentNumber) =>
            stagingKeyText({ ...INVOICE, objectType: 'purchase_order', documentNumber })
        )
        expect(texts).toEqual([
            '["c1","purchase_order","10","PO-1","2026-01-10"]',
            '["c1","purchase_order","10","po-1","2026-01-10"]',
            '["c1","purchase_order","10","PO-1 ","2026-01-10"]',
            '["c1","purchase_order","10","PO-1  ","2026-01-10"]',
        ])
    })

    it('has an empty supplier for an invoice without one', () => {
        expect(stagingKeyText({ ...INVOICE, supplierNumber: null })).toBe(
            '["c1","supplier_invoice","10","INV-1","2026-01-10",""]'
        )
    })

    it('leaves the supplier out for a purchase order', () => {
        expect(stagingKeyText({ ...INVOICE, objectType: 'purchase_order', supplierNumber: 'S1' })).toBe(
            '["c1","purchase_order","10","INV-1","2026-01-10"]'
        )
    })

    it('quotes separators so that no value imitates another part', () => {
        expect(stagingKeyText({ ...INVOICE, documentNumber: 'A","B' })).toBe(
            '["c1","supplier_invoice","10","A\\",\\"B","2026-01-10","S1"]'
        )
    })
})
