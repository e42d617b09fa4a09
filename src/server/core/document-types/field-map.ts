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

/** Connection settings a column may be filled from (the connection form's Targets section). */
export type ConnectionSetting = 'erpSource' | 'externalInvoiceSource'

/**
 * A look-up's scope: the looked-up record's `column` must also hold what this map writes to the
 * target column `from` (another row of the same map, itself unscoped). A supplier is one per legal
 * entity, so the supplier row is scoped by the legal entity row's resolved sys_id.
 */
export interface LookupScope {
    column: string
    from: string
}

/**
 * Where one target column's value comes from: a canonical field of the document, a constant, a
 * connection setting, or a reference look-up (the sys_id of the record of `table` whose `match`
 * column holds the canonical field's value, within `scope` when given).
 */
export type ColumnSource =
    | { kind: 'field'; field: MappedField }
    | { kind: 'constant'; value: string }
    | { kind: 'setting'; setting: ConnectionSetting }
    | { kind: 'lookup'; field: MappedField; table: string; match: string; scope?: LookupScope }

export type LookupSource = Extract<ColumnSource, { kind: 'lookup' }>

/** `date`: the value's date as yyyy-mm-dd (what the import tables' date columns take as text). */
export type ValueTransform = 'none' | 'date'

/** One target column: its name, where its value comes from, and how the value is shaped. */
export interface MappedColumn {
    column: string
    source: ColumnSource
    transform: ValueTransform
}

/**
 * One preset's target for one object type, as shipped: the default table, every column written
 * (one of them holds the staging key: a `field` source `externalReference`, which the crash repair
 * finds a half-staged document by), and `lock`: the target's own state column and the states after
 * which a change from IFS must not be written (it is flagged instead).
 */
export interface FieldMapDefinition {
    defaultTable: string
    columns: readonly MappedColumn[]
    lock: { column: string; states: readonly string[] }
}

/** A definition compiled for a run (core/staging/field-map-rows): the staging-key column named. */
export interface FieldMap extends FieldMapDefinition {
    externalReference: string
}

export function field(column: string, name: MappedField, transform: ValueTransform = 'none'): MappedColumn {
    return { column, source: { kind: 'field', field: name }, transform }
}

export function constant(column: string, value: string): MappedColumn {
    return { column, source: { kind: 'constant', value }, transform: 'none' }
}

export function setting(column: string, name: ConnectionSetting): MappedColumn {
    return { column, source: { kind: 'setting', setting: name }, transform: 'none' }
}

/** `table.match`, optionally within `scope` (e.g. `{ column: 'legal_entity', from: 'legal_entity' }`). */
export function lookup(
    column: string,
    name: MappedField,
    [table, match]: readonly [string, string],
    scope?: LookupScope
): MappedColumn {
    const source: LookupSource = { kind: 'lookup', field: name, table, match }
    // No spread: this file is bundled into the connection form's client script too.
    if (scope) source.scope = scope
    return { column, source, transform: 'none' }
}
