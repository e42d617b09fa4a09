import type { EmulatedType as ObjectType } from './emulated-types'
import type { EntitySchema } from '../odata/entity-schema'
import { ALT_STAMP, OBJVERSION, ownNamesSet, type IfsField, type IfsFieldKind, type ProfileSet } from './ifs-schema'

/**
 * The rows below a document that a three-way match needs: purchase-order lines, supplier-invoice
 * item lines, the posting rows that code an invoice line (one or more per line), and purchase
 * receipts (one or more per PO line). Written down here, in the emulator's own vocabulary, and not
 * taken from the engine. The `ifs-cloud` names follow `/work/shared/reference/ifs-odata-facts.md`:
 * the PO line set and its fields are observed on IFS Cloud 25R1 (`QtyArrived`, `InvQtyArrived` are
 * not); the invoice item and posting sets and the receipt set are NOT confirmed by any public source
 * (the posting row's columns follow the DB table `MAN_SUPP_INVOICE_POSTINGS`, the receipt's
 * `PURCHASE_RECEIPT_TAB`). The emulator README lists which is which.
 */
export type LineKind = 'purchase_order_line' | 'invoice_item' | 'invoice_posting' | 'receipt'

export const LINE_KINDS: readonly LineKind[] = ['purchase_order_line', 'invoice_item', 'invoice_posting', 'receipt']

export function isLineKind(value: unknown): value is LineKind {
    return typeof value === 'string' && (LINE_KINDS as readonly string[]).includes(value)
}

export interface IfsLineEntity {
    /** The document type the rows belong to (a receipt belongs to a purchase order). */
    parent: ObjectType
    /** The line's fields that hold its document's key, in the document's key order. */
    parentKey: readonly string[]
    /** Key fields in IFS's key order. */
    keys: readonly IfsField[]
    /** Every field, keys and Objversion included. */
    fields: readonly IfsField[]
}

const str = (name: string): IfsField => ({ name, kind: 'string' })
const num = (name: string): IfsField => ({ name, kind: 'number' })
const date = (name: string): IfsField => ({ name, kind: 'date' })

/** The generator's field names of each kind (what the factory writes and the manifest reads). */
export const PO_LINE = {
    orderNo: 'OrderNo',
    lineNo: 'LineNo',
    releaseNo: 'ReleaseNo',
    description: 'Description',
    quantity: 'BuyQtyDue',
    unitMeas: 'BuyUnitMeas',
    unitPrice: 'BuyUnitPrice',
    net: 'NetAmtCurr',
    netBase: 'NetAmtBase',
    currency: 'CurrencyCode',
    supplier: 'VendorNo',
    site: 'Contract',
    plannedReceipt: 'PlannedReceiptDate',
    wantedDelivery: 'WantedDeliveryDate',
    glAccount: 'CodeA',
    costCenter: 'CodeB',
    qtyArrived: 'QtyArrived',
    qtyInvoiced: 'InvQtyArrived',
    closeCode: 'CloseCode',
    state: 'Objstate',
} as const

export const INVOICE_ITEM = {
    company: 'Company',
    invoiceId: 'InvoiceId',
    itemId: 'ItemId',
    description: 'Description',
    quantity: 'Quantity',
    unitPrice: 'UnitPrice',
    net: 'NetCurrAmount',
    tax: 'VatCurrAmount',
    poOrderNo: 'PoOrderNo',
    poLineNo: 'PoLineNo',
    poReleaseNo: 'PoReleaseNo',
} as const

export const INVOICE_POSTING = {
    company: 'Company',
    invoiceId: 'InvoiceId',
    rowId: 'RowId',
    itemId: 'ItemId',
    postingType: 'PostingType',
    glAccount: 'CodeA',
    costCenter: 'CodeB',
    amount: 'CurrAmount',
} as const

export const RECEIPT = {
    orderNo: 'OrderNo',
    lineNo: 'LineNo',
    releaseNo: 'ReleaseNo',
    receiptNo: 'ReceiptNo',
    arrivalDate: 'ArrivalDate',
    quantity: 'QtyArrived',
    qtyInvoiced: 'QtyInvoiced',
    site: 'Contract',
    state: 'Objstate',
} as const

const stamp = str(OBJVERSION)

