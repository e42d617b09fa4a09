import { DIMENSION_MAP } from '../../../src/tables'
import { CONNECTION_ID, invoiceRow, StagingWorld } from './staging-world'

describe('dimension_map validity dates', () => {
    function adminRow(ifsValue: string, snValue: string, from: string | null, until: string | null) {
        return {
            connection: CONNECTION_ID,
            company: '10',
            dimension: 'cost_center',
            ifs_value: ifsValue,
            sn_value: snValue,
            source: 'admin',
            valid_from: from,
            valid_until: until,
        }
    }

    it('an admin mapping is used only on the dates it is valid for', () => {
        const world = new StagingWorld()
        world.store.insert(DIMENSION_MAP.name, adminRow('100', 'CC-OLD', null, '2025-12-31'))
        world.store.insert(DIMENSION_MAP.name, adminRow('100', 'CC-NEW', '2026-01-01', null))
        world.runPage('supplier_invoice', [
            invoiceRow(1, { InvoiceDate: '2025-12-30' }),
            invoiceRow(2, { InvoiceDate: '2026-01-10' }),
        ])
        const byNumber = new Map(world.targets('supplier_invoice').map((t) => [t.invoice_number, t]))
        const costCenterOf = (n: string) => {
            const rec = byNumber.get(n)
            expect(rec).toBeDefined()
            return Object.values(rec!).filter((v) => v === 'CC-OLD' || v === 'CC-NEW')
        }
        expect(costCenterOf('INV-1')).toEqual(['CC-OLD'])
        expect(costCenterOf('INV-2')).toEqual(['CC-NEW'])
    })

    it('a document dated outside every admin mapping of its cost center is flagged unmapped, not mapped anyway', () => {
        const world = new StagingWorld()
        world.store.insert(DIMENSION_MAP.name, adminRow('100', 'CC-OLD', null, '2025-12-31'))
        const outcome = world.runPage('supplier_invoice', [invoiceRow(1, { InvoiceDate: '2026-01-10' })])
        expect(outcome).toMatchObject({ inserted: 0, flagged: 1 })
        expect(world.flags().map((f) => f.reason)).toEqual(['unmapped_dimension'])
    })
})
