import type { ObjectType } from '../document-types/object-type'
import { documentTypeOf } from '../document-types/object-type'
import type { DocumentSource } from '../document-types/source-field'

// STUB (session 4 plan): S1 owns the real resolver and replaces this file at merge. Until then a
// type's IFS names are its preset's, and any override is refused, so nothing is silently ignored.

/** A type's IFS mapping: the preset's names with the overrides applied, or every problem with them. */
export function resolveSourceMapping(input: {
    objectType: ObjectType
    preset: string
    overrides: unknown
}): { ok: true; source: DocumentSource } | { ok: false; errors: string[] } {
    const { overrides } = input
    const empty =
        overrides === null ||
        overrides === undefined ||
        (typeof overrides === 'object' && !Array.isArray(overrides) && Object.keys(overrides).length === 0)
    if (empty) return { ok: true, source: documentTypeOf(input.objectType).source }
    return { ok: false, errors: ['source overrides are not supported yet: leave them empty'] }
}