export const IFS_LINES: Readonly<Record<LineKind, IfsLineEntity>> = {
    purchase_order_line: {
        parent: 'purchase_order',
        parentKey: [PO_LINE.orderNo],
        keys: [str(PO_LINE.orderNo), str(PO_LINE.lineNo), str(PO_LINE.releaseNo)],
        fields: [
            stamp,
            ...['orderNo', 'lineNo', 'releaseNo', 'description'].map((k) => str(PO_LINE[k as 'orderNo'])),
            num(PO_LINE.quantity),
            str(PO_LINE.unitMeas),
            num(PO_LINE.unitPrice),
            num(PO_LINE.net),
            num(PO_LINE.netBase),
            str(PO_LINE.currency),
            str(PO_LINE.supplier),
            str(PO_LINE.site),
            date(PO_LINE.plannedReceipt),
            date(PO_LINE.wantedDelivery),
            str(PO_LINE.glAccount),
            str(PO_LINE.costCenter),
            num(PO_LINE.qtyArrived),
            num(PO_LINE.qtyInvoiced),
            str(PO_LINE.closeCode),
            str(PO_LINE.state),
        ],
    },
    invoice_item: {
        parent: 'supplier_invoice',
        parentKey: [INVOICE_ITEM.company, INVOICE_ITEM.invoiceId],
        keys: [str(INVOICE_ITEM.company), num(INVOICE_ITEM.invoiceId), num(INVOICE_ITEM.itemId)],
        fields: [
            stamp,
            str(INVOICE_ITEM.company),
            num(INVOICE_ITEM.invoiceId),
            num(INVOICE_ITEM.itemId),
            str(INVOICE_ITEM.description),
            num(INVOICE_ITEM.quantity),
            num(INVOICE_ITEM.unitPrice),
            num(INVOICE_ITEM.net),
            num(INVOICE_ITEM.tax),
            str(INVOICE_ITEM.poOrderNo),
            str(INVOICE_ITEM.poLineNo),
            str(INVOICE_ITEM.poReleaseNo),
        ],
    },
    invoice_posting: {
        parent: 'supplier_invoice',
        parentKey: [INVOICE_POSTING.company, INVOICE_POSTING.invoiceId],
        keys: [str(INVOICE_POSTING.company), num(INVOICE_POSTING.invoiceId), num(INVOICE_POSTING.rowId)],
        fields: [
            stamp,
            str(INVOICE_POSTING.company),
            num(INVOICE_POSTING.invoiceId),
            num(INVOICE_POSTING.rowId),
            num(INVOICE_POSTING.itemId),
            str(INVOICE_POSTING.postingType),
            str(INVOICE_POSTING.glAccount),
            str(INVOICE_POSTING.costCenter),
            num(INVOICE_POSTING.amount),
        ],
    },
    receipt: {
        parent: 'purchase_order',
        parentKey: [RECEIPT.orderNo],
        keys: [str(RECEIPT.orderNo), str(RECEIPT.lineNo), str(RECEIPT.releaseNo), num(RECEIPT.receiptNo)],
        fields: [
            stamp,
            str(RECEIPT.orderNo),
            str(RECEIPT.lineNo),
            str(RECEIPT.releaseNo),
            num(RECEIPT.receiptNo),
            date(RECEIPT.arrivalDate),
            num(RECEIPT.quantity),
            num(RECEIPT.qtyInvoiced),
            str(RECEIPT.site),
            str(RECEIPT.state),
        ],
    },
}

/** The schema a line collection is served with (under the generator's names). */
export function lineSchema(kind: LineKind, setName: string): EntitySchema {
    const fields = new Map<string, IfsFieldKind>()
    for (const f of IFS_LINES[kind].fields) fields.set(f.name, f.kind)
    return { name: setName, fields, keys: IFS_LINES[kind].keys.map((k) => k.name) }
}

