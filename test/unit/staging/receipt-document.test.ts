import { presetPartition } from '../../fakes/preset-partition'
import { mapRow } from '../../../src/server/core/staging/map-document'
import { buildTargetValues } from '../../../src/server/core/staging/target-record'
import { FIELD_MAPS } from '../../../src/server/core/staging/field-maps'
import { stagingKeyText } from '../../../src/server/core/staging/staging-key'
import { enrichAndValidate } from '../../../src/server/core/staging/enrich-and-validate'
import { compileFieldMap, shippedFieldMapRows } from '../../../src/server/core/staging/field-map-rows'
import type { FieldMapRow } from '../../../src/server/core/staging/field-map-rows'
import { IMPORT_TABLE_MODELS } from '../../../src/local/s2p-model/import-tables'
import type { StagingKey } from '../../../src/server/core/staging/staging-key'
import type { IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import type { MasterDataCache } from '../../../src/server/core/staging/master-data-cache'
import type { DimensionMappings } from '../../../src/server/core/staging/dimension-mappings'

// A receipt is goods received against one PO line release: it is mapped, keyed, checked and staged
// on its own terms (no company, supplier, amount or coding), its PO line numbered as PO lines are.

/** One IFS purchase receipt row as PurchaseReceiptSet serves it. */
function receiptRow(overrides: Record<string, unknown> = {}): IfsRow {
    return {
        Objversion: '20260110120000',
        OrderNo: 'PO-7',
        LineNo: '3',
        ReleaseNo: '1',
        ReceiptNo: 2,
        ArrivalDate: '2026-01-12',
        QtyArrived: 4.5,
        Objstate: 'Received',
        ...overrides,
    }
}

const receipts = presetPartition('receipt')

describe('a receipt mapped from IFS', () => {
    it('carries its receipt number, PO number and line, quantity, date and state, and nothing financial', () => {
        const r = mapRow(receipts, receiptRow())
        if (r.kind !== 'mapped') throw new Error(JSON.stringify(r.problems))
        expect(r.doc).toEqual({
            objectType: 'receipt',
            documentNumber: 'PO-7 3/1 receipt 2',
            receiptNumber: '2',
            poNumber: 'PO-7',
            poLineNo: '3',
            poReleaseNo: '1',
            poLineNumber: '3/1',
            quantityReceived: 4.5,
            receiptDate: '2026-01-12',
            state: 'Received',
            modified: '20260110120000',
            sourceKey: '{"OrderNo":"PO-7","LineNo":"3","ReleaseNo":"1","ReceiptNo":2}',
            lines: [],
        })
        // Flags name it the way AP users find it: PO, line and receipt; no company or supplier.
        expect(r.identity).toEqual({
            sourceKey: '{"OrderNo":"PO-7","LineNo":"3","ReleaseNo":"1","ReceiptNo":2}',
            company: null,
            documentNumber: 'PO-7 3/1 receipt 2',
            supplierNumber: null,
        })
    })

    it('keeps its key parts exactly as IFS holds them, and numbers its PO line as PO line rows do (trimmed)', () => {
        const r = mapRow(receipts, receiptRow({ LineNo: '3 ', ReleaseNo: ' 1' }))
        if (r.kind !== 'mapped') throw new Error(JSON.stringify(r.problems))
        expect(r.doc).toMatchObject({ poLineNo: '3 ', poReleaseNo: ' 1', poLineNumber: '3/1' })
    })

    it('flags every missing or invalid field with a readable message', () => {
        const r = mapRow(receipts, receiptRow({ QtyArrived: '4,5', ArrivalDate: '12.01.2026', Objstate: ' ' }))
        expect(r).toMatchObject({
            kind: 'rejected',
            problems: [
                {
                    reason: 'invalid_value',
                    message: 'The quantity received in IFS (field QtyArrived) is "4,5", which is not a number.',
                },
                {
                    reason: 'invalid_value',
                    message:
                        'The receipt date in IFS (field ArrivalDate) is "12.01.2026", which is not a date (YYYY-MM-DD).',
                },
                { reason: 'missing_field', message: 'The IFS state is empty in IFS (field Objstate).' },
            ],
        })
    })

    it('is flagged, not guessed, when a key field is missing', () => {
        const r = mapRow(receipts, receiptRow({ LineNo: null }))
        expect(r.kind).toBe('rejected')
        if (r.kind !== 'rejected') return
        expect(r.problems.map((p) => p.message)).toContain('The purchase order line is empty in IFS (field LineNo).')
        // Without its line it cannot be named by PO line: the flag names it by its IFS key.
        expect(r.identity.documentNumber).toBeNull()
    })

    it('needs no master data: enrichment neither reads nor checks anything', () => {
        const r = mapRow(receipts, receiptRow())
        if (r.kind !== 'mapped') throw new Error('fixture')
        const untouchable = new Proxy(
            {},
            {
                get: () => {
                    throw new Error('read master data')
                },
            }
        )
        const checked = enrichAndValidate(r.doc, untouchable as MasterDataCache, untouchable as DimensionMappings)
        expect(checked).toEqual({ doc: r.doc, problems: [] })
    })
})

describe('a receipt’s staging key', () => {
    const parts = {
        connectionSysId: ' c1 ',
        objectType: 'receipt' as const,
        poNumber: 'PO-7',
        poLineNo: '3',
        poReleaseNo: '1',
        receiptNumber: '2',
    }

    it('is the connection, the type, the PO number, line, release and receipt number, exactly', () => {
        expect(stagingKeyText(parts)).toBe('["c1","receipt","PO-7","3","1","2"]')
        // Line 3 release 12 and line 31 release 2 are two receipts, not one "3/12" = "31/2" muddle.
        expect(stagingKeyText({ ...parts, poLineNo: '31', poReleaseNo: '2' })).not.toBe(
            stagingKeyText({ ...parts, poLineNo: '3', poReleaseNo: '12' })
        )
        expect(stagingKeyText({ ...parts, poNumber: 'po-7' })).not.toBe(stagingKeyText(parts))
    })
})

describe('a receipt staged by the s2p_import preset', () => {
    const map = FIELD_MAPS.s2p_import.receipt
    if (!map) throw new Error('s2p_import stages receipts')
    const key = 'e'.repeat(64) as StagingKey
    // The receipt stage as the documentation describes it (labels only, s2p-targets §1d).
    const model = IMPORT_TABLE_MODELS.sn_fcms_intg_imp_receipt
    const columns = new Map(model.columns.map((c) => [c.name, { ...c }] as const))
    const target = {
        map,
        table: map.defaultTable,
        columns,
        settings: { erpSource: 'IFS Cloud', externalInvoiceSource: null },
        resolve: () => null,
    }

    it('writes every documented column, its PO line numbered as the order line stage numbers it', () => {
        const r = mapRow(receipts, receiptRow())
        if (r.kind !== 'mapped') throw new Error('fixture')
        const built = buildTargetValues(r.doc, key, target)
        expect(built).toEqual({
            kind: 'ok',
            values: {
                u_erp_source: 'IFS Cloud',
                u_erp_receipt_number: '2',
                u_erp_po_number: 'PO-7',
                u_erp_po_line_number: '3/1',
                u_quantity_received: '4.5',
                u_receipt_date: '2026-01-12',
                u_state: 'Received',
                u_type: 'goods',
                u_ml_connector_key: key,
            },
        })
        const values = (built as { values: Record<string, unknown> }).values
        for (const c of model.columns.filter((c) => c.mandatory)) expect(values[c.name]).toEqual(expect.any(String))
        expect(map.lock).toEqual({ column: 'sys_import_state', states: ['inserted', 'updated'] })
    })

    it('is not staged by the presets without a receipt table', () => {
        for (const preset of ['brief', 's2p_tables', 'legacy_procurement'] as const)
            expect(FIELD_MAPS[preset].receipt).toBeUndefined()
        const rows = shippedFieldMapRows(['brief'])
        expect(rows.filter((r) => r.objectType === 'receipt')).toEqual([])
    })

    it('refuses a field-map row naming a field receipts do not have, and says which they have', () => {
        const row: FieldMapRow = {
            ...shippedFieldMapRows(['s2p_import']).find((r) => r.objectType === 'receipt' && r.sourceKind === 'field')!,
            column: 'u_supplier',
            value: 'supplierNumber',
            shipped: false,
        }
        const compiled = compileFieldMap([row], { fieldMapPreset: 's2p_import' })
        expect(compiled).toEqual({
            ok: false,
            problems: [
                'Field map row s2p_import / receipt / sn_fcms_intg_imp_receipt.u_supplier names the field "supplierNumber", which a receipt does not have (it has receiptNumber, poNumber, poLineNumber, poLineNo, poReleaseNo, quantityReceived, receiptDate, state, externalReference)',
            ],
        })
    })
})
