import type { MasterDataSource } from '../../src/server/core/document-types/master-data-source'
import { SOURCE_PRESETS } from '../../src/server/core/document-types/source-presets'
import type { ObjectType } from '../../src/tables/object-types'
import { DOCUMENT_SOURCES } from '../../src/server/core/ifs/source-fields'
import type { IfsRow } from '../../src/server/core/ifs/ifs-reader'
import type { ReadFrom, SourcedType } from '../../src/server/core/sync/cursor'
import { placePage } from '../../src/server/core/sync/page-placement'

/** A type with the default preset's names (`ifs_cloud`): what a connection without overrides resolves to. */
export function presetPartition<T extends ObjectType>(objectType: T): SourcedType & { objectType: T } {
    return { objectType, source: DOCUMENT_SOURCES[objectType] }
}

/** A page of purchase orders placed against the preset's partition: from the start, any company, unless told. */
export function placeOrders(rows: IfsRow[], from: ReadFrom = { kind: 'start' }, companies: string[] = []) {
    return placePage({ partition: presetPartition('purchase_order'), from, companies, rows })
}

/** Master data at the given entity sets, with the default preset's names and code parts (A, B). */
export function presetMasterData(sets: { supplier: string; glAccount: string; costCenter: string }): MasterDataSource {
    const names = SOURCE_PRESETS.ifs_cloud.masterData
    return {
        supplier: { entitySet: sets.supplier, ...names.supplier },
        glAccount: { entitySet: sets.glAccount, ...names.glAccount },
        costCenter: { entitySet: sets.costCenter, ...names.costCenter },
    }
}
