/**
 * The invoice import table's mandatory columns, as the S2P staging page documents them
 * (s2p-targets §1a): written out from the documentation, never read from the
 * connector's field maps, so the tests that check the maps fill them cannot agree with a wrong map.
 */
export const INVOICE_IMPORT_MANDATORY_COLUMNS: readonly string[] = [
    'u_external_invoice_number',
    'u_external_invoice_source',
    'u_erp_source',
    'u_supplier',
    'u_invoice_date',
    'u_subtotal',
    'u_other_charges',
]
