import type { CanonicalDocument, FinancialType, ReceiptType } from '../domain/canonical-document'
import { isReceipt, isReceiptType } from '../domain/canonical-document'
import type { Digest } from '../../ports/digest'
import type { FinancialKeyPart, ReceiptKeyPart, StagingKeyPart } from '../document-types/document-type'
import { documentTypeOf } from '../document-types/object-type'

/** 64 hex characters: SHA-256 of the normalised identity of one source document. */
export type StagingKey = string & { readonly __brand: 'StagingKey' }

/** A financial document's identity. */
export interface FinancialKeyParts {
    connectionSysId: string
    objectType: FinancialType
    company: string
    documentNumber: string
    /** ISO date-time in UTC, or a date; only the UTC date counts. */
    createdAt: string
    /** Read only by types whose key has a `supplierNumber` part (numbers unique per supplier). */
    supplierNumber: string | null
}

/** A receipt's identity: its PO line release and its number within it. */
export interface ReceiptKeyParts {
    connectionSysId: string
    objectType: ReceiptType
    poNumber: string
    poLineNo: string
    poReleaseNo: string
    receiptNumber: string
}

export type StagingKeyParts = FinancialKeyParts | ReceiptKeyParts

// The identity parts are taken exactly as IFS holds them: `PO-1`, `po-1` and `PO-1 ` are three
// documents in IFS (Oracle compares binary), so they get three keys. Only the creation date is
// normalised (its UTC date), since it is a date, not text.
const FINANCIAL_PART: Readonly<Record<FinancialKeyPart, (parts: FinancialKeyParts) => string>> = {
    company: (p) => p.company,
    documentNumber: (p) => p.documentNumber,
    createdDate: (p) => p.createdAt.trim().slice(0, 10),
    supplierNumber: (p) => p.supplierNumber ?? '',
}

const RECEIPT_PART: Readonly<Record<ReceiptKeyPart, (parts: ReceiptKeyParts) => string>> = {
    poNumber: (p) => p.poNumber,
    poLineNo: (p) => p.poLineNo,
    poReleaseNo: (p) => p.poReleaseNo,
    receiptNumber: (p) => p.receiptNumber,
}

const isReceiptParts = (parts: StagingKeyParts): parts is ReceiptKeyParts => isReceiptType(parts.objectType)

/** One part's text; a definition naming a part of another shape is a programming error. */
function partText(parts: StagingKeyParts, part: StagingKeyPart): string {
    if (isReceiptParts(parts)) {
        if (part in RECEIPT_PART) return RECEIPT_PART[part as ReceiptKeyPart](parts)
    } else if (part in FINANCIAL_PART) return FINANCIAL_PART[part as FinancialKeyPart](parts)
    throw new Error(`The staging key of ${parts.objectType} names ${part}, which its documents do not have`)
}

/**
 * The text that is hashed: the connection, the type, then the type's own key parts (its
 * definition's `stagingKey`), text exactly as given, creation date as its UTC date, joined as a
 * JSON array so that no value can imitate a separator ("A|B" + "C" never equals "A" + "B|C").
 */
export function stagingKeyText(parts: StagingKeyParts): string {
    const own = documentTypeOf(parts.objectType).stagingKey.map((part) => partText(parts, part))
    return JSON.stringify([parts.connectionSysId.trim(), parts.objectType, ...own])
}

export function stagingKeyOf(parts: StagingKeyParts, digest: Digest): StagingKey {
    return digest.sha256Hex(stagingKeyText(parts)) as StagingKey
}

/** The key parts a document carries, of its shape. */
function partsOf(connectionSysId: string, doc: CanonicalDocument): StagingKeyParts {
    if (isReceipt(doc)) {
        const { objectType, poNumber, poLineNo, poReleaseNo, receiptNumber } = doc
        return { connectionSysId, objectType, poNumber, poLineNo, poReleaseNo, receiptNumber }
    }
    const { objectType, company, documentNumber, createdAt, supplierNumber } = doc
    return { connectionSysId, objectType, company, documentNumber, createdAt, supplierNumber }
}

export function stagingKeyOfDocument(connectionSysId: string, doc: CanonicalDocument, digest: Digest): StagingKey {
    return stagingKeyOf(partsOf(connectionSysId, doc), digest)
}
