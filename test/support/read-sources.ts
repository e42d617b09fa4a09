import { SOURCE_PRESETS } from '../../src/server/core/document-types/source-presets'
import type { DocumentSource } from '../../src/server/core/document-types/source-field'
import type { ObjectType } from '../../src/server/core/document-types/object-type'

/**
 * What a type without overrides reads under the default preset (`ifs_cloud`): its header names and,
 * lines being read by default, its line names (types without lines: the header alone).
 */
export function readSource(objectType: 'purchase_order' | 'supplier_invoice'): DocumentSource {
    const preset = SOURCE_PRESETS.ifs_cloud
    const lines = preset.lines[objectType as ObjectType]
    return lines ? { ...preset.documents[objectType], lines } : preset.documents[objectType]
}
