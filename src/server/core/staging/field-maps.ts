import type { ObjectType } from '../../../tables/object-types'
import { CONNECTION } from '../../../tables/connection'
import type { FieldMap, LineField, MappedColumn, MappedField } from '../document-types/field-map'
import type { FieldMapPreset } from '../config/connection-config'
import type { FinancialType, ReceiptType } from '../domain/canonical-document'
import type { ColumnKind } from '../../ports/platform'
import { compileFieldMap, shippedFieldMapRows } from './field-map-rows'

export type { FieldMap, MappedField } from '../document-types/field-map'

const PRESETS = Object.keys(CONNECTION.columns.field_map_preset.options.choices) as FieldMapPreset[]

/** Every preset stages invoices and orders; receipts only where it has a receipt table. */
type ShippedMaps = Readonly<Record<FinancialType, FieldMap>> & Readonly<Partial<Record<ReceiptType, FieldMap>>>

function compiledShipped(preset: FieldMapPreset): Readonly<Partial<Record<ObjectType, FieldMap>>> {
    const compiled = compileFieldMap(shippedFieldMapRows([preset]), { fieldMapPreset: preset })
    if (!compiled.ok) throw new Error(`A shipped field map does not compile: ${compiled.problems.join('; ')}`)
    return compiled.maps
}

/**
 * Preset → object type → the shipped field map (what an empty field-map table means); a type the
 * preset does not stage has none.
 */
export const FIELD_MAPS: Readonly<Record<FieldMapPreset, ShippedMaps>> = Object.fromEntries(
    PRESETS.map((p) => [p, compiledShipped(p)])
) as Record<FieldMapPreset, ShippedMaps>

export interface TargetColumnSchema {
    name: string
    kind: ColumnKind
    maxLength?: number
}

/** The column each canonical field needs (tests' fake instances, which mirror the maps). */
const FIELD_COLUMN: Readonly<Record<MappedField, { kind: ColumnKind; maxLength?: number }>> = {
    documentNumber: { kind: 'string', maxLength: 100 },
    supplierNumber: { kind: 'string', maxLength: 100 },
    supplierName: { kind: 'string', maxLength: 255 },
    company: { kind: 'string', maxLength: 40 },
    documentDate: { kind: 'date' },
    createdAt: { kind: 'datetime' },
    dueDate: { kind: 'date' },
    currency: { kind: 'string', maxLength: 3 },
    netAmount: { kind: 'decimal' },
    taxAmount: { kind: 'decimal' },
    grossAmount: { kind: 'decimal' },
    poReference: { kind: 'string', maxLength: 100 },
    glAccount: { kind: 'string', maxLength: 100 },
    costCenter: { kind: 'string', maxLength: 100 },
    state: { kind: 'string', maxLength: 40 },
    externalReference: { kind: 'string', maxLength: 64 },
    receiptNumber: { kind: 'string', maxLength: 40 },
    poNumber: { kind: 'string', maxLength: 100 },
    poLineNumber: { kind: 'string', maxLength: 40 },
    poLineNo: { kind: 'string', maxLength: 40 },
    poReleaseNo: { kind: 'string', maxLength: 40 },
    quantityReceived: { kind: 'decimal' },
    receiptDate: { kind: 'date' },
}

/** The column each line field needs. */
const LINE_COLUMN: Readonly<Record<LineField, { kind: ColumnKind; maxLength?: number }>> = {
    lineNumber: { kind: 'string', maxLength: 40 },
    lineDescription: { kind: 'string', maxLength: 255 },
    lineQuantity: { kind: 'decimal' },
    lineUnitPrice: { kind: 'decimal' },
    lineAmount: { kind: 'decimal' },
    lineGlAccount: { kind: 'string', maxLength: 100 },
    lineCostCenter: { kind: 'string', maxLength: 100 },
    poLineOrder: { kind: 'string', maxLength: 100 },
    poLineNumber: { kind: 'string', maxLength: 40 },
    quantityReceived: { kind: 'decimal' },
    quantityInvoiced: { kind: 'decimal' },
    lineState: { kind: 'string', maxLength: 40 },
    lineReference: { kind: 'string', maxLength: 100 },
    headerRecord: { kind: 'reference', maxLength: 32 },
}

function columnOf(c: MappedColumn): TargetColumnSchema {
    const s = c.source
    if (s.kind === 'line') return { name: c.column, ...LINE_COLUMN[s.field] }
    if (s.kind === 'lookup') return { name: c.column, kind: 'reference', maxLength: 32 }
    if (s.kind !== 'field') return { name: c.column, kind: 'string', maxLength: 255 }
    // A date shaped as text (import tables) is a string column there.
    if (c.transform === 'date') return { name: c.column, kind: 'string', maxLength: 40 }
    return { name: c.column, ...FIELD_COLUMN[s.field] }
}

function schemaOf(map: Pick<FieldMap, 'columns' | 'lock'>): TargetColumnSchema[] {
    const columns = map.columns.map(columnOf)
    // The target's own state, read (never written) to decide whether a change may be applied.
    if (!columns.some((c) => c.name === map.lock.column))
        columns.push({ name: map.lock.column, kind: 'string', maxLength: 40 })
    return columns
}

/** A preset's default tables and their columns. */
export function presetTableSchemas(preset: FieldMapPreset): Record<string, TargetColumnSchema[]> {
    const out: Record<string, TargetColumnSchema[]> = {}
    for (const objectType of Object.keys(FIELD_MAPS[preset]) as ObjectType[]) {
        const map = FIELD_MAPS[preset][objectType]
        if (!map) continue
        out[map.defaultTable] = schemaOf(map)
        if (map.lines) out[map.lines.defaultTable] = schemaOf(map.lines)
    }
    return out
}

/** Every preset's tables; a table two presets write (proc_po) has the columns of both. */
function buildSchemas(): Readonly<Record<string, readonly TargetColumnSchema[]>> {
    const out: Record<string, TargetColumnSchema[]> = {}
    for (const preset of PRESETS)
        for (const [table, columns] of Object.entries(presetTableSchemas(preset))) {
            const have = out[table] ?? (out[table] = [])
            for (const c of columns) if (!have.some((h) => h.name === c.name)) have.push(c)
        }
    return out
}

/**
 * For each default target table of every preset: the columns the shipped maps write and read,
 * as the unit tests' fake instance creates them. The local runner does not use this: its tables
 * are the documentation's model (src/local/s2p-model), so a map that does not fit shows there.
 */
export const TARGET_TABLE_SCHEMAS: Readonly<Record<string, readonly TargetColumnSchema[]>> = buildSchemas()
