/** Canonical values a target record can receive; `externalReference` is the staging key. */
export type MappedField =
    | 'documentNumber'
    | 'supplierNumber'
    | 'supplierName'
    | 'company'
    | 'documentDate'
    | 'createdAt'
    | 'dueDate'
    | 'currency'
    | 'netAmount'
    | 'taxAmount'
    | 'grossAmount'
    | 'poReference'
    | 'glAccount'
    | 'costCenter'
    | 'state'
    | 'externalReference'

/**
 * Canonical field → target column for one object type. The external reference is mandatory: the
 * crash repair finds a half-staged document by it. `lock` names the target's own state column and
 * the states after which a change from IFS must not be written (it is flagged instead).
 */
export interface FieldMap {
    defaultTable: string
    columns: Partial<Record<MappedField, string>> & { externalReference: string }
    lock: { column: string; states: readonly string[] }
}
