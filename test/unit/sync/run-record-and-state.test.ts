import { RunRecord } from '../../../src/server/core/sync/run-record'
import {
    ceilToSecond,
    PartitionState,
    partitionSummaries,
    resetPartitions,
} from '../../../src/server/core/sync/sync-state'
import { zeroCounts } from '../../../src/server/core/sync/run-counts'
import { CONNECTION, RUN, SYNC_STATE } from '../../../src/tables'
import { FakeClock } from '../../fakes/fake-clock'
import { MemoryStore } from '../../fakes/memory-store'
import { rowsAlike } from '../../support/maps-each'

// Column lengths written out (run message and last_error 4000, cursor 1000, defer reason 255): the
// clipping must fit the columns as the instance defines them, not whatever the constants say.
function world() {
    const clock = new FakeClock() // 2026-01-15 08:00:00
    const store = new MemoryStore({ nowMs: () => clock.nowMs() })
    const connection = store.insert(CONNECTION.name, { name: 'Acme' })
    return { clock, store, connection }
}

const summary = (over: Partial<Parameters<RunRecord['finish']>[0]> = {}): Parameters<RunRecord['finish']>[0] => ({
    status: 'succeeded',
    counts: { ...zeroCounts(), read: 5, inserted: 3, updated: 1, duplicates: 1, flagged: 2, resolved: 1, errors: 0 },
    ifsRequests: 7,
    throttles: 1,
    cursorBefore: 'a',
    cursorAfter: 'b',
    deferredUntilMs: null,
    message: 'done',
    ...over,
})

describe('RunRecord', () => {
    it('takes consecutive numbers from the platform numbering (IFSRUN0001000, IFSRUN0001001) and starts running at the clock', () => {
        const w = world()
        const first = RunRecord.start(w.store, w.clock, w.connection, 'manual')
        const second = RunRecord.start(w.store, w.clock, w.connection, 'schedule')
        expect(w.store.get(RUN.name, first.sysId)).toMatchObject({
            number: 'IFSRUN0001000',
            trigger: 'manual',
            status: 'running',
            started_at: '2026-01-15 08:00:00',
            connection: w.connection,
        })
        expect(w.store.get(RUN.name, second.sysId)!.number).toBe('IFSRUN0001001')
    })

    it('finishes with its counts, duration and the connection status; success clears last_error', () => {
        const w = world()
        const run = RunRecord.start(w.store, w.clock, w.connection, 'manual')
        w.clock.advance(2500)
        expect(run.elapsedMs).toBe(2500)
        run.finish(summary())
        expect(w.store.get(RUN.name, run.sysId)).toMatchObject({
            status: 'succeeded',
            ended_at: '2026-01-15 08:00:02',
            duration_ms: '2500',
            read_count: '5',
            inserted_count: '3',
            updated_count: '1',
            duplicate_count: '1',
            flagged_count: '2',
            resolved_count: '1',
            error_count: '0',
            ifs_requests: '7',
            throttles: '1',
            cursor_before: 'a',
            cursor_after: 'b',
            deferred_until: null,
            message: 'done',
        })
        expect(w.store.get(CONNECTION.name, w.connection)).toMatchObject({
            last_run: run.sysId,
            last_run_at: '2026-01-15 08:00:00',
            last_outcome: 'succeeded',
            last_error: null,
            next_run_at: null,
        })
    })

    it.each(['failed', 'partial'] as const)('a %s run keeps its message as the connection last_error', (status) => {
        const w = world()
        const run = RunRecord.start(w.store, w.clock, w.connection, 'manual')
        run.finish(summary({ status, message: 'IFS answered HTTP 404', deferredUntilMs: Date.UTC(2026, 0, 15, 9) }))
        expect(w.store.get(CONNECTION.name, w.connection)).toMatchObject({
            last_outcome: status,
            last_error: 'IFS answered HTTP 404',
            next_run_at: '2026-01-15 09:00:00',
        })
        expect(w.store.get(RUN.name, run.sysId)!.deferred_until).toBe('2026-01-15 09:00:00')
    })

    it('a deferred run does not set last_error', () => {
        const w = world()
        const run = RunRecord.start(w.store, w.clock, w.connection, 'manual')
        run.finish(summary({ status: 'deferred', message: 'throttled' }))
        expect(w.store.get(CONNECTION.name, w.connection)!.last_error).toBeNull()
    })

    it('clips message and cursors to their columns: at the length kept, one more cut with an ellipsis', () => {
        const w = world()
        const run = RunRecord.start(w.store, w.clock, w.connection, 'manual')
        run.finish(
            summary({
                status: 'failed',
                message: 'm'.repeat(4001),
                cursorBefore: 'c'.repeat(1000),
                cursorAfter: 'd'.repeat(1001),
            })
        )
        const row = w.store.get(RUN.name, run.sysId)!
        expect(row.message).toBe('m'.repeat(3999) + '…')
        expect(row.cursor_before).toBe('c'.repeat(1000))
        expect(row.cursor_after).toBe('d'.repeat(999) + '…')
        expect(w.store.get(CONNECTION.name, w.connection)!.last_error).toBe('m'.repeat(3999) + '…')
    })

    it('failBeforeWork ends a run failed, with zero counts and empty cursors', () => {
        const w = world()
        const run = RunRecord.start(w.store, w.clock, w.connection, 'manual')
        run.failBeforeWork('Tenant URL must use https')
        expect(w.store.get(RUN.name, run.sysId)).toMatchObject({
            status: 'failed',
            read_count: '0',
            ifs_requests: '0',
            throttles: '0',
            // Empty text reads back as null, as on the instance.
            cursor_before: null,
            cursor_after: null,
            deferred_until: null,
            message: 'Tenant URL must use https',
        })
    })
})

