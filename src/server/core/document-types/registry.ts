import { PURCHASE_ORDER } from './purchase-order'
import { SUPPLIER_INVOICE } from './supplier-invoice'

/**
 * Every document type the connector moves, in the order runs, lists and forms show them. Adding a
 * type: write its definition next to these and list it here (README, "Adding a document type").
 */
export const DOCUMENT_TYPES = [SUPPLIER_INVOICE, PURCHASE_ORDER] as const
