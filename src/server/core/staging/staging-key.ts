import type { ObjectType } from '../../../tables/object-types'
import type { CanonicalDocument } from '../domain/canonical-document'
import type { Digest } from '../../ports/digest'
import type { StagingKeyPart } from '../document-types/document-type'
import { documentTypeOf } from '../document-types/object-type'

/** 64 hex characters: SHA-256 of the normalised identity of one source document. */
export type StagingKey = string & { readonly __brand: 'StagingKey' }

export interface StagingKeyParts {
    connectionSysId: string
    objectType: ObjectType
    company: string
    documentNumber: string
    /** ISO date-time in UTC, or a date; only the UTC date counts. */
    createdAt: string
    /** Read only by types whose key has a `supplierNumber` part (numbers unique per supplier). */
    supplierNumber: string | null
}

// The identity parts are taken exactly as IFS holds them: `PO-1`, `po-1` and `PO-1 ` are three
// documents in IFS (Oracle compares binary), so they get three keys. Only the creation date is
// normalised (its UTC date), since it is a date, not text.
const PART_TEXT: Readonly<Record<StagingKeyPart, (parts: StagingKeyParts) => string>> = {
    company: (p) => p.company,
    documentNumber: (p) => p.documentNumber,
    createdDate: (p) => p.createdAt.trim().slice(0, 10),
    supplierNumber: (p) => p.supplierNumber ?? '',
}

/**
 * The text that is hashed: the connection, the type, then the type's own key parts (its
 * definition's `stagingKey`), text exactly as given, creation date as its UTC date, joined as a
 * JSON array so that no value can imitate a separator ("A|B" + "C" never equals "A" + "B|C").
 */
export function stagingKeyText(parts: StagingKeyParts): string {
    const own = documentTypeOf(parts.objectType).stagingKey.map((part) => PART_TEXT[part](parts))
    return JSON.stringify([parts.connectionSysId.trim(), parts.objectType, ...own])
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
