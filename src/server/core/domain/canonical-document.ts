import type { ObjectType } from '../../../tables/object-types'
import type { CanonicalLine } from './canonical-line'

/** A source document in the connector's own terms, between IFS rows and target records. */
export interface CanonicalDocument {
    objectType: ObjectType
    company: string
    documentNumber: string
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
    state: string
    /** Source modification stamp, for the audit trail. */
    modified: string
    /** The IFS key, JSON, e.g. `{"Company":"10","InvoiceId":42}`. */
    sourceKey: string
    /** The document's lines, in line-number order; empty for a type without lines. */
    lines: readonly CanonicalLine[]
}

/** How a canonical field is named in messages to AP users. */
export const FIELD_LABELS = {
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
