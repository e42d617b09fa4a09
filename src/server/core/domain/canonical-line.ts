/**
 * One line of a document in the connector's own terms: a purchase-order line, or a supplier-invoice
 * item line with the posting rows that code it. Lines travel inside their document
 * (CanonicalDocument.lines): a document is staged with all its lines or not at all.
 */
export interface CanonicalLine {
    /** The IFS key of the line as JSON, key fields in the line source's order. */
    sourceKey: string
    /**
     * How users and target rows name the line within its document: IFS's line number, with the
     * release after a slash where IFS has one ("3", "3/2"). Unique within the document.
     */
    lineNumber: string
    description: string | null
    quantity: number
    unitPrice: number | null
    /** Net line amount in the document's currency. */
    amount: number
    /** PO lines: quantity received so far, and invoiced; null where the type has none. */
    quantityReceived: number | null
    quantityInvoiced: number | null
    /** PO lines: closed in IFS (no more receipts or invoices expected). */
    closed: boolean
    /** Invoice lines: the purchase-order line billed, as IFS names it; null when none. */
    poLine: PurchaseOrderLineRef | null
    /**
     * The line's coding: one posting for a PO line (its own GL account and cost center), one or
     * more for an invoice line (IFS posting rows, which split a line's amount).
     */
    postings: readonly CanonicalPosting[]
    /** The line's own modification stamp where IFS has one, else the document's. */
    modified: string
}

/** A purchase-order line as an invoice line refers to it. */
export interface PurchaseOrderLineRef {
    orderNumber: string
    lineNumber: string
    releaseNumber: string | null
}

/** One coding row of a line: GL account and cost center as in IFS, and as mapped to ServiceNow. */
export interface CanonicalPosting {
    /** IFS row id ("1" for a PO line's own coding). */
    postingNumber: string
    glAccount: string
    costCenter: string
    amount: number
    /** ServiceNow values from dimension_map, filled by enrichment. */
    glAccountMapped: string | null
    costCenterMapped: string | null
}
