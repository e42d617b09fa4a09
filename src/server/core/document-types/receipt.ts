import { OBJECT_TYPE_CHOICES } from '../../../tables/object-type-choices'
import type { DocumentTypeDefinition } from './document-type'
import type { FieldMapDefinition } from './field-map'
import { constant, field, setting } from './field-map'
import { CONNECTOR_KEY_COLUMN, TRANSFORMED_IMPORT_STATES } from './target-conventions'
import { ERP_INTEGRATION, ERP_INTEGRATION_USER, S2P_COMMON } from './platform-plugins'
import { dateField, numberField, objversionStamp, textField } from './source-field'
import { PURCHASE_ORDER } from './purchase-order'

/**
 * The ERP Integration Framework's receipt stage, whose transform makes `sn_shop_receipt` records.
 * Only labels are documented (s2p-targets §1d: ERP receipt number, ERP PO number, ERP PO line
 * number, ERP source, Quantity received, State, Type): the u_* names are this connector's reading,
 * checked against the instance's dictionary; `u_receipt_date` has no documented label at all.
 * The PO line number is written exactly as PO line rows write theirs ("3/1"), so the receipt joins
 * its PO line by equal text.
 */
const RECEIPT_IMPORT_MAP: FieldMapDefinition = {
    defaultTable: 'sn_fcms_intg_imp_receipt',
    columns: [
        setting('u_erp_source', 'erpSource'),
        field('u_erp_receipt_number', 'receiptNumber'),
        field('u_erp_po_number', 'poNumber'),
        field('u_erp_po_line_number', 'poLineNumber'),
        field('u_quantity_received', 'quantityReceived'),
        field('u_receipt_date', 'receiptDate', 'date'),
        field('u_state', 'state'),
        // Goods or services receipt: IFS purchase receipts are goods arrivals.
        constant('u_type', 'goods'),
        field(CONNECTOR_KEY_COLUMN, 'externalReference'),
    ],
    lock: { column: 'sys_import_state', states: TRANSFORMED_IMPORT_STATES },
}

/** The ERP Integration Framework's receipt staging: its plugin and its integration user's roles. */
const RECEIPT_IMPORT = { plugins: [S2P_COMMON, ERP_INTEGRATION], roles: ERP_INTEGRATION_USER }
/** A preset that does not stage receipts needs nothing for them. */
const NOTHING = { plugins: [], roles: [] }

/** Id and label; the label is the object_type choice's (Fluent reads choices statically: tables/object-type-choices.ts). */
const RECEIPT_NAME = { id: 'receipt', label: OBJECT_TYPE_CHOICES.receipt.label } as const

/**
 * IFS purchase receipts (goods arrived against a PO line release), staged for the three-way match.
 * Not confirmed against a live IFS: the set and field names follow the DB table PURCHASE_RECEIPT_TAB
 * (README "Source mapping"); a tenant that names them otherwise overrides them on the type row.
 */
export const RECEIPT = {
    ...RECEIPT_NAME,
    shape: 'goods_received',
    pluralLabel: 'receipts',
    noun: 'Receipt',
    defaultEntitySet: 'PurchaseReceiptHandling.svc/PurchaseReceiptSet',
    localConfigKey: 'receipts',
    // Receipts are matched against PO lines: wanted wherever purchase orders are read.
    enabledWith: PURCHASE_ORDER.id,
    source: {
        modified: objversionStamp('Objversion'),
        keys: [textField('OrderNo'), textField('LineNo'), textField('ReleaseNo'), numberField('ReceiptNo')],
        fields: {
            receiptNumber: numberField('ReceiptNo'),
            poNumber: textField('OrderNo'),
            poLineNo: textField('LineNo'),
            poReleaseNo: textField('ReleaseNo'),
            quantityReceived: numberField('QtyArrived'),
            receiptDate: dateField('ArrivalDate'),
            state: textField('Objstate'),
        },
    },
    optionalFields: [],
    stagingKey: ['poNumber', 'poLineNo', 'poReleaseNo', 'receiptNumber'],
    fieldMaps: {
        brief: { notStaged: 'the product brief names no receipt table' },
        s2p_import: RECEIPT_IMPORT_MAP,
        s2p_tables: {
            notStaged:
                'sn_shop_receipt documents no column names (labels only); receipts are staged by the s2p_import preset',
        },
        legacy_procurement: { notStaged: 'the Procurement plugin has no receipt table this connector writes' },
    },
    platform: {
        brief: NOTHING,
        s2p_import: RECEIPT_IMPORT,
        s2p_tables: NOTHING,
        legacy_procurement: NOTHING,
    },
} as const satisfies DocumentTypeDefinition
