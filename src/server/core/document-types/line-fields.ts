import type { LineField } from './field-map'

/** How messages name each line value (and the field-map table's hint lists them). */
export const LINE_FIELD_LABELS: Readonly<Record<LineField, string>> = {
    lineNumber: 'line number',
    lineDescription: 'line description',
    lineQuantity: 'line quantity',
    lineUnitPrice: 'line unit price',
    lineAmount: 'line amount',
    lineGlAccount: 'line GL account',
    lineCostCenter: 'line cost center',
    poLineOrder: 'purchase order of the line',
    poLineNumber: 'purchase order line',
    quantityReceived: 'quantity received',
    quantityInvoiced: 'quantity invoiced',
    lineState: 'line state',
    lineReference: 'line connector key',
    headerRecord: 'header record',
}

export const LINE_FIELDS = Object.keys(LINE_FIELD_LABELS) as LineField[]

/** What `lineState` writes: a line IFS has closed, or one no longer in IFS (kept, marked). */
export type LineState = 'open' | 'closed' | 'removed'
