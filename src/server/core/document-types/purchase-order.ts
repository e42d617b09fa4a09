import { OBJECT_TYPE_CHOICES } from '../../../tables/object-type-choices'
import type { DocumentTypeDefinition } from './document-type'
import type { FieldMap } from './field-map'
import { ERP_INTEGRATION, ERP_INTEGRATION_USER, PROCUREMENT, role, S2P_COMMON } from './platform-plugins'
import { dateField, dateTimeField, numberField, objversionStamp, textField } from './source-field'

const SHOP_PURCHASE_ORDER: FieldMap = {
    defaultTable: 'sn_shop_purchase_order',
    columns: {
        documentNumber: 'po_number',
        supplierNumber: 'supplier_number',
        supplierName: 'supplier_name',
        company: 'legal_entity',
        documentDate: 'order_date',
        createdAt: 'source_created_at',
        dueDate: 'expected_delivery_date',
        currency: 'currency',
        netAmount: 'net_amount',
        taxAmount: 'tax_amount',
        grossAmount: 'total_amount',
        glAccount: 'gl_account',
        costCenter: 'cost_center',
        state: 'source_state',
        externalReference: 'external_reference',
    },
    lock: { column: 'state', states: ['closed', 'canceled'] },
}
const PROCUREMENT_SPECIALIST = { plugins: [S2P_COMMON], roles: [role('sn_shop.procurement_specialist')] }
/** The ERP Integration Framework's order staging: its plugin and its integration user's roles. */
const ORDER_IMPORT = { plugins: [S2P_COMMON, ERP_INTEGRATION], roles: ERP_INTEGRATION_USER }

/** IFS purchase orders, staged as Source-to-Pay (or Procurement) purchase orders. */
/** Id and label; the label is the object_type choice's (Fluent reads choices statically: tables/object-type-choices.ts). */
const PURCHASE_ORDER_NAME = { id: 'purchase_order', label: OBJECT_TYPE_CHOICES.purchase_order.label } as const

export const PURCHASE_ORDER = {
    ...PURCHASE_ORDER_NAME,
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
    optionalFields: ['dueDate', 'poReference'],
    stagingKey: ['company', 'documentNumber', 'createdDate'],
    fieldMaps: {
        // The product brief's table; POs lock once received or closed.
        brief: {
            defaultTable: 'proc_po',
            columns: {
                documentNumber: 'po_number',
                supplierNumber: 'supplier_number',
                supplierName: 'supplier_name',
                company: 'company',
                documentDate: 'order_date',
                createdAt: 'source_created_at',
                dueDate: 'due_by',
                currency: 'currency',
                netAmount: 'net_amount',
                taxAmount: 'tax_amount',
                grossAmount: 'total_cost',
                glAccount: 'gl_account',
                costCenter: 'cost_center',
                state: 'source_state',
                externalReference: 'external_reference',
            },
            lock: { column: 'status', states: ['received', 'closed', 'canceled'] },
        },
        s2p_import: SHOP_PURCHASE_ORDER,
        s2p_tables: SHOP_PURCHASE_ORDER,
    },
    platform: {
        // The legacy Procurement plugin only for the legacy table.
        brief: { plugins: [PROCUREMENT], roles: [role('procurement_user')] },
        s2p_import: ORDER_IMPORT,
        s2p_tables: PROCUREMENT_SPECIALIST,
    },
} as const satisfies DocumentTypeDefinition
