import { CONNECTION } from '../../../tables/connection'
import type { FieldMapPreset } from '../config/connection-config'
import { DOCUMENT_TYPES } from './registry'

/** One registered definition; `ObjectType` is the union of their ids. */
export type DocumentType = (typeof DOCUMENT_TYPES)[number]
export type ObjectType = DocumentType['id']

/** Registry order. */
export const OBJECT_TYPES: readonly ObjectType[] = DOCUMENT_TYPES.map((t) => t.id)

export function isObjectType(value: string): value is ObjectType {
    return DOCUMENT_TYPES.some((t) => t.id === value)
}

export function documentTypeOf(objectType: ObjectType): DocumentType {
    const found = DOCUMENT_TYPES.find((t) => t.id === objectType)
    if (!found) throw new Error(`Unknown object type "${objectType}"`)
    return found
}

/** A value per registered type, in registry order: what a `Record<ObjectType, …>` table is built from. */
export function perObjectType<T>(valueOf: (type: DocumentType) => T): Record<ObjectType, T> {
    const out = {} as Record<ObjectType, T>
    for (const type of DOCUMENT_TYPES) out[type.id] = valueOf(type)
    return out
}

/** Every field-map preset the connection form offers, in its order. */
const FIELD_MAP_PRESETS = Object.keys(CONNECTION.columns.field_map_preset.options.choices) as FieldMapPreset[]

/** A value per preset and registered type, e.g. the field maps or the platform requirements. */
export function perPresetAndType<T>(
    valueOf: (type: DocumentType, preset: FieldMapPreset) => T
): Record<FieldMapPreset, Record<ObjectType, T>> {
    const out = {} as Record<FieldMapPreset, Record<ObjectType, T>>
    for (const preset of FIELD_MAP_PRESETS) out[preset] = perObjectType((t) => valueOf(t, preset))
    return out
}
