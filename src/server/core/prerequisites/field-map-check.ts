import type { ColumnInfo, ColumnKind, Platform } from '../../ports/platform'
import type { ConnectionConfig } from '../config/connection-config'
import type { FieldMap, LineField, LineMap, MappedColumn, MappedField } from '../document-types/field-map'
import { compileFieldMap } from '../staging/field-map-rows'
import type { FieldMapRow } from '../staging/field-map-rows'
import type { PrerequisiteLine } from './prerequisite-line'

const WHERE_MAPS = 'Target field mappings'

/** Column kinds a canonical value can be written to (text columns take every value as text). */
const NUMBER_FIELDS: readonly MappedField[] = ['netAmount', 'taxAmount', 'grossAmount']
const DATE_FIELDS: readonly MappedField[] = ['documentDate', 'createdAt', 'dueDate']
const TEXT: readonly ColumnKind[] = ['string', 'other']

const NUMBER_LINE_FIELDS: readonly LineField[] = [
    'lineQuantity',
    'lineUnitPrice',
    'lineAmount',
    'quantityReceived',
    'quantityInvoiced',
]

function compatibleKinds(mapped: MappedColumn): readonly ColumnKind[] {
    const s = mapped.source
    if (s.kind === 'line') {
        if (s.field === 'headerRecord') return ['reference', ...TEXT]
        return NUMBER_LINE_FIELDS.includes(s.field) ? ['decimal', 'integer', ...TEXT] : TEXT
    }
    if (s.kind === 'lookup') return ['reference', ...TEXT]
    if (s.kind !== 'field' || mapped.transform === 'date') return TEXT
    if (NUMBER_FIELDS.includes(s.field)) return ['decimal', 'integer', ...TEXT]
    if (DATE_FIELDS.includes(s.field))
        return s.field === 'createdAt' ? ['datetime', ...TEXT] : ['date', 'datetime', ...TEXT]
    return TEXT
}

/** What is wrong with one mapped column against the dictionary, or null. */
function columnMiss(mapped: MappedColumn, column: ColumnInfo | undefined, table: string): string | null {
    if (!column)
        return `no column ${mapped.column} on ${table}: add it to the table, or change or deactivate its row in ${WHERE_MAPS}`
    const kinds = compatibleKinds(mapped)
    if (!kinds.includes(column.kind))
        return `${table}.${mapped.column} is a ${column.kind} column; this row's value needs ${kinds.join(' or ')}: map another column in ${WHERE_MAPS}`
    const s = mapped.source
    if (s.kind === 'constant' && s.value !== '' && column.choices && column.choices.length > 0)
        if (!column.choices.includes(s.value))
            return `"${s.value}" is not a choice of ${table}.${mapped.column} (${column.choices.join(', ')}): change the constant in ${WHERE_MAPS}`
    return null
}

/** Whether a row leaves its column empty whatever the document (an empty constant). */
function alwaysEmpty(mapped: MappedColumn): boolean {
    return mapped.source.kind === 'constant' && mapped.source.value === ''
}

function settingMiss(mapped: MappedColumn, connection: ConnectionConfig): string | null {
    const s = mapped.source
    if (s.kind !== 'setting') return null
    if (s.setting === 'erpSource' && connection.erpSource === '')
        return `${mapped.column} takes the connection's ERP source, which is empty: choose the sn_fin_erp_source record for IFS Cloud on the connection (Targets)`
    if (s.setting === 'externalInvoiceSource' && connection.externalInvoiceSource === '')
        return `${mapped.column} takes the connection's external invoice source, which is empty: fill it on the connection (Targets)`
    return null
}

/**
 * A look-up row's own table and columns against the dictionary: the table it looks in exists, and
 * has the column matched and the scope column (a miss would flag every document at run time).
 */
