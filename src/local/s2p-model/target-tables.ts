import { createHash } from 'crypto'
import type { ModelColumn, ModelTable } from './model-table'
import { byName, text, typed } from './model-table'
import { CONNECTOR_LINE_COLUMNS } from './import-tables'

/** The stand-in's fixed sys_id of a seeded record: the same on every open, so re-opens find it. */
export function seededSysId(table: string, name: string): string {
    return createHash('md5').update(`local:${table}:${name}`).digest('hex')
}

/**
 * The staging key's column on tables that document none (primary and legacy targets): the admin
 * adds it (README "Targets"); the stand-in has it, as an instance prepared per the README would.
 */
const CONNECTOR_KEY: ModelColumn = { ...text('u_ml_connector_key', { maxLength: 64 }), documented: 'connector' }
/** The engine finds its records by the key column: the stand-in indexes it. */
const BY_CONNECTOR_KEY = [[CONNECTOR_KEY.name]]

/** The ERP source record the stand-in starts with; a connection names it (local config `erpSource`). */
export const LOCAL_ERP_SOURCE_NAME = 'IFS Cloud'

const INVOICE_STATES = [
    'draft',
    'po_mapping_error',
    'suspected_duplicate',
    'po_matching_completed',
    'exceptions_found',
    'no_exceptions_found',
    'pending_approval',
    'approval_recalled',
    'approved',
    'pending_payment',
    'paid',
] as const

/**
 * Accounts Payable Operations' invoice (extends sn_fin_base_invoice). Names: those used in the
 * documented fix scripts and properties; the documentation marks no column mandatory. Where an
 * invoice keeps the integration's invoice number or import id is not documented.
 */
const SHOP_INVOICE: ModelTable = {
    name: 'sn_shop_invoice',
    label: 'Invoice',
    source: 'APO/run-fix-script-for-apo, APO/acc-pay-properties',
    columns: [
        text('supplier_invoice_number'),
        typed('invoice_date', 'date'),
        typed('supplier', 'reference'),
        typed('legal_entity', 'reference'),
        typed('purchase_order', 'reference'),
        // Not documented for sn_shop_invoice: the s2p_tables preset's reading (a reference to fx_currency).
        typed('currency', 'reference', { labelOnly: true }),
        typed('payment_terms', 'reference', { labelOnly: true }),
        typed('subtotal', 'decimal'),
        typed('invoice_amount', 'decimal'),
        typed('amount_invoiced_without_tax_transaction_currency', 'decimal'),
        text('tax_status', { maxLength: 40 }),
        text('state', { maxLength: 40, choices: INVOICE_STATES }),
        CONNECTOR_KEY,
    ],
    indexes: BY_CONNECTOR_KEY,
}

/** Source-to-Pay purchase order (extends sn_shop_order); reference labels from the APO page. */
const SHOP_PURCHASE_ORDER: ModelTable = {
    name: 'sn_shop_purchase_order',
    label: 'Purchase order',
    source: 'APO/purchase-order-table',
    columns: [
        typed('total_amount', 'decimal'),
        typed('invoiced_amount', 'decimal'),
        typed('in_process_invoiced_amount', 'decimal'),
        typed('supplier', 'reference', { labelOnly: true }),
        typed('legal_entity', 'reference', { labelOnly: true }),
        typed('cost_center', 'reference', { labelOnly: true }),
        typed('business_owner', 'reference', { labelOnly: true }),
        typed('payment_term', 'reference', { labelOnly: true }),
        // Neither the PO number's nor the state's column name is documented for the primary table.
        text('number', { maxLength: 40, labelOnly: true }),
        text('state', { maxLength: 40, labelOnly: true }),
        CONNECTOR_KEY,
    ],
    indexes: BY_CONNECTOR_KEY,
}

const PROC_PO_STATUSES = ['requested', 'ordered', 'pending_delivery', 'received', 'canceled'] as const

/**
 * The legacy Procurement plugin's purchase order. `number` .. `source_table` are documented as
 * read-only in the UI; vendor, due by, ship to (required on the form) and terms are labels whose
 * names only public code shows.
 */
const PROC_PO: ModelTable = {
    name: 'proc_po',
    label: 'Purchase order (Procurement)',
    source: 'ITAM/procurement (r_TablesProcurement, t_CreateAPurchaseOrder), ITAM/asset-management/read-only-fields-am',
    columns: [
        text('number', { maxLength: 40 }),
        text('status', { maxLength: 40, choices: PROC_PO_STATUSES }),
        typed('total_cost', 'decimal'),
        typed('ordered', 'datetime'),
        typed('received', 'datetime'),
        typed('init_request', 'reference'),
        text('purchase_order_type', { maxLength: 40 }),
        text('source_id', { maxLength: 32 }),
        text('source_table', { maxLength: 80 }),
        typed('vendor', 'reference', { labelOnly: true }),
        typed('due_by', 'date', { labelOnly: true }),
        // The form requires Ship to; whether the dictionary does is unconfirmed (not modelled mandatory).
        typed('ship_to', 'reference', { labelOnly: true }),
        text('terms', { maxLength: 40, choices: ['credit', 'net_30', 'net_90'], labelOnly: true }),
        CONNECTOR_KEY,
    ],
    indexes: BY_CONNECTOR_KEY,
}

