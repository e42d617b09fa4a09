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

/** The Source-to-Pay plugins the presets' target tables come from (see docs "Source-to-Pay Operations"). */
export const PROCUREMENT: PluginRequirement = { id: 'com.snc.procurement', label: 'Procurement' }
export const S2P_COMMON: PluginRequirement = { id: 'com.snc.sn_shop', label: 'Source-to-Pay common' }
export const AP_INVOICE: PluginRequirement = { id: 'sn_ap_apm', label: 'Accounts Payable invoice processing' }
