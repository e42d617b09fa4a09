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

/**
 * The staged PO lines: PO number and PO line number ("LineNo/ReleaseNo"), as invoice lines cite
 * them. A line table with a PO number column of its own (the order line stage) holds both; legacy
 * `proc_po_item` holds neither: its PO number is its header's (`purchase_order` references the
 * `proc_po` record, whose `number` it is) and its line number ends its connector key.
 */
export interface PoLineColumns {
    table: string
    /** The line table's PO number column; null: the line's header record holds it (`header`). */
    poNumber: string | null
    header: PoHeaderColumns | null
    /** The line number's column; null: the end of the line's connector key (`<staging key>:<line number>`). */
    lineNumber: string | null
    reference: string | null
    state: string | null
}

/** Where a PO line's header is: the line's reference column, the header table and its PO number column. */
interface PoHeaderColumns {
    record: string
    table: string
    number: string
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
    /** The table the connection stages purchase order headers into (its partition's); default the map's. */
    orderTable?: string
    receipts: StagedReceipts | null
}

/**
 * The match's columns, read off the compiled field maps by canonical field: the invoice line map's
 * PO number and PO line (`poLineOrder`, `poLineNumber`), the PO line map's document number and line
 * number (or, for legacy proc_po_item, its header record and that header's document number, the line
 * number from its connector key), the receipt map's PO number, PO line and quantity received. Null
 * when either line map lacks them (a preset without line tables) or the instance has no PO line
 * table: readiness is then not judged. Line tables take no per-connection override (lines are
 * written to their map's table), so their map's table is where they are; a PO header or receipt
 * partition may name its own table.
 */
export function matchTablesOf(maps: MatchMaps, platform: Platform): MatchTables | null {
    const inv = maps.invoice.lines
    if (!inv || !maps.order.lines) return null
    const poNumber = columnOf(inv, 'line', 'poLineOrder')
    const poLineNumber = columnOf(inv, 'line', 'poLineNumber')
    const poLines = poLineColumnsOf(maps.order, maps.orderTable ?? maps.order.defaultTable, platform)
    if (!poNumber || !poLineNumber || !poLines) return null
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
        receipts: maps.receipts && receiptColumnsOf(maps.receipts, platform),
    }
}

/**
 * The PO line side: the PO number from the line table's own column, else through the line's
 * header record (`headerRecord`) and the header map's document number; the line number from its
 * column, else from the connector key. Null when neither way is mapped or a table is missing (the
 * PO line stage's plugin may be missing where only invoices are synced: nothing to match against).
 */
function poLineColumnsOf(order: FieldMap, headerTable: string, platform: Platform): PoLineColumns | null {
    const po = order.lines!
    const own = columnOf(po, 'field', 'documentNumber')
    const record = own ? null : columnOf(po, 'line', 'headerRecord')
    const number = columnOf(order, 'field', 'documentNumber')
    const header = record && number ? { record, table: headerTable, number } : null
    if (!own && (!header || !platform.describeTable(header.table))) return null
    if (!platform.describeTable(po.defaultTable)) return null
    return {
        table: po.defaultTable,
        poNumber: own,
        header,
        lineNumber: columnOf(po, 'line', 'lineNumber'),
        reference: po.lineReference,
        state: columnOf(po, 'line', 'lineState'),
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
