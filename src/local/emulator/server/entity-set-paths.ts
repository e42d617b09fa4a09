import { CONNECTION } from '../../../tables/connection'

/** Entity set paths below `/main/ifsapplications/projection/v1/`; code parts hold `{company}`. */
export interface EntitySetPaths {
    purchase_order: string
    supplier_invoice: string
    suppliers: string
    glAccounts: string
    costCenters: string
}

const c = CONNECTION.columns

/** The connection table's defaults, so the emulator answers where a fresh connection reads. */
export const DEFAULT_ENTITY_SET_PATHS: EntitySetPaths = {
    purchase_order: c.order_entity_set.options.default,
    supplier_invoice: c.invoice_entity_set.options.default,
    suppliers: c.supplier_entity_set.options.default,
    glAccounts: c.gl_account_entity_set.options.default,
    costCenters: c.cost_center_entity_set.options.default,
}

export const PROJECTION_ROOT = '/main/ifsapplications/projection/v1/'

/** `PurchaseOrderHandling.svc/PurchaseOrderSet` → `PurchaseOrderSet`; nav paths keep their tail. */
export function entitySetName(path: string): string {
    const tail = path.slice(path.indexOf('.svc/') + 5)
    return tail.replace(/^.*\//, '')
}
