import type { CanonicalLine } from '../domain/canonical-line'
import type { LineField } from '../document-types/field-map'
import type { LineState } from '../document-types/line-fields'
import { poLineNumberText } from '../domain/po-line-number'

/**
 * What one line row is written from besides its document: the line, its state, its connector key
 * and the header's own target record (for a line table that references its parent).
 */
export interface LineContext {
    line: CanonicalLine
    state: LineState
    reference: string
    headerRecord: string | null
}

/** The IFS line number of the PO line billed, with its release as a PO line's own number has it ("3/2"). */
function poLineNumber(line: CanonicalLine): string | null {
    const ref = line.poLine
    if (!ref) return null
    return poLineNumberText(ref.lineNumber, ref.releaseNumber)
}

type Value = string | number | null

/** The first posting's coding: the documented line tables hold one per line (see LineField). */
const firstPosting = (line: CanonicalLine) => (line.postings.length > 0 ? line.postings[0] : null)

const LINE_VALUES: Readonly<Record<LineField, (ctx: LineContext) => Value>> = {
    lineNumber: ({ line }) => line.lineNumber,
    lineDescription: ({ line }) => line.description,
    lineQuantity: ({ line }) => line.quantity,
    lineUnitPrice: ({ line }) => line.unitPrice,
    lineAmount: ({ line }) => line.amount,
    lineGlAccount: ({ line }) => firstPosting(line)?.glAccountMapped ?? null,
    lineCostCenter: ({ line }) => firstPosting(line)?.costCenterMapped ?? null,
    poLineOrder: ({ line }) => (line.poLine ? line.poLine.orderNumber : null),
    poLineNumber: ({ line }) => poLineNumber(line),
    quantityReceived: ({ line }) => line.quantityReceived,
    quantityInvoiced: ({ line }) => line.quantityInvoiced,
    lineState: (ctx) => ctx.state,
    lineReference: (ctx) => ctx.reference,
    headerRecord: (ctx) => ctx.headerRecord,
}

/** The value of one line field for one line row, before conversion to the column. */
export function lineValue(ctx: LineContext, field: LineField): Value {
    return LINE_VALUES[field](ctx)
}

/**
 * The line as a removed line's row shows it: IFS no longer has it, so only its number is known; the
 * row marks it removed with nothing left to receive or invoice (quantity and amount 0).
 */
export function removedLine(lineNumber: string, modified: string): CanonicalLine {
    return {
        sourceKey: '',
        lineNumber,
        description: null,
        quantity: 0,
        unitPrice: null,
        amount: 0,
        quantityReceived: null,
        quantityInvoiced: null,
        closed: true,
        poLine: null,
        postings: [],
        modified,
    }
}
