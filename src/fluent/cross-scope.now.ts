import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Runtime access the app needs outside its scope, and nothing else (test/contract compares this
// list with the tables the built Glide adapters open). Targets: the default tables (and line tables) of every
// field-map preset (src/server/core/staging/field-maps.ts), read + create + write. Metadata: read only. Target scopes of the Source-to-Pay tables are the
// owning plugins' scopes; an admin can re-point them if an instance packages them differently.

// --- brief preset: sn_apo_invoice, proc_po ---
CrossScopePrivilege({
    $id: Now.ID['csp_sn_apo_invoice_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sn_apo_invoice',
    targetScope: 'sn_apo',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_apo_invoice_create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sn_apo_invoice',
    targetScope: 'sn_apo',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_apo_invoice_write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sn_apo_invoice',
    targetScope: 'sn_apo',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_proc_po_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'proc_po',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_proc_po_create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'proc_po',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_proc_po_write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'proc_po',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// --- s2p_import preset: import staging tables ---
CrossScopePrivilege({
    $id: Now.ID['csp_sn_spend_intg_imp_invoice_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sn_spend_intg_imp_invoice',
    targetScope: 'sn_spend_intg',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_spend_intg_imp_invoice_create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sn_spend_intg_imp_invoice',
    targetScope: 'sn_spend_intg',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_spend_intg_imp_invoice_write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sn_spend_intg_imp_invoice',
    targetScope: 'sn_spend_intg',
    targetType: 'sys_db_object',
})

// ERP Integration Framework's order stage (s2p_import purchase orders)
CrossScopePrivilege({
    $id: Now.ID['csp_sn_fcms_intg_imp_order_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sn_fcms_intg_imp_order',
    targetScope: 'sn_fcms_intg',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_fcms_intg_imp_order_create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sn_fcms_intg_imp_order',
    targetScope: 'sn_fcms_intg',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_fcms_intg_imp_order_write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sn_fcms_intg_imp_order',
    targetScope: 'sn_fcms_intg',
    targetType: 'sys_db_object',
})

// --- line tables (issue 18): the import presets' line staging tables, legacy_procurement's proc_po_item ---
CrossScopePrivilege({
    $id: Now.ID['csp_sn_spend_intg_imp_invoice_line_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sn_spend_intg_imp_invoice_line',
    targetScope: 'sn_spend_intg',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_spend_intg_imp_invoice_line_create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sn_spend_intg_imp_invoice_line',
    targetScope: 'sn_spend_intg',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_spend_intg_imp_invoice_line_write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sn_spend_intg_imp_invoice_line',
    targetScope: 'sn_spend_intg',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_fcms_intg_imp_order_line_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sn_fcms_intg_imp_order_line',
    targetScope: 'sn_fcms_intg',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_fcms_intg_imp_order_line_create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sn_fcms_intg_imp_order_line',
    targetScope: 'sn_fcms_intg',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_fcms_intg_imp_order_line_write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sn_fcms_intg_imp_order_line',
    targetScope: 'sn_fcms_intg',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_fcms_intg_imp_receipt_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sn_fcms_intg_imp_receipt',
    targetScope: 'sn_fcms_intg',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_fcms_intg_imp_receipt_create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sn_fcms_intg_imp_receipt',
    targetScope: 'sn_fcms_intg',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_fcms_intg_imp_receipt_write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sn_fcms_intg_imp_receipt',
    targetScope: 'sn_fcms_intg',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_proc_po_item_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'proc_po_item',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_proc_po_item_create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'proc_po_item',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_proc_po_item_write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'proc_po_item',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// --- s2p_tables preset: Source-to-Pay tables ---
CrossScopePrivilege({
    $id: Now.ID['csp_sn_shop_invoice_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sn_shop_invoice',
    targetScope: 'sn_shop',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_shop_invoice_create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sn_shop_invoice',
    targetScope: 'sn_shop',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_shop_invoice_write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sn_shop_invoice',
    targetScope: 'sn_shop',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_shop_purchase_order_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sn_shop_purchase_order',
    targetScope: 'sn_shop',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_shop_purchase_order_create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sn_shop_purchase_order',
    targetScope: 'sn_shop',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_shop_purchase_order_write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sn_shop_purchase_order',
    targetScope: 'sn_shop',
    targetType: 'sys_db_object',
})

// --- reference data: the connection's ERP source record (its name is what staged rows carry) ---
CrossScopePrivilege({
    $id: Now.ID['csp_sn_fin_erp_source_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sn_fin_erp_source',
    targetScope: 'sn_fin',
    targetType: 'sys_db_object',
})

// Reference look-ups of the s2p_tables and legacy_procurement presets (one query per value, per run)
CrossScopePrivilege({
    $id: Now.ID['csp_sn_fin_supplier_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sn_fin_supplier',
    targetScope: 'sn_fin',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sn_fin_legal_entity_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sn_fin_legal_entity',
    targetScope: 'sn_fin',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_core_company_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'core_company',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// --- metadata the prerequisite checks, the run-as role check and the token source read ---
// Exactly what the Glide adapters query (src/server/glide): sys_db_object (Application Access of
// target tables), sys_user_has_role with its role.name dot-walk into sys_user_role, sys_user (the
// run-as user's name), sysauto_script (the job's Run as), oauth_entity_profile and oauth_entity.
// Plugins are asked through GlidePluginManager (an API, no table read); columns through the target
// table's own element descriptors (no sys_dictionary read).
CrossScopePrivilege({
    $id: Now.ID['csp_sys_user_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sys_user_role_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_role',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sys_user_has_role_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_has_role',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sys_db_object_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_db_object',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_oauth_entity_profile_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'oauth_entity_profile',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_oauth_entity_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'oauth_entity',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sysauto_script_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sysauto_script',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// --- import transform (transform_mode run_now): the import set the connector creates per page ---
CrossScopePrivilege({
    $id: Now.ID['csp_sys_import_set_read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_import_set',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
CrossScopePrivilege({
    $id: Now.ID['csp_sys_import_set_create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sys_import_set',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
