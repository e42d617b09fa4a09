import { FLAG } from '../../../src/tables'
import { StagingWorld, pageCounts, invoiceRow, ccPath, INVOICE_PATH } from './staging-world'

const retryDue = (world: StagingWorld) =>
    world.stager().stager.retryOpenFlags('supplier_invoice', undefined, { skipStillFailing: true })

/** One flagged invoice (cost center 4711 unknown), then the cost center added in IFS: its stored row passes now. */
function flaggedThenFixedMasterData(): StagingWorld {
    const world = new StagingWorld()
    const rows = [invoiceRow(1, { CodeB: '4711' })]
    world.ifs.set(INVOICE_PATH, rows)
    expect(world.runPage('supplier_invoice', rows).flagged).toBe(1)
    world.ifs.set(ccPath('10'), [{ CodeValue: '100' }, { CodeValue: '4711', Description: 'New' }])
    world.ifs.calls.length = 0
    return world
}

describe('retryOpenFlags', () => {
    it('does nothing for an empty choice of flags: no flag query, no IFS read', () => {
        const world = flaggedThenFixedMasterData()
        const flagQueries = () => world.store.queries.filter((q) => q.table === FLAG.name).length
        const before = flagQueries()
        expect(world.stager().stager.retryOpenFlags('supplier_invoice', [])).toEqual({
            retried: 0,
            resolved: 0,
            stillFlagged: 0,
        })
        expect(flagQueries()).toBe(before)
        expect(world.ifs.calls).toHaveLength(0)
    })

    it('does nothing for an object type the connection does not sync', () => {
        const world = flaggedThenFixedMasterData()
        world.connection = {
            ...world.connection,
            partitions: world.connection.partitions.filter((p) => p.objectType !== 'supplier_invoice'),
        }
        expect(world.stager().stager.retryOpenFlags('supplier_invoice')).toEqual({
            retried: 0,
            resolved: 0,
            stillFlagged: 0,
        })
        expect(world.ifs.calls).toHaveLength(0)
        expect(world.flags('open')).toHaveLength(1)
    })

    it('re-reads a flag whose stored row passes now, for a connection that names no companies', () => {
        const world = flaggedThenFixedMasterData()
        world.connection = { ...world.connection, companies: [] }
        expect(retryDue(world)).toEqual({ retried: 1, resolved: 1, stillFlagged: 0 })
        expect(world.flags('resolved')).toHaveLength(1)
    })

    it('never judges a flag of a company the connection no longer names as passing', () => {
        const world = flaggedThenFixedMasterData()
        world.ifs.set(ccPath('20'), [])
        world.connection = { ...world.connection, companies: ['20'] }
        expect(retryDue(world)).toEqual({ retried: 0, resolved: 0, stillFlagged: 0 })
        expect(world.ifs.callsTo(INVOICE_PATH)).toHaveLength(0)
        expect(world.ifs.callsTo(ccPath('10'))).toHaveLength(0)
    })
})

describe('a page for a target table the instance does not have', () => {
    it('counts every row as an error, audits once with table and row count, and stages nothing', () => {
        const world = new StagingWorld()
        world.tables['sn_apo_invoice'] = null
        expect(world.runPage('supplier_invoice', [invoiceRow(1), invoiceRow(2)])).toEqual(pageCounts({ errors: 2 }))
        expect(world.audits('error')).toEqual([
            expect.objectContaining({
                object_type: 'supplier_invoice',
                target_table: 'sn_apo_invoice',
                rows: '2',
                message:
                    "Target table sn_apo_invoice does not exist on this instance; nothing was staged. Check the connection's target table.",
            }),
        ])
        expect(world.flags()).toHaveLength(0)
    })
})
