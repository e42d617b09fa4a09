import type { FieldMapPreset } from '../config/connection-config'
import type { PresetTarget } from './field-map'
import type { PlatformRequirement } from './platform-plugins'
import type { LineSource } from './line-source'
import type { DocumentSource, SourceFieldName } from './source-field'

/**
 * The values a staging key is made of after the connection and the object type, in this order.
 * A financial document's: `createdDate` is the UTC date of the creation stamp; `supplierNumber` is
 * for types whose document numbers are unique per supplier only.
 */
export type FinancialKeyPart = 'company' | 'documentNumber' | 'createdDate' | 'supplierNumber'
/** A receipt's: its PO number, PO line and release, and its own number (unique within the release). */
export type ReceiptKeyPart = 'poNumber' | 'poLineNo' | 'poReleaseNo' | 'receiptNumber'
export type StagingKeyPart = FinancialKeyPart | ReceiptKeyPart

/** The canonical shapes a document type's rows are mapped to (domain/canonical-document). */
type DocumentShape = 'financial' | 'goods_received'

/**
 * Everything the connector knows about one kind of IFS document. The engine, the tables' choices,
 * the status lines and the runner read a type only through its definition (document-types/registry).
 */
export interface DocumentTypeDefinition<Id extends string = string, ConfigKey extends string = string> {
    /** Stored in object_type columns and the cursor; never renamed once released. */
    id: Id
    /** Choice label, e.g. 'Supplier invoice'. */
    label: string
    /**
     * Which canonical document its rows become: financial (company, supplier, amounts, coding) or a
     * receipt (goods received against a PO line). The domain's type guards read it, not the id.
     */
    shape: DocumentShape
    /** In status lines and counts, e.g. 'supplier invoices'. */
    pluralLabel: string
    /** Names one document in a message, e.g. 'Invoice INV-1 was not staged'. */
    noun: string
    /**
     * `<Projection>.svc/<EntitySet>` of the default IFS projection: a new connection's type row gets
     * it, and an empty entity set on the row means it.
     */
    defaultEntitySet: string
    /** Its key under `objects` in the local CLI's config file. */
    localConfigKey: ConfigKey
    /**
     * The id of the type this one is on by default with, in the local config file (receipts with
     * purchase orders); absent: on by default.
     */
    enabledWith?: string
    /** Where IFS holds it: stamp, keys and the fields the canonical document is mapped from. */
    source: DocumentSource
    /**
     * Where IFS holds its lines under the default names (`ifs_cloud`); a connection's `lines`
     * override switches reading them on and renames them. Absent: the type has no lines.
     */
    lines?: LineSource
    /** Canonical fields that may be empty in IFS without the document being flagged. */
    optionalFields: readonly SourceFieldName[]
    /** How its staging key (identity in the target) is made. */
    stagingKey: readonly StagingKeyPart[]
    /**
     * Target table and columns per field-map preset: the shipped field-map rows
     * (core/staging/field-map-rows); or, where a preset has no table for the type, why it is not staged.
     */
    fieldMaps: Readonly<Record<FieldMapPreset, PresetTarget>>
    /** Plugins and roles the instance needs per preset before this type can be staged. */
    platform: Readonly<Record<FieldMapPreset, PlatformRequirement>>
}
