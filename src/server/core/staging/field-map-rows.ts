import type { ObjectType } from '../../../tables/object-types'
import { OBJECT_TYPES } from '../../../tables/object-types'
import type { FieldMapPreset } from '../config/connection-config'
import { FIELD_LABELS } from '../domain/canonical-document'
import type {
    ColumnSource,
    ConnectionSetting,
    FieldMap,
    FieldMapDefinition,
    PresetTarget,
    LineField,
    LineMap,
    LineMapDefinition,
    MappedColumn,
    MappedField,
    ValueTransform,
} from '../document-types/field-map'
import { LINE_FIELDS } from '../document-types/line-fields'
import { documentTypeOf, isObjectType } from '../document-types/object-type'
import { isStaged } from '../document-types/field-map'
import { canonicalFieldsOf } from '../domain/canonical-document'

/** Header rows write the document's record; line rows one record per document line (its line table). */
export type FieldMapLevel = 'header' | 'line'

/**
 * One row of the field-map table (x_mlc_ifs_s2p_field_map): one target column of one preset and
 * object type. The shipped presets are rows too (`shipped`), generated from the document-type
 * definitions, so an admin reads, deactivates or adds rows (a custom column) without code.
 */
export interface FieldMapRow {
    preset: string
    objectType: string
    /** Absent: header (rows written before line rows existed). */
    level?: FieldMapLevel
    targetTable: string
    column: string
    sourceKind: ColumnSource['kind']
    /** Canonical field (field, lookup), constant text, or connection setting name. */
    value: string
    /** For a look-up: `<table>.<column>` whose value equals the field's; the record's sys_id is written. */
    lookup: string
    /**
     * For a look-up, optional: `<look-up table column>=<target column>`: the record must also hold
     * what this map writes to that target column (`legal_entity=legal_entity`: the supplier of the
     * legal entity the `legal_entity` row resolved). Empty: unscoped.
     */
    lookupScope?: string
    transform: ValueTransform
    shipped: boolean
    active: boolean
}

const CONNECTION_SETTINGS: readonly ConnectionSetting[] = ['erpSource', 'externalInvoiceSource']
const VALUE_TRANSFORMS: readonly ValueTransform[] = ['none', 'date']
const MAPPED_FIELDS = Object.keys(FIELD_LABELS) as MappedField[]

function rowOf(
    preset: string,
    objectType: string,
    at: { table: string; level: FieldMapLevel },
    mapped: MappedColumn
): FieldMapRow {
    const { table, level } = at
    const s = mapped.source
    return {
        preset,
        objectType,
        level,
        targetTable: table,
        column: mapped.column,
        sourceKind: s.kind,
        value: s.kind === 'constant' ? s.value : s.kind === 'setting' ? s.setting : s.field,
        lookup: s.kind === 'lookup' ? `${s.table}.${s.match}` : '',
        lookupScope: s.kind === 'lookup' && s.scope ? `${s.scope.column}=${s.scope.from}` : '',
        transform: mapped.transform,
        shipped: true,
        active: true,
    }
}

/** The shipped presets as rows: what the app's Fluent records hold and what an empty table means. */
export function shippedFieldMapRows(presets: readonly FieldMapPreset[]): FieldMapRow[] {
    const rows: FieldMapRow[] = []
    for (const preset of presets)
        for (const objectType of OBJECT_TYPES) {
            const definition: PresetTarget = documentTypeOf(objectType).fieldMaps[preset]
            if (!isStaged(definition)) continue
            for (const c of definition.columns)
                rows.push(rowOf(preset, objectType, { table: definition.defaultTable, level: 'header' }, c))
            const lines = definition.lines
            if (lines)
                for (const c of lines.columns)
                    rows.push(rowOf(preset, objectType, { table: lines.defaultTable, level: 'line' }, c))
        }
    return rows
}

/** A line field: only on a line row. */
function lineSource(row: FieldMapRow): ColumnSource | string {
    if (row.level !== 'line') return `takes a line field on a header row (set its level to line)`
    return LINE_FIELDS.includes(row.value as LineField)
        ? { kind: 'line', field: row.value as LineField }
        : `names no line field "${row.value}"`
}

type Parsed = { ok: true; column: MappedColumn } | { ok: false; problem: string }

