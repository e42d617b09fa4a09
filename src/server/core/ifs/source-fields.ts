import type { ObjectType } from '../../../tables/object-types'
import { perObjectType } from '../document-types/object-type'
import type { DocumentSource, SourceField } from '../document-types/source-field'
import { dateField as d, textField as s } from '../document-types/source-field'

/**
 * IFS field names, as the default projections name them: each document type's `source` in the
 * registry. One place for the engine (cursor and key fields), the mapper (canonical fields) and the
 * emulator's contract test.
 */
export type { DocumentSource, SourceField } from '../document-types/source-field'

export const DOCUMENT_SOURCES: Readonly<Record<ObjectType, DocumentSource>> = perObjectType((t) => t.source)

/** Master data sets: suppliers (global) and accounting code parts (per company). */
export const SUPPLIER_FIELDS = { id: s('SupplierId'), name: s('Name') }
/** The company column of a code-part set, read only when the set is not per company in its path (no `{company}`). */
export const CODE_PART_COMPANY = s('Company')

export const CODE_PART_FIELDS = {
    value: s('CodeValue'),
    description: s('Description'),
    validFrom: d('ValidFrom'),
    validUntil: d('ValidUntil'),
}

/** Every IFS field a document's mapping needs: the `$select` of a data page. */
export function selectFor(objectType: ObjectType): string[] {
    const src = DOCUMENT_SOURCES[objectType]
    const names = [src.modified.name, ...src.keys.map((k) => k.name)]
    const fields: readonly (SourceField | null)[] = Object.values(src.fields)
    for (const f of fields) if (f) names.push(f.name)
    return Array.from(new Set(names))
}
