import { STAGING_KEY } from '../../../src/tables'
import type { IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import { StagingWorld, invoiceRow, orderRow, glPath, ccPath, SUPPLIER_PATH } from './staging-world'

/**
 * The lookback window re-reads recent rows every run. A row read again exactly as it was staged
 * (staging key staged, same source hash) is a duplicate before enrichment: no master-data request.
 */
describe('rows read again unchanged are settled before enrichment', () => {
    const masterCalls = (world: StagingWorld) =>
        world.ifs.calls.filter((c) => c.path === SUPPLIER_PATH || c.path === glPath('10') || c.path === ccPath('10'))
            .length
    const writesTo = (world: StagingWorld, table: string) => world.store.writes.filter((w) => w.table === table).length

    it.each([
        ['invoices', 'supplier_invoice' as const, [invoiceRow(1), invoiceRow(2, { Identity: 'S2' }), invoiceRow(3)]],
        ['orders', 'purchase_order' as const, [orderRow('PO-1'), orderRow('PO-2', { VendorNo: 'S2' })]],
        [
            'a page with a bad row among them',
            'supplier_invoice' as const,
            [invoiceRow(1), invoiceRow(2, { CodeB: '4711' }), invoiceRow(3, { Identity: 'NOPE' })],
        ],
    ])('%s: the second read asks IFS for no master data and writes nothing', (_, type, rows: IfsRow[]) => {
        const world = new StagingWorld()
        const first = world.runPage(type, rows)
        expect(first.inserted + first.flagged).toBe(rows.length)
        expect(masterCalls(world)).toBeGreaterThan(0)
        world.ifs.calls.length = 0
        const writes = world.store.writes.filter((w) => w.table !== 'x_mlc_ifs_s2p_audit').length
        const second = world.runPage(type, rows)
        expect(second).toMatchObject({ inserted: 0, updated: 0, flagged: 0, duplicates: rows.length })
        expect(masterCalls(world)).toBe(0)
        expect(world.store.writes.filter((w) => w.table !== 'x_mlc_ifs_s2p_audit').length).toBe(writes)
    })

    it('a row changed in IFS is enriched and updated as before; the next read of it is a duplicate again', () => {
        const world = new StagingWorld()
        world.runPage('supplier_invoice', [invoiceRow(1), invoiceRow(2)])
        world.ifs.calls.length = 0
        const changed = [invoiceRow(1, { GrossCurrAmount: 130, Objversion: '20260110130000' }), invoiceRow(2)]
        expect(world.runPage('supplier_invoice', changed)).toMatchObject({ updated: 1, duplicates: 1 })
        expect(world.ifs.callsTo(SUPPLIER_PATH)).toHaveLength(1)
        expect(world.targets('supplier_invoice').map((t) => t.gross_amount)).toEqual(['130', '125'])
        world.ifs.calls.length = 0
        expect(world.runPage('supplier_invoice', changed)).toMatchObject({ updated: 0, duplicates: 2 })
        expect(masterCalls(world)).toBe(0)
    })

    it('a change only in fields that are not staged is a duplicate once enriched, and remembered', () => {
        const world = new StagingWorld()
        world.runPage('supplier_invoice', [invoiceRow(1)])
        const onlyStamp = [invoiceRow(1, { Objversion: '20260110130000', Unmapped: 'x' })]
        world.ifs.calls.length = 0
        const targetWrites = writesTo(world, 'sn_apo_invoice')
        expect(world.runPage('supplier_invoice', onlyStamp)).toMatchObject({ updated: 0, duplicates: 1 })
        expect(world.ifs.callsTo(SUPPLIER_PATH)).toHaveLength(1)
        expect(writesTo(world, 'sn_apo_invoice')).toBe(targetWrites)
        world.ifs.calls.length = 0
        expect(world.runPage('supplier_invoice', onlyStamp)).toMatchObject({ duplicates: 1 })
        expect(masterCalls(world)).toBe(0)
    })

    it('a key staged before the source hash existed goes through enrichment once and gets one', () => {
        const world = new StagingWorld()
        world.runPage('purchase_order', [orderRow('PO-1')])
        const [key] = world.keys()
        world.store.update(STAGING_KEY.name, key.sys_id, { source_hash: null })
        world.ifs.calls.length = 0
        expect(world.runPage('purchase_order', [orderRow('PO-1')])).toMatchObject({ duplicates: 1, updated: 0 })
        expect(world.ifs.callsTo(SUPPLIER_PATH)).toHaveLength(1)
        expect(world.keys()[0].source_hash).toMatch(/^[0-9a-f]{64}$/)
        world.ifs.calls.length = 0
        world.runPage('purchase_order', [orderRow('PO-1')])
        expect(masterCalls(world)).toBe(0)
    })

    it('a key left pending by a crashed run is completed, never skipped', () => {
        const world = new StagingWorld()
        world.runPage('purchase_order', [orderRow('PO-1')])
        const [key] = world.keys()
        world.store.update(STAGING_KEY.name, key.sys_id, { state: 'pending' })
        const out = world.runPage('purchase_order', [orderRow('PO-1')])
        expect(out.inserted).toBe(1)
        expect(world.keys()[0].state).toBe('staged')
        expect(world.targets('purchase_order')).toHaveLength(1)
    })

    it('the source hash differs for rows that differ in any field, and is stored on insert', () => {
        const world = new StagingWorld()
        world.runPage('supplier_invoice', [invoiceRow(1), invoiceRow(2)])
        const hashes = world.keys().map((k) => k.source_hash)
        expect(hashes.every((h) => /^[0-9a-f]{64}$/.test(h ?? ''))).toBe(true)
        expect(new Set(hashes).size).toBe(2)
    })
})