/** A row's source, checked: an unknown field, setting or kind is one problem naming the row. */
function sourceOf(row: FieldMapRow): ColumnSource | string {
    const field = row.value as MappedField
    // Only the fields of the type's own shape: a receipt has no company, an invoice no receipt number.
    const fields = isObjectType(row.objectType) ? canonicalFieldsOf(row.objectType) : MAPPED_FIELDS
    const isField = fields.includes(field)
    switch (row.sourceKind) {
        case 'field':
            return isField ? { kind: 'field', field } : noField(row, fields)
        case 'constant':
            return { kind: 'constant', value: row.value }
        case 'setting':
            return CONNECTION_SETTINGS.includes(row.value as ConnectionSetting)
                ? { kind: 'setting', setting: row.value as ConnectionSetting }
                : `names no connection setting "${row.value}" (use ${CONNECTION_SETTINGS.join(' or ')})`
        case 'line':
            return lineSource(row)
        case 'lookup':
            return isField ? lookupOf(row, field) : noField(row, fields)
        default:
            return `has an unknown source kind "${String(row.sourceKind)}"`
    }
}

/** An unknown field, or one of another type's shape: the fields this type has are named. */
function noField(row: FieldMapRow, fields: readonly string[]): string {
    const known = MAPPED_FIELDS.includes(row.value as MappedField)
    return known
        ? `names the field "${row.value}", which a ${row.objectType} does not have (it has ${fields.join(', ')})`
        : `names no canonical field "${row.value}"`
}

const NAME = /^[a-z_][a-z0-9_]{0,79}$/

/** A look-up row's table, column and scope, checked for shape (the dictionary check checks they exist). */
function lookupOf(row: FieldMapRow, field: MappedField): ColumnSource | string {
    const [table, match, extra] = row.lookup.split('.')
    if (!table || !match || extra !== undefined) return `needs a look-up as <table>.<column> (is "${row.lookup}")`
    const scopeText = (row.lookupScope ?? '').trim()
    if (scopeText === '') return { kind: 'lookup', field, table, match }
    const [column, from, more] = scopeText.split('=').map((p) => p.trim())
    if (!column || !from || more !== undefined || !NAME.test(column) || !NAME.test(from))
        return `needs a look-up scope as <column of ${table}>=<target column of this map> (is "${row.lookupScope}")`
    return { kind: 'lookup', field, table, match, scope: { column, from } }
}

function parseRow(row: FieldMapRow): Parsed {
    const where = `Field map row ${row.preset} / ${row.objectType} / ${row.targetTable}.${row.column}`
    if (row.level !== undefined && row.level !== 'header' && row.level !== 'line')
        return { ok: false, problem: `${where}: unknown level "${String(row.level)}" (use header or line)` }
    if (!NAME.test(row.column)) return { ok: false, problem: `${where}: the column must be a column name` }
    if (!VALUE_TRANSFORMS.includes(row.transform))
        return { ok: false, problem: `${where}: unknown transform "${row.transform}" (use none or date)` }
    const source = sourceOf(row)
    if (typeof source === 'string') return { ok: false, problem: `${where} ${source}` }
    return { ok: true, column: { column: row.column, source, transform: row.transform } }
}

/** A type the preset does not stage has no map. */
export type CompiledFieldMaps =
    { ok: true; maps: Readonly<Partial<Record<ObjectType, FieldMap>>> } | { ok: false; problems: string[] }

/**
 * The field maps one run uses, compiled once: the active rows of the connection's preset per
 * object type; where the table holds no shipped rows, the shipped definition's rows plus the
 * table's own (withShipped). Table and lock come from the definition; one row must hold the
 * staging key (source field externalReference).
 */
export function compileFieldMap(
    rows: readonly FieldMapRow[],
    connection: { fieldMapPreset: FieldMapPreset }
): CompiledFieldMaps {
    const preset = connection.fieldMapPreset
    const problems: string[] = []
    const maps: Partial<Record<ObjectType, FieldMap>> = {}
    for (const objectType of OBJECT_TYPES) {
        const definition: PresetTarget = documentTypeOf(objectType).fieldMaps[preset]
        const own = rows.filter((r) => r.preset === preset && r.objectType === objectType)
        if (!isStaged(definition)) {
            if (own.some((r) => r.active))
                problems.push(
                    `Field map rows ${preset} / ${objectType}: the preset does not stage it (${definition.notStaged})`
                )
            continue
        }
        const chosen = own.some((r) => r.shipped) ? own : withShipped(own, preset, objectType)
        const active = chosen.filter((r) => r.active)
        const compiled = compileOne(
            definition,
            active.filter((r) => r.level !== 'line')
        )
        const lines = compileLines(
            definition.lines,
            active.filter((r) => r.level === 'line')
        )
        if (compiled.ok && lines.ok) maps[objectType] = { ...compiled.map, lines: lines.map }
        if (!compiled.ok) problems.push(...compiled.problems)
        if (!lines.ok) problems.push(...lines.problems)
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, maps }
}

