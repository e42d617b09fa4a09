import type { KeyField, SourceField, StampField } from './source-field'

/**
 * Where IFS holds a document type's lines and how they are named: the line half of a source
 * mapping. Lines are their own entity sets in IFS (collection navigations such as
 * `PurchaseOrderSet(...)/LinePartArray` cannot be `$expand`ed), so they are read per page of
 * headers with a `$filter` on the parents' keys (core/lines).
 */
export interface LineSource {
    /** `<Projection>.svc/<EntitySet>` of the line rows. */
    entitySet: string
    /** The line's own modification stamp, when the set has one; the document's stamp otherwise. */
    modified: StampField | null
    /** Unique key fields of a line, in IFS's key order (the line's source key). */
    keys: readonly KeyField[]
    /**
     * The line's fields that hold its document's key, pairwise with the document's key fields
     * (same order, same kinds): `OrderNo`, or `Company` + `InvoiceId`.
     */
    parentKeys: readonly KeyField[]
    fields: LineFields
    /** The posting rows that code the lines (invoices); null when a line carries its own coding. */
    postings: PostingSource | null
}

/** Canonical line field → IFS field; null where the type has no such field. */
export interface LineFields {
    /** IFS's line number: `LineNo` of a PO line, `ItemId` of an invoice line. */
    lineNumber: SourceField
    /** PO lines: the release of the line (`ReleaseNo`); shown after a slash ("3/2"). */
    releaseNumber: SourceField | null
    description: SourceField | null
    quantity: SourceField
    unitPrice: SourceField | null
    /** Net line amount in the document's currency. */
    amount: SourceField
    quantityReceived: SourceField | null
    quantityInvoiced: SourceField | null
    /** The line's IFS state; the line is closed when it is one of CLOSED_LINE_STATES. */
    state: SourceField | null
    /** A line coded on itself (PO lines): its GL account and cost center; null when postings code it. */
    glAccount: SourceField | null
    costCenter: SourceField | null
    /** Invoice lines: the purchase-order line billed. */
    poOrderNumber: SourceField | null
    poLineNumber: SourceField | null
    poReleaseNumber: SourceField | null
}

/** The posting rows of a document's lines: each names the line it codes. */
export interface PostingSource {
    entitySet: string
    keys: readonly KeyField[]
    /** Pairwise with the document's key fields, like LineSource.parentKeys. */
    parentKeys: readonly KeyField[]
    /** The posting's field holding its line's number (the line's `lineNumber` value, e.g. `ItemId`). */
    lineKey: SourceField
    fields: PostingFields
}

interface PostingFields {
    postingNumber: SourceField
    glAccount: SourceField
    costCenter: SourceField
    amount: SourceField
}

/**
 * IFS states in which a line expects no more receipts or invoices (`Objstate` of a PO line;
 * compared without regard to case). IFS's `CloseCode` says how a line is closed (Automatic,
 * Manual), not whether it is, so the state decides.
 */
export const CLOSED_LINE_STATES: readonly string[] = ['closed', 'cancelled']

/** Every IFS field a line read needs, each once: the `$select` of a line request. */
export function lineSelect(lines: LineSource): string[] {
    const names = [...(lines.modified ? [lines.modified.name] : []), ...lines.keys.map((k) => k.name)]
    names.push(...lines.parentKeys.map((k) => k.name))
    const fields: readonly (SourceField | null)[] = Object.values(lines.fields)
    for (const f of fields) if (f) names.push(f.name)
    return Array.from(new Set(names))
}

/** Every IFS field a posting read needs, each once. */
export function postingSelect(postings: PostingSource): string[] {
    const names = [...postings.keys.map((k) => k.name), ...postings.parentKeys.map((k) => k.name)]
    names.push(postings.lineKey.name, ...Object.values(postings.fields).map((f: SourceField) => f.name))
    return Array.from(new Set(names))
}
