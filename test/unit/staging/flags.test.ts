import type { StoredRecord } from '../../../src/server/ports/store'
import { renderFilter } from '../../../src/server/core/odata/render-query'
import { ignoreFlags, markFlagsForRetry } from '../../../src/server/core/staging/flag-actions'
import { AuditTrail } from '../../../src/server/core/audit/audit-trail'
import type { FilterExpr } from '../../../src/server/core/odata/query'
import { FLAG } from '../../../src/tables'
import { StagingWorld, invoiceRow, orderRow, ccPath, INVOICE_PATH, ORDER_PATH, CONNECTION_ID } from './staging-world'

/** One field of each record, sorted: the order records come back in says nothing. */
function sortedValues(records: readonly StoredRecord[], field: string): (string | null)[] {
    return records.map((r) => r[field]).sort()
}

describe('flags get a second chance', () => {
    it('retryOpenFlags re-reads flagged documents in one batched request and resolves those that now pass', () => {
        const world = new StagingWorld()
        const rows = [invoiceRow(1, { CodeB: '4711' }), invoiceRow(2, { CodeB: '4711' }), invoiceRow(3, { CodeA: 'X' })]
        world.ifs.set(INVOICE_PATH, rows)
        expect(world.runPage('supplier_invoice', rows).flagged).toBe(3)

        // Master data fixed in IFS: cost center 4711 now exists.
        world.ifs.set(ccPath('10'), [{ CodeValue: '100' }, { CodeValue: '4711', Description: 'New' }])
        const { stager, audit } = world.stager()
        world.ifs.calls.length = 0
        const outcome = stager.retryOpenFlags('supplier_invoice')
        audit.flush()
        expect(outcome).toEqual({ retried: 3, resolved: 2, stillFlagged: 1 })

        const reads = world.ifs.callsTo(INVOICE_PATH)
        expect(reads).toHaveLength(1)
        expect(renderFilter(reads[0].query.filter as FilterExpr)).toBe("Company eq '10' and InvoiceId in (1,2,3)")
        expect(sortedValues(world.targets('supplier_invoice'), 'invoice_number')).toEqual(['INV-1', 'INV-2'])
        expect(sortedValues(world.flags('resolved'), 'document_number')).toEqual(['INV-1', 'INV-2'])
        const still = world.flags('open')
        expect(still).toHaveLength(1)
        expect(still[0]).toMatchObject({ document_number: 'INV-3', attempts: '2', reason: 'unknown_gl_account' })
        expect(world.audits('flag_resolved')).toHaveLength(2)
        expect(world.flags()).toHaveLength(3)
    })

    it('re-reads single-key documents with an `in` filter, in batches of 50, and only the chosen flags', () => {
        const world = new StagingWorld()
        const rows = Array.from({ length: 120 }, (_, i) => orderRow(`PO-${i}`, { CodeA: 'BAD' }))
        world.ifs.set(ORDER_PATH, rows)
        world.runPage('purchase_order', rows)
        world.ifs.calls.length = 0
        expect(world.stager().stager.retryOpenFlags('purchase_order').retried).toBe(120)
        const reads = world.ifs.callsTo(ORDER_PATH)
        expect(reads.map((r) => (r.query.filter as unknown as { values: unknown[] }).values.length)).toEqual([
            50, 50, 20,
        ])
        expect(reads[0].query.filter).toMatchObject({ op: 'in', field: 'OrderNo' })

        const chosen = world
            .flags()
            .slice(0, 2)
            .map((f) => f.sys_id)
        world.ifs.calls.length = 0
        expect(world.stager().stager.retryOpenFlags('purchase_order', chosen)).toEqual({
            retried: 2,
            resolved: 0,
            stillFlagged: 2,
        })
        expect(
            world
                .flags()
                .filter((f) => f.attempts === '3')
                .map((f) => f.sys_id)
        ).toEqual(chosen)
    })

    it('counts an attempt for a flagged document IFS no longer returns', () => {
        const world = new StagingWorld()
        world.runPage('purchase_order', [orderRow('PO-1', { CodeA: 'BAD' })])
        world.ifs.set(ORDER_PATH, [])
        markFlagsForRetry(world.store, [world.flags()[0].sys_id])
        expect(world.stager().stager.retryOpenFlags('purchase_order')).toEqual({
            retried: 1,
            resolved: 0,
            stillFlagged: 1,
        })
        expect(world.flags()[0]).toMatchObject({ state: 'open', attempts: '2' })
    })

    it('a document staged later by the normal flow resolves its open flag', () => {
        const world = new StagingWorld()
        world.runPage('purchase_order', [orderRow('PO-1', { GrossAmount: 'abc' })])
        expect(world.flags('open')).toHaveLength(1)
        const out = world.runPage('purchase_order', [orderRow('PO-1')])
        expect(out).toMatchObject({ inserted: 1, resolved: 1 })
        expect(world.flags('resolved')).toHaveLength(1)
        expect(world.flags()[0].resolution_note).toBe('Staged after the data in IFS was corrected.')
    })

    it('keeps one flag per document across runs, following its latest reason', () => {
        const world = new StagingWorld()
        world.runPage('purchase_order', [orderRow('PO-1', { CodeA: 'BAD' })])
        world.clock.advance(60_000)
        world.runPage('purchase_order', [orderRow('PO-1', { CodeB: 'BAD' })])
        const flags = world.flags()
        expect(flags).toMatchObject([
            {
                reason: 'unknown_cost_center',
                attempts: '2',
                first_flagged_at: '2026-01-15 08:00:00',
                last_attempt_at: '2026-01-15 08:01:00',
            },
        ])
    })

    it('ignoreFlags needs a reason, closes only active flags and audits each', () => {
        const world = new StagingWorld()
        world.runPage('purchase_order', [orderRow('PO-1', { CodeA: 'BAD' }), orderRow('PO-2', { CodeA: 'BAD' })])
        const audit = new AuditTrail(world.store, world.clock, world.redactor, {
            connectionSysId: CONNECTION_ID,
            runSysId: '',
        })
        const ids = world.flags().map((f) => f.sys_id)
        expect(ignoreFlags(world.store, audit, ids, '   ')).toEqual({
            kind: 'refused',
            message: 'Say why these flagged records are ignored.',
        })
        expect(world.flags('open')).toHaveLength(2)
        expect(ignoreFlags(world.store, audit, [ids[0]], 'Cancelled in IFS')).toEqual({ kind: 'done', changed: 1 })
        expect(ignoreFlags(world.store, audit, [ids[0]], 'again')).toEqual({ kind: 'done', changed: 0 })
        audit.flush()
        expect(world.store.get(FLAG.name, ids[0])).toMatchObject({
            state: 'ignored',
            resolution_note: 'Cancelled in IFS',
        })
        expect(world.audits('flag_ignored')).toHaveLength(1)
        // An ignored flag is not retried; a flag marked for retry is.
        expect(markFlagsForRetry(world.store, ids)).toEqual({ kind: 'done', changed: 1 })
        expect(world.store.get(FLAG.name, ids[1])!.state).toBe('retrying')
        world.ifs.set(ORDER_PATH, [orderRow('PO-1'), orderRow('PO-2')])
        expect(world.stager().stager.retryOpenFlags('purchase_order')).toEqual({
            retried: 1,
            resolved: 1,
            stillFlagged: 0,
        })
        expect(world.targets('purchase_order').map((t) => t.po_number)).toEqual(['PO-2'])
    })
})
