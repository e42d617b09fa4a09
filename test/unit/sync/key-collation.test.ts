import { placeOrders } from '../../fakes/preset-partition'
import { docKey } from '../../fakes/recording-stager'
import type { FakeRow } from '../../fakes/fake-ifs'
import { jobHarness, po, PO_SET, stamp } from './job-harness'
import { compareCursors, cursorDisagrees, orderDisagrees } from '../../../src/server/core/sync/cursor'

/**
 * Keys are compared exactly: `TW-1`, `tw-1` and `TW-1 ` are three documents. A server whose
 * collation ignores case and trailing spaces (SQL Server's default) sorts them as ties and its
 * `OrderNo gt 'tw-1'` leaves the others behind; the engine sees the order disagree with its own
 * and reads the stamp again in the server's order, losing no row.
 */
const withKey = (row: FakeRow, orderNo: string): FakeRow => ({ ...row, OrderNo: orderNo })

/** Twins at one stamp, set in the order a collating server may return its ties. */
function twinRows(): FakeRow[] {
    return [
        po(1, stamp(0)),
        withKey(po(2, stamp(1)), 'TW-1'),
        withKey(po(3, stamp(1)), 'tw-1'),
        withKey(po(4, stamp(1)), 'TW-1 '),
        withKey(po(5, stamp(1)), 'TW-2'),
        withKey(po(6, stamp(1)), 'tw-3'),
        withKey(po(7, stamp(1)), 'Tw-4'),
        po(8, stamp(2)),
        po(9, stamp(3)),
    ]
}

describe('key twins under a server collation', () => {
    it.each(['binary', 'case-insensitive'] as const)(
        'a %s server: every twin is handed to staging and staged once, and the run completes',
        (collation) => {
            const h = jobHarness({ sync_invoices: false, page_size: 4 })
            h.ifs.collation = collation
            const rows = twinRows()
            h.ifs.sets.set(PO_SET, rows)
            const report = h.run().connections[0]
            expect(report.status).toBe('succeeded')
            const expected = rows.map((r) => docKey('purchase_order', r)).sort()
            expect([...new Set(h.stager.handedKeys('purchase_order'))].sort()).toEqual(expected)
            expect(h.stager.stagedKeys().sort()).toEqual(expected)
            expect(h.state('purchase_order')!.cursor_modified).toBe(stamp(3))
        }
    )

    it('a collating server whose ties come in another order than the exact one', () => {
        const h = jobHarness({ sync_invoices: false, page_size: 4 })
        h.ifs.collation = 'case-insensitive'
        const rows = twinRows()
        // `tw-1` before `TW-1`: the exact order says the second row goes backwards.
        ;[rows[1], rows[2]] = [rows[2], rows[1]]
        h.ifs.sets.set(PO_SET, rows)
        expect(h.run().connections[0].status).toBe('succeeded')
        expect(h.stager.stagedKeys().sort()).toEqual(rows.map((r) => docKey('purchase_order', r)).sort())
    })

    it('on a binary server the read stays keyset with `gt` and re-reads nothing', () => {
        const h = jobHarness({ sync_invoices: false, page_size: 20 })
        const rows = [po(1, stamp(0)), withKey(po(2, stamp(1)), 'PO-A'), withKey(po(3, stamp(1)), 'PO-B')]
        h.ifs.sets.set(PO_SET, rows)
        h.run()
        expect(h.dataRequests(PO_SET)).toHaveLength(1)
        expect(h.stager.handedKeys()).toHaveLength(3)
    })
})

describe('orderDisagrees and cursorDisagrees', () => {
    const at = (key: string, s = stamp(1)) => ({ modified: s, keys: [key] })
    it.each([
        ['TW-1', 'tw-1', true, false],
        ['TW-1', 'TW-1 ', true, false],
        ['abc', 'Abd', true, true],
        ['PO4', 'PO5', false, false],
        ['PO5', 'PO4', true, false],
        ['PO5', 'PO5', false, false],
    ])('%j then %j: order %s, after the cursor %s', (earlier, later, order, cursor) => {
        expect(orderDisagrees(at(earlier), at(later))).toBe(order)
        expect(cursorDisagrees(at(earlier), at(later))).toBe(cursor)
    })

    it('only within one stamp', () => {
        expect(orderDisagrees(at('TW-1', stamp(1)), at('tw-1', stamp(2)))).toBe(false)
        expect(orderDisagrees(at('PO5', stamp(2)), at('PO4', stamp(1)))).toBe(false)
        expect(cursorDisagrees(at('abc', stamp(1)), at('Abd', stamp(2)))).toBe(false)
    })

    it('exact comparison tells twins apart', () => {
        expect(compareCursors(at('TW-1'), at('TW-1 '))).toBeLessThan(0)
        expect(compareCursors(at('TW-1'), at('tw-1'))).toBeLessThan(0)
    })
})

describe('placePage with a collation mismatch', () => {
    it('places the rows before it, hands on the rest without moving the cursor, and names the stamp', () => {
        const rows = [
            po(1, stamp(0)),
            withKey(po(2, stamp(1)), 'abc'),
            withKey(po(3, stamp(1)), 'Abd'),
            po(4, stamp(2)),
        ]
        const placed = placeOrders(rows)
        expect(placed.rows).toEqual(rows)
        expect(placed.last).toEqual({ modified: stamp(1), keys: ['abc'] })
        expect(placed.collationMismatchAt).toBe(stamp(1))
    })

    it('a row after the cursor that only a collation puts there is a mismatch, not a repeat', () => {
        const rows = [withKey(po(3, stamp(1)), 'Abd')]
        const placed = placeOrders(rows, { kind: 'after', cursor: { modified: stamp(1), keys: ['abc'] } })
        expect(placed).toMatchObject({ rows, last: null, repeated: 0, collationMismatchAt: stamp(1) })
    })
})
