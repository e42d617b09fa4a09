import type { ExpectedValues } from '../emulator/dataset/manifest'
import type { EmulatedType as ObjectType } from '../emulator/dataset/emulated-types'

/**
 * Where a staged document lands with a field-map preset, written down from the README's Targets
 * and Staging sections — on purpose not read from the engine's field maps, so a column swapped in
 * the engine shows up as a wrong value instead of being checked by itself.
 */
export interface TargetContract {
    table: string
    /** Column holding the staging key (the crash repair's handle; must match the ledger's key). */
    externalReference: string
    /** Manifest value → column. `datetime` columns hold Glide's `YYYY-MM-DD HH:MM:SS` (UTC). */
    columns: Readonly<Record<keyof ExpectedValues, string | null>>
    /** Columns that name the document in the target: company, document number and (invoices) supplier number. */
    identity: readonly (keyof ExpectedValues)[]
    /**
     * An import table (README "Outcomes read back"): every value is text (amounts as decimal text),
     * a changed document may add a row with the same key once its last row was transformed, and the
     * transform makes the primary record named here or refuses the row.
     */
    importSet?: ImportSetContract
}

/** What the modelled transform makes of an accepted import row (README "Outcomes read back", s2p-targets §4). */
export interface ImportSetContract {
    /** The primary table its transform map writes. */
    produces: string
    /** Manifest value → column of the primary record (decimals as numbers, dates yyyy-mm-dd). */
    producedColumns: Readonly<Partial<Record<keyof ExpectedValues, string>>>
}

/** Manifest fields an import table does not hold (no column in the preset): nothing to compare. */
const NOT_STAGED = {
    supplierName: null,
    createdAt: null,
    dueDate: null,
    glAccount: null,
    costCenter: null,
    state: null,
}

/**
 * The default preset (`s2p_import`): the integration framework's import tables with the columns the
 * README's Targets section lists for it; the staging key in `u_third_party_import_id`.
 */
export const IMPORT_TARGETS: Readonly<Record<ObjectType, TargetContract>> = {
    supplier_invoice: {
        table: 'sn_spend_intg_imp_invoice',
        externalReference: 'u_third_party_import_id',
        columns: {
            ...NOT_STAGED,
            company: 'u_legal_entity',
            documentNumber: 'u_external_invoice_number',
            supplierNumber: 'u_supplier',
            documentDate: 'u_invoice_date',
            currency: 'u_currency',
            netAmount: 'u_subtotal',
            taxAmount: 'u_tax_amount',
            grossAmount: 'u_amount_invoiced',
            poReference: 'u_purchase_order',
        },
        identity: ['company', 'documentNumber', 'supplierNumber'],
        importSet: {
            produces: 'sn_shop_invoice',
            producedColumns: {
                documentNumber: 'supplier_invoice_number',
                documentDate: 'invoice_date',
                netAmount: 'subtotal',
                grossAmount: 'invoice_amount',
            },
        },
    },
    purchase_order: {
        table: 'sn_fcms_intg_imp_order',
        externalReference: 'u_third_party_import_id',
        columns: {
            ...NOT_STAGED,
            company: 'u_legal_entity',
            documentNumber: 'u_erp_po_number',
            supplierNumber: 'u_supplier',
            supplierName: 'u_supplier_company_name',
            documentDate: null,
            currency: 'u_po_amount_currency',
            netAmount: null,
            taxAmount: null,
            grossAmount: 'u_po_amount',
            poReference: null,
            costCenter: 'u_cost_center',
            state: 'u_po_status',
        },
        identity: ['company', 'documentNumber'],
        importSet: { produces: 'sn_shop_purchase_order', producedColumns: { grossAmount: 'total_amount' } },
    },
}

export const BRIEF_TARGETS: Readonly<Record<ObjectType, TargetContract>> = {
    supplier_invoice: {
        table: 'sn_apo_invoice',
        externalReference: 'external_reference',
        columns: {
            company: 'company',
            documentNumber: 'invoice_number',
            supplierNumber: 'supplier_number',
            supplierName: 'supplier_name',
            documentDate: 'invoice_date',
            createdAt: 'source_created_at',
            dueDate: 'due_date',
            currency: 'currency',
            netAmount: 'net_amount',
            taxAmount: 'tax_amount',
            grossAmount: 'gross_amount',
            poReference: 'po_number',
            glAccount: 'gl_account',
            costCenter: 'cost_center',
            state: 'source_state',
        },
        // IFS invoice numbers are unique per supplier only.
        identity: ['company', 'documentNumber', 'supplierNumber'],
    },
    purchase_order: {
        table: 'proc_po',
        externalReference: 'external_reference',
        columns: {
            company: 'company',
            documentNumber: 'po_number',
            supplierNumber: 'supplier_number',
            supplierName: 'supplier_name',
            documentDate: 'order_date',
            createdAt: 'source_created_at',
            dueDate: 'due_by',
            currency: 'currency',
            netAmount: 'net_amount',
            taxAmount: 'tax_amount',
            grossAmount: 'total_cost',
            poReference: null,
            glAccount: 'gl_account',
            costCenter: 'cost_center',
            state: 'source_state',
        },
        identity: ['company', 'documentNumber'],
    },
}

/** The manifest's value as the target column must hold it (an import table: as text). */
export function storedForm(
    field: keyof ExpectedValues,
    value: string | number | null,
    asText = false
): string | number | null {
    if (asText && typeof value === 'number') return String(value)
    if (field === 'createdAt' && typeof value === 'string') {
        const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})Z$/.exec(value)
        return m ? `${m[1]} ${m[2]}` : value
    }
    return value
}