describe('PartitionState', () => {
    it('creates the row on first use and finds it afterwards', () => {
        const w = world()
        const a = PartitionState.load(w.store, w.connection, 'purchase_order')
        const b = PartitionState.load(w.store, w.connection, 'purchase_order')
        const c = PartitionState.load(w.store, w.connection, 'supplier_invoice')
        expect(b.sysId).toBe(a.sysId)
        expect(c.sysId).not.toBe(a.sysId)
        expect(w.store.get(SYNC_STATE.name, a.sysId)).toMatchObject({
            object_type: 'purchase_order',
            consecutive_failures: '0',
        })
        expect(a.cursor()).toBeNull()
    })

    it('round-trips a committed cursor', () => {
        const w = world()
        const s = PartitionState.load(w.store, w.connection, 'supplier_invoice')
        s.commitCursor({ modified: '20260115080000', keys: ['10', 5] })
        expect(PartitionState.load(w.store, w.connection, 'supplier_invoice').cursor()).toEqual({
            modified: '20260115080000',
            keys: ['10', 5],
        })
    })

    it.each([
        ['not json', 'cursor_key is not JSON; fix or clear both cursor fields'],
        ...rowsAlike('cursor_key must be a JSON array of key values', '{"a":1}', '[true]', '["10",null]', '[["10"]]'),
    ])('a damaged cursor_key %s is an error naming the row: %s', (key, problem) => {
        const w = world()
        const s = PartitionState.load(w.store, w.connection, 'purchase_order')
        w.store.update(SYNC_STATE.name, s.sysId, { cursor_modified: '20260115080000', cursor_key: key })
        const loaded = PartitionState.load(w.store, w.connection, 'purchase_order')
        expect(() => loaded.cursor()).toThrow(`sync_state ${s.sysId}: ${problem}`)
    })

    it('defers to the next whole second with the reason clipped to 255 characters', () => {
        const w = world()
        const s = PartitionState.load(w.store, w.connection, 'purchase_order')
        s.defer(Date.UTC(2026, 0, 15, 8, 0, 0, 1), 'r'.repeat(256))
        expect(s.deferredUntilMs()).toBe(Date.UTC(2026, 0, 15, 8, 0, 1))
        expect(s.deferReason()).toBe('r'.repeat(254) + '…')
        s.defer(Date.UTC(2026, 0, 15, 8, 0, 5), 'q'.repeat(255))
        expect(s.deferredUntilMs()).toBe(Date.UTC(2026, 0, 15, 8, 0, 5))
        expect(s.deferReason()).toBe('q'.repeat(255))
        expect(ceilToSecond(1000)).toBe(1000)
        expect(ceilToSecond(1001)).toBe(2000)
    })

    it('counts consecutive failures, clears them on progress or success, and keeps the last error clipped', () => {
        const w = world()
        const s = PartitionState.load(w.store, w.connection, 'purchase_order')
        const row = () => w.store.get(SYNC_STATE.name, s.sysId)!
        s.defer(Date.UTC(2026, 0, 15, 9), 'throttled')
        s.failed('e'.repeat(4001))
        expect(row()).toMatchObject({ consecutive_failures: '1', deferred_until: null, defer_reason: null })
        expect(row().last_error).toBe('e'.repeat(3999) + '…')
        s.failed('again')
        expect(row()).toMatchObject({ consecutive_failures: '2', last_error: 'again' })
        s.defer(Date.UTC(2026, 0, 15, 9), 'throttled')
        s.progressed()
        expect(row()).toMatchObject({ consecutive_failures: '0', last_error: null, defer_reason: 'throttled' })
        s.failed('once more')
        s.succeeded(Date.UTC(2026, 0, 15, 10))
        expect(row()).toMatchObject({
            consecutive_failures: '0',
            last_error: null,
            deferred_until: null,
            defer_reason: null,
            last_success_at: '2026-01-15 10:00:00',
        })
    })

    it('a row whose failure count was never written starts counting at 1', () => {
        const w = world()
        const s = PartitionState.load(w.store, w.connection, 'purchase_order')
        w.store.update(SYNC_STATE.name, s.sysId, { consecutive_failures: null })
        const loaded = PartitionState.load(w.store, w.connection, 'purchase_order')
        loaded.failed('x')
        expect(w.store.get(SYNC_STATE.name, s.sysId)!.consecutive_failures).toBe('1')
    })
})

