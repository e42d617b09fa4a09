import { OBJECT_TYPE_CHOICES } from '../../../tables/object-type-choices'
import type { DocumentTypeDefinition } from './document-type'
import type { FieldMapDefinition, LineMapDefinition } from './field-map'
import { constant, field, lineField, lookup, setting } from './field-map'
import {
    CONNECTOR_KEY_COLUMN,
    CONNECTOR_LINE_STATE_COLUMN,
    LEGAL_ENTITY_BY_CODE,
    SUPPLIER_BY_CODE,
    SUPPLIER_SCOPE,
    TRANSFORMED_IMPORT_STATES,
} from './target-conventions'
import { AP_INVOICE, INVOICE_INTEGRATOR, role, S2P_COMMON, SPEND_INTEGRATION } from './platform-plugins'
import { dateField, dateTimeField, numberField, objversionStamp, textField } from './source-field'

/**
 * The integration framework's invoice import table, every column the documentation marks mandatory
 * filled (s2p-targets §1a). Values are text (the staging page types them String): dates yyyy-mm-dd,
 * amounts as decimal numbers. A row its transform has processed (inserted/updated) is never
 * edited: a later change from IFS is flagged (the invoice is Source-to-Pay's from then on).
 */
const INVOICE_IMPORT_MAP: FieldMapDefinition = {
    defaultTable: 'sn_spend_intg_imp_invoice',
    columns: [
        field('u_external_invoice_number', 'documentNumber'),
        setting('u_external_invoice_source', 'externalInvoiceSource'),
        setting('u_erp_source', 'erpSource'),
        field('u_supplier', 'supplierNumber'),
        field('u_invoice_date', 'documentDate', 'date'),
        field('u_subtotal', 'netAmount'),
        // IFS posting proposals carry no separate charges: 0 until a source field exists.
        constant('u_other_charges', '0'),
        field('u_tax_amount', 'taxAmount'),
        field('u_amount_invoiced', 'grossAmount'),
        constant('u_invoice_type', 'invoice'),
        field('u_currency', 'currency'),
        field('u_purchase_order', 'poReference'),
        field('u_supplier_invoice_number', 'documentNumber'),
        field('u_legal_entity', 'company'),
        field('u_third_party_import_id', 'externalReference'),
    ],
    lock: { column: 'sys_import_state', states: TRANSFORMED_IMPORT_STATES },
}
/**
 * The integration framework's invoice line import table (s2p-targets §1b), joined to its header by
 * the external invoice number; "Invoice line import" makes sn_shop_invoice_line rows. Each line
 * carries the PO line it bills (u_purchase_order_line, the ERP PO line number; the PO number beside
 * it in u_purchase_order is this connector's reading: the page documents no PO number per line).
 * u_erp_line_number reads the label "ERP line number"; u_external_invoice_source and u_erp_source
 * read their labels, as on the header. The line's connector key and its state (open, closed,
 * removed) go into the two columns the admin adds (README "Targets"), since the table documents
 * neither an integration key nor a removal.
 */
const INVOICE_LINE_IMPORT_MAP: LineMapDefinition = {
    defaultTable: 'sn_spend_intg_imp_invoice_line',
    columns: [
        field('u_external_invoice_number', 'documentNumber'),
        setting('u_external_invoice_source', 'externalInvoiceSource'),
        setting('u_erp_source', 'erpSource'),
        lineField('u_erp_line_number', 'lineNumber'),
        lineField('u_line_description', 'lineDescription'),
        lineField('u_line_quantity', 'lineQuantity'),
        lineField('u_line_unit_price', 'lineUnitPrice'),
        lineField('u_subtotal', 'lineAmount'),
        lineField('u_line_amount_invoiced', 'lineAmount'),
        lineField('u_purchase_order', 'poLineOrder'),
        lineField('u_purchase_order_line', 'poLineNumber'),
        lineField('u_gl_account', 'lineGlAccount'),
        lineField('u_cost_center', 'lineCostCenter'),
        field('u_currency', 'currency'),
        lineField(CONNECTOR_KEY_COLUMN, 'lineReference'),
        lineField(CONNECTOR_LINE_STATE_COLUMN, 'lineState'),
    ],
    lock: { column: 'sys_import_state', states: TRANSFORMED_IMPORT_STATES },
}

/** The invoice import map with its lines (s2p_import, legacy_procurement). */
const INVOICE_IMPORT_WITH_LINES: FieldMapDefinition = { ...INVOICE_IMPORT_MAP, lines: INVOICE_LINE_IMPORT_MAP }

const AP_SPECIALIST = { plugins: [S2P_COMMON, AP_INVOICE], roles: [role('sn_ap_apm.accounts_payable_specialist')] }
/** The integration framework's import tables: its plugin, and the roles it documents for invoice staging. */
const INVOICE_IMPORT = { plugins: [S2P_COMMON, AP_INVOICE, SPEND_INTEGRATION], roles: [INVOICE_INTEGRATOR] }

/** IFS supplier invoices (posting proposals), staged as Source-to-Pay invoices. */
/** Id and label; the label is the object_type choice's (Fluent reads choices statically: tables/object-type-choices.ts). */
const SUPPLIER_INVOICE_NAME = { id: 'supplier_invoice', label: OBJECT_TYPE_CHOICES.supplier_invoice.label } as const

