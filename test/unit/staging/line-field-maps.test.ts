import { compileFieldMap, shippedFieldMapRows } from '../../../src/server/core/staging/field-map-rows'
import type { FieldMapRow } from '../../../src/server/core/staging/field-map-rows'
import { FIELD_MAPS } from '../../../src/server/core/staging/field-maps'
import { customFieldMapRow } from '../../support/field-map-row'

// Line targets are data like the headers': rows of the field-map table at level "line", compiled
// once per run into the type's line map.

const compile = (rows: readonly FieldMapRow[], preset: 's2p_import' | 'legacy_procurement' = 's2p_import') =>
    compileFieldMap(rows, { fieldMapPreset: preset })

/** A line row of the invoice line table: a unit of measure set to a constant. */
const lineRow = (over: Partial<FieldMapRow>): FieldMapRow =>
    customFieldMapRow({
        level: 'line',
        targetTable: 'sn_spend_intg_imp_invoice_line',
        column: 'u_uom',
        sourceKind: 'constant',
        value: 'EA',
        ...over,
    })

describe('line field maps', () => {
    it('ships line tables per preset, the connector key column named; brief and s2p_tables stage headers only', () => {
        const tableOf = (preset: keyof typeof FIELD_MAPS, type: 'supplier_invoice' | 'purchase_order') =>
            FIELD_MAPS[preset][type].lines?.defaultTable ?? null
        expect(tableOf('s2p_import', 'supplier_invoice')).toBe('sn_spend_intg_imp_invoice_line')
        expect(tableOf('s2p_import', 'purchase_order')).toBe('sn_fcms_intg_imp_order_line')
        expect(tableOf('legacy_procurement', 'purchase_order')).toBe('proc_po_item')
        expect(tableOf('legacy_procurement', 'supplier_invoice')).toBe('sn_spend_intg_imp_invoice_line')
        expect(tableOf('brief', 'supplier_invoice')).toBeNull()
        expect(tableOf('brief', 'purchase_order')).toBeNull()
        expect(tableOf('s2p_tables', 'supplier_invoice')).toBeNull()
        expect(tableOf('s2p_tables', 'purchase_order')).toBeNull()
        expect(FIELD_MAPS.s2p_import.supplier_invoice.lines!.lineReference).toBe('u_ml_connector_key')
    })

    it('joins invoice lines to their header by the external invoice number and carries the PO line', () => {
        const columns = FIELD_MAPS.s2p_import.supplier_invoice.lines!.columns
        const sourceOf = (name: string) => columns.find((c) => c.column === name)?.source
        expect(sourceOf('u_external_invoice_number')).toEqual({ kind: 'field', field: 'documentNumber' })
        expect(sourceOf('u_purchase_order')).toEqual({ kind: 'line', field: 'poLineOrder' })
        expect(sourceOf('u_purchase_order_line')).toEqual({ kind: 'line', field: 'poLineNumber' })
        expect(sourceOf('u_gl_account')).toEqual({ kind: 'line', field: 'lineGlAccount' })
        const po = FIELD_MAPS.s2p_import.purchase_order.lines!.columns
        expect(po.find((c) => c.column === 'u_erp_po_number')?.source).toEqual({
            kind: 'field',
            field: 'documentNumber',
        })
        expect(po.find((c) => c.column === 'u_quantity_received')?.source).toEqual({
            kind: 'line',
            field: 'quantityReceived',
        })
    })

    it('adds an admin line row to the shipped ones, and a line row may name a header column again', () => {
        const compiled = compile([...shippedFieldMapRows(['s2p_import']), lineRow({})])
        expect(compiled.ok).toBe(true)
        if (!compiled.ok) return
        const lines = compiled.maps.supplier_invoice!.lines!
        expect(lines.columns.find((c) => c.column === 'u_uom')?.source).toEqual({ kind: 'constant', value: 'EA' })
        expect(compiled.maps.supplier_invoice!.columns.some((c) => c.column === 'u_uom')).toBe(false)
    })

    it('refuses a line field on a header row, an unknown line field and a line map without its connector key', () => {
        const rows = shippedFieldMapRows(['s2p_import'])
        const headerLine = compile([
            ...rows,
            lineRow({ level: 'header', column: 'u_x', sourceKind: 'line', value: 'lineQuantity' }),
        ])
        expect(headerLine).toEqual({
            ok: false,
            problems: [expect.stringContaining('takes a line field on a header row')],
        })
        const unknown = compile([...rows, lineRow({ column: 'u_x', sourceKind: 'line', value: 'lineQty' })])
        expect(unknown).toEqual({ ok: false, problems: [expect.stringContaining('names no line field "lineQty"')] })
        const noKey = compile(
            rows.map((r) =>
                r.level === 'line' && r.value === 'lineReference' && r.objectType === 'purchase_order'
                    ? { ...r, active: false }
                    : r
            )
        )
        expect(noKey).toEqual({
            ok: false,
            problems: [
                expect.stringContaining(
                    "sn_fcms_intg_imp_order_line: no active line row holds the line's connector key"
                ),
            ],
        })
    })

    it('every line row deactivated: that type stages headers only', () => {
        const rows = shippedFieldMapRows(['legacy_procurement']).map((r) =>
            r.level === 'line' && r.objectType === 'purchase_order' ? { ...r, active: false } : r
        )
        const compiled = compile(rows, 'legacy_procurement')
        expect(compiled.ok && compiled.maps.purchase_order!.lines).toBeNull()
        expect(compiled.ok && compiled.maps.supplier_invoice!.lines?.defaultTable).toBe(
            'sn_spend_intg_imp_invoice_line'
        )
    })
})
