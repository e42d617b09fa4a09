import type { ObjectType } from '../../../tables/object-types'

/**
 * IFS field names, as the default projections name them. One place for the engine (cursor and
 * key fields), the mapper (canonical fields) and the emulator (what it serves).
 */
type FieldKind = 'string' | 'number' | 'date' | 'datetime'

export interface SourceField {
    name: string
    kind: FieldKind
}

export interface DocumentSource {
    /** Modification stamp; IFS's Objversion is `YYYYMMDDHHMMSS` (UTC), compared as a string. */
    modified: SourceField
    /** Unique key fields in order: the cursor's tie-breaker and the re-read predicate. */
    keys: readonly SourceField[]
    /** Canonical document field → IFS field. */
    fields: {
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
}

const s = (name: string): SourceField => ({ name, kind: 'string' })
const n = (name: string): SourceField => ({ name, kind: 'number' })
const d = (name: string): SourceField => ({ name, kind: 'date' })
const dt = (name: string): SourceField => ({ name, kind: 'datetime' })

export const DOCUMENT_SOURCES: Readonly<Record<ObjectType, DocumentSource>> = {
    purchase_order: {
        modified: s('Objversion'),
        keys: [s('OrderNo')],
        fields: {
            company: s('Company'),
            documentNumber: s('OrderNo'),
            supplierNumber: s('VendorNo'),
            documentDate: d('OrderDate'),
            createdAt: dt('DateEntered'),
            dueDate: d('WantedReceiptDate'),
            currency: s('CurrencyCode'),
            netAmount: n('NetAmount'),
            taxAmount: n('TaxAmount'),
            grossAmount: n('GrossAmount'),
            poReference: null,
            glAccount: s('CodeA'),
            costCenter: s('CodeB'),
            state: s('Objstate'),
        },
    },
    supplier_invoice: {
        modified: s('Objversion'),
        keys: [s('Company'), n('InvoiceId')],
        fields: {
            company: s('Company'),
            documentNumber: s('InvoiceNo'),
            supplierNumber: s('Identity'),
            documentDate: d('InvoiceDate'),
            createdAt: dt('CreationDate'),
            dueDate: d('DueDate'),
            currency: s('Currency'),
            netAmount: n('NetCurrAmount'),
            taxAmount: n('VatCurrAmount'),
            grossAmount: n('GrossCurrAmount'),
            poReference: s('PoRef'),
            glAccount: s('CodeA'),
            costCenter: s('CodeB'),
            state: s('Objstate'),
        },
    },
}

/** Master data sets: suppliers (global) and accounting code parts (per company). */
export const SUPPLIER_FIELDS = { id: s('SupplierId'), name: s('Name') }
export const CODE_PART_FIELDS = {
    value: s('CodeValue'),
    description: s('Description'),
    validFrom: d('ValidFrom'),
    validUntil: d('ValidUntil'),
}

/** Every IFS field a document's mapping needs: the `$select` of a data page. */
export function selectFor(objectType: ObjectType): string[] {
    const src = DOCUMENT_SOURCES[objectType]
    const names = [src.modified.name, ...src.keys.map((k) => k.name)]
    for (const f of Object.values(src.fields)) if (f) names.push(f.name)
    return Array.from(new Set(names))
}
