import { OBJECT_TYPE_CHOICES } from '../../../tables/object-type-choices'
import type { DocumentTypeDefinition } from './document-type'
import { AP_INVOICE, INVOICE_INTEGRATOR, role, S2P_COMMON, SPEND_INTEGRATION } from './platform-plugins'
import { dateField, dateTimeField, numberField, objversionStamp, textField } from './source-field'

const INVOICE_LOCK = ['approved', 'posted', 'paid']
const AP_SPECIALIST = { plugins: [S2P_COMMON, AP_INVOICE], roles: [role('sn_ap_apm.accounts_payable_specialist')] }
/** The integration framework's import tables: its plugin, and the roles it documents for invoice staging. */
const INVOICE_IMPORT = { plugins: [S2P_COMMON, AP_INVOICE, SPEND_INTEGRATION], roles: [INVOICE_INTEGRATOR] }

/** IFS supplier invoices (posting proposals), staged as Source-to-Pay invoices. */
/** Id and label; the label is the object_type choice's (Fluent reads choices statically: tables/object-type-choices.ts). */
const SUPPLIER_INVOICE_NAME = { id: 'supplier_invoice', label: OBJECT_TYPE_CHOICES.supplier_invoice.label } as const

export const SUPPLIER_INVOICE = {
    ...SUPPLIER_INVOICE_NAME,
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
    optionalFields: ['dueDate', 'poReference'],
    // An invoice number is unique per supplier, not per company.
    stagingKey: ['company', 'documentNumber', 'createdDate', 'supplierNumber'],
    fieldMaps: {
        // The product brief's table; column names are this connector's.
        brief: {
            defaultTable: 'sn_apo_invoice',
            columns: {
                documentNumber: 'invoice_number',
                supplierNumber: 'supplier_number',
                supplierName: 'supplier_name',
                company: 'company',
                documentDate: 'invoice_date',
                createdAt: 'source_created_at',
                dueDate: 'due_date',
                currency: 'currency',
                netAmount: 'net_amount',
                taxAmount: 'tax_amount',
                grossAmount: 'gross_amount',
                poReference: 'po_number',
                glAccount: 'gl_account',
                costCenter: 'cost_center',
                state: 'source_state',
                externalReference: 'external_reference',
            },
            lock: { column: 'state', states: INVOICE_LOCK },
        },
        // Import staging rows (u_* columns) processed by the platform's transform maps: once a row is
        // transformed, a change to it would never reach the invoice, so it is flagged instead.
        s2p_import: {
            defaultTable: 'sn_spend_intg_imp_invoice',
            columns: {
                documentNumber: 'u_external_invoice_number',
                supplierNumber: 'u_supplier',
                supplierName: 'u_supplier_name',
                company: 'u_legal_entity',
                documentDate: 'u_invoice_date',
                createdAt: 'u_source_created_at',
                dueDate: 'u_due_date',
                currency: 'u_currency',
                netAmount: 'u_net_amount',
                taxAmount: 'u_tax_amount',
                grossAmount: 'u_total_amount',
                poReference: 'u_purchase_order',
                glAccount: 'u_gl_account',
                costCenter: 'u_cost_center',
                state: 'u_source_state',
                externalReference: 'u_external_reference',
            },
            lock: { column: 'sys_import_state', states: ['processed'] },
        },
        s2p_tables: {
            defaultTable: 'sn_shop_invoice',
            columns: {
                documentNumber: 'invoice_number',
                supplierNumber: 'supplier_number',
                supplierName: 'supplier_name',
                company: 'legal_entity',
                documentDate: 'invoice_date',
                createdAt: 'source_created_at',
                dueDate: 'due_date',
                currency: 'currency',
                netAmount: 'net_amount',
                taxAmount: 'tax_amount',
                grossAmount: 'total_amount',
                poReference: 'purchase_order_number',
                glAccount: 'gl_account',
                costCenter: 'cost_center',
                state: 'source_state',
                externalReference: 'external_reference',
            },
            lock: { column: 'state', states: INVOICE_LOCK },
        },
    },
    // The brief's sn_apo_invoice has no public plugin id; it is checked against the Source-to-Pay AP plugin.
    platform: { brief: AP_SPECIALIST, s2p_import: INVOICE_IMPORT, s2p_tables: AP_SPECIALIST },
} as const satisfies DocumentTypeDefinition
