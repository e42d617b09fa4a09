import type { FieldMapRow } from '../../src/server/core/staging/field-map-rows'

/**
 * A row an admin added to the field-map table (not shipped, active) in the default preset's invoice
 * map: the import table's custom column `u_custom` filled from the PO reference. A test overrides
 * what it is about: the level, the column, where the value comes from.
 */
export function customFieldMapRow(over: Partial<FieldMapRow> = {}): FieldMapRow {
    return {
        preset: 's2p_import',
        objectType: 'supplier_invoice',
        targetTable: 'sn_spend_intg_imp_invoice',
        column: 'u_custom',
        sourceKind: 'field',
        value: 'poReference',
        lookup: '',
        transform: 'none',
        shipped: false,
        active: true,
        ...over,
    }
}
