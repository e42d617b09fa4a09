import {
    CODE_PART_FIELDS,
    DOCUMENT_SOURCES,
    SUPPLIER_FIELDS,
    type FieldKind,
    type SourceField,
} from '../../../server/core/ifs/source-fields'
import type { ObjectType } from '../../../tables/object-types'
import type { EntitySchema } from '../odata/entity-schema'

/** Every IFS row carries Objversion; the emulator builds ETags from it, master data included. */
export const OBJVERSION = DOCUMENT_SOURCES.purchase_order.modified.name

const fieldMap = (fields: readonly (SourceField | null)[]): Map<string, FieldKind> => {
    const map = new Map<string, FieldKind>()
    for (const f of fields) if (f) map.set(f.name, f.kind)
    return map
}

export function documentSchema(objectType: ObjectType, setName: string): EntitySchema {
    const src = DOCUMENT_SOURCES[objectType]
    return {
        name: setName,
        fields: fieldMap([src.modified, ...src.keys, ...Object.values(src.fields)]),
        keys: src.keys.map((k) => k.name),
    }
}

export function supplierSchema(setName: string): EntitySchema {
    return {
        name: setName,
        fields: fieldMap([DOCUMENT_SOURCES.purchase_order.modified, SUPPLIER_FIELDS.id, SUPPLIER_FIELDS.name]),
        keys: [SUPPLIER_FIELDS.id.name],
    }
}

export const COMPANY_FIELD = DOCUMENT_SOURCES.purchase_order.fields.company

export function codePartSchema(setName: string): EntitySchema {
    return {
        name: setName,
        fields: fieldMap([
            DOCUMENT_SOURCES.purchase_order.modified,
            COMPANY_FIELD,
            CODE_PART_FIELDS.value,
            CODE_PART_FIELDS.description,
            CODE_PART_FIELDS.validFrom,
            CODE_PART_FIELDS.validUntil,
        ]),
        keys: [CODE_PART_FIELDS.value.name],
    }
}
