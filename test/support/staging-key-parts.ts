import type { FinancialKeyParts } from '../../src/server/core/staging/staging-key'

/** The parts of one supplier invoice's staging key, for the tests of the key's text and of its digest. */
export const INVOICE_KEY_PARTS: FinancialKeyParts = {
    connectionSysId: 'c1',
    objectType: 'supplier_invoice',
    company: '10',
    documentNumber: 'INV-1',
    createdAt: '2026-01-10T08:00:00Z',
    supplierNumber: 'S1',
}
