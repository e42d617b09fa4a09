import { OBJECT_TYPE_CHOICES } from '../../../tables/object-type-choices'
import type { DocumentTypeDefinition } from './document-type'
import type { FieldMapDefinition } from './field-map'
import { constant, field, lineField, lookup, setting } from './field-map'
import {
    CONNECTOR_KEY_COLUMN,
    CONNECTOR_LINE_STATE_COLUMN,
    LEGAL_ENTITY_BY_CODE,
    SUPPLIER_BY_CODE,
    SUPPLIER_SCOPE,
    TRANSFORMED_IMPORT_STATES,
} from './target-conventions'
import { ERP_INTEGRATION, ERP_INTEGRATION_USER, PROCUREMENT, role, S2P_COMMON } from './platform-plugins'
import { dateField, dateTimeField, numberField, objversionStamp, textField } from './source-field'

/**
 * The product brief's proc_po, with the columns the brief assumed (po_number, supplier_number, ...):
 * the real proc_po has none of them (s2p-targets §5), so on an instance this preset fails the
 * dictionary check. Kept for instances customised that way; legacy_procurement uses the real columns.
 */
const BRIEF_PROC_PO: FieldMapDefinition = {
    defaultTable: 'proc_po',
    columns: [
        field('po_number', 'documentNumber'),
        field('supplier_number', 'supplierNumber'),
        field('supplier_name', 'supplierName'),
        field('company', 'company'),
        field('order_date', 'documentDate'),
        field('source_created_at', 'createdAt'),
        field('due_by', 'dueDate'),
        field('currency', 'currency'),
        field('net_amount', 'netAmount'),
        field('tax_amount', 'taxAmount'),
        field('total_cost', 'grossAmount'),
        field('gl_account', 'glAccount'),
        field('cost_center', 'costCenter'),
        field('source_state', 'state'),
        field('external_reference', 'externalReference'),
    ],
    lock: { column: 'status', states: ['received', 'closed', 'canceled'] },
}

/** Source-to-Pay's purchase order, written directly: references resolved by look-up. */
const SHOP_PURCHASE_ORDER: FieldMapDefinition = {
    defaultTable: 'sn_shop_purchase_order',
    columns: [
        field('number', 'documentNumber'),
        field('total_amount', 'grossAmount'),
        lookup('legal_entity', 'company', LEGAL_ENTITY_BY_CODE),
        lookup('supplier', 'supplierNumber', SUPPLIER_BY_CODE, SUPPLIER_SCOPE),
        field(CONNECTOR_KEY_COLUMN, 'externalReference'),
    ],
    lock: { column: 'state', states: ['closed', 'canceled'] },
}

/**
 * The ERP Integration Framework's order stage. Only labels are documented (s2p-targets §1d): the
 * u_* names are this connector's reading of them, checked against the instance's dictionary.
 */
const ORDER_IMPORT_MAP: FieldMapDefinition = {
    defaultTable: 'sn_fcms_intg_imp_order',
    columns: [
        field('u_erp_po_number', 'documentNumber'),
        setting('u_erp_source', 'erpSource'),
        field('u_legal_entity', 'company'),
        field('u_supplier', 'supplierNumber'),
        field('u_supplier_company_name', 'supplierName'),
        constant('u_order_type', 'standard'),
        field('u_po_amount', 'grossAmount'),
        field('u_po_amount_currency', 'currency'),
        field('u_po_status', 'state'),
        field('u_cost_center', 'costCenter'),
        field('u_third_party_import_id', 'externalReference'),
    ],
    lock: { column: 'sys_import_state', states: TRANSFORMED_IMPORT_STATES },
    lines: {
        // "Order line stage" (s2p-targets §1d) documents only ERP source, ERP PO number and ERP PO
        // line number (all mandatory, labels only); the other u_* names are this connector's reading
        // of what a PO line carries, unconfirmed, checked against the instance's dictionary.
        defaultTable: 'sn_fcms_intg_imp_order_line',
        columns: [
            setting('u_erp_source', 'erpSource'),
            field('u_erp_po_number', 'documentNumber'),
            lineField('u_erp_po_line_number', 'lineNumber'),
            lineField('u_line_description', 'lineDescription'),
            lineField('u_quantity', 'lineQuantity'),
            lineField('u_unit_price', 'lineUnitPrice'),
            lineField('u_line_amount', 'lineAmount'),
            lineField('u_quantity_received', 'quantityReceived'),
            lineField('u_quantity_invoiced', 'quantityInvoiced'),
            lineField('u_gl_account', 'lineGlAccount'),
            lineField('u_cost_center', 'lineCostCenter'),
            field('u_currency', 'currency'),
            lineField(CONNECTOR_KEY_COLUMN, 'lineReference'),
            lineField(CONNECTOR_LINE_STATE_COLUMN, 'lineState'),
        ],
        lock: { column: 'sys_import_state', states: TRANSFORMED_IMPORT_STATES },
    },
}

