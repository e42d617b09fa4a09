import type { Random } from './random'
import type { EmulatorRow } from './row'
import { INVOICE_ITEM, INVOICE_POSTING, PO_LINE } from './line-schema'

/**
 * One bad line in a document, when the dataset asks for them (`badLineShare`): a GL account or a
 * cost center its company lacks on a PO line or on an invoice line's posting row, or a quantity
 * that is not a number. The line manifest finds them by its own rules (line-manifest.ts); the
 * header stays good, so its document is bad only through the line.
 */
type LineDefect = 'gl' | 'cc' | 'qty'

const DEFECTS: readonly LineDefect[] = ['gl', 'cc', 'qty']

/** Spoils one of the PO's lines in place; returns the spoiled row. */
export function spoilPoLine(lines: EmulatorRow[], rnd: Random): EmulatorRow {
    const defect = rnd.pick(DEFECTS)
    const line = rnd.pick(lines)
    spoil(line, defect, { gl: PO_LINE.glAccount, cc: PO_LINE.costCenter, qty: PO_LINE.quantity })
    return line
}

/** Spoils one of the invoice's posting rows (a code) or lines (the quantity) in place. */
export function spoilInvoiceLine(rows: { items: EmulatorRow[]; postings: EmulatorRow[] }, rnd: Random): EmulatorRow {
    const defect = rnd.pick(DEFECTS)
    const row = defect === 'qty' ? rnd.pick(rows.items) : rnd.pick(rows.postings)
    spoil(row, defect, { gl: INVOICE_POSTING.glAccount, cc: INVOICE_POSTING.costCenter, qty: INVOICE_ITEM.quantity })
    return row
}

function spoil(row: EmulatorRow, defect: LineDefect, fields: Record<LineDefect, string>): void {
    const bad: Record<LineDefect, string> = { gl: '9999X', cc: 'CCX999', qty: '12,5x' }
    row[fields[defect]] = bad[defect]
}
