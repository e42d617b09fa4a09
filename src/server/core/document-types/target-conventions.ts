/**
 * The column the primary-table and legacy presets keep the staging key in. Those tables document
 * no column for an integration's own key, so the admin adds this one (README "Targets"); the
 * prerequisite check names it when it is missing.
 */
export const CONNECTOR_KEY_COLUMN = 'u_ml_connector_key'

/**
 * The column a line row keeps its state in (open, closed, removed): no documented line table has
 * one for an integration (a removed IFS line is marked, never deleted), so the admin adds it with
 * the key column (README "Targets"); the dictionary check names it when it is missing.
 */
export const CONNECTOR_LINE_STATE_COLUMN = 'u_ml_line_state'

/**
 * Import-set row states after which the platform has transformed the row into its target: the
 * connector never edits such a row (a change is flagged). pending/error/ignored/skipped rows may
 * still be rewritten in place.
 */
export const TRANSFORMED_IMPORT_STATES: readonly string[] = ['inserted', 'updated']

/** Legal entity by its ERP company code (IF/spo-legal-entity-inbound-table: mandatory there). */
export const LEGAL_ENTITY_BY_CODE = ['sn_fin_legal_entity', 'erp_company_code'] as const
/**
 * Supplier by its ERP supplier code (SLO/slo-supplier-table), one per legal entity: the look-up
 * is scoped by what the `legal_entity` row resolved. That sn_fin_supplier holds a `legal_entity`
 * reference is this connector's reading (the documented link is sn_fin_supplier_detail): a
 * customer whose instance differs changes the row's scope (README "Targets").
 */
export const SUPPLIER_BY_CODE = ['sn_fin_supplier', 'erp_supplier_code'] as const
export const SUPPLIER_SCOPE = { column: 'legal_entity', from: 'legal_entity' } as const
