/**
 * How a purchase-order line is numbered in every staged row that names it: IFS's line number, with
 * the release after a slash where IFS has one ("3", "3/2"). PO line rows, invoice lines' PO line
 * references and receipts all use this one form, so a three-way match joins them by equal text.
 */
export function poLineNumberText(lineNumber: string, releaseNumber: string | null): string {
    return releaseNumber ? `${lineNumber}/${releaseNumber}` : lineNumber
}
