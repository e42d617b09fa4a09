import type { ModelColumn, ModelTable } from './model-table'
import { text, typed } from './model-table'

/**
 * The import-set row columns every import (staging) table inherits from sys_import_set_row: which
 * import set the row belongs to, what its transform did with it, and the target record it produced.
 */
const IMPORT_STATES = ['pending', 'inserted', 'updated', 'ignored', 'skipped', 'error'] as const

const IMPORT_SET_ROW_COLUMNS: readonly ModelColumn[] = [
    typed('sys_import_set', 'reference'),
    // A row written by a script starts pending until a transform processes it.
    { ...text('sys_import_state', { maxLength: 40, choices: IMPORT_STATES }), defaultValue: 'pending' },
    text('sys_import_state_comment', { maxLength: 4000 }),
    text('sys_target_sys_id', { maxLength: 32 }),
    text('sys_target_table', { maxLength: 80 }),
    typed('sys_row_error', 'reference'),
]

/**
 * What the stand-in indexes on an import table: the connector's key column (the engine recognises
 * its rows by it), the import state (rows still pending) and the first coalesce column the
 * modelled transform finds earlier rows by.
 */
function importIndexes(coalesce: string): readonly (readonly string[])[] {
    return [['u_third_party_import_id'], ['sys_import_state'], [coalesce, 'sys_import_state']]
}

const INVOICE_TYPES = ['invoice', 'non_po_invoice', 'debit_memo', 'credit_memo'] as const

/**
 * Invoice header staging (Source-to-Pay Integration Framework), transformed by "Invoice import"
 * into sn_shop_invoice. Names from the AP Invoice API page; mandatory = the staging and APO pages.
 * ERP source, external invoice source, third party import id and tax amount are labels only there.
 */
const INVOICE_IMPORT: ModelTable = {
    name: 'sn_spend_intg_imp_invoice',
    label: 'Invoice import staging',
    source: 'IF/inbound-invoice-import-staging-table, APO/inbound-invoice-fields, API ap-invoice-api',
    columns: [
        text('u_external_invoice_number', { mandatory: true }),
        text('u_external_invoice_source', { mandatory: true, labelOnly: true }),
        text('u_erp_source', { mandatory: true, labelOnly: true }),
        text('u_supplier', { mandatory: true }),
        text('u_invoice_date', { mandatory: true }),
        text('u_subtotal', { mandatory: true }),
        text('u_other_charges', { mandatory: true }),
        text('u_invoice_type', { maxLength: 40, choices: INVOICE_TYPES }),
        text('u_currency'),
        text('u_purchase_order'),
        text('u_supplier_invoice_number'),
        text('u_shipping_amount'),
        text('u_legal_entity'),
        text('u_payment_terms'),
        text('u_amount_invoiced'),
        text('u_discounts'),
        text('u_erp_number'),
        text('u_invoice_line_count'),
        text('u_third_party_import_id', { labelOnly: true }),
        text('u_tax_amount', { labelOnly: true }),
        ...IMPORT_SET_ROW_COLUMNS,
    ],
    indexes: importIndexes('u_external_invoice_number'),
}

/**
 * Purchase order staging (ERP Integration Framework, "Order stage"), transformed into
 * sn_shop_purchase_order. Only labels are documented: every name here is unconfirmed.
 */
const ORDER_IMPORT: ModelTable = {
    name: 'sn_fcms_intg_imp_order',
    label: 'Order stage',
    source: 'IF/spo-inbound-pur-order-table (labels only)',
    columns: [
        text('u_erp_po_number', { mandatory: true, labelOnly: true }),
        text('u_erp_source', { mandatory: true, labelOnly: true }),
        text('u_legal_entity', { labelOnly: true }),
        text('u_supplier_company_name', { labelOnly: true }),
        text('u_supplier', { labelOnly: true }),
        text('u_order_type', { maxLength: 40, choices: ['standard', 'blanket'], labelOnly: true }),
        text('u_payment_term', { labelOnly: true }),
        text('u_po_amount', { labelOnly: true }),
        text('u_po_amount_currency', { labelOnly: true }),
        text('u_po_status', { labelOnly: true }),
        text('u_purchasing_organization', { labelOnly: true }),
        text('u_cost_center', { labelOnly: true }),
        text('u_business_owner', { labelOnly: true }),
        text('u_blanket_order_start_date', { labelOnly: true }),
        text('u_blanket_order_end_date', { labelOnly: true }),
        text('u_third_party_import_id', { labelOnly: true }),
        ...IMPORT_SET_ROW_COLUMNS,
    ],
    indexes: importIndexes('u_erp_po_number'),
}

/** The import tables this connector writes, by name. */
export const IMPORT_TABLE_MODELS: Readonly<Record<string, ModelTable>> = {
    [INVOICE_IMPORT.name]: INVOICE_IMPORT,
    [ORDER_IMPORT.name]: ORDER_IMPORT,
}
