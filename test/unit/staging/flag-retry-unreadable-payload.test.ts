import { FLAG } from '../../../src/tables'
import { StagingWorld, invoiceRow, INVOICE_PATH } from './staging-world'

/**
 * The job's automatic retry judges a flag by the IFS row it stored. A payload that is no row (empty,
 * not JSON, a JSON number, string, null or array) cannot be judged here: only IFS can tell, so the
 * flag is re-read like one an AP user marked for retry.
 */
describe('retryOpenFlags with skipStillFailing and a stored payload that is no row', () => {
    it.each([
        ['empty', ''],
        ['not JSON', '{"InvoiceId": 1'],
        ['a JSON number', '5'],
        ['a JSON string', '"row"'],
        ['JSON null', 'null'],
        ['a JSON array', '[{"InvoiceId":1}]'],
    ])('re-reads a flag whose payload is %s', (_, payload) => {
        const world = new StagingWorld()
        const rows = [invoiceRow(1, { CodeB: '4711' }), invoiceRow(2, { CodeB: '4711' })]
        world.ifs.set(INVOICE_PATH, rows)
        expect(world.runPage('supplier_invoice', rows).flagged).toBe(2)
        const inv1 = world.flags('open').find((f) => f.document_number === 'INV-1')!
        world.store.update(FLAG.name, inv1.sys_id, { payload })
        world.ifs.calls.length = 0

        const outcome = world.stager().stager.retryOpenFlags('supplier_invoice', undefined, { skipStillFailing: true })
        // INV-2's stored row still fails against the master data: not read. INV-1 is read, still bad.
        expect(outcome).toEqual({ retried: 1, resolved: 0, stillFlagged: 1 })
        const reads = world.ifs.callsTo(INVOICE_PATH)
        expect(reads).toHaveLength(1)
        expect(JSON.stringify(reads[0].query.filter)).toContain('"value":1')
        expect(JSON.stringify(reads[0].query.filter)).not.toContain('"value":2')
    })
})
