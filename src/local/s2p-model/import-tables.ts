import type { ModelColumn, ModelTable } from './model-table'
import { byName, text, typed } from './model-table'

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

/**
 * What the stand-in indexes on a line import table: the connector's key (the line writer and the
 * pending-line read find a line's rows by it once per page), the import state, and the columns the
 * match reads a document's lines by. Without them each page's look-up scans every line staged so
 * far, and a run's time grows with the square of its pages.
 */
function lineIndexes(...lookUps: readonly string[]): readonly (readonly string[])[] {
    return [['u_ml_connector_key'], ['sys_import_state'], ...lookUps.map((c) => [c])]
}

/**
 * Which invoice an import row belongs to and which ERP sent it: the header and the line staging
 * tables carry the same three mandatory columns (the number is what joins a line to its header).
 */
const INVOICE_IDENTITY_COLUMNS: readonly ModelColumn[] = [
    text('u_external_invoice_number', { mandatory: true }),
    text('u_external_invoice_source', { mandatory: true, labelOnly: true }),
    text('u_erp_source', { mandatory: true, labelOnly: true }),
]

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
        ...INVOICE_IDENTITY_COLUMNS,
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

/**
 * The columns a line row needs that no line table documents: the line's connector key (the
 * document's staging key and the line number, so up to 100 characters) and its state (open,
 * closed, removed). The README tells the admin to add both, as an instance prepared per it would.
 */
export const CONNECTOR_LINE_COLUMNS: readonly ModelColumn[] = [
    { ...text('u_ml_connector_key', { maxLength: 100 }), documented: 'connector' },
    {
        ...text('u_ml_line_state', { maxLength: 40, choices: ['open', 'closed', 'removed'] }),
        documented: 'connector',
    },
]

/** A column no page names or labels: this connector's reading of what the row carries. */
function reading(name: string): ModelColumn {
    return { ...text(name), documented: 'connector' }
}

/**
 * Invoice line staging (Source-to-Pay Integration Framework, s2p-targets §1b), transformed by
 * "Invoice line import" into sn_shop_invoice_line, joined to its invoice by the external invoice
 * number (only the API page marks that "Required"; it is modelled mandatory since no line joins
 * its header without it). ERP line number, external invoice source, ERP source: labels only.
 * The PO number beside the PO line (u_purchase_order) is not documented per line.
 */
const INVOICE_LINE_IMPORT: ModelTable = {
    name: 'sn_spend_intg_imp_invoice_line',
    label: 'Invoice line import staging',
    source: 'IF/inbound-invoice-line-staging-table, APO/inbound-invoice-line-fields, API ap-invoice-api',
    columns: [
        ...INVOICE_IDENTITY_COLUMNS,
        text('u_erp_line_number', { maxLength: 40, labelOnly: true }),
        text('u_line_description', { mandatory: true }),
        text('u_line_quantity', { mandatory: true }),
        text('u_line_unit_price', { mandatory: true }),
        text('u_subtotal', { mandatory: true }),
        text('u_line_amount_invoiced'),
        text('u_purchase_order_line'),
        text('u_supplier_part_number'),
        text('u_cost_center'),
        text('u_gl_account'),
        text('u_currency'),
        text('u_tax_code'),
        text('u_uom'),
        text('u_po_line_description'),
        reading('u_purchase_order'),
        ...CONNECTOR_LINE_COLUMNS,
        ...IMPORT_SET_ROW_COLUMNS,
    ], // The line writer finds a line's rows by its key, the match a PO's invoice lines by PO number.
    indexes: lineIndexes('u_purchase_order', 'u_external_invoice_number'),
}

/**
 * Purchase order line staging ("Order line stage", s2p-targets §1d), transformed into
 * sn_shop_purchase_order_line. Only ERP source, ERP PO number and ERP PO line number are
 * documented (mandatory, labels only); the line's values are this connector's reading.
 */
const ORDER_LINE_IMPORT: ModelTable = {
    name: 'sn_fcms_intg_imp_order_line',
    label: 'Order line stage',
    source: 'IF/spo-inbound-pol-table (three labels only)',
    columns: [
        text('u_erp_source', { mandatory: true, labelOnly: true }),
        text('u_erp_po_number', { mandatory: true, labelOnly: true }),
        text('u_erp_po_line_number', { maxLength: 40, mandatory: true, labelOnly: true }),
        ...[
            'u_line_description',
            'u_quantity',
            'u_unit_price',
            'u_line_amount',
            'u_quantity_received',
            'u_quantity_invoiced',
            'u_gl_account',
            'u_cost_center',
            'u_currency',
        ].map(reading),
        ...CONNECTOR_LINE_COLUMNS,
        ...IMPORT_SET_ROW_COLUMNS,
    ], // The line writer finds a line's rows by its key, the match an order's lines by PO number.
    indexes: lineIndexes('u_erp_po_number'),
}

/**
 * Receipt staging ("Receipt stage", s2p-targets §1d), transformed into sn_shop_receipt. Labels only:
 * ERP receipt number, ERP PO number, ERP PO line number, ERP source, Quantity received, State and
 * Type are documented (the page heads them "mandatory"); the receipt date is this connector's
 * reading. The staging key is kept in the connector's own column (README "Targets").
 */
const RECEIPT_IMPORT: ModelTable = {
    name: 'sn_fcms_intg_imp_receipt',
    label: 'Receipt stage',
    source: 'IF/spo-inbound-receipt-table (labels only)',
    columns: [
        text('u_erp_source', { mandatory: true, labelOnly: true }),
        text('u_erp_receipt_number', { maxLength: 40, mandatory: true, labelOnly: true }),
        text('u_erp_po_number', { mandatory: true, labelOnly: true }),
        text('u_erp_po_line_number', { maxLength: 40, mandatory: true, labelOnly: true }),
        text('u_quantity_received', { mandatory: true, labelOnly: true }),
        text('u_state', { maxLength: 40, labelOnly: true }),
        text('u_type', { maxLength: 40, choices: ['goods', 'services'], labelOnly: true }),
        text('u_po_line_number', { maxLength: 40, labelOnly: true }),
        text('u_percentage_received', { labelOnly: true }),
        text('u_milestone', { labelOnly: true }),
        text('u_supplier_product', { labelOnly: true }),
        reading('u_receipt_date'),
        { ...text('u_ml_connector_key', { maxLength: 64 }), documented: 'connector' },
        ...IMPORT_SET_ROW_COLUMNS,
    ],
    indexes: [['u_ml_connector_key'], ['sys_import_state'], ['u_erp_po_number', 'sys_import_state']],
}

/** The import tables this connector writes, by name. */
export const IMPORT_TABLE_MODELS: Readonly<Record<string, ModelTable>> = byName([
    INVOICE_IMPORT,
    ORDER_IMPORT,
    INVOICE_LINE_IMPORT,
    ORDER_LINE_IMPORT,
    RECEIPT_IMPORT,
])
