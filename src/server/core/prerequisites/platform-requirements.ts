import type { ObjectType } from '../../../tables/object-types'
import type { FieldMapPreset } from '../config/connection-config'

export interface PluginRequirement {
    id: string
    label: string
}

/** What the instance must provide before one object type can be staged with one preset. */
export interface PlatformRequirement {
    plugins: readonly PluginRequirement[]
    /** Roles the run-as user needs to write the target tables. */
    roles: readonly string[]
}

const PROCUREMENT: PluginRequirement = { id: 'com.snc.procurement', label: 'Procurement' }
const S2P_COMMON: PluginRequirement = { id: 'com.snc.sn_shop', label: 'Source-to-Pay common' }
const AP_INVOICE: PluginRequirement = { id: 'sn_ap_apm', label: 'Accounts Payable invoice processing' }

/**
 * Plugin ids and roles per preset (see docs "Source-to-Pay Operations"). The brief's
 * sn_apo_invoice has no public plugin id; it is checked against the Source-to-Pay AP plugin.
 */
export const PLATFORM_REQUIREMENTS: Readonly<
    Record<FieldMapPreset, Readonly<Record<ObjectType, PlatformRequirement>>>
> = {
    brief: {
        supplier_invoice: { plugins: [S2P_COMMON, AP_INVOICE], roles: ['sn_ap_apm.accounts_payable_specialist'] },
        purchase_order: { plugins: [PROCUREMENT], roles: ['procurement_user'] },
    },
    s2p_import: {
        supplier_invoice: { plugins: [S2P_COMMON, AP_INVOICE], roles: ['sn_ap_apm.accounts_payable_specialist'] },
        purchase_order: { plugins: [S2P_COMMON], roles: ['sn_shop.procurement_specialist'] },
    },
    s2p_tables: {
        supplier_invoice: { plugins: [S2P_COMMON, AP_INVOICE], roles: ['sn_ap_apm.accounts_payable_specialist'] },
        purchase_order: { plugins: [S2P_COMMON], roles: ['sn_shop.procurement_specialist'] },
    },
}
