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
    /** The receipt's IFS state: a cancelled receipt is no receipt (as the emulator's manifest rules). */
    state: string | null
}

export interface MatchTables {
    invoiceLines: InvoiceLineColumns
    poLines: PoLineColumns
    /** Null: receipts are not staged for this preset; lines then read "receipt not checked". */
    receipts: ReceiptColumns | null
}

const columnOf = (
    map: Pick<LineMap, 'columns'>,
    kind: 'line' | 'field',
    name: LineField | MappedField
): string | null =>
    map.columns.find((c: MappedColumn) => c.source.kind === kind && c.source.field === name)?.column ?? null

/** Where the connection stages receipts: the receipt map and its partition's table (an override or the map's default). */
export interface StagedReceipts {
    map: FieldMap
    table: string
}

/**
 * The field maps the match reads: invoice and PO line maps, and the receipts' — null when the
 * preset stages no receipts or the connection's receipt partition is off ("receipt not checked").
 */
export interface MatchMaps {
    invoice: FieldMap
    order: FieldMap
    receipts: StagedReceipts | null
}

/**
 * The match's columns, read off the compiled field maps by canonical field: the invoice line map's
 * PO number and PO line (`poLineOrder`, `poLineNumber`), the PO line map's document number and line
 * number, the receipt map's PO number, PO line and quantity received. Null when either line map
 * lacks them (a preset without line tables, or one whose PO lines do not carry their PO number,
 * such as legacy proc_po_item) or the instance has no PO line table: readiness is then not judged.
 * Line tables take no per-connection override (lines are written to their map's table), so their
 * map's table is where they are; a receipt partition may name its own table.
 */
export function matchTablesOf(maps: MatchMaps, platform: Platform): MatchTables | null {
    const inv = maps.invoice.lines
    const po = maps.order.lines
    if (!inv || !po) return null
    const poNumber = columnOf(inv, 'line', 'poLineOrder')
    const poLineNumber = columnOf(inv, 'line', 'poLineNumber')
    const orderNumber = columnOf(po, 'field', 'documentNumber')
    const orderLine = columnOf(po, 'line', 'lineNumber')
    if (!poNumber || !poLineNumber || !orderNumber || !orderLine) return null
    // The PO line stage's plugin may be missing where only invoices are synced: nothing to match against.
    if (!platform.describeTable(po.defaultTable)) return null
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
        poLines: {
            table: po.defaultTable,
            poNumber: orderNumber,
            lineNumber: orderLine,
            reference: po.lineReference,
            state: columnOf(po, 'line', 'lineState'),
        },
        receipts: maps.receipts && receiptColumnsOf(maps.receipts, platform),
    }
}

/**
 * The receipt side from the receipt map's columns by canonical field, in the table the connection
 * stages receipts into; null ("receipt not checked") when the map lacks the PO number, PO line or
 * quantity received (an admin deactivated the row), or the instance has no such table.
 */
function receiptColumnsOf({ map, table }: StagedReceipts, platform: Platform): ReceiptColumns | null {
    const of = (name: MappedField) => columnOf(map, 'field', name)
    const poNumber = of('poNumber')
    const poLineNumber = of('poLineNumber')
    const quantity = of('quantityReceived')
    if (!poNumber || !poLineNumber || !quantity || !platform.describeTable(table)) return null
    return {
        table,
        poNumber,
        poLineNumber,
        quantity,
        receiptNumber: of('receiptNumber'),
        reference: map.externalReference,
        state: of('state'),
    }
}
