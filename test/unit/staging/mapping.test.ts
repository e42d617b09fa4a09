import { presetPartition } from '../../fakes/preset-partition'
import { readAmount, readDate, readDateTime } from '../../../src/server/core/staging/source-values'
import { mapRow } from '../../../src/server/core/staging/map-document'
import { convertForColumn, buildTargetValues } from '../../../src/server/core/staging/target-record'
import { FIELD_MAPS, TARGET_TABLE_SCHEMAS } from '../../../src/server/core/staging/field-maps'
import { IMPORT_TABLE_MODELS } from '../../../src/local/s2p-model/import-tables'
import type { ColumnInfo } from '../../../src/server/ports/platform'
import type { CanonicalDocument } from '../../../src/server/core/domain/canonical-document'
import { isReceipt } from '../../../src/server/core/domain/canonical-document'
import type { StagingKey } from '../../../src/server/core/staging/staging-key'
import { invoiceRow, orderRow } from './staging-world'

describe('IFS value readers', () => {
    it.each([
        [100, 100],
        [-0.5, -0.5],
        ['120.50', 120.5],
        [' 7 ', 7],
        ['-3', -3],
    ])('amount %p reads as %p', (raw, value) => expect(readAmount(raw)).toEqual({ kind: 'ok', value }))

    it.each(['1,200.00', '12 EUR', '1e3', '0x10', '', NaN, Infinity, true, {}, '١٢٣'])(
        'amount %p is refused or missing, never guessed',
        (raw) => expect(readAmount(raw).kind).not.toBe('ok')
    )

    it('dates are strict calendar days', () => {
        expect(readDate('2024-02-29')).toEqual({ kind: 'ok', value: '2024-02-29' })
        for (const bad of ['2023-02-29', '2026-13-01', '10.01.2026', '2026-01-10T00:00:00Z', 20260110])
            expect(readDate(bad).kind).toBe('invalid')
        expect(readDate(null)).toEqual({ kind: 'missing' })
    })

    it('date-times with an offset become UTC; without an offset they are refused', () => {
        expect(readDateTime('2026-01-10T00:30:00+01:00')).toEqual({ kind: 'ok', value: '2026-01-09T23:30:00Z' })
        expect(readDateTime('2026-01-10T22:15:30.123-05:30')).toEqual({ kind: 'ok', value: '2026-01-11T03:45:30Z' })
        expect(readDateTime('2026-01-10T08:00Z')).toEqual({ kind: 'ok', value: '2026-01-10T08:00:00Z' })
        for (const bad of ['2026-01-10T08:00:00', '2026-01-10', '2026-01-10T25:00:00Z', 'yesterday'])
            expect(readDateTime(bad).kind).toBe('invalid')
    })
})

describe('mapRow', () => {
    it('maps an invoice to the canonical document', () => {
        const r = mapRow(presetPartition('supplier_invoice'), invoiceRow(42, { PoRef: 'PO-7', DueDate: null }))
        expect(r.kind).toBe('mapped')
        if (r.kind !== 'mapped') return
        expect(r.doc).toMatchObject({
            objectType: 'supplier_invoice',
            company: '10',
            documentNumber: 'INV-42',
            supplierNumber: 'S1',
            documentDate: '2026-01-10',
            createdAt: '2026-01-10T08:00:00Z',
            dueDate: null,
            poReference: 'PO-7',
            netAmount: 100,
            sourceKey: '{"Company":"10","InvoiceId":42}',
            modified: '20260110120000',
        })
    })

    it('reports every problem of a row at once, with the IFS field name', () => {
        const r = mapRow(
            presetPartition('purchase_order'),
            orderRow('PO-1', { OrderDate: '31/01/2026', NetAmount: null, VendorNo: '' })
        )
        expect(r.kind).toBe('rejected')
        if (r.kind !== 'rejected') return
        expect(r.problems.map((p) => p.reason)).toEqual(['missing_field', 'invalid_value', 'missing_field'])
        expect(r.problems[1].message).toBe(
            'The document date in IFS (field OrderDate) is "31/01/2026", which is not a date (YYYY-MM-DD).'
        )
        expect(r.identity).toEqual({
            sourceKey: '{"OrderNo":"PO-1"}',
            company: '10',
            documentNumber: 'PO-1',
            supplierNumber: null,
        })
    })
})

describe('rows the engine cannot place', () => {
    it('a row without its modification stamp or with a key of the wrong type is flagged, not staged', () => {
        const noStamp = mapRow(presetPartition('purchase_order'), orderRow('PO-1', { Objversion: null }))
        expect(noStamp.kind).toBe('rejected')
        if (noStamp.kind !== 'rejected') return
        expect(noStamp.problems).toEqual([
            { reason: 'missing_field', message: expect.stringContaining('modification stamp Objversion') },
        ])
        const textId = mapRow(presetPartition('supplier_invoice'), invoiceRow(7, { InvoiceId: 'seven' }))
        expect(textId.kind).toBe('rejected')
        if (textId.kind !== 'rejected') return
        expect(textId.problems.map((p) => p.reason)).toEqual(['invalid_value'])
        expect(textId.problems[0].message).toContain('InvoiceId')
    })
})

