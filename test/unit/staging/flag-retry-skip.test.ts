import { markFlagsForRetry } from '../../../src/server/core/staging/flag-actions'
import { FLAG } from '../../../src/tables'
import { StagingWorld, invoiceRow, orderRow, ccPath, INVOICE_PATH, ORDER_PATH, SUPPLIER_PATH } from './staging-world'

/** The job's automatic retry (skipStillFailing): only flags that may pass now cost an IFS read. */
describe('retryOpenFlags with skipStillFailing', () => {
    function flaggedWorld() {
        const world = new StagingWorld()
        const rows = [invoiceRow(1, { CodeB: '4711' }), invoiceRow(2, { CodeB: '4711' }), invoiceRow(3, { CodeA: 'X' })]
        world.ifs.set(INVOICE_PATH, rows)
        expect(world.runPage('supplier_invoice', rows).flagged).toBe(3)
        world.ifs.calls.length = 0
        return world
    }
    const flagWrites = (world: StagingWorld) => world.store.writes.filter((w) => w.table === FLAG.name).length

    it('reads no flagged document and writes nothing when every stored row still fails', () => {
        const world = flaggedWorld()
        const writesBefore = flagWrites(world)
        const outcome = world.stager().stager.retryOpenFlags('supplier_invoice', undefined, { skipStillFailing: true })
        expect(outcome).toEqual({ retried: 0, resolved: 0, stillFlagged: 0 })
        expect(world.ifs.callsTo(INVOICE_PATH)).toHaveLength(0)
        expect(flagWrites(world)).toBe(writesBefore)
        expect(world.flags('open').map((f) => f.attempts)).toEqual(['1', '1', '1'])
    })

    it('re-reads only the documents whose stored row passes the master data as it is now', () => {
        const world = flaggedWorld()
        world.ifs.set(ccPath('10'), [{ CodeValue: '100' }, { CodeValue: '4711', Description: 'New' }])
        const outcome = world.stager().stager.retryOpenFlags('supplier_invoice', undefined, { skipStillFailing: true })
        expect(outcome).toEqual({ retried: 2, resolved: 2, stillFlagged: 0 })
        const reads = world.ifs.callsTo(INVOICE_PATH)
        expect(reads).toHaveLength(1)
        expect(JSON.stringify(reads[0].query.filter)).not.toContain('"value":3')
        expect(world.flags('open')).toHaveLength(1)
        expect(world.flags('open')[0]).toMatchObject({ document_number: 'INV-3', attempts: '1' })
    })

    it('re-reads a flag an AP user marked for retry even though its stored row still fails', () => {
        const world = flaggedWorld()
        const inv3 = world.flags('open').find((f) => f.document_number === 'INV-3')!
        markFlagsForRetry(world.store, [inv3.sys_id])
        const outcome = world.stager().stager.retryOpenFlags('supplier_invoice', undefined, { skipStillFailing: true })
        expect(outcome).toEqual({ retried: 1, resolved: 0, stillFlagged: 1 })
        expect(world.ifs.callsTo(INVOICE_PATH)).toHaveLength(1)
        expect(world.store.get(FLAG.name, inv3.sys_id)).toMatchObject({ attempts: '2' })
    })

    it('re-reads a flag whose stored row was cut short, since only IFS can tell', () => {
        const world = flaggedWorld()
        const inv1 = world.flags('open').find((f) => f.document_number === 'INV-1')!
        world.store.update(FLAG.name, inv1.sys_id, { payload: JSON.stringify({ truncated: true, start: '{"Comp' }) })
        const outcome = world.stager().stager.retryOpenFlags('supplier_invoice', undefined, { skipStillFailing: true })
        expect(outcome.retried).toBe(1)
        expect(world.ifs.callsTo(INVOICE_PATH)).toHaveLength(1)
    })

    it('looks the suppliers of every object type up once per run, not once per object type', () => {
        const world = new StagingWorld()
        world.runPage('supplier_invoice', [invoiceRow(1, { Identity: 'NOPE1' })])
        world.runPage('purchase_order', [orderRow('PO-1', { VendorNo: 'NOPE2' })])
        expect(world.flags('open')).toHaveLength(2)
        world.ifs.calls.length = 0
        const { stager } = world.stager()
        stager.retryOpenFlags('supplier_invoice', undefined, { skipStillFailing: true })
        stager.retryOpenFlags('purchase_order', undefined, { skipStillFailing: true })
        expect(world.ifs.callsTo(SUPPLIER_PATH)).toHaveLength(1)
        expect(world.ifs.callsTo(INVOICE_PATH)).toHaveLength(0)
        expect(world.ifs.callsTo(ORDER_PATH)).toHaveLength(0)
    })
})