describe("a connection's partitions, for display and reset", () => {
    function twoPartitions() {
        const w = world()
        const po = PartitionState.load(w.store, w.connection, 'purchase_order')
        po.commitCursor({ modified: '20260115080000', keys: ['PO7'] })
        po.defer(Date.UTC(2026, 0, 15, 9), 'throttled')
        const si = PartitionState.load(w.store, w.connection, 'supplier_invoice')
        w.store.update(SYNC_STATE.name, si.sysId, { cursor_modified: '20260115070000', cursor_key: 'not json' })
        si.failed('boom')
        const other = w.store.insert(CONNECTION.name, { name: 'Other' })
        PartitionState.load(w.store, other, 'purchase_order').commitCursor({ modified: '1', keys: ['X'] })
        return { ...w, po, si, other }
    }

    it('summarises each partition as stored, a damaged cursor included', () => {
        const w = twoPartitions()
        expect(partitionSummaries(w.store, w.connection)).toEqual([
            {
                objectType: 'purchase_order',
                cursor: { modified: '20260115080000', key: '["PO7"]' },
                deferredUntil: '2026-01-15 09:00:00',
                deferReason: 'throttled',
                lastError: null,
            },
            {
                objectType: 'supplier_invoice',
                cursor: { modified: '20260115070000', key: 'not json' },
                deferredUntil: null,
                deferReason: null,
                lastError: 'boom',
            },
        ])
    })

    it("reset clears cursor, deferral and setbacks of this connection's partitions only, and returns them as they were", () => {
        const w = twoPartitions()
        const before = partitionSummaries(w.store, w.connection)
        expect(resetPartitions(w.store, w.connection)).toEqual(before)
        for (const sysId of [w.po.sysId, w.si.sysId]) {
            expect(w.store.get(SYNC_STATE.name, sysId)).toMatchObject({
                cursor_modified: null,
                cursor_key: null,
                deferred_until: null,
                defer_reason: null,
                consecutive_failures: '0',
            })
        }
        expect(PartitionState.load(w.store, w.connection, 'purchase_order').cursor()).toBeNull()
        expect(PartitionState.load(w.store, w.other, 'purchase_order').cursor()).toEqual({ modified: '1', keys: ['X'] })
    })
})
