import type { EmulatedType as ObjectType } from './emulated-types'
import type { EntitySchema } from '../odata/entity-schema'
import {
    documentFields,
    IFS_CODE_PART,
    IFS_DOCUMENTS,
    IFS_SUPPLIER,
    OBJVERSION,
    type IfsField,
    type IfsFieldKind,
} from './ifs-schema'

/** Every IFS row carries Objversion; the emulator builds ETags from it, master data included. */
export { OBJVERSION }

const stamp: IfsField = { name: OBJVERSION, kind: 'string' }

const fieldMap = (fields: readonly IfsField[]): Map<string, IfsFieldKind> => {
    const map = new Map<string, IfsFieldKind>()
    for (const f of fields) map.set(f.name, f.kind)
    return map
}

export function documentSchema(objectType: ObjectType, setName: string): EntitySchema {
    const entity = IFS_DOCUMENTS[objectType]
    return {
        name: setName,
        fields: fieldMap(documentFields(entity)),
        keys: entity.keys.map((k) => k.name),
    }
}

export function supplierSchema(setName: string): EntitySchema {
    return {
        name: setName,
        fields: fieldMap([stamp, IFS_SUPPLIER.id, IFS_SUPPLIER.name]),
        keys: [IFS_SUPPLIER.id.name],
    }
}

export const COMPANY_FIELD = IFS_CODE_PART.company

export function codePartSchema(setName: string): EntitySchema {
    return {
        name: setName,
        fields: fieldMap([
            stamp,
            IFS_CODE_PART.company,
            IFS_CODE_PART.value,
            IFS_CODE_PART.description,
            IFS_CODE_PART.validFrom,
            IFS_CODE_PART.validUntil,
        ]),
        keys: [IFS_CODE_PART.value.name],
    }
}
