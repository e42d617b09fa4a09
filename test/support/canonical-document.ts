import type { FinancialDocument } from '../../src/server/core/domain/canonical-document'

/**
 * A mapped supplier invoice of company 10 whose supplier, GL account and cost center the staging
 * tests' master data knows (S1, 4000, CC1), not yet enriched (no supplier name, no dimension-map
 * values): a test overrides only what it is about.
 */
export function canonicalDocument(over: Partial<FinancialDocument> = {}): FinancialDocument {
    return {
        objectType: 'supplier_invoice',
        company: '10',
        documentNumber: 'INV-1',
        supplierNumber: 'S1',
        supplierName: null,
        documentDate: '2026-03-15',
        createdAt: '2026-03-15T08:00:00Z',
        dueDate: null,
        currency: 'EUR',
        netAmount: 100,
        taxAmount: 25,
        grossAmount: 125,
        poReference: null,
        glAccount: '4000',
        costCenter: 'CC1',
        glAccountMapped: null,
        costCenterMapped: null,
        state: 'Posted',
        modified: '2026-03-15T08:00:00Z',
        sourceKey: '{"Company":"10","InvoiceId":1}',
        lines: [],
        ...over,
    }
}
