import type { CodePartSource, SupplierSource } from './master-data-source'
import { perObjectType } from './object-type'
import type { ObjectType } from './object-type'
import type { LineSource } from './line-source'
import type { DocumentSource } from './source-field'
import { dateField as d, textField as s } from './source-field'

/** A preset's master-data names; the entity sets are the connection's own settings. */
export interface MasterDataNames {
    supplier: Omit<SupplierSource, 'entitySet'>
    glAccount: Omit<CodePartSource, 'entitySet'>
    costCenter: Omit<CodePartSource, 'entitySet'>
}

/** Every IFS name a connection reads, for one release or tenant family. */
export interface SourcePreset {
    documents: Readonly<Record<ObjectType, DocumentSource>>
    /** Where each type's lines are, for a connection that reads them (types without lines: absent). */
    lines: Readonly<Partial<Record<ObjectType, LineSource>>>
    masterData: MasterDataNames
}

const CODE_PART_FIELDS = {
    // Read only from a set that is not per company in its path (no `{company}`): whose value a row is.
    company: s('Company'),
    value: s('CodeValue'),
    description: s('Description'),
    validFrom: d('ValidFrom'),
    validUntil: d('ValidUntil'),
}

/**
 * `ifs_cloud`: the names the connector has always used, each type's `source` in the registry.
 * Which of them are confirmed against a live IFS Cloud is in README "Source mapping"
 * (../shared/reference/ifs-odata-facts.md has the sources).
 */
const IFS_CLOUD: SourcePreset = {
    documents: perObjectType((t) => t.source),
    lines: perObjectType((t): LineSource | undefined => ('lines' in t ? t.lines : undefined)),
    masterData: {
        supplier: { fields: { id: s('SupplierId'), name: s('Name') } },
        glAccount: { codePart: 'A', fields: CODE_PART_FIELDS },
        costCenter: { codePart: 'B', fields: CODE_PART_FIELDS },
    },
}

export const SOURCE_PRESETS = { ifs_cloud: IFS_CLOUD } as const satisfies Readonly<Record<string, SourcePreset>>

export type SourcePresetName = keyof typeof SOURCE_PRESETS

export const SOURCE_PRESET_NAMES = Object.keys(SOURCE_PRESETS) as SourcePresetName[]

/** The preset a connection uses when it names none. */
export const DEFAULT_SOURCE_PRESET: SourcePresetName = 'ifs_cloud'

export function isSourcePresetName(name: string): name is SourcePresetName {
    return (SOURCE_PRESET_NAMES as readonly string[]).includes(name)
}