/**
 * The legacy Procurement plugin's purchase order line (s2p-targets §5): number, purchase_order,
 * status, ordered, received are documented read-only in the UI; ordered_quantity and cost are the
 * names public code uses. The connector's line key and line state are the columns the admin adds.
 */
const PROC_PO_ITEM: ModelTable = {
    name: 'proc_po_item',
    label: 'Purchase order line item (Procurement)',
    source: 'ITAM/procurement (r_TablesProcurement), ITAM/asset-management/read-only-fields-am',
    columns: [
        text('number', { maxLength: 40 }),
        typed('purchase_order', 'reference'),
        text('status', { maxLength: 40, choices: PROC_PO_STATUSES }),
        typed('ordered', 'datetime'),
        typed('received', 'integer'),
        typed('ordered_quantity', 'integer', { labelOnly: true }),
        typed('cost', 'decimal', { labelOnly: true }),
        ...CONNECTOR_LINE_COLUMNS,
    ],
}

/**
 * The product brief's table. No ServiceNow page documents it: its columns are the ones this
 * connector's `brief` preset has always written, so the model takes them as given.
 */
const APO_INVOICE: ModelTable = {
    name: 'sn_apo_invoice',
    label: 'AP invoice (undocumented)',
    source: 'undocumented: the product brief only',
    columns: [
        'invoice_number',
        'supplier_number',
        'supplier_name',
        'company',
        'po_number',
        'gl_account',
        'cost_center',
        'source_state',
        'external_reference',
    ]
        .map((name) => text(name, { labelOnly: true }))
        .concat([
            typed('invoice_date', 'date', { labelOnly: true }),
            typed('source_created_at', 'datetime', { labelOnly: true }),
            typed('due_date', 'date', { labelOnly: true }),
            text('currency', { maxLength: 3, labelOnly: true }),
            typed('net_amount', 'decimal', { labelOnly: true }),
            typed('tax_amount', 'decimal', { labelOnly: true }),
            typed('gross_amount', 'decimal', { labelOnly: true }),
            text('state', { maxLength: 40, labelOnly: true }),
        ]),
}

/** Where every Source-to-Pay record takes its ERP source from (IF/erp-source). Names: labels only. */
const ERP_SOURCE: ModelTable = {
    name: 'sn_fin_erp_source',
    label: 'ERP source',
    source: 'IF/erp-source, IF/erp-integration-framework (labels only)',
    columns: [text('name', { mandatory: true, labelOnly: true }), text('source', { labelOnly: true })],
    seed: [
        {
            sys_id: seededSysId('sn_fin_erp_source', LOCAL_ERP_SOURCE_NAME),
            name: LOCAL_ERP_SOURCE_NAME,
            source: LOCAL_ERP_SOURCE_NAME,
        },
    ],
}

/** Suppliers as Source-to-Pay knows them: the ERP supplier code is an Integer (SLO/slo-supplier-table). */
const SUPPLIER: ModelTable = {
    name: 'sn_fin_supplier',
    label: 'Supplier',
    source: 'SLO/slo-supplier-table (labels only)',
    columns: [
        text('name', { labelOnly: true }),
        // Documented as an Integer; kept as text here because IFS supplier ids are text (SUP00001):
        // whether an instance can hold such a code is unconfirmed (README, Known limits).
        text('erp_supplier_code', { maxLength: 40, labelOnly: true }),
        text('erp_company_code', { maxLength: 40, labelOnly: true }),
        typed('erp_source', 'reference', { labelOnly: true }),
        // The legal entity a supplier is known for. Documented only as the supplier/legal-entity
        // inbound table's pair (sn_fin_supplier_detail); a reference here is the model's reading,
        // which the s2p_tables preset's supplier look-up is scoped by.
        typed('legal_entity', 'reference', { labelOnly: true }),
    ],
    // The modelled transform and the look-up preset find suppliers by code.
    indexes: [['erp_supplier_code']],
}

/** Legal entities: ERP company code and ERP source are mandatory (IF/spo-legal-entity-inbound-table). */
const LEGAL_ENTITY: ModelTable = {
    name: 'sn_fin_legal_entity',
    label: 'Legal entity',
    source: 'IF/spo-legal-entity-inbound-table (labels only)',
    columns: [
        text('erp_company_code', { maxLength: 40, mandatory: true, labelOnly: true }),
        typed('erp_source', 'reference', { mandatory: true, labelOnly: true }),
        text('legal_name', { labelOnly: true }),
        text('local_currency', { maxLength: 3, labelOnly: true }),
    ],
    indexes: [['erp_company_code']],
}

