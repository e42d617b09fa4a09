import { AUDIT, FLAG, STAGING_KEY } from '../../../src/tables'
import { StoreError } from '../../../src/server/ports/store'
import { StagingWorld, invoiceRow, orderRow, ccPath, glPath, SUPPLIER_PATH } from './staging-world'

/**
 * The document writer's less travelled paths, through a page as the engine stages it: dry runs,
 * keys that outlive their targets or predate them, a document twice in a page, values longer than
 * the staging key's columns, and a target table that refuses a record. Expected values are literal.
 */

/** What a clean run of `row` staged, re-created in a new world as a crash would have left it. */
function leftBehind(row: ReturnType<typeof orderRow>, o: { keyState: 'pending' | 'staged'; withTarget: boolean }) {
    const clean = new StagingWorld()
    clean.runPage('purchase_order', [row])
    const { sys_id: _keyId, ...key } = clean.keys()[0]
    const world = new StagingWorld()
    world.store.seed(STAGING_KEY.name, { ...key, state: o.keyState })
    if (o.withTarget) world.store.seed('proc_po', clean.targets('purchase_order')[0])
    void _keyId
    return world
}

/** Dies at the first staging key the store is asked to insert: the page's targets are written, no key. */
function targetsWithoutKeys(world: StagingWorld, rows: ReturnType<typeof orderRow>[]): void {
    world.store.beforeWrite = (op, table) => {
        if (op === 'insert' && table === STAGING_KEY.name) throw new Error('node restart')
    }
    expect(() => world.runPage('purchase_order', rows)).toThrow('node restart')
    world.store.beforeWrite = null
}

const messages = (world: StagingWorld, operation: string) => world.audits(operation).map((a) => a.message)
const supplierReads = (world: StagingWorld) => world.ifs.callsTo(SUPPLIER_PATH).length

describe('a dry run reports what a real run would do, and writes nothing', () => {
    it('inserted, updated and duplicate documents, each once', () => {
        const world = new StagingWorld()
        world.runPage('supplier_invoice', [invoiceRow(1), invoiceRow(3)])
        world.connection = { ...world.connection, dryRun: true }
        const writes = world.store.writes.filter((w) => w.table !== AUDIT.name).length

        const out = world.runPage('supplier_invoice', [
            // Changed only in a field that is not staged: its payload is the one staged.
            invoiceRow(1, { Objversion: '20260110130000', Unmapped: 'x' }),
            invoiceRow(2),
            invoiceRow(2),
            invoiceRow(3, { GrossCurrAmount: 130, VatCurrAmount: 30 }),
        ])

        expect(out).toEqual({ inserted: 1, updated: 1, duplicates: 2, flagged: 0, errors: 0, rejected: 0, resolved: 0 })
        expect(messages(world, 'stage_insert').slice(2)).toEqual(['Dry run: Invoice INV-2 would be inserted'])
        expect(messages(world, 'stage_update')).toEqual(['Dry run: Invoice INV-3 would be updated'])
        expect(world.store.writes.filter((w) => w.table !== AUDIT.name)).toHaveLength(writes)
        expect(world.targets('supplier_invoice').map((t) => t.gross_amount)).toEqual(['125', '125'])
    })
})

