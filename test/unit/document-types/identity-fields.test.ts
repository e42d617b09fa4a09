import { PURCHASE_ORDER } from '../../../src/server/core/document-types/purchase-order'
import { RECEIPT } from '../../../src/server/core/document-types/receipt'
import { companyFieldOf, documentNumberFieldOf } from '../../../src/server/core/document-types/source-field'
import { SUPPLIER_INVOICE } from '../../../src/server/core/document-types/supplier-invoice'

// The fields a flag names a document by (company, number) where a type has them: IFS's own names
// for the invoice (Company, InvoiceNo) and order (Company, OrderNo) headers; a receipt has neither,
// it is named by its PO line and receipt number.

describe('identity fields of a document source', () => {
    it.each([
        ['supplier invoice', SUPPLIER_INVOICE.source, 'Company', 'InvoiceNo'],
        ['purchase order', PURCHASE_ORDER.source, 'Company', 'OrderNo'],
    ])('a %s has a company and a document number field', (_type, source, company, number) => {
        expect(companyFieldOf(source)).toEqual({ name: company, kind: 'string' })
        expect(documentNumberFieldOf(source)).toEqual({ name: number, kind: 'string' })
    })

    it('a receipt has neither', () => {
        expect(companyFieldOf(RECEIPT.source)).toBeNull()
        expect(documentNumberFieldOf(RECEIPT.source)).toBeNull()
    })
})
