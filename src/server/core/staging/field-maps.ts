import type { ObjectType } from '../../../tables/object-types'
import { perPresetAndType } from '../document-types/object-type'
import type { FieldMap, MappedField } from '../document-types/field-map'
import type { FieldMapPreset } from '../config/connection-config'
import type { ColumnKind } from '../../ports/platform'

export type { FieldMap, MappedField } from '../document-types/field-map'

/** Preset → object type → field map: each registered type's `fieldMaps`. */
export const FIELD_MAPS: Readonly<Record<FieldMapPreset, Readonly<Record<ObjectType, FieldMap>>>> = perPresetAndType(
    (t, preset) => t.fieldMaps[preset]
)

export function fieldMapFor(preset: FieldMapPreset, objectType: ObjectType): FieldMap {
    return FIELD_MAPS[preset][objectType]
}

export interface TargetColumnSchema {
    name: string
    kind: ColumnKind
    maxLength?: number
}

/** The column each canonical field needs on an instance (and in the SQLite stand-in). */
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
}

function schemaOf(map: FieldMap): TargetColumnSchema[] {
    const columns: TargetColumnSchema[] = []
    for (const field of Object.keys(map.columns) as MappedField[]) {
        const name = map.columns[field]
        if (name) columns.push({ name, ...FIELD_COLUMN[field] })
    }
    // The target's own state, read (never written) to decide whether a change may be applied.
    columns.push({ name: map.lock.column, kind: 'string', maxLength: 40 })
    return columns
}

function buildSchemas(): Readonly<Record<string, readonly TargetColumnSchema[]>> {
    const out: Record<string, readonly TargetColumnSchema[]> = {}
    for (const preset of Object.keys(FIELD_MAPS) as FieldMapPreset[])
        for (const objectType of Object.keys(FIELD_MAPS[preset]) as ObjectType[]) {
            const map = FIELD_MAPS[preset][objectType]
            out[map.defaultTable] = schemaOf(map)
        }
    return out
}

/**
 * For each default target table of every preset: the columns this connector writes and reads, so
 * the local SQLite stand-in can create target tables the way an instance has them.
 */
export const TARGET_TABLE_SCHEMAS: Readonly<Record<string, readonly TargetColumnSchema[]>> = buildSchemas()