describe('a staged record brought up to date', () => {
    it('audits the update with the document and its IFS state', () => {
        const world = new StagingWorld()
        world.runPage('purchase_order', [orderRow('PO-1')])
        world.runPage('purchase_order', [orderRow('PO-1', { GrossAmount: 2000, Objstate: 'Confirmed' })])
        expect(messages(world, 'stage_update')).toEqual(['Purchase order PO-1 updated from IFS (state Confirmed)'])
    })

    it('writes no staging key batch for a page without new documents', () => {
        const world = new StagingWorld()
        world.runPage('purchase_order', [orderRow('PO-1')])
        const insertMany = jest.spyOn(world.store, 'insertMany')
        expect(world.runPage('purchase_order', [orderRow('PO-1', { GrossAmount: 2000 })])).toMatchObject({
            updated: 1,
        })
        expect(insertMany.mock.calls.filter(([table]) => table === STAGING_KEY.name)).toEqual([])
    })

    it('a document the removal sweep marked deleted in IFS and IFS shows again is staged again and no longer marked', () => {
        const world = new StagingWorld()
        world.runPage('purchase_order', [orderRow('PO-1')])
        // As the sweep leaves a document IFS deleted whole (removed-marks markDocuments).
        const key = world.keys()[0]
        world.store.update(STAGING_KEY.name, key.sys_id, {
            removed_at: '2026-12-03 12:00:00',
            payload_hash: null,
            source_hash: null,
            line_hashes: null,
        })
        const target = world.targets('purchase_order')[0]
        world.store.update('proc_po', target.sys_id, { source_state: 'Removed' })
        expect(world.runPage('purchase_order', [orderRow('PO-1')])).toMatchObject({ updated: 1 })
        expect(world.keys()[0]).toMatchObject({ removed_at: null, payload_hash: key.payload_hash })
        expect(world.targets('purchase_order')[0].source_state).toBe(target.source_state)
    })

    it('a document whose staged record is gone is flagged, not staged again', () => {
        const world = leftBehind(orderRow('PO-1'), { keyState: 'staged', withTarget: false })
        const out = world.runPage('purchase_order', [orderRow('PO-1', { GrossAmount: 2000 })])
        expect(out).toMatchObject({ inserted: 0, updated: 0, flagged: 1 })
        expect(world.targets('purchase_order')).toEqual([])
        expect(world.flags()).toEqual([
            expect.objectContaining({
                state: 'open',
                reason: 'target_rejected',
                message:
                    'Purchase order PO-1 changed in IFS, but its staged record in proc_po no longer exists; it was not staged again.',
            }),
        ])
    })

    it('a document twice in a page whose only change is in fields not staged updates its key once', () => {
        const world = new StagingWorld()
        world.runPage('purchase_order', [orderRow('PO-1')])
        const before = world.store.writes.length
        const onlyStamp = orderRow('PO-1', { Objversion: '20260110130000', Unmapped: 'x' })
        expect(world.runPage('purchase_order', [onlyStamp, onlyStamp])).toMatchObject({ updated: 0, duplicates: 2 })
        const keyWrites = world.store.writes.slice(before).filter((w) => w.table === STAGING_KEY.name)
        expect(keyWrites.map((w) => w.op)).toEqual(['update'])
    })
})

describe('targets an interrupted run left without their keys', () => {
    it('written from older data: updated in the same run, and the update audited as one', () => {
        const world = new StagingWorld()
        targetsWithoutKeys(world, [orderRow('PO-1')])
        const out = world.runPage('purchase_order', [orderRow('PO-1', { GrossAmount: 2000 })])
        expect(out).toMatchObject({ inserted: 0, updated: 1 })
        expect(messages(world, 'stage_insert')).toEqual([])
        expect(messages(world, 'stage_update')).toEqual(['Purchase order PO-1 updated from IFS (state Released)'])
    })

    it('locked, and the changed document twice in the page: one flag, no update, the key does not claim the payload', () => {
        const world = new StagingWorld()
        targetsWithoutKeys(world, [orderRow('PO-1')])
        const target = world.targets('purchase_order')[0]
        world.store.update('proc_po', target.sys_id, { status: 'received' })

        const changed = orderRow('PO-1', { GrossAmount: 2000 })
        const out = world.runPage('purchase_order', [changed, changed])
        expect(out).toMatchObject({ inserted: 0, updated: 0, flagged: 1, duplicates: 1 })
        expect(world.store.get('proc_po', target.sys_id)!.total_cost).toBe('1250')
        expect(messages(world, 'stage_update')).toEqual([])
        expect(world.keys()).toEqual([
            expect.objectContaining({ state: 'staged', target_sys_id: target.sys_id, payload_hash: null }),
        ])
        expect(world.flags()).toEqual([expect.objectContaining({ reason: 'changed_after_posting' })])
    })
})

