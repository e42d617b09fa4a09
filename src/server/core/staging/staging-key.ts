import type { ObjectType } from '../../../tables/object-types'
import type { CanonicalDocument } from '../domain/canonical-document'
import type { Digest } from '../../ports/digest'

/** 64 hex characters: SHA-256 of the normalised identity of one source document. */
export type StagingKey = string & { readonly __brand: 'StagingKey' }

export interface StagingKeyParts {
    connectionSysId: string
    objectType: ObjectType
    company: string
    documentNumber: string
    /** ISO date-time in UTC, or a date; only the UTC date counts. */
    createdAt: string
    /** Supplier invoices only: an invoice number is unique per supplier, not per company. */
    supplierNumber: string | null
}

/**
 * The normalised text that is hashed: values trimmed, creation date as its UTC date, joined as a
 * JSON array so that no value can imitate a separator ("A|B" + "C" never equals "A" + "B|C").
 */
export function stagingKeyText(parts: StagingKeyParts): string {
    const fields = [
        parts.connectionSysId.trim(),
        parts.objectType,
        parts.company.trim(),
        parts.documentNumber.trim(),
        parts.createdAt.trim().slice(0, 10),
    ]
    if (parts.objectType === 'supplier_invoice') fields.push((parts.supplierNumber ?? '').trim())
    return JSON.stringify(fields)
}

export function stagingKeyOf(parts: StagingKeyParts, digest: Digest): StagingKey {
    return digest.sha256Hex(stagingKeyText(parts)) as StagingKey
}

export function stagingKeyOfDocument(connectionSysId: string, doc: CanonicalDocument, digest: Digest): StagingKey {
    return stagingKeyOf(
        {
            connectionSysId,
            objectType: doc.objectType,
            company: doc.company,
            documentNumber: doc.documentNumber,
            createdAt: doc.createdAt,
            supplierNumber: doc.supplierNumber,
        },
        digest
    )
}
