import type { Platform } from '../../ports/platform'
import type { FieldMap, LineField, LineMap, MappedColumn, MappedField } from '../document-types/field-map'

/** Where the staged invoice lines are, and which columns hold what the match reads. */
export interface InvoiceLineColumns {
    table: string
    /** The line's connector key (staging key and line number): how a staged invoice finds its lines. */
    reference: string
    poNumber: string
    poLineNumber: string
    quantity: string | null
    lineNumber: string | null
    state: string | null
}

/** The staged PO lines: PO number and PO line number ("LineNo/ReleaseNo"), as invoice lines cite them. */
interface PoLineColumns {
    table: string
    poNumber: string
    lineNumber: string
    reference: string | null
    state: string | null
}

/** The staged receipts of PO lines. */
export interface ReceiptColumns {
    table: string
    poNumber: string
    poLineNumber: string
    quantity: string
    receiptNumber: string | null
    reference: string | null
}

export interface MatchTables {
    invoiceLines: InvoiceLineColumns
    poLines: PoLineColumns
    /** Null: receipts are not staged for this preset; lines then read "receipt not checked". */
    receipts: ReceiptColumns | null
}

const columnOf = (map: LineMap, kind: 'line' | 'field', name: LineField | MappedField): string | null =>
    map.columns.find((c: MappedColumn) => c.source.kind === kind && c.source.field === name)?.column ?? null

/**
 * The match's columns, read off the compiled field maps by canonical field: the invoice line map's
 * PO number and PO line (`poLineOrder`, `poLineNumber`), the PO line map's document number and line
 * number. Null when either map lacks them (a preset without line tables, or one whose PO lines do
 * not carry their PO number, such as legacy proc_po_item) or the instance has no PO line table:
 * readiness is then not judged.
 */
export function matchTablesOf(invoice: FieldMap, order: FieldMap, platform: Platform): MatchTables | null {
    const inv = invoice.lines
    const po = order.lines
    if (!inv || !po) return null
    const poNumber = columnOf(inv, 'line', 'poLineOrder')
    const poLineNumber = columnOf(inv, 'line', 'poLineNumber')
    const orderNumber = columnOf(po, 'field', 'documentNumber')
    const orderLine = columnOf(po, 'line', 'lineNumber')
    if (!poNumber || !poLineNumber || !orderNumber || !orderLine) return null
    // The PO line stage's plugin may be missing where only invoices are synced: nothing to match against.
    if (!platform.describeTable(po.defaultTable)) return null
    const poLines: PoLineColumns = {
        table: po.defaultTable,
        poNumber: orderNumber,
        lineNumber: orderLine,
        reference: po.lineReference,
        state: columnOf(po, 'line', 'lineState'),
    }
    return {
        invoiceLines: {
            table: inv.defaultTable,
            reference: inv.lineReference,
            poNumber,
            poLineNumber,
            quantity: columnOf(inv, 'line', 'lineQuantity'),
            lineNumber: columnOf(inv, 'line', 'lineNumber'),
            state: columnOf(inv, 'line', 'lineState'),
        },
        poLines,
        receipts: receiptColumnsFor(poLines, platform),
    }
}

/**
 * The ERP Integration Framework's receipt stage beside its order line stage, with the columns the
 * receipt document type stages into (issue 18: PO number, PO line "LineNo/ReleaseNo", receipt
 * number, quantity received, connector key).
 */
export const RECEIPT_STAGE: ReceiptColumns = {
    table: 'sn_fcms_intg_imp_receipt',
    poNumber: 'u_erp_po_number',
    poLineNumber: 'u_erp_po_line_number',
    quantity: 'u_quantity_received',
    receiptNumber: 'u_erp_receipt_number',
    reference: 'u_ml_connector_key',
}

/**
 * The receipt side, or null ("receipt not checked") when the preset's PO lines are not the order
 * line stage or the instance has no receipt stage with the columns read. The one place to change
 * when the receipt document type's field map is merged: derive the columns from its rows (by
 * canonical field) instead of RECEIPT_STAGE.
 */
function receiptColumnsFor(poLines: PoLineColumns, platform: Platform): ReceiptColumns | null {
    if (poLines.table !== 'sn_fcms_intg_imp_order_line') return null
    const described = platform.describeTable(RECEIPT_STAGE.table)
    if (!described) return null
    const have = new Set(described.map((c) => c.name))
    const { table: _table, ...columns } = RECEIPT_STAGE
    const needed = [columns.poNumber, columns.poLineNumber, columns.quantity]
    if (!needed.every((c) => have.has(c))) return null
    return {
        ...RECEIPT_STAGE,
        receiptNumber: have.has(columns.receiptNumber ?? '') ? columns.receiptNumber : null,
        reference: have.has(columns.reference ?? '') ? columns.reference : null,
    }
}
