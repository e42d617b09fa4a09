import { matchTablesOf } from '../../../src/server/core/match/match-tables'
import type { MatchMaps } from '../../../src/server/core/match/match-tables'
import { compileFieldMap } from '../../../src/server/core/staging/field-map-rows'
import type { FieldMapRow } from '../../../src/server/core/staging/field-map-rows'
import type { FieldMap } from '../../../src/server/core/document-types/field-map'
import { matchPlatform as platform } from '../../support/match-world'

// Where match readiness reads receipts: the receipt type's compiled field map, by canonical field,
// in the table the connection stages receipts into. Column names are s2p-targets' (issue 18).

/** An admin's own receipt row of the s2p_import preset (not shipped). */
function receiptRow(column: string, value: string, active = true): FieldMapRow {
    const at = { preset: 's2p_import', objectType: 'receipt', level: 'header' as const }
    const source = { sourceKind: 'field' as const, lookup: '', transform: 'none' as const }
    return { ...at, ...source, targetTable: 'sn_fcms_intg_imp_receipt', column, value, shipped: false, active }
}

function mapsOf(rows: FieldMapRow[] = []): Record<'invoice' | 'order' | 'receipt', FieldMap> {
    const compiled = compileFieldMap(rows, { fieldMapPreset: 's2p_import' })
    if (!compiled.ok) throw new Error(compiled.problems.join('; '))
    const { supplier_invoice, purchase_order, receipt } = compiled.maps
    if (!supplier_invoice || !purchase_order || !receipt) throw new Error('s2p_import stages all three')
    return { invoice: supplier_invoice, order: purchase_order, receipt }
}

function tables(receipts: MatchMaps['receipts'], maps = mapsOf(), instance = platform()) {
    return matchTablesOf({ invoice: maps.invoice, order: maps.order, receipts }, instance)
}

describe('the receipt side of the match', () => {
    it("is the receipt stage's PO number, PO line, quantity received, receipt number, state and connector key", () => {
        const maps = mapsOf()
        expect(tables({ map: maps.receipt, table: 'sn_fcms_intg_imp_receipt' })?.receipts).toEqual({
            table: 'sn_fcms_intg_imp_receipt',
            poNumber: 'u_erp_po_number',
            poLineNumber: 'u_erp_po_line_number',
            quantity: 'u_quantity_received',
            receiptNumber: 'u_erp_receipt_number',
            state: 'u_state',
            reference: 'u_ml_connector_key',
        })
    })

    it('is read in the table the receipt partition stages into (its override), not only the default', () => {
        const maps = mapsOf()
        const t = tables({ map: maps.receipt, table: 'u_receipt_stage_copy' })
        expect(t?.receipts?.table).toBe('u_receipt_stage_copy')
        // The invoice and PO line sides are unchanged: line tables are always their map's own.
        expect(t?.invoiceLines.table).toBe('sn_spend_intg_imp_invoice_line')
        expect(t?.poLines.table).toBe('sn_fcms_intg_imp_order_line')
    })

    it("follows an admin's field map: a receipt column renamed is read under its new name", () => {
        const maps = mapsOf([receiptRow('u_erp_po_number', 'poNumber', false), receiptRow('u_po_ref', 'poNumber')])
        expect(tables({ map: maps.receipt, table: 'sn_fcms_intg_imp_receipt' })?.receipts?.poNumber).toBe('u_po_ref')
    })

    it('is "not checked" (null) when the connection stages no receipts, a needed row is off, or the table is missing', () => {
        expect(tables(null)?.receipts).toBeNull()
        const noQuantity = mapsOf([receiptRow('u_quantity_received', 'quantityReceived', false)])
        expect(tables({ map: noQuantity.receipt, table: 'sn_fcms_intg_imp_receipt' }, noQuantity)?.receipts).toBeNull()
        const maps = mapsOf()
        const missing = platform(['sn_fcms_intg_imp_receipt'])
        const t = tables({ map: maps.receipt, table: 'sn_fcms_intg_imp_receipt' }, maps, missing)
        // Invoices are still judged against PO lines; only the receipt is not checked.
        expect(t?.poLines.table).toBe('sn_fcms_intg_imp_order_line')
        expect(t?.receipts).toBeNull()
    })
})