/**
 * Rows of a table that holds no shipped rows for the preset (the local runner, tests, an instance
 * before the records load): the shipped definition's rows, with the table's own rows added or
 * replacing the shipped row of the same column.
 */
function withShipped(own: readonly FieldMapRow[], preset: FieldMapPreset, objectType: ObjectType): FieldMapRow[] {
    const shipped = shippedFieldMapRows([preset]).filter((r) => r.objectType === objectType)
    const level = (r: FieldMapRow) => r.level ?? 'header'
    const replaced = (r: FieldMapRow) => own.some((o) => o.column === r.column && level(o) === level(r))
    return [...shipped.filter((r) => !replaced(r)), ...own]
}

/** The rows' columns, each parsed; a bad row or a column mapped twice is one problem each. */
function parseRows(rows: readonly FieldMapRow[], problems: string[]): MappedColumn[] {
    const columns: MappedColumn[] = []
    for (const row of rows) {
        const parsed = parseRow(row)
        if (!parsed.ok) problems.push(parsed.problem)
        else if (columns.some((c) => c.column === row.column))
            problems.push(`Field map row ${row.preset} / ${row.objectType}: column ${row.column} is mapped twice`)
        else columns.push(parsed.column)
    }
    return columns
}

function compileOne(
    definition: FieldMapDefinition,
    rows: readonly FieldMapRow[]
): { ok: true; map: Omit<FieldMap, 'lines'> } | { ok: false; problems: string[] } {
    const problems: string[] = []
    const columns = parseRows(rows, problems)
    problems.push(...scopeProblems(columns, rows))
    const key = columns.find((c) => c.source.kind === 'field' && c.source.field === 'externalReference')
    if (!key)
        problems.push(
            `Field map ${rows[0]?.preset ?? ''} for ${definition.defaultTable}: no active row holds the staging key (source field externalReference)`
        )
    if (problems.length > 0 || !key) return { ok: false, problems }
    const { lines: _lines, ...header } = definition
    return { ok: true, map: { ...header, columns, externalReference: key.column } }
}

/**
 * The line map from the active line rows: the definition's line table and lock. No line rows (a
 * header-only preset, or every line row deactivated): lines are not staged. One row must hold the
 * line's connector key (line field lineReference), by which a half-written document is repaired.
 */
function compileLines(
    definition: LineMapDefinition | undefined,
    rows: readonly FieldMapRow[]
): { ok: true; map: LineMap | null } | { ok: false; problems: string[] } {
    if (rows.length === 0) return { ok: true, map: null }
    const problems: string[] = []
    const where = `Field map ${rows[0].preset} / ${rows[0].objectType} lines`
    if (!definition) return { ok: false, problems: [`${where}: the preset has no line table for this type`] }
    const columns = parseRows(rows, problems)
    const key = columns.find((c) => c.source.kind === 'line' && c.source.field === 'lineReference')
    if (!key)
        problems.push(
            `${where} for ${definition.defaultTable}: no active line row holds the line's connector key (line field lineReference)`
        )
    if (problems.length > 0 || !key) return { ok: false, problems }
    return { ok: true, map: { ...definition, columns, lineReference: key.column } }
}

/**
 * A scoped look-up's `from` must be another active row of the same map, itself unscoped: its value
 * is known before this one is resolved (no chains, no cycles).
 */
function scopeProblems(columns: readonly MappedColumn[], rows: readonly FieldMapRow[]): string[] {
    const problems: string[] = []
    for (const c of columns) {
        const scope = c.source.kind === 'lookup' ? c.source.scope : undefined
        if (!scope) continue
        const from = columns.find((o) => o.column === scope.from)
        const row = rows.find((r) => r.column === c.column)
        const where = `Field map row ${row?.preset} / ${row?.objectType} / ${row?.targetTable}.${c.column}: the look-up scope`
        if (!from || from === c)
            problems.push(`${where} names ${scope.from}, which no other active row of the map writes`)
        else if (from.source.kind === 'lookup' && from.source.scope)
            problems.push(`${where} names ${scope.from}, whose own look-up is scoped (a scope must be unscoped)`)
    }
    return problems
}
