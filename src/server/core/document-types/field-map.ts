import type { FinancialField, ReceiptField } from '../domain/canonical-document'
/**
 * Canonical values a target record can receive, of the document's own shape (a receipt's fields
 * for a receipt, a financial document's for an invoice or order); `externalReference` is the staging key.
 */
export type MappedField = FinancialField | ReceiptField

/**
 * Values of one document line a line-table column can receive (CanonicalLine). `lineGlAccount` and
 * `lineCostCenter` are the mapped coding of the line's first posting: the documented line tables
 * have one GL account and one cost center column per line, and a row per posting would repeat the
 * line's quantity and amount in the match. `lineReference` is the line's connector key (the
 * document's staging key and the line number), by which a half-written document's lines are
 * recognised; `lineState` is open, closed or removed; `headerRecord` is the sys_id of the header's
 * own target record (a legacy table's reference to its parent).
 */
export type LineField =
    | 'lineNumber'
    | 'lineDescription'
    | 'lineQuantity'
    | 'lineUnitPrice'
    | 'lineAmount'
    | 'lineGlAccount'
    | 'lineCostCenter'
    | 'poLineOrder'
    | 'poLineNumber'
    | 'quantityReceived'
    | 'quantityInvoiced'
    | 'lineState'
    | 'lineReference'
    | 'headerRecord'

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
    | { kind: 'line'; field: LineField }

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
    /** The documents' lines, where the preset has a line table; without it only headers are staged. */
    lines?: LineMapDefinition
}

/**
 * A preset's line table for one object type: its columns take line values (source kind `line`) and
 * the header's (kind `field`, `setting`, `constant`, `lookup`). One column holds `lineReference`.
 */
export interface LineMapDefinition {
    defaultTable: string
    columns: readonly MappedColumn[]
    lock: { column: string; states: readonly string[] }
}

/**
 * A preset that stages no documents of a type, and why (shown at Test connection): the type is off
 * for connections using that preset, whatever its row says.
 */
interface NotStaged {
    notStaged: string
}

/** What a preset does with one type: a target to write, or not staged and why. */
export type PresetTarget = FieldMapDefinition | NotStaged

export function isStaged(target: PresetTarget): target is FieldMapDefinition {
    return !('notStaged' in target)
}

/** A line map compiled for a run: the column holding each line's connector key named. */
export interface LineMap extends LineMapDefinition {
    lineReference: string
}

/** A definition compiled for a run (core/staging/field-map-rows): the staging-key column named. */
export interface FieldMap extends Omit<FieldMapDefinition, 'lines'> {
    externalReference: string
    /** Null: the preset stages headers only for this type. */
    lines: LineMap | null
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

export function lineField(column: string, name: LineField): MappedColumn {
    return { column, source: { kind: 'line', field: name }, transform: 'none' }
}