/** `ifs-cloud`: where the default projections serve line rows. */
export const IFS_CLOUD_LINE_SETS: Readonly<Record<LineKind, ProfileSet>> = {
    purchase_order_line: ownNamesSet(
        'PurchaseOrderHandling.svc/PurchaseOrderLineNopartSet',
        IFS_LINES.purchase_order_line.keys
    ),
    invoice_item: ownNamesSet('ManSuppInvoiceHandling.svc/ManSuppInvoiceItemSet', IFS_LINES.invoice_item.keys),
    invoice_posting: ownNamesSet('ManSuppInvoiceHandling.svc/ManSuppInvoicePostingSet', IFS_LINES.invoice_posting.keys),
    receipt: ownNamesSet('PurchaseReceiptHandling.svc/PurchaseReceiptSet', IFS_LINES.receipt.keys),
}

const ALT_INVOICE_KEY = { name: 'InvoiceKey', kind: 'string' } as const

/** `ifs-alt`: an equally IFS-like tenant's names for the same rows (date-time stamps, text invoice keys). */
export const IFS_ALT_LINE_SETS: Readonly<Record<LineKind, ProfileSet>> = {
    purchase_order_line: {
        path: 'PurchaseOrderAnalysis.svc/PurchaseOrderLineSet',
        renames: {
            [OBJVERSION]: ALT_STAMP,
            [PO_LINE.quantity]: { name: 'OrderedQty' },
            [PO_LINE.unitMeas]: { name: 'UnitOfMeasure' },
            [PO_LINE.unitPrice]: { name: 'UnitPrice' },
            [PO_LINE.net]: { name: 'NetAmount' },
            [PO_LINE.netBase]: { name: 'NetAmountBase' },
            [PO_LINE.currency]: { name: 'Currency' },
            [PO_LINE.supplier]: { name: 'SupplierNo' },
            [PO_LINE.qtyArrived]: { name: 'ReceivedQty' },
            [PO_LINE.qtyInvoiced]: { name: 'InvoicedQty' },
            [PO_LINE.glAccount]: { name: 'CodeC' },
            [PO_LINE.costCenter]: { name: 'CodeD' },
            [PO_LINE.state]: { name: 'Status' },
        },
        keys: [PO_LINE.orderNo, PO_LINE.lineNo, PO_LINE.releaseNo],
    },
    invoice_item: {
        path: 'SupplierInvoiceHandling.svc/SupplierInvoiceLineSet',
        renames: {
            [OBJVERSION]: ALT_STAMP,
            [INVOICE_ITEM.invoiceId]: ALT_INVOICE_KEY,
            [INVOICE_ITEM.itemId]: { name: 'LineNo' },
            [INVOICE_ITEM.net]: { name: 'NetAmount' },
            [INVOICE_ITEM.tax]: { name: 'TaxAmount' },
            [INVOICE_ITEM.poOrderNo]: { name: 'PurchaseOrderNo' },
            [INVOICE_ITEM.poLineNo]: { name: 'PurchaseOrderLineNo' },
            [INVOICE_ITEM.poReleaseNo]: { name: 'PurchaseOrderReleaseNo' },
        },
        keys: ['Company', 'InvoiceKey', 'LineNo'],
    },
    invoice_posting: {
        path: 'SupplierInvoiceHandling.svc/SupplierInvoiceDistributionSet',
        renames: {
            [OBJVERSION]: ALT_STAMP,
            [INVOICE_POSTING.invoiceId]: ALT_INVOICE_KEY,
            [INVOICE_POSTING.rowId]: { name: 'DistributionNo' },
            [INVOICE_POSTING.itemId]: { name: 'LineNo' },
            [INVOICE_POSTING.glAccount]: { name: 'CodeC' },
            [INVOICE_POSTING.costCenter]: { name: 'CodeD' },
            [INVOICE_POSTING.amount]: { name: 'Amount' },
        },
        keys: ['Company', 'InvoiceKey', 'DistributionNo'],
    },
    receipt: {
        path: 'GoodsReceiptAnalysis.svc/GoodsReceiptSet',
        renames: {
            [OBJVERSION]: ALT_STAMP,
            [RECEIPT.arrivalDate]: { name: 'ReceivedDate' },
            [RECEIPT.quantity]: { name: 'ReceivedQty' },
            [RECEIPT.qtyInvoiced]: { name: 'InvoicedQty' },
            [RECEIPT.state]: { name: 'Status' },
        },
        keys: [RECEIPT.orderNo, RECEIPT.lineNo, RECEIPT.releaseNo, RECEIPT.receiptNo],
    },
}
