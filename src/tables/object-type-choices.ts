/**
 * The choices of every object_type column (flag, staging key, sync state). Fluent reads them from
 * the source without running it, so the keys and labels are written out here, in the schema layer
 * the tables (and the independent test harness) import without reaching engine code. The registry
 * (src/server/core/document-types/registry.ts) holds these keys to its definitions at compile time.
 */
export const OBJECT_TYPE_CHOICES = {
    supplier_invoice: { label: 'Supplier invoice' },
    purchase_order: { label: 'Purchase order' },
    receipt: { label: 'Receipt' },
}
