import type { Store } from '../../server/ports/store'
import { LOCAL_ERP_SOURCE_NAME, seededSysId } from './target-tables'

/** One supplier the modelled supplier master holds: an ERP supplier code in one legal entity. */
export interface ModelSupplier {
    supplierCode: string
    legalEntity: string
    name: string | null
}

const SUPPLIER_TABLE = 'sn_fin_supplier'
const LEGAL_ENTITY_TABLE = 'sn_fin_legal_entity'

/**
 * Fills the stand-in's supplier master (and the legal entities it names) with what the IFS
 * emulator says ServiceNow holds (GET /__control/servicenow-suppliers: some suppliers left out on
 * purpose), so the modelled transform refuses exactly the documents the emulator's manifest
 * expects it to. Fixed sys_ids: seeding a database again adds nothing. Returns the rows added.
 */
export function seedModelSuppliers(store: Store, suppliers: readonly ModelSupplier[]): number {
    const erpSource = seededSysId('sn_fin_erp_source', LOCAL_ERP_SOURCE_NAME)
    let added = 0
    const insertOnce = (table: string, sysId: string, values: Record<string, string | null>) => {
        if (store.get(table, sysId) !== null) return
        store.insert(table, { sys_id: sysId, ...values })
        added++
    }
    for (const legalEntity of new Set(suppliers.map((s) => s.legalEntity)))
        insertOnce(LEGAL_ENTITY_TABLE, seededSysId(LEGAL_ENTITY_TABLE, legalEntity), {
            erp_company_code: legalEntity,
            erp_source: erpSource,
            legal_name: `Company ${legalEntity}`,
        })
    for (const s of suppliers)
        insertOnce(SUPPLIER_TABLE, seededSysId(SUPPLIER_TABLE, `${s.supplierCode}|${s.legalEntity}`), {
            name: s.name,
            erp_supplier_code: s.supplierCode,
            erp_company_code: s.legalEntity,
            erp_source: erpSource,
            legal_entity: seededSysId(LEGAL_ENTITY_TABLE, s.legalEntity),
        })
    return added
}
