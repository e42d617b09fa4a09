import { AUDIT, STAGING_KEY, FLAG } from '../../../src/tables'
import type { IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import { StagingWorld, invoiceRow, orderRow } from './staging-world'

describe('dedup across runs', () => {
    it('stages once over three runs, updates a modified PO and audits the update', () => {
        const world = new StagingWorld()
        const page = [orderRow('PO-1'), orderRow('PO-2')]
        expect(world.runPage('purchase_order', page)).toMatchObject({ inserted: 2, updated: 0, duplicates: 0 })
        expect(world.runPage('purchase_order', page)).toMatchObject({ inserted: 0, updated: 0, duplicates: 2 })

        const changed = [orderRow('PO-1', { GrossAmount: 1500, NetAmount: 1250, Objstate: 'Confirmed' }), page[1]]
        expect(world.runPage('purchase_order', changed)).toMatchObject({ inserted: 0, updated: 1, duplicates: 1 })
        const po1 = world.targets('purchase_order').find((t) => t.po_number === 'PO-1')!
        expect(po1).toMatchObject({ total_cost: '1500', net_amount: '1250', source_state: 'Confirmed' })
        expect(world.targets('purchase_order')).toHaveLength(2)
        const updates = world.audits('stage_update')
        expect(updates).toHaveLength(1)
        expect(updates[0].target_sys_id).toBe(po1.sys_id)

        // Fourth run with the changed data: nothing left to do.
        expect(world.runPage('purchase_order', changed)).toMatchObject({ inserted: 0, updated: 0, duplicates: 2 })
    })

    it('flags changed_after_posting instead of updating a record past its changeable states', () => {
        const world = new StagingWorld()
        world.runPage('supplier_invoice', [invoiceRow(1)])
        const target = world.targets('supplier_invoice')[0]
        world.store.update('sn_apo_invoice', target.sys_id, { state: 'posted' })

        const out = world.runPage('supplier_invoice', [invoiceRow(1, { GrossCurrAmount: 130, VatCurrAmount: 30 })])
        expect(out).toMatchObject({ updated: 0, flagged: 1 })
        expect(world.store.get('sn_apo_invoice', target.sys_id)!.gross_amount).toBe('125')
        const flag = world.flags('open')[0]
        expect(flag.reason).toBe('changed_after_posting')
        expect(flag.message).toContain('"posted"')

        // A PO past its changeable states locks the same way (brief preset: proc_po.status).
        world.runPage('purchase_order', [orderRow('PO-9')])
        const po = world.targets('purchase_order')[0]
        world.store.update('proc_po', po.sys_id, { status: 'received' })
        expect(world.runPage('purchase_order', [orderRow('PO-9', { GrossAmount: 1 })]).flagged).toBe(1)
        world.store.update('proc_po', po.sys_id, { status: 'ordered' })
        expect(world.runPage('purchase_order', [orderRow('PO-9', { GrossAmount: 1 })]).updated).toBe(1)
        expect(world.store.get('proc_po', po.sys_id)!.total_cost).toBe('1')
    })

    it('normalises the creation date only: the same UTC date is the same document', () => {
        const world = new StagingWorld()
        world.runPage('supplier_invoice', [invoiceRow(1)])
        // 09:00+01:00 and 08:00Z are the same instant.
        const again = invoiceRow(1, { CreationDate: '2026-01-10T08:00:00Z' })
        expect(world.runPage('supplier_invoice', [again])).toMatchObject({ inserted: 0, duplicates: 1 })
    })

    it('stages key twins as the documents they are: numbers differing in case or trailing spaces', () => {
        const world = new StagingWorld()
        const twins = [orderRow('PO-1'), orderRow('po-1'), orderRow('PO-1 ')]
        expect(world.runPage('purchase_order', twins)).toMatchObject({ inserted: 3, duplicates: 0 })
        expect(
            world
                .targets('purchase_order')
                .map((t) => t.po_number)
                .sort()
        ).toEqual(['PO-1', 'PO-1 ', 'po-1'])
        expect(world.runPage('purchase_order', twins)).toMatchObject({ inserted: 0, duplicates: 3 })
    })
})

/** Every row of this page ends up staged exactly once or flagged exactly once, whatever happened before. */
function expectConsistent(world: StagingWorld, rows: readonly IfsRow[], goodNumbers: string[], badNumbers: string[]) {
    const targets = world.targets('purchase_order')
    expect(targets.map((t) => t.po_number).sort()).toEqual([...goodNumbers].sort())
    const keys = world.keys()
    expect(keys.every((k) => k.state === 'staged')).toBe(true)
    expect(keys).toHaveLength(goodNumbers.length)
    for (const k of keys)
        expect(targets.some((t) => t.sys_id === k.target_sys_id && t.external_reference === k.key)).toBe(true)
    const open = world.flags('open')
    expect(open.map((f) => f.document_number).sort()).toEqual([...badNumbers].sort())
    void rows
}

/**
 * What a run of an earlier version (key `pending` → target → key `staged`, one document at a time)
 * left when it died after the pending key of PO-1, and after its target record when `withTarget`.
 */
function leftByEarlierVersion(options: { withTarget: boolean }): StagingWorld {
    const clean = new StagingWorld()
    clean.runPage('purchase_order', [orderRow('PO-1')])
    const { sys_id: keyId, target_sys_id: targetId, ...key } = clean.keys()[0]
    const world = new StagingWorld()
    world.store.seed(STAGING_KEY.name, { ...key, state: 'pending' })
    if (options.withTarget) world.store.seed('proc_po', clean.targets('purchase_order')[0])
    void keyId
    void targetId
    return world
}

describe('crash safety: a crash at every write is repaired by the next run, never doubled', () => {
    const page = [orderRow('PO-1'), orderRow('PO-2', { CodeB: '4711' }), orderRow('PO-3')]
    const changedPage = [orderRow('PO-1', { GrossAmount: 2000 }), orderRow('PO-2'), orderRow('PO-3')]

    /** Number of store writes a clean run of `pages` makes, run by run. */
    function writesOf(pages: IfsRow[][]): number[] {
        const world = new StagingWorld()
        return pages.map((p) => {
            const before = world.store.writes.length
            world.runPage('purchase_order', p)
            // Audit rows are flushed by the engine after the page, outside acceptPage.
            return world.store.writes.slice(before).filter((w) => w.table !== AUDIT.name).length
        })
    }

    const scenarios: { name: string; pages: IfsRow[][] }[] = [
        { name: 'first staging', pages: [page] },
        { name: 'update, flag resolution and late staging', pages: [page, changedPage] },
    ]

    // The write count is taken inside the test, not while jest collects tests.
    it.each(scenarios)('$name: crash before each write of the last run', (scenario) => {
        {
            const counts = writesOf(scenario.pages)
            const last = scenario.pages.length - 1
            const crashPoints = Array.from({ length: counts[last] }, (_, i) => i + 1)
            expect(crashPoints.length).toBeGreaterThan(4)
            for (const crashAt of crashPoints) {
                const world = new StagingWorld()
                for (let i = 0; i < last; i++) world.runPage('purchase_order', scenario.pages[i])
                let n = 0
                const seen: string[] = []
                world.store.beforeWrite = (op, table) => {
                    seen.push(`${op} ${table}`)
                    if (++n === crashAt) throw new Error(`crash at write ${crashAt}`)
                }
                expect(() => world.runPage('purchase_order', scenario.pages[last])).toThrow(`crash at write ${crashAt}`)
                world.store.beforeWrite = null
                // The engine did not commit the cursor: the same page comes again.
                const repair = world.runPage('purchase_order', scenario.pages[last])
                expect(repair.errors).toBe(0)
                if (last === 0) expectConsistent(world, page, ['PO-1', 'PO-3'], ['PO-2'])
                else {
                    expectConsistent(world, changedPage, ['PO-1', 'PO-2', 'PO-3'], [])
                    expect(world.targets('purchase_order').find((t) => t.po_number === 'PO-1')!.total_cost).toBe('2000')
                    expect(world.flags('resolved')).toHaveLength(1)
                }
                // And a third run finds nothing to do.
                const third = world.runPage('purchase_order', scenario.pages[last])
                expect(third).toMatchObject({ inserted: 0, updated: 0, errors: 0 })
                expect(seen.length).toBe(crashAt)
            }
        }
    })

    it('reconciles a pending key left between the target insert and the staged mark by external reference', () => {
        const world = leftByEarlierVersion({ withTarget: true })
        expect(world.keys()[0].state).toBe('pending')
        expect(world.targets('purchase_order')).toHaveLength(1)

        world.store.queries.length = 0
        const out = world.runPage('purchase_order', [orderRow('PO-1')])
        expect(out).toMatchObject({ inserted: 1, duplicates: 0 })
        expect(world.targets('purchase_order')).toHaveLength(1)
        expect(world.keys()[0]).toMatchObject({
            state: 'staged',
            target_sys_id: world.targets('purchase_order')[0].sys_id,
        })
        const targetQueries = world.store.queries.filter((q) => q.table === 'proc_po')
        expect(targetQueries).toHaveLength(1)
        expect(targetQueries[0].query.where).toEqual([
            { field: 'external_reference', op: 'IN', value: [world.keys()[0].key] },
        ])
    })

    it('inserts the target of a pending key whose target was never written', () => {
        const world = leftByEarlierVersion({ withTarget: false })
        expect(world.keys()[0].state).toBe('pending')
        expect(world.runPage('purchase_order', [orderRow('PO-1')])).toMatchObject({ inserted: 1 })
        expect(world.targets('purchase_order')).toHaveLength(1)
    })

    it('flags target_rejected when the target table refuses a record, and counts a ledger conflict as an error', () => {
        const world = new StagingWorld()
        const { StoreError } = jest.requireActual('../../../src/server/ports/store')
        world.store.beforeWrite = (op, table, values) => {
            if (op === 'insert' && table === 'proc_po' && values.po_number === 'PO-2')
                throw new StoreError('Data policy: supplier required', 'rejected')
        }
        const out = world.runPage('purchase_order', [orderRow('PO-1'), orderRow('PO-2')])
        expect(out).toMatchObject({ inserted: 1, flagged: 1, errors: 0 })
        expect(world.flags()[0]).toMatchObject({ reason: 'target_rejected', document_number: 'PO-2' })
        expect(world.flags()[0].message).toContain('Data policy: supplier required')

        world.store.beforeWrite = (op, table) => {
            if (op === 'insert' && table === STAGING_KEY.name) throw new StoreError('unique index', 'duplicate_key')
        }
        expect(world.runPage('purchase_order', [orderRow('PO-3')])).toMatchObject({ inserted: 0, errors: 1 })
        world.store.beforeWrite = null
        expect(world.store.all(FLAG.name)).toHaveLength(1)
    })
})
