import type { ObjectType } from '../../../tables/object-types'
import { documentTypeOf } from '../document-types/object-type'
import type { DocumentType } from '../document-types/object-type'
import type { CanonicalLine } from './canonical-line'

/** The object types whose documents are receipts (goods received against a PO line): their definitions say so. */
export type ReceiptType = Extract<DocumentType, { shape: 'goods_received' }>['id']
/** The object types whose documents are financial: supplier, company, amounts, coding. */
export type FinancialType = Exclude<ObjectType, ReceiptType>

/** What every canonical document has, whatever its shape. */
interface DocumentBase {
    objectType: ObjectType
    /**
     * How AP users and flags name the document: an invoice or PO number; for a receipt, its PO
     * number, PO line and receipt number ("PO-1 1/1 receipt 2"), since IFS numbers receipts per PO line.
     */
    documentNumber: string
    state: string
    /** Source modification stamp, for the audit trail. */
    modified: string
    /** The IFS key, JSON, e.g. `{"Company":"10","InvoiceId":42}`. */
    sourceKey: string
    /** The document's lines, in line-number order; empty for a type without lines. */
    lines: readonly CanonicalLine[]
}

/** A supplier invoice or purchase order in the connector's own terms, between IFS rows and target records. */
export interface FinancialDocument extends DocumentBase {
    objectType: FinancialType
    company: string
    supplierNumber: string
    supplierName: string | null
    /** YYYY-MM-DD */
    documentDate: string
    /** ISO date-time, UTC */
    createdAt: string
    dueDate: string | null
    currency: string
    netAmount: number
    taxAmount: number
    grossAmount: number
    poReference: string | null
    glAccount: string
    costCenter: string
    /** ServiceNow values from dimension_map. */
    glAccountMapped: string | null
    costCenterMapped: string | null
}

/**
 * Goods received against one PO line release. It has no company, supplier, amount or coding of its
 * own (those are its PO's), so it carries none: nothing to enrich, nothing to code.
 */
export interface ReceiptDocument extends DocumentBase {
    objectType: ReceiptType
    /** IFS's receipt number, unique within its PO line release. */
    receiptNumber: string
    poNumber: string
    /** The PO line as PO line rows are numbered ("3/1", domain/po-line-number). */
    poLineNumber: string
    poLineNo: string
    poReleaseNo: string
    quantityReceived: number
    /** YYYY-MM-DD */
    receiptDate: string
    lines: readonly []
}

/** A source document of any type: its objectType says which shape it has. */
export type CanonicalDocument = FinancialDocument | ReceiptDocument

export function isReceiptType(objectType: ObjectType): objectType is ReceiptType {
    return documentTypeOf(objectType).shape === 'goods_received'
}

export function isReceipt(doc: CanonicalDocument): doc is ReceiptDocument {
    return isReceiptType(doc.objectType)
}

/** The supplier's number, for documents that have one (a receipt's supplier is its PO's). */
export function supplierNumberOf(doc: CanonicalDocument): string | null {
    return isReceipt(doc) ? null : doc.supplierNumber
}

/** The supplier's name as enrichment found it; a receipt has none. */
export function supplierNameOf(doc: CanonicalDocument): string | null {
    return isReceipt(doc) ? null : doc.supplierName
}

/** How a financial document's canonical field is named in messages to AP users. */
export const FINANCIAL_FIELD_LABELS = {
    company: 'company',
    documentNumber: 'document number',
    supplierNumber: 'supplier number',
    supplierName: 'supplier name',
    documentDate: 'document date',
    createdAt: 'creation date',
    dueDate: 'due date',
    currency: 'currency',
    netAmount: 'net amount',
    taxAmount: 'tax amount',
    grossAmount: 'gross amount',
    poReference: 'purchase order reference',
    glAccount: 'GL account',
    costCenter: 'cost center',
    state: 'IFS state',
    externalReference: 'external reference',
} as const

/** How a receipt's canonical field is named in messages. */
const RECEIPT_LABELS = {
    receiptNumber: 'receipt number',
    poNumber: 'purchase order number',
    poLineNumber: 'purchase order line number',
    poLineNo: 'purchase order line',
    poReleaseNo: 'purchase order release',
    quantityReceived: 'quantity received',
    receiptDate: 'receipt date',
    state: 'IFS state',
    externalReference: 'external reference',
} as const

/** Every canonical field a field map can name, with its label. */
export const FIELD_LABELS = { ...FINANCIAL_FIELD_LABELS, ...RECEIPT_LABELS } as const

export type FinancialField = keyof typeof FINANCIAL_FIELD_LABELS
export type ReceiptField = keyof typeof RECEIPT_LABELS

/** The fields a document of this type has, so a field map naming another type's field is refused. */
export function canonicalFieldsOf(objectType: ObjectType): readonly (keyof typeof FIELD_LABELS)[] {
    return Object.keys(
        isReceiptType(objectType) ? RECEIPT_LABELS : FINANCIAL_FIELD_LABELS
    ) as (keyof typeof FIELD_LABELS)[]
}
