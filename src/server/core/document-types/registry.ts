import { OBJECT_TYPE_CHOICES } from '../../../tables/object-type-choices'
import { PURCHASE_ORDER } from './purchase-order'
import { RECEIPT } from './receipt'
import { SUPPLIER_INVOICE } from './supplier-invoice'

export { OBJECT_TYPE_CHOICES }

/**
 * Every document type the connector moves, in the order runs, lists and forms show them. Adding a
 * type: write its definition next to these and list it here, and in OBJECT_TYPE_CHOICES (README,
 * "Adding a document type").
 */
export const DOCUMENT_TYPES = [SUPPLIER_INVOICE, PURCHASE_ORDER, RECEIPT] as const

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
/** Compile-time only: a type listed without its choice (or a choice without its type) fails here. */
const CHOICES_NAME_EVERY_TYPE: SameKeys<keyof typeof OBJECT_TYPE_CHOICES, (typeof DOCUMENT_TYPES)[number]['id']> = true
