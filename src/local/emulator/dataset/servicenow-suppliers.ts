import type { EntityCollection } from './entity-collection'
import { IFS_SUPPLIER } from './ifs-schema'

/**
 * What the emulated world says ServiceNow's supplier master (`sn_fin_supplier`, ERP supplier code
 * per legal entity) holds. Onboarding in ServiceNow lags behind IFS, so on purpose not every IFS
 * supplier is known for every legal entity: a supplier whose number plus the legal entity's
 * number is a multiple of LEFT_OUT_EVERY is missing there. A document of such a supplier passes
 * every check the connector makes against IFS, is staged into the import table, and is refused by
 * the Source-to-Pay transform map — the demo's realistic rejections.
 */
const LEFT_OUT_EVERY = 13

export interface ServiceNowSupplier {
    /** The ERP supplier code (IFS SupplierId). */
    supplierCode: string
    /** The legal entity's ERP company code (IFS Company). */
    legalEntity: string
    name: string | null
}

/** Whether ServiceNow knows the supplier for that legal entity (codes without digits: always). */
export function serviceNowKnowsSupplier(supplierCode: string, legalEntity: string): boolean {
    const supplier = /\d+/.exec(supplierCode)
    const entity = /\d+/.exec(legalEntity)
    if (!supplier) return true
    return (Number(supplier[0]) + (entity ? Number(entity[0]) : 0)) % LEFT_OUT_EVERY !== 0
}

/** Every (supplier, legal entity) pair of IFS's supplier set that ServiceNow holds. */
export function serviceNowSuppliers(suppliers: EntityCollection, companies: readonly string[]): ServiceNowSupplier[] {
    const out: ServiceNowSupplier[] = []
    for (const row of suppliers.all()) {
        const code = row[IFS_SUPPLIER.id.name]
        if (typeof code !== 'string') continue
        const name = row[IFS_SUPPLIER.name.name]
        for (const legalEntity of companies)
            if (serviceNowKnowsSupplier(code, legalEntity))
                out.push({ supplierCode: code, legalEntity, name: typeof name === 'string' ? name : null })
    }
    return out
}

export const SERVICENOW_SUPPLIER_RULE = `The import transform refuses a staged document whose supplier ServiceNow does not know for its legal entity: the emulator's ServiceNow supplier list (GET /__control/servicenow-suppliers) leaves out a supplier when its number plus the legal entity's number is a multiple of ${LEFT_OUT_EVERY}; such documents are staged, then flagged transform_rejected (importTransform: 'rejected').`
