/** The IFS document kinds the connector moves. Each is one sync partition per connection. */
export const OBJECT_TYPE_CHOICES = {
    supplier_invoice: { label: 'Supplier invoice' },
    purchase_order: { label: 'Purchase order' },
}

export type ObjectType = keyof typeof OBJECT_TYPE_CHOICES

export const OBJECT_TYPES: readonly ObjectType[] = ['supplier_invoice', 'purchase_order']

export function isObjectType(value: string): value is ObjectType {
    return value === 'supplier_invoice' || value === 'purchase_order'
}
