import type { ExpectedValues } from '../emulator/dataset/manifest'
import type { ObjectType } from '../../tables/object-types'

/**
 * Where a staged document lands with the default field-map preset (`brief`), written down from the
 * README's Configure/Staging sections — on purpose not read from the engine's field maps, so a
 * column swapped in the engine shows up as a wrong value instead of being checked by itself.
 */
export interface TargetContract {
    table: string
    /** Column holding the staging key (the crash repair's handle; must match the ledger's key). */
    externalReference: string
    /** Manifest value → column. `datetime` columns hold Glide's `YYYY-MM-DD HH:MM:SS` (UTC). */
    columns: Readonly<Record<keyof ExpectedValues, string | null>>
    /** Columns that name the document in the target: company, document number and (invoices) supplier number. */
    identity: readonly (keyof ExpectedValues)[]
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

/** The manifest's value as the target column must hold it. */
export function storedForm(field: keyof ExpectedValues, value: string | number | null): string | number | null {
    if (field === 'createdAt' && typeof value === 'string') {
        const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})Z$/.exec(value)
        return m ? `${m[1]} ${m[2]}` : value
    }
    return value
}
