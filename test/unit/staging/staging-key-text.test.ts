import { stagingKeyText } from '../../../src/server/core/staging/staging-key'
import { INVOICE_KEY_PARTS } from '../../support/staging-key-parts'

// The text a staging key hashes, written out: a change to trimming, the date cut, the field order
// or the supplier rule shows here (the digest itself is tested with the digest port).

const INVOICE = INVOICE_KEY_PARTS

describe('the staging key text', () => {
    it('trims every part and keeps the UTC date only', () => {
        expect(
            stagingKeyText({
                ...INVOICE,
                connectionSysId: ' c1 ',
                company: '\t10 ',
                documentNumber: ' INV-1',
                createdAt: ' 2026-01-10T23:59:59Z ',
                supplierNumber: ' S1 ',
            })
        ).toBe('["c1","supplier_invoice","10","INV-1","2026-01-10","S1"]')
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
