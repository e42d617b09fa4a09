import { INVOICE_PATH, StagingWorld, invoiceRow } from './staging-world'

/**
 * The primary-table preset (s2p_tables) resolves an invoice's references (legal entity by company
 * code, supplier by ERP supplier code within that legal entity, currency by code, purchase order by
 * number) in bulk: one store query per reference kind and page, cached for the run. Expectations
 * are the records this test puts into the store, not anything the production code computes.
 */
const REFERENCE_TABLES = ['sn_fin_legal_entity', 'sn_fin_supplier', 'fx_currency', 'sn_shop_purchase_order']

function world(): { world: StagingWorld; ids: Record<string, string> } {
    const w = new StagingWorld('s2p_tables')
    const le10 = w.store.insert('sn_fin_legal_entity', { erp_company_code: '10' })
    const le20 = w.store.insert('sn_fin_legal_entity', { erp_company_code: '20' })
    // S1 exists in both legal entities; S2 only in 20: for legal entity 10 it is unknown.
    const s1in20 = w.store.insert('sn_fin_supplier', { erp_supplier_code: 'S1', legal_entity: le20 })
    const s1in10 = w.store.insert('sn_fin_supplier', { erp_supplier_code: 'S1', legal_entity: le10 })
    w.store.insert('sn_fin_supplier', { erp_supplier_code: 'S2', legal_entity: le20 })
    const eur = w.store.insert('fx_currency', { code: 'EUR' })
    const sek = w.store.insert('fx_currency', { code: 'SEK' })
    const po1 = w.store.insert('sn_shop_purchase_order', { number: 'PO-1' })
    const po2 = w.store.insert('sn_shop_purchase_order', { number: 'PO-2' })
    return { world: w, ids: { le10, le20, s1in10, s1in20, eur, sek, po1, po2 } }
}

/** A fresh world's page of the one invoice `row` flags it, with `reason` and `message`; gives the world. */
function flaggedOnce(row: ReturnType<typeof invoiceRow>, reason: string, message: string): StagingWorld {
    const { world: w } = world()
    expect(w.runPage('supplier_invoice', [row]).flagged).toBe(1)
    expect(w.flags()[0]).toMatchObject({ reason, message })
    return w
}

const referenceQueries = (w: StagingWorld) => w.store.queries.filter((q) => REFERENCE_TABLES.includes(q.table))

function goodInvoices(from: number, count: number) {
    return Array.from({ length: count }, (_, i) =>
        invoiceRow(from + i, {
            Currency: i % 2 === 0 ? 'EUR' : 'SEK',
            PoRef: i % 3 === 0 ? null : i % 3 === 1 ? 'PO-1' : 'PO-2',
        })
    )
}

describe('references resolved in bulk (s2p_tables)', () => {
    it('a page of N invoices with 4 reference kinds costs at most 4 queries; a second page with the same values costs none', () => {
        const { world: w } = world()
        const page = w.pagesOfOneRun('supplier_invoice')
        const before = referenceQueries(w).length
        expect(page(goodInvoices(1, 12)).inserted).toBe(12)
        const first = referenceQueries(w).slice(before)
        expect(first.length).toBeLessThanOrEqual(4)
        // One query per kind, never one per document.
        expect(new Set(first.map((q) => q.table)).size).toBe(first.length)
        const afterFirst = referenceQueries(w).length
        expect(page(goodInvoices(101, 12)).inserted).toBe(12)
        expect(referenceQueries(w).length).toBe(afterFirst)
    })

    it('writes the legal entity, the supplier of that legal entity, the currency and the purchase order', () => {
        const { world: w, ids } = world()
        w.runPage('supplier_invoice', [
            invoiceRow(1, { Currency: 'SEK', PoRef: 'PO-2' }),
            invoiceRow(2, { Currency: 'EUR', PoRef: null }),
        ])
        const byNumber = new Map(w.targets('supplier_invoice').map((t) => [t.supplier_invoice_number, t]))
        expect(byNumber.get('INV-1')).toMatchObject({
            legal_entity: ids.le10,
            supplier: ids.s1in10,
            currency: ids.sek,
            purchase_order: ids.po2,
        })
        // An invoice without a PO reference stages with an empty purchase order.
        expect(byNumber.get('INV-2')).toMatchObject({ currency: ids.eur, purchase_order: null })
        expect(w.flags()).toHaveLength(0)
    })

    it('flags an invoice whose supplier is not known for its legal entity, naming both', () => {
        flaggedOnce(
            invoiceRow(1, { Identity: 'S2' }),
            'unknown_supplier',
            'Supplier S2 is not known in ServiceNow for legal entity 10; add the supplier for that legal entity in ServiceNow (sn_fin_supplier) or correct it in IFS.'
        )
    })

    it('flags an invoice whose purchase order ServiceNow does not hold yet, and stages it once it does', () => {
        const w = flaggedOnce(
            invoiceRow(1, { PoRef: 'PO-77' }),
            'unknown_reference',
            'Purchase order PO-77 is not in ServiceNow yet; the invoice is staged once it is (or correct the PO reference in IFS).'
        )
        // The PO arrives; the next run re-reads the open flag from IFS (its row passes validation)
        // and stages the invoice: a miss is remembered for one run only.
        const po77 = w.store.insert('sn_shop_purchase_order', { number: 'PO-77' })
        w.ifs.set(INVOICE_PATH, [invoiceRow(1, { PoRef: 'PO-77' })])
        expect(w.stager().stager.retryOpenFlags('supplier_invoice', undefined, { skipStillFailing: true })).toEqual({
            retried: 1,
            resolved: 1,
            stillFlagged: 0,
        })
        expect(w.targets('supplier_invoice')[0]).toMatchObject({ purchase_order: po77 })
        expect(w.flags('open')).toHaveLength(0)
    })

    it('flags an unknown currency with the table and column it looked in', () => {
        const { world: w } = world()
        w.runPage('supplier_invoice', [invoiceRow(1, { Currency: 'NOK' })])
        expect(w.flags()[0]).toMatchObject({
            reason: 'unknown_reference',
            message:
                'Currency NOK is not known in ServiceNow (no fx_currency record with code "NOK"); add it there or correct it in IFS.',
        })
    })

    it('flags an unknown legal entity once, without a second complaint about its supplier', () => {
        const w = new StagingWorld('s2p_tables')
        w.store.insert('sn_fin_supplier', { erp_supplier_code: 'S1', legal_entity: 'x'.repeat(32) })
        w.store.insert('fx_currency', { code: 'EUR' })
        w.runPage('supplier_invoice', [invoiceRow(1)])
        expect(w.flags()[0]).toMatchObject({
            reason: 'unknown_reference',
            message:
                'Legal entity 10 is not known in ServiceNow (no sn_fin_legal_entity record with erp_company_code "10"); add it there or correct it in IFS.',
        })
    })
})