describe('a key left pending by a run of an earlier version', () => {
    it('without its target: the target is written, audited as staged, and the row remembered', () => {
        const world = leftBehind(orderRow('PO-1'), { keyState: 'pending', withTarget: false })
        expect(world.runPage('purchase_order', [orderRow('PO-1')])).toMatchObject({ inserted: 1, updated: 0 })
        expect(world.targets('purchase_order')).toHaveLength(1)
        expect(messages(world, 'stage_insert')).toEqual(['Purchase order PO-1 staged'])
        // The key holds the row's own hash: the next read of the same row asks IFS for nothing.
        world.ifs.calls.length = 0
        expect(world.runPage('purchase_order', [orderRow('PO-1')])).toMatchObject({ duplicates: 1 })
        expect(supplierReads(world)).toBe(0)
    })

    it('with its target, unchanged: completed, audited as such', () => {
        const world = leftBehind(orderRow('PO-1'), { keyState: 'pending', withTarget: true })
        expect(world.runPage('purchase_order', [orderRow('PO-1')])).toMatchObject({ inserted: 1, updated: 0 })
        expect(messages(world, 'stage_insert')).toEqual([
            'Purchase order PO-1: staging completed after an interrupted run',
        ])
    })

    it('with its target, changed in IFS since: completed, then updated', () => {
        const world = leftBehind(orderRow('PO-1'), { keyState: 'pending', withTarget: true })
        const out = world.runPage('purchase_order', [orderRow('PO-1', { GrossAmount: 2000 })])
        expect(out).toMatchObject({ inserted: 0, updated: 1 })
        expect(world.targets('purchase_order').map((t) => t.total_cost)).toEqual(['2000'])
        expect(messages(world, 'stage_insert')).toEqual([
            'Purchase order PO-1: staging completed after an interrupted run',
        ])
        expect(messages(world, 'stage_update')).toEqual(['Purchase order PO-1 updated from IFS (state Released)'])
    })

    it('with its target locked and the document changed: the key does not claim the new row', () => {
        const world = leftBehind(orderRow('PO-1'), { keyState: 'pending', withTarget: true })
        const target = world.targets('purchase_order')[0]
        world.store.update('proc_po', target.sys_id, { status: 'received' })
        const out = world.runPage('purchase_order', [orderRow('PO-1', { GrossAmount: 2000 })])
        expect(out).toMatchObject({ inserted: 0, updated: 0, flagged: 1 })
        // The target holds the older payload, so a later read of this row must not pass as a duplicate.
        expect(world.keys()).toEqual([expect.objectContaining({ state: 'staged', source_hash: null })])
    })
})

describe('values longer than the staging key columns', () => {
    it('are cut to the key columns (company 40, numbers 100) while the target, with wider columns, holds them whole', () => {
        const world = new StagingWorld()
        world.tables['proc_po'] = world.tables['proc_po']!.map((c) => ({ ...c, maxLength: undefined }))
        const company = 'C'.repeat(45)
        const supplier = 'S'.repeat(120)
        const number = 'P'.repeat(150)
        world.connection = { ...world.connection, companies: [company] }
        world.ifs.set(SUPPLIER_PATH, [{ SupplierId: supplier, Name: 'Long Ltd' }])
        world.ifs.set(glPath(company), [{ CodeValue: '4000' }])
        world.ifs.set(ccPath(company), [{ CodeValue: '100' }])

        const out = world.runPage('purchase_order', [orderRow(number, { Company: company, VendorNo: supplier })])
        expect(out).toMatchObject({ inserted: 1, flagged: 0 })
        expect(world.keys()).toEqual([
            expect.objectContaining({
                company: 'C'.repeat(40),
                supplier_number: 'S'.repeat(100),
                document_number: 'P'.repeat(100),
            }),
        ])
        expect(world.targets('purchase_order')).toEqual([expect.objectContaining({ po_number: number })])
    })
})

describe('a target table that refuses a record', () => {
    it('a duplicate key (another writer staged it) is an error for the next run, not a flag', () => {
        const world = new StagingWorld()
        // Refuses the first target insert, then steps aside (so the page's audit is flushed).
        world.store.beforeWrite = (op, table) => {
            if (op !== 'insert' || table !== 'proc_po') return
            world.store.beforeWrite = null
            throw new StoreError('unique index on external_reference', 'duplicate_key')
        }
        const out = world.runPage('purchase_order', [orderRow('PO-1')])
        expect(out).toEqual({ inserted: 0, updated: 0, duplicates: 0, flagged: 0, errors: 1, rejected: 0, resolved: 0 })
        expect(world.store.all(FLAG.name)).toEqual([])
        expect(messages(world, 'error')).toEqual([
            'Purchase order PO-1 was not staged: unique index on external_reference',
        ])
    })
})
