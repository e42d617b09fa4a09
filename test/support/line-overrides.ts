/** `ifs-alt`'s stamp: a date-time offset named ChangedAt, on documents and lines alike. */
const ALT_STAMP = { name: 'ChangedAt', format: 'datetimeoffset' } as const

/** `ifs-alt`'s invoice key (a text InvoiceKey where ifs-cloud has a number), which its lines and postings carry first. */
const ALT_INVOICE_KEY = [
    { name: 'Company', kind: 'string' },
    { name: 'InvoiceKey', kind: 'string' },
] as const

/**
 * The `lines` source overrides that read the emulator's `ifs-alt` line sets (its README, "Lines,
 * receipts and posting rows"): written from the emulator's documented names, not from the engine.
 * The code fields are not named here: `ifs-alt`'s connection moves GL account and cost center to
 * code parts C and D, and lines follow (connection-sources).
 */
export const ALT_LINE_OVERRIDES = {
    purchase_order: {
        entitySet: 'PurchaseOrderAnalysis.svc/PurchaseOrderLineSet',
        stamp: ALT_STAMP,
        fields: {
            quantity: 'OrderedQty',
            unitPrice: 'UnitPrice',
            amount: 'NetAmount',
            quantityReceived: 'ReceivedQty',
            quantityInvoiced: 'InvoicedQty',
            state: 'Status',
        },
    },
    supplier_invoice: {
        entitySet: 'SupplierInvoiceHandling.svc/SupplierInvoiceLineSet',
        stamp: ALT_STAMP,
        keys: [...ALT_INVOICE_KEY, { name: 'LineNo', kind: 'number' }],
        parentKeys: ALT_INVOICE_KEY,
        fields: {
            lineNumber: 'LineNo',
            amount: 'NetAmount',
            poOrderNumber: 'PurchaseOrderNo',
            poLineNumber: 'PurchaseOrderLineNo',
            poReleaseNumber: 'PurchaseOrderReleaseNo',
        },
        postings: {
            entitySet: 'SupplierInvoiceHandling.svc/SupplierInvoiceDistributionSet',
            keys: [...ALT_INVOICE_KEY, { name: 'DistributionNo', kind: 'number' }],
            parentKeys: ALT_INVOICE_KEY,
            lineKey: 'LineNo',
            fields: { postingNumber: 'DistributionNo', amount: 'Amount' },
        },
    },
} as const
