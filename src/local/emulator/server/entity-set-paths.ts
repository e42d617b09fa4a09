import { CONNECTION } from '../../../tables/connection'
import type { EmulatedType as ObjectType } from '../dataset/emulated-types'
import type { EntitySetNames } from '../dataset/emulator-dataset'

/** Entity set paths below `/main/ifsapplications/projection/v1/`; code parts hold `{company}`. */
export type EntitySetPaths = Record<ObjectType, string> & {
    suppliers: string
    glAccounts: string
    costCenters: string
}

const c = CONNECTION.columns

/**
 * Where a fresh connection reads each document type (the default IFS projections). The emulator's
 * own per-type data (a Record, so a new type is a compile error here), not the registry's.
 */
const DOCUMENT_SET_DEFAULTS: Record<ObjectType, string> = {
    supplier_invoice: 'ManSuppInvoiceHandling.svc/PostingProposalHeadSet',
    purchase_order: 'PurchaseOrderHandling.svc/PurchaseOrderSet',
}

/** The connection table's defaults, so the emulator answers where a fresh connection reads. */
export const DEFAULT_ENTITY_SET_PATHS: EntitySetPaths = {
    ...DOCUMENT_SET_DEFAULTS,
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

/** The entity set names (the schemas' names) of every path. */
export function entitySetNames(paths: EntitySetPaths): EntitySetNames {
    const names = {} as Record<keyof EntitySetPaths, string>
    for (const [key, path] of Object.entries(paths) as [keyof EntitySetPaths, string][])
        names[key] = entitySetName(path)
    return names
}
