import { openModelStore } from '../support/model-store'

/**
 * The look-ups the engine and the modelled transform make on the stand-in's Source-to-Pay tables
 * use an index, so staging 100k documents does not scan the tables once per page. Written as the
 * queries themselves (SQLite's plan says SEARCH ... USING INDEX, or SCAN when there is none).
 */
const PAIR = "'a', 'b'"

const LOOKUPS: readonly [string, string][] = [
    [
        'connector key on the invoice import table',
        `sn_spend_intg_imp_invoice WHERE u_third_party_import_id IN (${PAIR})`,
    ],
    ['connector key on the order import table', `sn_fcms_intg_imp_order WHERE u_third_party_import_id IN (${PAIR})`],
    ['pending invoice import rows', "sn_spend_intg_imp_invoice WHERE sys_import_state = 'pending'"],
    [
        'earlier transformed invoice rows (coalesce)',
        `sn_spend_intg_imp_invoice WHERE u_external_invoice_number IN (${PAIR}) AND sys_import_state IN ('inserted','updated')`,
    ],
    [
        'earlier transformed order rows (coalesce)',
        `sn_fcms_intg_imp_order WHERE u_erp_po_number IN (${PAIR}) AND sys_import_state IN ('inserted','updated')`,
    ],
    ['suppliers by ERP supplier code', `sn_fin_supplier WHERE erp_supplier_code IN (${PAIR})`],
    ['legal entities by ERP company code', `sn_fin_legal_entity WHERE erp_company_code IN (${PAIR})`],
    ['connector key on sn_shop_invoice', `sn_shop_invoice WHERE u_ml_connector_key IN (${PAIR})`],
    ['connector key on sn_shop_purchase_order', `sn_shop_purchase_order WHERE u_ml_connector_key IN (${PAIR})`],
    ['connector key on proc_po', `proc_po WHERE u_ml_connector_key IN (${PAIR})`],
]

test.each(LOOKUPS)('%s uses an index', (_, query) => {
    const store = openModelStore()
    try {
        const plan = store.db.prepare(`EXPLAIN QUERY PLAN SELECT * FROM ${query}`).all() as { detail: string }[]
        const details = plan.map((p) => p.detail).join('; ')
        expect(details).toMatch(/USING (COVERING )?INDEX/)
        expect(details).not.toMatch(/^SCAN /)
    } finally {
        store.close()
    }
})
