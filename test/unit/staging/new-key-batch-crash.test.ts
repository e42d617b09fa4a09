import { AUDIT, STAGING_KEY } from '../../../src/tables'
import { StoreError } from '../../../src/server/ports/store'
import { StagingWorld, orderRow } from './staging-world'

/**
 * A new document is written target first (it holds the staging key in external_reference), then the
 * page's keys `staged` in one insertMany. Each window a crash can leave is repaired by the next run
 * without a second target.
 */
describe('new documents: target first, the page keys in one insertMany', () => {
    const page = [orderRow('PO-1'), orderRow('PO-2'), orderRow('PO-3')]

    /** Dies at the nth key the store is asked to insert (MemoryStore.insertMany inserts one by one). */
    function dieAtKey(world: StagingWorld, nth: number): void {
        let n = 0
        world.store.beforeWrite = (op, table) => {
            if (op === 'insert' && table === STAGING_KEY.name && ++n === nth) throw new Error('node restart')
        }
    }

    function expectEachStagedOnce(world: StagingWorld, numbers: string[]): void {
        const targets = world.targets('purchase_order')
        expect(targets.map((t) => t.po_number).sort()).toEqual(numbers)
        const keys = world.keys()
        expect(keys).toHaveLength(numbers.length)
        for (const k of keys) {
            expect(k.state).toBe('staged')
            expect(targets.filter((t) => t.sys_id === k.target_sys_id && t.external_reference === k.key)).toHaveLength(
                1
            )
        }
    }

    it('costs one target insert per document and one key insertMany per page, no key update', () => {
        const world = new StagingWorld()
        const insertMany = jest.spyOn(world.store, 'insertMany')
        const before = world.store.writes.length
        expect(world.runPage('purchase_order', page)).toMatchObject({ inserted: 3, errors: 0 })
        const writes = world.store.writes
            .slice(before)
            .filter((w) => w.table === 'proc_po' || w.table === STAGING_KEY.name)
        expect(writes.filter((w) => w.table === 'proc_po').map((w) => w.op)).toEqual(['insert', 'insert', 'insert'])
        expect(writes.filter((w) => w.table === STAGING_KEY.name).map((w) => w.op)).toEqual([
            'insert',
            'insert',
            'insert',
        ])
        // The three targets come before any key: a key never names a target that is not there.
        expect(writes.map((w) => w.table)).toEqual([
            'proc_po',
            'proc_po',
            'proc_po',
            ...Array(3).fill(STAGING_KEY.name),
        ])
        expect(insertMany.mock.calls.filter(([table]) => table === STAGING_KEY.name)).toHaveLength(1)
        expectEachStagedOnce(world, ['PO-1', 'PO-2', 'PO-3'])
        expect(world.audits('stage_insert').map((a) => a.message)).toEqual([
            'Purchase order PO-1 staged',
            'Purchase order PO-2 staged',
            'Purchase order PO-3 staged',
        ])
    })

    it('killed after the targets, before the keys: the next run recognises them and writes only the keys', () => {
        const world = new StagingWorld()
        dieAtKey(world, 1)
        expect(() => world.runPage('purchase_order', page)).toThrow('node restart')
        world.store.beforeWrite = null
        expect(world.targets('purchase_order')).toHaveLength(3)
        expect(world.keys()).toHaveLength(0)

        world.store.queries.length = 0
        const before = world.store.writes.length
        expect(world.runPage('purchase_order', page)).toMatchObject({ inserted: 3, updated: 0, errors: 0 })
        const writes = world.store.writes.slice(before).filter((w) => w.table !== AUDIT.name)
        expect(writes.every((w) => w.table === STAGING_KEY.name && w.op === 'insert')).toBe(true)
        expectEachStagedOnce(world, ['PO-1', 'PO-2', 'PO-3'])
        // One target query for the page, by the staging keys the targets hold.
        const targetQueries = world.store.queries.filter((q) => q.table === 'proc_po')
        expect(targetQueries).toHaveLength(1)
        expect(targetQueries[0].query.where).toEqual([
            { field: 'external_reference', op: 'IN', value: world.keys().map((k) => k.key) },
        ])
        expect(world.audits('stage_insert').at(-1)!.message).toBe(
            'Purchase order PO-3: staging completed after an interrupted run'
        )
        expect(world.runPage('purchase_order', page)).toMatchObject({ inserted: 0, updated: 0, duplicates: 3 })
    })

    it('killed in the middle of the key batch (row by row, as on the instance): the rest is completed', () => {
        const world = new StagingWorld()
        dieAtKey(world, 2)
        expect(() => world.runPage('purchase_order', page)).toThrow('node restart')
        world.store.beforeWrite = null
        expect(world.keys()).toHaveLength(1)
        expect(world.runPage('purchase_order', page)).toMatchObject({ inserted: 2, duplicates: 1, errors: 0 })
        expectEachStagedOnce(world, ['PO-1', 'PO-2', 'PO-3'])
    })

    it('a recognised target written from older data is brought up to date in the same run', () => {
        const world = new StagingWorld()
        dieAtKey(world, 1)
        expect(() => world.runPage('purchase_order', [orderRow('PO-1')])).toThrow('node restart')
        world.store.beforeWrite = null
        const changed = [orderRow('PO-1', { GrossAmount: 2000 })]
        expect(world.runPage('purchase_order', changed)).toMatchObject({ inserted: 0, updated: 1, errors: 0 })
        expectEachStagedOnce(world, ['PO-1'])
        expect(world.targets('purchase_order')[0].total_cost).toBe('2000')
        expect(world.runPage('purchase_order', changed)).toMatchObject({ updated: 0, duplicates: 1 })
    })

    it('a recognised target locked by its state is keyed, not changed, and the change is flagged', () => {
        const world = new StagingWorld()
        dieAtKey(world, 1)
        expect(() => world.runPage('purchase_order', [orderRow('PO-1')])).toThrow('node restart')
        world.store.beforeWrite = null
        const target = world.targets('purchase_order')[0]
        world.store.update('proc_po', target.sys_id, { status: 'received' })

        const out = world.runPage('purchase_order', [orderRow('PO-1', { GrossAmount: 2000 })])
        expect(out).toMatchObject({ inserted: 0, updated: 0, flagged: 1 })
        expect(world.store.get('proc_po', target.sys_id)!.total_cost).not.toBe('2000')
        expect(world.keys()).toHaveLength(1)
        expect(world.keys()[0]).toMatchObject({ state: 'staged', target_sys_id: target.sys_id })
        expect(world.flags('open')[0].reason).toBe('changed_after_posting')
        expect(world.targets('purchase_order')).toHaveLength(1)
    })

    it('a refused key batch counts its documents as errors; the next run keys their targets', () => {
        const world = new StagingWorld()
        world.store.beforeWrite = (op, table) => {
            if (op === 'insert' && table === STAGING_KEY.name) throw new StoreError('unique index', 'duplicate_key')
        }
        expect(world.runPage('purchase_order', page)).toMatchObject({ inserted: 0, errors: 3 })
        expect(world.flags()).toHaveLength(0)
        world.store.beforeWrite = null
        expect(world.runPage('purchase_order', page)).toMatchObject({ inserted: 3, errors: 0 })
        expectEachStagedOnce(world, ['PO-1', 'PO-2', 'PO-3'])
    })

    it('the same document twice in a page, changed between, is one target with the later values', () => {
        const world = new StagingWorld()
        const twice = [orderRow('PO-1'), orderRow('PO-1', { GrossAmount: 2000 })]
        expect(world.runPage('purchase_order', twice)).toMatchObject({ inserted: 1, updated: 1 })
        expectEachStagedOnce(world, ['PO-1'])
        expect(world.targets('purchase_order')[0].total_cost).toBe('2000')
        expect(world.runPage('purchase_order', [twice[1]])).toMatchObject({ updated: 0, duplicates: 1 })
    })
})
