/**
 * How a document type names its IFS fields: the vocabulary of a definition's `source`. Pure types
 * and constructors, so the definitions can be written without importing the engine.
 */
type FieldKind = 'string' | 'number' | 'date' | 'datetime'

export interface SourceField {
    name: string
    kind: FieldKind
}

/** Canonical document field → IFS field; the fields the canonical document is made of. */
export interface SourceFields {
    company: SourceField
    documentNumber: SourceField
    supplierNumber: SourceField
    documentDate: SourceField
    createdAt: SourceField
    dueDate: SourceField | null
    currency: SourceField
    netAmount: SourceField
    taxAmount: SourceField
    grossAmount: SourceField
    poReference: SourceField | null
    glAccount: SourceField
    costCenter: SourceField
    state: SourceField
}

export interface DocumentSource {
    /** Modification stamp; IFS's Objversion is `YYYYMMDDHHMMSS` (UTC), compared as a string. */
    modified: SourceField
    /** Unique key fields in order: the cursor's tie-breaker and the re-read predicate. */
    keys: readonly SourceField[]
    /** Canonical document field → IFS field. */
    fields: SourceFields
}

export const textField = (name: string): SourceField => ({ name, kind: 'string' })
export const numberField = (name: string): SourceField => ({ name, kind: 'number' })
export const dateField = (name: string): SourceField => ({ name, kind: 'date' })
export const dateTimeField = (name: string): SourceField => ({ name, kind: 'datetime' })