/**
 * The legacy Procurement plugin's purchase order with its real columns (s2p-targets §5). The vendor
 * is a company (core_company) found by the supplier's name; ship to is left to a custom row.
 */
const PROC_PO_MAP: FieldMapDefinition = {
    defaultTable: 'proc_po',
    columns: [
        field('number', 'documentNumber'),
        lookup('vendor', 'supplierName', ['core_company', 'name']),
        field('due_by', 'dueDate'),
        field('total_cost', 'grossAmount'),
        field(CONNECTOR_KEY_COLUMN, 'externalReference'),
    ],
    lock: { column: 'status', states: ['received', 'canceled'] },
    // proc_po_item (s2p-targets §5): purchase_order references the header's own record; ordered
    // quantity and cost are the names public code uses (labels only in the documentation).
    lines: {
        defaultTable: 'proc_po_item',
        columns: [
            lineField('purchase_order', 'headerRecord'),
            lineField('ordered_quantity', 'lineQuantity'),
            lineField('cost', 'lineUnitPrice'),
            lineField(CONNECTOR_KEY_COLUMN, 'lineReference'),
            lineField(CONNECTOR_LINE_STATE_COLUMN, 'lineState'),
        ],
        lock: { column: 'status', states: ['received', 'canceled'] },
    },
}

const LEGACY = { plugins: [PROCUREMENT], roles: [role('procurement_user')] }
const PROCUREMENT_SPECIALIST = { plugins: [S2P_COMMON], roles: [role('sn_shop.procurement_specialist')] }
/** The ERP Integration Framework's order staging: its plugin and its integration user's roles. */
const ORDER_IMPORT = { plugins: [S2P_COMMON, ERP_INTEGRATION], roles: ERP_INTEGRATION_USER }

/** IFS purchase orders, staged as Source-to-Pay (or Procurement) purchase orders. */
/** Id and label; the label is the object_type choice's (Fluent reads choices statically: tables/object-type-choices.ts). */
const PURCHASE_ORDER_NAME = { id: 'purchase_order', label: OBJECT_TYPE_CHOICES.purchase_order.label } as const

export const PURCHASE_ORDER = {
    ...PURCHASE_ORDER_NAME,
    shape: 'financial',
    pluralLabel: 'purchase orders',
    noun: 'Purchase order',
    defaultEntitySet: 'PurchaseOrderHandling.svc/PurchaseOrderSet',
    localConfigKey: 'purchaseOrders',
    source: {
        modified: objversionStamp('Objversion'),
        keys: [textField('OrderNo')],
        fields: {
            company: textField('Company'),
            documentNumber: textField('OrderNo'),
            supplierNumber: textField('VendorNo'),
            documentDate: dateField('OrderDate'),
            createdAt: dateTimeField('DateEntered'),
            dueDate: dateField('WantedReceiptDate'),
            currency: textField('CurrencyCode'),
            netAmount: numberField('NetAmount'),
            taxAmount: numberField('TaxAmount'),
            grossAmount: numberField('GrossAmount'),
            poReference: null,
            glAccount: textField('CodeA'),
            costCenter: textField('CodeB'),
            state: textField('Objstate'),
        },
    },
    // The no-part line set and its fields are seen on IFS Cloud 25R1; QtyArrived and InvQtyArrived are not.
    lines: {
        entitySet: 'PurchaseOrderHandling.svc/PurchaseOrderLineNopartSet',
        modified: objversionStamp('Objversion'),
        keys: [textField('OrderNo'), textField('LineNo'), textField('ReleaseNo')],
        parentKeys: [textField('OrderNo')],
        fields: {
            lineNumber: textField('LineNo'),
            releaseNumber: textField('ReleaseNo'),
            description: textField('Description'),
            quantity: numberField('BuyQtyDue'),
            unitPrice: numberField('BuyUnitPrice'),
            amount: numberField('NetAmtCurr'),
            quantityReceived: numberField('QtyArrived'),
            quantityInvoiced: numberField('InvQtyArrived'),
            state: textField('Objstate'),
            glAccount: textField('CodeA'),
            costCenter: textField('CodeB'),
            poOrderNumber: null,
            poLineNumber: null,
            poReleaseNumber: null,
        },
        postings: null,
    },
    optionalFields: ['dueDate', 'poReference'],
    stagingKey: ['company', 'documentNumber', 'createdDate'],
    fieldMaps: {
        // Headers only: the brief names no line table.
        brief: BRIEF_PROC_PO,
        s2p_import: ORDER_IMPORT_MAP,
        // Headers only: sn_shop_purchase_order_line documents no column names (labels only).
        s2p_tables: SHOP_PURCHASE_ORDER,
        legacy_procurement: PROC_PO_MAP,
    },
    platform: {
        // The legacy Procurement plugin only for the legacy table.
        brief: LEGACY,
        s2p_import: ORDER_IMPORT,
        s2p_tables: PROCUREMENT_SPECIALIST,
        legacy_procurement: LEGACY,
    },
} as const satisfies DocumentTypeDefinition
