/**
 * One plugin, asked for by the id ServiceNow documents first and then by the other forms the
 * documentation also uses (the store apps' ids are ambiguous: `com.sn_ap_apm` or `sn_ap_apm`).
 * It is there when the instance answers to any of them.
 */
export interface PluginRequirement {
    /** The documented id first, then its alternative forms. */
    ids: readonly [string, ...string[]]
    label: string
}

/** One role requirement of the run-as user: any one of these roles is enough. */
export interface RoleRequirement {
    anyOf: readonly [string, ...string[]]
}

/** What the instance must provide before one object type can be staged with one preset. */
export interface PlatformRequirement {
    plugins: readonly PluginRequirement[]
    /** Roles the run-as (integration) user needs to write the target tables; each entry is required. */
    roles: readonly RoleRequirement[]
}

/** A requirement of exactly one role. */
export function role(name: string): RoleRequirement {
    return { anyOf: [name] }
}

/**
 * The Source-to-Pay plugins the presets' target tables come from, with the ids ServiceNow's
 * documentation gives (docs "Source-to-Pay Operations", "Source-to-Pay Integration Framework").
 */
export const PROCUREMENT: PluginRequirement = { ids: ['com.snc.procurement'], label: 'Procurement' }
export const S2P_COMMON: PluginRequirement = { ids: ['com.snc.sn_shop'], label: 'Source-to-Pay Common Architecture' }
export const AP_INVOICE: PluginRequirement = {
    ids: ['com.sn_ap_apm', 'sn_ap_apm'],
    label: 'Accounts Payable Invoice Processing',
}
export const SPEND_INTEGRATION: PluginRequirement = {
    ids: ['com.sn_spend_intg', 'com.glide.sn_spend_intg'],
    label: 'Source-to-Pay Integration Framework',
}
export const ERP_INTEGRATION: PluginRequirement = {
    ids: ['com.sn_fcms_integrations'],
    label: 'ERP Integration Framework',
}

/** The integration roles the framework documents for the user that stages invoices. */
export const INVOICE_INTEGRATOR: RoleRequirement = {
    anyOf: ['sn_spend_intg.procurement_integrator', 'sn_spend_intg.admin'],
}
/** The ERP Integration Framework's inbound staging user, who also runs the import transforms. */
export const ERP_INTEGRATION_USER: readonly RoleRequirement[] = [
    role('sn_fcms_intg.integration_user'),
    role('import_transformer'),
]