export const SUPPLIER_INVOICE = {
    ...SUPPLIER_INVOICE_NAME,
    shape: 'financial',
    pluralLabel: 'supplier invoices',
    noun: 'Invoice',
    defaultEntitySet: 'ManSuppInvoiceHandling.svc/PostingProposalHeadSet',
    localConfigKey: 'supplierInvoices',
    source: {
        modified: objversionStamp('Objversion'),
        keys: [textField('Company'), numberField('InvoiceId')],
        fields: {
            company: textField('Company'),
            documentNumber: textField('InvoiceNo'),
            supplierNumber: textField('Identity'),
            documentDate: dateField('InvoiceDate'),
            createdAt: dateTimeField('CreationDate'),
            dueDate: dateField('DueDate'),
            currency: textField('Currency'),
            netAmount: numberField('NetCurrAmount'),
            taxAmount: numberField('VatCurrAmount'),
            grossAmount: numberField('GrossCurrAmount'),
            poReference: textField('PoRef'),
            glAccount: textField('CodeA'),
            costCenter: textField('CodeB'),
            state: textField('Objstate'),
        },
    },
    // Unconfirmed names (no public source shows an invoice line set): the item rows, and the
    // posting rows that code them, their columns following the DB table of LU ManSuppInvoicePostings.
    lines: {
        entitySet: 'ManSuppInvoiceHandling.svc/ManSuppInvoiceItemSet',
        modified: objversionStamp('Objversion'),
        keys: [textField('Company'), numberField('InvoiceId'), numberField('ItemId')],
        parentKeys: [textField('Company'), numberField('InvoiceId')],
        fields: {
            lineNumber: numberField('ItemId'),
            releaseNumber: null,
            description: textField('Description'),
            quantity: numberField('Quantity'),
            unitPrice: numberField('UnitPrice'),
            amount: numberField('NetCurrAmount'),
            quantityReceived: null,
            quantityInvoiced: null,
            state: null,
            glAccount: null,
            costCenter: null,
            poOrderNumber: textField('PoOrderNo'),
            poLineNumber: textField('PoLineNo'),
            poReleaseNumber: textField('PoReleaseNo'),
        },
        postings: {
            entitySet: 'ManSuppInvoiceHandling.svc/ManSuppInvoicePostingSet',
            keys: [textField('Company'), numberField('InvoiceId'), numberField('RowId')],
            parentKeys: [textField('Company'), numberField('InvoiceId')],
            lineKey: numberField('ItemId'),
            fields: {
                postingNumber: numberField('RowId'),
                glAccount: textField('CodeA'),
                costCenter: textField('CodeB'),
                amount: numberField('CurrAmount'),
            },
        },
    },
    optionalFields: ['dueDate', 'poReference'],
    // An invoice number is unique per supplier, not per company.
    stagingKey: ['company', 'documentNumber', 'createdDate', 'supplierNumber'],
    fieldMaps: {
        // The product brief's table, in no ServiceNow documentation; column names are this connector's.
        // Headers only: the brief names no line table.
        brief: {
            defaultTable: 'sn_apo_invoice',
            columns: [
                field('invoice_number', 'documentNumber'),
                field('supplier_number', 'supplierNumber'),
                field('supplier_name', 'supplierName'),
                field('company', 'company'),
                field('invoice_date', 'documentDate'),
                field('source_created_at', 'createdAt'),
                field('due_date', 'dueDate'),
                field('currency', 'currency'),
                field('net_amount', 'netAmount'),
                field('tax_amount', 'taxAmount'),
                field('gross_amount', 'grossAmount'),
                field('po_number', 'poReference'),
                field('gl_account', 'glAccount'),
                field('cost_center', 'costCenter'),
                field('source_state', 'state'),
                field('external_reference', 'externalReference'),
            ],
            lock: { column: 'state', states: ['approved', 'posted', 'paid'] },
        },
        s2p_import: INVOICE_IMPORT_WITH_LINES,
        // Accounts Payable Operations' invoice, written directly: references resolved by look-up.
        // Headers only: sn_shop_invoice_line documents two column names (sub_total, line_description)
        // and only labels for its invoice, PO line, ledger account and cost center references.
        s2p_tables: {
            defaultTable: 'sn_shop_invoice',
            columns: [
                field('supplier_invoice_number', 'documentNumber'),
                field('invoice_date', 'documentDate'),
                field('subtotal', 'netAmount'),
                field('invoice_amount', 'grossAmount'),
                lookup('legal_entity', 'company', LEGAL_ENTITY_BY_CODE),
                lookup('supplier', 'supplierNumber', SUPPLIER_BY_CODE, SUPPLIER_SCOPE),
                // Neither the invoice's currency column nor the currency table is documented (s2p-targets
                // §4, Unconfirmed 6): fx_currency.code is the platform's currency table; a customer whose
                // instance keeps codes elsewhere (sn_fin_fx_currency) edits this row's look-up.
                lookup('currency', 'currency', ['fx_currency', 'code']),
                // The PO staged by this connector (or its ERP integration) under its number.
                lookup('purchase_order', 'poReference', ['sn_shop_purchase_order', 'number']),
                constant('state', 'draft'),
                field(CONNECTOR_KEY_COLUMN, 'externalReference'),
            ],
            lock: { column: 'state', states: ['pending_approval', 'approved', 'pending_payment', 'paid'] },
        },
        // Legacy Procurement has no invoice table: invoices go to the integration framework's import table.
        legacy_procurement: INVOICE_IMPORT_WITH_LINES,
    },
    // The brief's sn_apo_invoice has no public plugin id; it is checked against the Source-to-Pay AP plugin.
    platform: {
        brief: AP_SPECIALIST,
        s2p_import: INVOICE_IMPORT,
        s2p_tables: AP_SPECIALIST,
        legacy_procurement: INVOICE_IMPORT,
    },
} as const satisfies DocumentTypeDefinition
