import type { ObjectType } from '../../../tables/object-types'
import { FIELD_MAP } from '../../../tables/field-map'
import type { Store, StoredRecord } from '../../ports/store'
import type { ConnectionConfig } from '../config/connection-config'
import type { ColumnSource, FieldMap, ValueTransform } from '../document-types/field-map'
import type { FieldMapLevel, FieldMapRow } from './field-map-rows'
import { compileFieldMap } from './field-map-rows'
import { ReferenceLookups } from './reference-lookups'
import type { ReferenceResolver, SettingValues } from './target-record'

/** The field-map table's rows as the compiler reads them (every row: inactive ones are skipped there). */
export function readFieldMapRows(store: Store): FieldMapRow[] {
    return store.query(FIELD_MAP.name, { where: [] }).map(rowOfRecord)
}

/** A column's text as stored, or the default when the record leaves it empty (null). */
const textOf = (r: StoredRecord, column: string, empty = ''): string => r[column] ?? empty

function rowOfRecord(r: StoredRecord): FieldMapRow {
    return {
        preset: textOf(r, 'preset'),
        objectType: textOf(r, 'object_type'),
        level: textOf(r, 'level', 'header') as FieldMapLevel,
        targetTable: textOf(r, 'target_table'),
        column: textOf(r, 'column_name').trim(),
        sourceKind: textOf(r, 'source_kind', 'field') as ColumnSource['kind'],
        value: textOf(r, 'source_value'),
        lookup: textOf(r, 'lookup').trim(),
        lookupScope: textOf(r, 'lookup_scope').trim(),
        transform: textOf(r, 'transform', 'none') as ValueTransform,
        shipped: r.shipped === '1' || r.shipped === 'true',
        active: r.active !== '0' && r.active !== 'false',
    }
}

/** The ERP source's name: what staged rows carry (unconfirmed whether the transform matches name or value). */
function erpSourceName(store: Store, sysId: string): string | null {
    if (sysId === '') return null
    try {
        const record = store.get('sn_fin_erp_source', sysId)
        return record ? (record.name ?? null) : null
    } catch {
        // No sn_fin_erp_source table (its plugin is missing): the prerequisite check says so.
        return null
    }
}

/**
 * What one run writes where: the field maps compiled once, the connection settings they write,
 * and reference look-ups cached for the run (loaded in bulk per page: reference-lookups).
 */
export class RunTargets {
    private maps: Readonly<Partial<Record<ObjectType, FieldMap>>> | null = null
    private values: SettingValues | null = null
    readonly references: ReferenceLookups

    constructor(
        private readonly store: Store,
        private readonly connection: ConnectionConfig
    ) {
        this.references = new ReferenceLookups(store)
    }

    mapFor(objectType: ObjectType): FieldMap {
        if (!this.maps) {
            const compiled = compileFieldMap(readFieldMapRows(this.store), this.connection)
            if (!compiled.ok) throw new Error(`The field map does not compile: ${compiled.problems.join('; ')}`)
            this.maps = compiled.maps
        }
        const map = this.maps[objectType]
        // Partitions are only made for types the preset stages (connection-types partitionsOf).
        if (!map) throw new Error(`The ${this.connection.fieldMapPreset} field map does not stage ${objectType}`)
        return map
    }

    get settings(): SettingValues {
        return (this.values ??= {
            erpSource: erpSourceName(this.store, this.connection.erpSource),
            externalInvoiceSource: this.connection.externalInvoiceSource || null,
        })
    }

    readonly resolve: ReferenceResolver = (request) => this.references.resolve(request)
}
