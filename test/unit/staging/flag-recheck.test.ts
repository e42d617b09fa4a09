import { FLAG } from '../../../src/tables'
import type { IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import {
    StagingWorld,
    invoiceRow,
    orderRow,
    INVOICE_PATH,
    ORDER_PATH,
    SUPPLIER_PATH,
    glPath,
    ccPath,
} from './staging-world'

const HOUR = 60 * 60 * 1000
const recheck = (world: StagingWorld, options = {}) => {
    const { stager, audit } = world.stager(options)
    const si = stager.retryOpenFlags('supplier_invoice', undefined, { skipStillFailing: true })
    const po = stager.retryOpenFlags('purchase_order', undefined, { skipStillFailing: true })
    audit.flush()
    return { si, po }
}

/**
 * Open flags whose stored row still fails are re-read from IFS once their last read is older
 * than the re-check interval: the stored row says nothing of a document fixed in IFS whose new
 * stamp the cursor missed (committed behind the lookback window).
 */
describe('the periodic re-check of open flags', () => {
    function flagged(rows: IfsRow[]) {
        const world = new StagingWorld()
        world.clock.set(Date.UTC(2026, 0, 10, 12, 0, 0))
        world.ifs.set(INVOICE_PATH, rows)
        expect(world.runPage('supplier_invoice', rows).flagged).toBe(rows.length)
        world.ifs.calls.length = 0
        return world
    }
    const fixInIfs = (world: StagingWorld, n: number, overrides: Record<string, unknown>) => {
        const rows = world.ifs.sets.get(INVOICE_PATH)!
        const i = rows.findIndex((r) => r.InvoiceId === n)
        // The fix carries an Objversion behind the cursor: no page read would ever pass it again.
        rows[i] = { ...rows[i], ...overrides, Objversion: '20260110115959' }
    }

    it('stages a document fixed in IFS whose new stamp fell behind the cursor, on the first re-check due', () => {
        const world = flagged([invoiceRow(1, { CodeB: '4711' }), invoiceRow(2, { CodeA: 'X' })])
        fixInIfs(world, 1, { CodeB: '100' })
        // Within the interval: nothing read, nothing written.
        world.clock.advance(HOUR - 1000)
        const flagWrites = () => world.store.writes.filter((w) => w.table === FLAG.name).length
        const writes = flagWrites()
        expect(recheck(world).si).toEqual({ retried: 0, resolved: 0, stillFlagged: 0 })
        expect(world.ifs.callsTo(INVOICE_PATH)).toHaveLength(0)
        expect(flagWrites()).toBe(writes)
        // Due: one batched request for both flags; the fixed one is staged, its flag resolved.
        world.clock.advance(1000)
        expect(recheck(world).si).toEqual({ retried: 2, resolved: 1, stillFlagged: 1 })
        expect(world.ifs.callsTo(INVOICE_PATH)).toHaveLength(1)
        expect(world.targets('supplier_invoice')).toHaveLength(1)
        expect(world.targets('supplier_invoice')[0]).toMatchObject({ invoice_number: 'INV-1', cost_center: '100' })
        expect(world.flags('resolved').map((f) => f.document_number)).toEqual(['INV-1'])
        expect(world.flags('open').map((f) => f.document_number)).toEqual(['INV-2'])
    })

    it('keeps a document still bad in IFS flagged, with the reason and payload IFS gives now', () => {
        const world = flagged([invoiceRow(1, { CodeB: '4711' }), invoiceRow(2, { CodeB: '4712' })])
        // INV-1 is changed in IFS, but to an unknown supplier; INV-2 is not changed at all.
        fixInIfs(world, 1, { CodeB: '100', Identity: 'NOPE' })
        world.clock.advance(2 * HOUR)
        expect(recheck(world).si).toEqual({ retried: 2, resolved: 0, stillFlagged: 2 })
        const byNumber = new Map(world.flags('open').map((f) => [f.document_number, f]))
        expect(byNumber.get('INV-1')).toMatchObject({ reason: 'unknown_supplier', attempts: '2' })
        expect(JSON.parse(byNumber.get('INV-1')!.payload!)).toMatchObject({ Identity: 'NOPE', CodeB: '100' })
        expect(byNumber.get('INV-2')).toMatchObject({ reason: 'unknown_cost_center', attempts: '2' })
        expect(byNumber.get('INV-2')!.last_attempt_at).toBe('2026-01-10 14:00:00')
        // Read just now: the next run within the hour asks IFS for neither.
        world.ifs.calls.length = 0
        world.clock.advance(HOUR / 2)
        expect(recheck(world).si.retried).toBe(0)
        expect(world.ifs.callsTo(INVOICE_PATH)).toHaveLength(0)
    })

    it('counts an attempt for a flagged document IFS no longer returns, and reads it again only an interval later', () => {
        const world = flagged([invoiceRow(1, { CodeB: '4711' }), invoiceRow(2, { CodeB: '4711' })])
        world.ifs.set(INVOICE_PATH, [world.ifs.sets.get(INVOICE_PATH)![1]])
        world.clock.advance(HOUR)
        expect(recheck(world).si).toEqual({ retried: 2, resolved: 0, stillFlagged: 2 })
        expect(world.flags('open').map((f) => f.attempts)).toEqual(['2', '2'])
        world.ifs.calls.length = 0
        world.clock.advance(HOUR - 1000)
        recheck(world)
        expect(world.ifs.callsTo(INVOICE_PATH)).toHaveLength(0)
    })

    it('re-reads at most the bound per run, oldest read first, in batched requests, and gets round to all', () => {
        const rows = Array.from({ length: 130 }, (_, i) => invoiceRow(i + 1, { CodeB: '4711' }))
        const world = flagged(rows)
        // INV-1..10 were read an hour later than the rest (a retry): they are the newest reads.
        world.clock.advance(HOUR)
        for (const f of world.flags('open').filter((f) => Number(f.document_number!.slice(4)) <= 10))
            world.store.update(FLAG.name, f.sys_id, { last_attempt_at: '2026-01-10 13:00:00' })
        world.clock.advance(HOUR)
        const perRun = { flagRecheckPerRun: 60 }
        expect(recheck(world, perRun).si.retried).toBe(60)
        const first = world.ifs.callsTo(INVOICE_PATH)
        // 60 keys in batches of at most 50: two requests, never one per flag.
        expect(first).toHaveLength(2)
        const askedFirst = JSON.stringify(first.map((c) => c.query.filter))
        expect(askedFirst).not.toContain('"value":"INV-5"')
        expect(world.flags('open').filter((f) => f.attempts === '2')).toHaveLength(60)

        world.ifs.calls.length = 0
        expect(recheck(world, perRun).si.retried).toBe(60)
        expect(world.ifs.callsTo(INVOICE_PATH)).toHaveLength(2)
        world.ifs.calls.length = 0
        // 10 left: INV-1..10, read last.
        expect(recheck(world, perRun).si.retried).toBe(10)
        expect(world.ifs.callsTo(INVOICE_PATH)).toHaveLength(1)
        expect(world.flags('open').every((f) => f.attempts === '2')).toBe(true)
        // Everything read within the hour: a further run reads none.
        world.ifs.calls.length = 0
        expect(recheck(world, perRun).si.retried).toBe(0)
        expect(world.ifs.calls.filter((c) => c.path === INVOICE_PATH)).toHaveLength(0)
    })

    it('honours a shorter interval and re-checks purchase orders the same way', () => {
        const world = new StagingWorld()
        world.clock.set(Date.UTC(2026, 0, 10, 12, 0, 0))
        const rows = [orderRow('PO-1', { CodeA: 'X' }), orderRow('PO-2', { CodeA: 'Y' })]
        world.ifs.set(ORDER_PATH, rows)
        expect(world.runPage('purchase_order', rows).flagged).toBe(2)
        world.ifs.set(ORDER_PATH, [{ ...rows[0], CodeA: '4000', Objversion: '20260110110000' }, rows[1]])
        world.ifs.calls.length = 0
        world.clock.advance(5 * 60 * 1000)
        expect(recheck(world, { flagRecheckIntervalMs: 10 * 60 * 1000 }).po.retried).toBe(0)
        world.clock.advance(5 * 60 * 1000)
        expect(recheck(world, { flagRecheckIntervalMs: 10 * 60 * 1000 }).po).toEqual({
            retried: 2,
            resolved: 1,
            stillFlagged: 1,
        })
        expect(world.ifs.callsTo(ORDER_PATH)).toHaveLength(1)
        expect(world.targets('purchase_order')).toHaveLength(1)
    })

    it('does not re-read flags of a company the connection no longer names', () => {
        const world = flagged([invoiceRow(1, { CodeB: '4711' })])
        world.ifs.set(glPath('20'), [])
        world.ifs.set(ccPath('20'), [])
        world.connection = { ...world.connection, companies: ['20'] }
        world.clock.advance(3 * HOUR)
        expect(recheck(world).si.retried).toBe(0)
        expect(world.ifs.callsTo(INVOICE_PATH)).toHaveLength(0)
    })

    it('a dry run re-reads due flags but writes nothing', () => {
        const world = flagged([invoiceRow(1, { CodeB: '4711' })])
        fixInIfs(world, 1, { CodeB: '100' })
        world.connection = { ...world.connection, dryRun: true }
        world.clock.advance(HOUR)
        const writes = world.store.writes.filter((w) => w.table !== 'x_mlc_ifs_s2p_audit').length
        expect(recheck(world).si.retried).toBe(1)
        expect(world.store.writes.filter((w) => w.table !== 'x_mlc_ifs_s2p_audit').length).toBe(writes)
        expect(world.flags('open')).toHaveLength(1)
        expect(world.ifs.callsTo(SUPPLIER_PATH).length).toBeLessThanOrEqual(1)
    })
})