describe('conversion against the target column', () => {
    const col = (kind: ColumnInfo['kind'], maxLength?: number): ColumnInfo => ({
        name: 'c',
        kind,
        maxLength,
        mandatory: false,
    })

    it('converts per column type', () => {
        expect(convertForColumn('abc', col('string', 3), 'X')).toEqual({ kind: 'ok', value: 'abc' })
        expect(convertForColumn(12.5, col('string', 10), 'X')).toEqual({ kind: 'ok', value: '12.5' })
        expect(convertForColumn(12.5, col('decimal'), 'X')).toEqual({ kind: 'ok', value: 12.5 })
        expect(convertForColumn(12, col('integer'), 'X')).toEqual({ kind: 'ok', value: 12 })
        expect(convertForColumn('2026-01-10', col('date'), 'X')).toEqual({ kind: 'ok', value: '2026-01-10' })
        expect(convertForColumn('2026-01-10T08:09:10Z', col('datetime'), 'X')).toEqual({
            kind: 'ok',
            value: '2026-01-10 08:09:10',
        })
        expect(convertForColumn('2026-01-10', col('datetime'), 'X')).toEqual({
            kind: 'ok',
            value: '2026-01-10 00:00:00',
        })
        expect(convertForColumn(null, col('integer'), 'X')).toEqual({ kind: 'ok', value: null })
    })

    it('refuses what does not fit, never cutting or rounding', () => {
        const tooLong = convertForColumn('abcd', col('string', 3), 'The currency')
        expect(tooLong).toEqual({
            kind: 'bad',
            problem: {
                reason: 'invalid_value',
                message: 'The currency: "abcd" is 4 characters long; column c holds at most 3.',
            },
        })
        expect(convertForColumn(12.5, col('integer'), 'X')).toMatchObject({
            kind: 'bad',
            problem: { reason: 'invalid_value' },
        })
        expect(convertForColumn('2026-01-10T08:00:00Z', col('date'), 'X')).toMatchObject({ kind: 'bad' })
        expect(convertForColumn('abc', col('decimal'), 'X')).toMatchObject({ kind: 'bad' })
        expect(convertForColumn('S1', col('reference'), 'X')).toMatchObject({
            kind: 'bad',
            problem: { reason: 'target_rejected' },
        })
    })

    it('builds a target record per preset and refuses a table without a mapped column', () => {
        const mapped = mapRow(presetPartition('supplier_invoice'), invoiceRow(1))
        if (mapped.kind !== 'mapped' || isReceipt(mapped.doc)) throw new Error('fixture')
        const doc: CanonicalDocument = {
            ...mapped.doc,
            supplierName: 'Acme',
            glAccountMapped: 'GL',
            costCenterMapped: 'CC',
        }
        const key = 'f'.repeat(64) as StagingKey
        const map = FIELD_MAPS.s2p_import.supplier_invoice
        // The import table as the documentation describes it (s2p-targets §1a): every column text.
        const columns = new Map(
            IMPORT_TABLE_MODELS.sn_spend_intg_imp_invoice.columns.map((c) => [c.name, { ...c }] as const)
        )
        const target = {
            map,
            table: map.defaultTable,
            columns,
            settings: { erpSource: 'IFS Cloud', externalInvoiceSource: 'IFS Cloud' },
            resolve: () => null,
        }
        const built = buildTargetValues(doc, key, target)
        expect(built).toEqual({
            kind: 'ok',
            values: {
                u_external_invoice_number: 'INV-1',
                u_external_invoice_source: 'IFS Cloud',
                u_erp_source: 'IFS Cloud',
                u_supplier: 'S1',
                u_invoice_date: '2026-01-10',
                u_subtotal: '100',
                u_other_charges: '0',
                u_tax_amount: '25',
                u_amount_invoiced: '125',
                u_invoice_type: 'invoice',
                u_currency: 'EUR',
                u_purchase_order: null,
                u_supplier_invoice_number: 'INV-1',
                u_legal_entity: '10',
                u_third_party_import_id: key,
            },
        })
        // Every column the documentation marks mandatory is filled.
        const values = (built as { values: Record<string, unknown> }).values
        for (const c of IMPORT_TABLE_MODELS.sn_spend_intg_imp_invoice.columns.filter((c) => c.mandatory))
            expect({ column: c.name, value: values[c.name] ?? null }).not.toEqual({ column: c.name, value: null })
        columns.delete('u_supplier')
        const refused = buildTargetValues(doc, key, { ...target, columns })
        expect(refused).toMatchObject({ kind: 'rejected', problems: [{ reason: 'target_rejected' }] })
    })

    it('describes every default target table with the columns of its field map and its lock column', () => {
        expect(Object.keys(TARGET_TABLE_SCHEMAS).sort()).toEqual([
            'proc_po',
            'proc_po_item',
            'sn_apo_invoice',
            'sn_fcms_intg_imp_order',
            'sn_fcms_intg_imp_order_line',
            'sn_fcms_intg_imp_receipt',
            'sn_shop_invoice',
            'sn_shop_purchase_order',
            'sn_spend_intg_imp_invoice',
            'sn_spend_intg_imp_invoice_line',
        ])
        for (const preset of Object.values(FIELD_MAPS))
            for (const map of Object.values(preset)) {
                const names = TARGET_TABLE_SCHEMAS[map.defaultTable].map((c) => c.name)
                expect(names).toEqual(expect.arrayContaining([...map.columns.map((c) => c.column), map.lock.column]))
                expect(TARGET_TABLE_SCHEMAS[map.defaultTable].find((c) => c.name === map.externalReference)).toEqual({
                    name: map.externalReference,
                    kind: 'string',
                    maxLength: 64,
                })
            }
    })
})