function lookupMiss(platform: Platform, mapped: MappedColumn): string | null {
    const s = mapped.source
    if (s.kind !== 'lookup') return null
    const columns = platform.describeTable(s.table)
    if (columns === null)
        return `the look-up table ${s.table} does not exist (or the app may not read it): install its plugin, or change the row's look-up in ${WHERE_MAPS}`
    const names = new Set(columns.map((c) => c.name))
    if (!names.has(s.match))
        return `no column ${s.match} on ${s.table} to look ${mapped.column} up by: change the row's look-up in ${WHERE_MAPS}`
    if (s.scope && !names.has(s.scope.column))
        return `no column ${s.scope.column} on ${s.table} to scope ${mapped.column} by: change the row's look-up scope in ${WHERE_MAPS}`
    return null
}

/** One line per miss of one map against its table's dictionary; one passing line when it fits. */
function mapLines(
    platform: Platform,
    connection: ConnectionConfig,
    map: Pick<FieldMap, 'columns' | 'lock'>,
    { table, columns }: { table: string; columns: readonly ColumnInfo[] }
): PrerequisiteLine[] {
    const check = (what: string) => `Field map ${connection.fieldMapPreset} → ${table}: ${what}`
    const byName = new Map(columns.map((c) => [c.name, c]))
    const lines: PrerequisiteLine[] = []
    for (const mapped of map.columns) {
        const miss =
            columnMiss(mapped, byName.get(mapped.column), table) ??
            settingMiss(mapped, connection) ??
            lookupMiss(platform, mapped)
        if (miss) lines.push({ check: check(`column ${mapped.column}`), passed: false, reason: miss })
    }
    const filled = new Set(map.columns.filter((m) => !alwaysEmpty(m)).map((m) => m.column))
    for (const c of columns.filter((c) => c.mandatory && !c.name.startsWith('sys_') && !filled.has(c.name)))
        lines.push({
            check: check(`mandatory column ${c.name}`),
            passed: false,
            reason: `${table}.${c.name} is mandatory and nothing fills it: add a row for it in ${WHERE_MAPS}`,
        })
    if (!byName.has(map.lock.column))
        lines.push({
            check: check(`state column ${map.lock.column}`),
            passed: false,
            reason: `no column ${map.lock.column} on ${table} to tell whether a record may still be changed: check the target table`,
        })
    if (lines.length > 0) return lines
    const mandatory = columns.filter((c) => c.mandatory && !c.name.startsWith('sys_')).length
    return [
        {
            check: check('every mapped column exists and fits'),
            passed: true,
            reason: `${map.columns.length} columns mapped, ${mandatory} mandatory columns filled`,
        },
    ]
}

/**
 * The connection's field maps (the table's rows, or the shipped presets) against the target
 * tables' dictionary: each mapped column exists with a compatible type, constants are valid
 * choices, every mandatory column is filled, the settings they write are set, and each look-up's
 * table has the columns it matches and scopes by. A table that does
 * not exist is reported by the table line, not here.
 */
export function fieldMapLines(
    platform: Platform,
    connection: ConnectionConfig,
    rows: readonly FieldMapRow[]
): PrerequisiteLine[] {
    const compiled = compileFieldMap(rows, connection)
    if (!compiled.ok)
        return compiled.problems.map((p) => ({
            check: `Field map ${connection.fieldMapPreset} compiles`,
            passed: false,
            reason: `${p}: correct the row in ${WHERE_MAPS}`,
        }))
    const lines: PrerequisiteLine[] = []
    for (const partition of connection.partitions) {
        const columns = platform.describeTable(partition.targetTable)
        if (columns === null) continue
        const map = compiled.maps[partition.objectType]
        if (!map) continue
        lines.push(...mapLines(platform, connection, map, { table: partition.targetTable, columns }))
        if (map.lines) lines.push(...lineTableLines(platform, connection, map.lines))
    }
    return lines
}

/** The line table of a map: missing is one line; else its columns as a header table's. */
function lineTableLines(platform: Platform, connection: ConnectionConfig, map: LineMap): PrerequisiteLine[] {
    const table = map.defaultTable
    const columns = platform.describeTable(table)
    if (columns !== null) return mapLines(platform, connection, map, { table, columns })
    return [
        {
            check: `Field map ${connection.fieldMapPreset} → ${table}: line table`,
            passed: false,
            reason: `line table ${table} does not exist on this instance: install its plugin, or deactivate the line rows in ${WHERE_MAPS} to stage headers only`,
        },
    ]
}
