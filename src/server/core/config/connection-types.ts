import { CONNECTION_TYPE } from '../../../tables/connection-type'
import type { RecordValues, Store, StoredRecord } from '../../ports/store'
import { DOCUMENT_TYPES } from '../document-types/registry'
import { isObjectType } from '../document-types/object-type'
import type { DocumentType, ObjectType } from '../document-types/object-type'
import type { DocumentSource } from '../document-types/source-field'
import type { PresetTarget } from '../document-types/field-map'
import { isStaged } from '../document-types/field-map'
import type { ConfigError } from './config-error'
import type { FieldMapPreset, PartitionConfig } from './connection-config'
import { booleanOf } from './connection-rules'
import type { SettingValues } from './connection-rules'
import { checkConnectionTypeSettings, normaliseTypeSettings } from './connection-type-rules'
import type { TypeSettings } from './connection-type-rules'

/** A connection's document type rows, read once per parse of the connection. */
export function readConnectionTypeRows(store: Pick<Store, 'query'>, connectionSysId: string): StoredRecord[] {
    return store.query(CONNECTION_TYPE.name, { where: [{ field: 'connection', op: '=', value: connectionSysId }] })
}

/**
 * What a new connection starts with: one row per registered type, with the registry's defaults,
 * active where its preset stages the type (receipts are off under a preset without a receipt table).
 */
export function defaultTypeRows(connectionSysId: string, preset: FieldMapPreset): RecordValues[] {
    return DOCUMENT_TYPES.map((type) => ({
        connection: connectionSysId,
        object_type: type.id,
        active: defaultTableOf(type, preset) !== null,
        entity_set_path: type.defaultEntitySet,
        target_table: defaultTableOf(type, preset) ?? '',
    }))
}

/** The preset's default table for the type; null when the preset does not stage it. */
export function defaultTableOf(type: DocumentType, preset: FieldMapPreset): string | null {
    const target: PresetTarget = type.fieldMaps[preset]
    return isStaged(target) ? target.defaultTable : null
}

/**
 * The types a preset does not stage, and why: they are off for connections using it, whatever
 * their rows say (Test connection names them).
 */
export function unstagedTypes(preset: FieldMapPreset): { type: DocumentType; reason: string }[] {
    return (DOCUMENT_TYPES as readonly DocumentType[]).flatMap((type) => {
        const target: PresetTarget = type.fieldMaps[preset]
        return isStaged(target) ? [] : [{ type, reason: target.notStaged }]
    })
}

/** The rows' problems, each field named `<object type>.<column>` so two rows' problems stay apart. */
export function checkTypeRows(rows: readonly SettingValues[]): ConfigError[] {
    const errors: ConfigError[] = []
    const seen = new Set<string>()
    for (const row of rows) {
        const type = normaliseTypeSettings(row).object_type
        for (const e of checkConnectionTypeSettings(row))
            errors.push({ field: e.field === 'object_type' ? e.field : `${type}.${e.field}`, message: e.message })
        if (seen.has(type))
            errors.push({ field: `${type}.object_type`, message: `${type} has two document type rows: delete one` })
        seen.add(type)
    }
    if (errors.length === 0 && !rows.some((r) => booleanOf(normaliseTypeSettings(r).active)))
        errors.push({ field: 'document_types', message: noActiveType(rows.length) })
    return errors
}

function noActiveType(rowCount: number): string {
    const types = DOCUMENT_TYPES.map((t) => t.label).join(' or ')
    return rowCount === 0
        ? `No document types: add one for ${types} (a new connection gets a row per type when it is first saved)`
        : `Turn on at least one document type (${types})`
}

/** The object types whose rows are active, in registry order. */
export function activeTypes(rows: readonly SettingValues[]): ObjectType[] {
    const active = rows.map((r) => normaliseTypeSettings(r)).filter((r) => booleanOf(r.active))
    return DOCUMENT_TYPES.filter((t) => active.some((r) => r.object_type === t.id)).map((t) => t.id)
}

/** Each row's IFS name overrides (`source_overrides`, JSON), where the row has any. */
export function typeRowOverrides(rows: readonly SettingValues[]): Partial<Record<ObjectType, string>> {
    const out: Partial<Record<ObjectType, string>> = {}
    for (const row of rows.map((r) => normaliseTypeSettings(r)))
        if (row.source_overrides.trim() !== '' && isObjectType(row.object_type))
            out[row.object_type] = row.source_overrides
    return out
}

/**
 * The active rows as partitions, in registry order (the order runs visit them), each with its
 * resolved source mapping. Call after checkTypeRows and the mapping's resolution found nothing:
 * an empty entity set or target table is the registry's default.
 */
export function partitionsOf(
    rows: readonly SettingValues[],
    at: { preset: FieldMapPreset; sources: Partial<Record<ObjectType, DocumentSource>> }
): PartitionConfig[] {
    const partitions: PartitionConfig[] = []
    for (const type of DOCUMENT_TYPES as readonly DocumentType[]) {
        const row = rows.map((r) => normaliseTypeSettings(r)).find((r) => r.object_type === type.id)
        const source = at.sources[type.id]
        const table = defaultTableOf(type, at.preset)
        if (row && booleanOf(row.active) && source && table !== null)
            partitions.push(
                partitionOf(type, row, { table, source, stagesLines: 'lines' in type.fieldMaps[at.preset] })
            )
    }
    return partitions
}

function partitionOf(
    type: DocumentType,
    row: TypeSettings,
    at: { table: string; source: DocumentSource; stagesLines: boolean }
): PartitionConfig {
    return {
        objectType: type.id,
        entitySetPath: row.entity_set_path === '' ? type.defaultEntitySet : row.entity_set_path,
        targetTable: row.target_table === '' ? at.table : row.target_table,
        source: stageableSource(at.source, at.stagesLines),
    }
}

/**
 * The source without its lines when the preset has no line table for the type (`brief`,
 * `s2p_tables`): lines it cannot write would cost requests each page and could flag documents
 * for lines nobody stages. Whatever the override says, such a preset reads headers only.
 */
function stageableSource(source: DocumentSource, presetStagesLines: boolean): DocumentSource {
    if (presetStagesLines || !source.lines) return source
    const { lines: _unwritable, ...headers } = source
    return headers
}

/**
 * Gives a new connection one row per registered type that it has no row for yet, with the
 * registry's defaults for its preset; returns how many were added. Run once, after the connection
 * is inserted: a type an admin later deletes is not brought back by a save.
 */
export function addDefaultTypeRows(
    store: Pick<Store, 'query' | 'insert'>,
    connectionSysId: string,
    preset: FieldMapPreset
): number {
    const have = new Set(readConnectionTypeRows(store, connectionSysId).map((r) => r.object_type))
    const missing = defaultTypeRows(connectionSysId, preset).filter((row) => !have.has(String(row.object_type)))
    for (const row of missing) store.insert(CONNECTION_TYPE.name, row)
    return missing.length
}
