import { PURCHASE_ORDER, PURCHASE_ORDER_NAME } from './purchase-order'
import { SUPPLIER_INVOICE, SUPPLIER_INVOICE_NAME } from './supplier-invoice'

/**
 * Every document type the connector moves, in the order runs, lists and forms show them. Adding a
 * type: write its definition next to these and list it here, and in OBJECT_TYPE_CHOICES (README,
 * "Adding a document type").
 */
export const DOCUMENT_TYPES = [SUPPLIER_INVOICE, PURCHASE_ORDER] as const

/**
 * The choices of every object_type column (flag, staging key, sync state). Fluent reads them from
 * the source without running it: the keys must be written out (it takes a computed key as its
 * text and drops spreads) and the literal must stay plain (`satisfies` hides it); labels may be read
 * from the definitions. The check below holds the keys to DOCUMENT_TYPES.
 */
export const OBJECT_TYPE_CHOICES = {
    supplier_invoice: { label: SUPPLIER_INVOICE_NAME.label },
    purchase_order: { label: PURCHASE_ORDER_NAME.label },
}

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
/** Compile-time only: a type listed without its choice (or a choice without its type) fails here. */
const CHOICES_NAME_EVERY_TYPE: SameKeys<keyof typeof OBJECT_TYPE_CHOICES, (typeof DOCUMENT_TYPES)[number]['id']> = true