/**
 * Accounts Payable Operations' invoice line (extends sn_fin_base_invoice_line): sub_total and
 * line_description are named in the documentation; its invoice, PO line, ledger account and cost
 * center references are labels only, as are the other names here (the modelled transform's target).
 */
const SHOP_INVOICE_LINE: ModelTable = {
    name: 'sn_shop_invoice_line',
    label: 'Invoice line',
    source: 'APO/create-invoice-line-form',
    columns: [
        typed('invoice', 'reference', { labelOnly: true }),
        text('line_description'),
        typed('sub_total', 'decimal'),
        text('line_number', { maxLength: 40, labelOnly: true }),
        typed('quantity', 'decimal', { labelOnly: true }),
        typed('unit_price', 'decimal', { labelOnly: true }),
        text('po_number', { labelOnly: true }),
        text('po_line_number', { maxLength: 40, labelOnly: true }),
        text('gl_account', { labelOnly: true }),
        text('cost_center', { labelOnly: true }),
        text('state', { maxLength: 40, labelOnly: true }),
    ],
}

/** Source-to-Pay purchase order line: only its references are documented (labels). */
const SHOP_PURCHASE_ORDER_LINE: ModelTable = {
    name: 'sn_shop_purchase_order_line',
    label: 'Purchase order line',
    source: 'APO/purchase-order-lines (labels only)',
    columns: [
        typed('purchase_order', 'reference', { labelOnly: true }),
        text('line_number', { maxLength: 40, labelOnly: true }),
        text('description', { labelOnly: true }),
        typed('quantity', 'decimal', { labelOnly: true }),
        typed('unit_price', 'decimal', { labelOnly: true }),
        typed('total_amount', 'decimal', { labelOnly: true }),
        typed('quantity_received', 'decimal', { labelOnly: true }),
        typed('quantity_invoiced', 'decimal', { labelOnly: true }),
        text('state', { maxLength: 40, labelOnly: true }),
    ],
}

/**
 * Source-to-Pay receipt: only its purchase order line reference is documented (a label,
 * s2p-targets §6); the other columns are the modelled transform's reading of the receipt stage.
 */
const SHOP_RECEIPT: ModelTable = {
    name: 'sn_shop_receipt',
    label: 'Receipt',
    source: 'SPO/receipts (labels only)',
    columns: [
        typed('purchase_order_line', 'reference', { labelOnly: true }),
        text('receipt_number', { maxLength: 40, labelOnly: true }),
        text('po_number', { labelOnly: true }),
        text('po_line_number', { maxLength: 40, labelOnly: true }),
        typed('quantity_received', 'decimal', { labelOnly: true }),
        text('received_date', { maxLength: 40, labelOnly: true }),
        text('state', { maxLength: 40, labelOnly: true }),
        text('type', { maxLength: 40, labelOnly: true }),
    ],
}

/** Primary, legacy and undocumented targets a preset may write, by name. */
export const TARGET_TABLE_MODELS: Readonly<Record<string, ModelTable>> = byName([
    SHOP_INVOICE,
    SHOP_PURCHASE_ORDER,
    PROC_PO,
    PROC_PO_ITEM,
    SHOP_INVOICE_LINE,
    SHOP_PURCHASE_ORDER_LINE,
    SHOP_RECEIPT,
    APO_INVOICE,
])

/** The company a legacy purchase order's vendor references (core_company.name is platform standard). */
const COMPANY: ModelTable = {
    name: 'core_company',
    label: 'Company',
    source: 'platform table',
    columns: [text('name', { maxLength: 80 }), typed('vendor', 'boolean')],
}

/** ISO codes the stand-in's currency table starts with (an instance ships the full list). */
const MODEL_CURRENCIES = ['EUR', 'USD', 'GBP', 'SEK', 'NOK', 'DKK', 'CHF', 'JPY', 'CAD', 'AUD']

/**
 * The platform's currency table (fx_currency, column `code`). Which table Source-to-Pay resolves a
 * currency in is unconfirmed (s2p-targets §4: likely fx_currency; the integration framework loads
 * sn_fin_fx_currency): the s2p_tables preset's currency row names the table, so it is data.
 */
const CURRENCY: ModelTable = {
    name: 'fx_currency',
    label: 'Currency',
    source: 'platform table (s2p-targets §4: likely reference target, unconfirmed)',
    columns: [text('code', { maxLength: 3 }), text('name', { maxLength: 80 })],
    seed: MODEL_CURRENCIES.map((code) => ({ sys_id: seededSysId('fx_currency', code), code, name: code })),
}

/** Tables a preset reads (references, the connection's ERP source), by name. */
export const REFERENCE_TABLE_MODELS: Readonly<Record<string, ModelTable>> = byName([
    ERP_SOURCE,
    CURRENCY,
    COMPANY,
    SUPPLIER,
    LEGAL_ENTITY,
])
