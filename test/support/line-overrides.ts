/**
 * The `lines` source overrides that read the emulator's `ifs-alt` line sets (its README, "Lines,
 * receipts and posting rows"): written from the emulator's documented names, not from the engine.
 * The code fields are not named here: `ifs-alt`'s connection moves GL account and cost center to
 * code parts C and D, and lines follow (connection-sources).
 */
export const ALT_LINE_OVERRIDES = {
    purchase_order: {
        entitySet: 'PurchaseOrderAnalysis.svc/PurchaseOrderLineSet',
        stamp: { name: 'ChangedAt', format: 'datetimeoffset' },
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
        stamp: { name: 'ChangedAt', format: 'datetimeoffset' },
        keys: [
            { name: 'Company', kind: 'string' },
            { name: 'InvoiceKey', kind: 'string' },
            { name: 'LineNo', kind: 'number' },
        ],
        parentKeys: [
            { name: 'Company', kind: 'string' },
            { name: 'InvoiceKey', kind: 'string' },
        ],
        fields: {
            lineNumber: 'LineNo',
            amount: 'NetAmount',
            poOrderNumber: 'PurchaseOrderNo',
            poLineNumber: 'PurchaseOrderLineNo',
            poReleaseNumber: 'PurchaseOrderReleaseNo',
        },
        postings: {
            entitySet: 'SupplierInvoiceHandling.svc/SupplierInvoiceDistributionSet',
            keys: [
                { name: 'Company', kind: 'string' },
                { name: 'InvoiceKey', kind: 'string' },
                { name: 'DistributionNo', kind: 'number' },
            ],
            parentKeys: [
                { name: 'Company', kind: 'string' },
                { name: 'InvoiceKey', kind: 'string' },
            ],
            lineKey: 'LineNo',
            fields: { postingNumber: 'DistributionNo', amount: 'Amount' },
        },
    },
} as const
