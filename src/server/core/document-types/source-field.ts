import type { LineSource } from './line-source'

/**
 * How a document type names its IFS fields: the vocabulary of a source mapping. Pure types and
 * constructors, so presets and definitions can be written without importing the engine.
 */
export type FieldKind = 'string' | 'number' | 'date' | 'datetime'

export interface SourceField {
    name: string
    kind: FieldKind
}

/**
 * The modification stamp and how to read it. IFS's `Objversion` is text `YYYYMMDDHHMMSS` (UTC),
 * compared as text; an `Edm.DateTimeOffset` stamp is ISO text in JSON, compared as an instant.
 * The kind follows from the format, so a stamp cannot be declared with a format it cannot have.
 */
export type StampField =
    | { name: string; kind: 'string'; format: 'objversion' }
    | { name: string; kind: 'datetime'; format: 'datetimeoffset' }

/** A key field: text or number (the cursor compares and renders each kind its own way). */
export interface KeyField {
    name: string
    kind: 'string' | 'number'
}

/** Canonical document field → IFS field; the fields a financial document is made of. */
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

/** Canonical receipt field → IFS field: a receipt has no company, supplier, amount or coding. */
interface ReceiptSourceFields {
    receiptNumber: SourceField
    poNumber: SourceField
    poLineNo: SourceField
    poReleaseNo: SourceField
    quantityReceived: SourceField
    receiptDate: SourceField
    state: SourceField
}

/** The fields of one document type, of its shape. */
export type DocumentFields = SourceFields | ReceiptSourceFields

/** A canonical field any shape maps from IFS. */
export type SourceFieldName = keyof SourceFields | keyof ReceiptSourceFields

/** The IFS field holding the company, for types that have one (a receipt has none). */
export function companyFieldOf(source: DocumentSource): SourceField | null {
    return 'company' in source.fields ? source.fields.company : null
}

/** The IFS field holding the document's number, for types that have one (a receipt has its own keys). */
export function documentNumberFieldOf(source: DocumentSource): SourceField | null {
    return 'documentNumber' in source.fields ? source.fields.documentNumber : null
}

/** One document type's resolved source mapping (a preset with a connection's overrides applied). */
export interface DocumentSource {
    /**
     * Where the document's lines are read, when the connection reads them (source override
     * `lines`); absent or null: the document is its header alone, as before lines were read.
     */
    lines?: LineSource | null
    /** Modification stamp: the cursor's first component and the lookback's clock. */
    modified: StampField
    /** Unique key fields in order: the cursor's tie-breaker and the re-read predicate. */
    keys: readonly KeyField[]
    /** Canonical document field → IFS field. */
    fields: DocumentFields
}

export const textField = (name: string): SourceField & KeyField => ({ name, kind: 'string' })
export const numberField = (name: string): SourceField & KeyField => ({ name, kind: 'number' })
export const dateField = (name: string): SourceField => ({ name, kind: 'date' })
export const dateTimeField = (name: string): SourceField => ({ name, kind: 'datetime' })
export const objversionStamp = (name: string): StampField => ({ name, kind: 'string', format: 'objversion' })
export const dateTimeOffsetStamp = (name: string): StampField => ({ name, kind: 'datetime', format: 'datetimeoffset' })

/** Every IFS field a document's mapping needs, each once: the `$select` of a data page. */
export function selectFor(source: DocumentSource): string[] {
    const names = [source.modified.name, ...source.keys.map((k) => k.name)]
    const fields: readonly (SourceField | null)[] = Object.values(source.fields)
    for (const f of fields) if (f) names.push(f.name)
    return Array.from(new Set(names))
}
