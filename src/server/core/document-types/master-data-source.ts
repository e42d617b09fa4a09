import type { SourceField } from './source-field'

/** Where suppliers are read and what their id and name are called. */
export interface SupplierSource {
    entitySet: string
    fields: { id: SourceField; name: SourceField }
}

/** The fields of a code-part value row (GL account, cost center, ...). */
export interface CodePartFields {
    /** The company column of a flat set (one set for every company); unused when the path holds `{company}`. */
    company: SourceField
    value: SourceField
    description: SourceField
    validFrom: SourceField
    validUntil: SourceField
}

/**
 * One accounting dimension's code part: its letter (IFS code parts A..J; which one holds the GL
 * account or cost center is the company's set-up; documents carry it as `Code<letter>` unless the
 * mapping names another field), where its values are read (`{company}` is filled in) and the
 * names of their fields.
 */
export interface CodePartSource {
    entitySet: string
    codePart: string
    fields: CodePartFields
}

/** The master data a connection reads, resolved: preset names with the connection's overrides. */
export interface MasterDataSource {
    supplier: SupplierSource
    glAccount: CodePartSource
    costCenter: CodePartSource
}
