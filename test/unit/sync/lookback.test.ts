import { lookbackWindowSeconds, readStart } from '../../../src/server/core/sync/cursor'
import { docKey, TEST_TARGET } from '../../fakes/recording-stager'
import { jobHarness, po, PO_SET, stamp, poRows } from './job-harness'
import { ORDERS_ONLY } from '../../support/connection-types'

/**
 * Hardening item 5: IFS stamps a row when it changes, but its transaction may commit later. Every
 * run re-reads a window behind its cursor (lookback_seconds, default 600), so a row committed
 * after a read passed its stamp, or a row whose stamp moved backwards, is still read.
 */

describe('readStart: where a partition read begins', () => {
    const cursor = (modified: string) => ({ modified, keys: ['PO0001'] })

    it.each([
        // cursor stamp, window, expected lower stamp (inclusive)
        ['20260115080000', 600, '20260115075000'],
        ['20260115080000', 1, '20260115075959'],
        ['20260101000500', 600, '20251231235500'], // across a year
        ['20260301000000', 86400, '20260228000000'], // across February's end
        ['20240301000000', 86400, '20240229000000'], // a leap day
    ])('cursor %s, window %i s: re-reads from %s on', (modified, window, lower) => {
        expect(readStart(cursor(modified), window, false)).toEqual({
            from: { kind: 'from_stamp', modified: lower },
            note: null,
        })
    })

    it('first run: from the start, window or not', () => {
        for (const window of [0, 600, 86400]) expect(readStart(null, window, false).from).toEqual({ kind: 'start' })
    })

    it('no window: strictly after the cursor', () => {
        expect(readStart(cursor('20260115080000'), 0, false)).toEqual({
            from: { kind: 'after', cursor: cursor('20260115080000') },
            note: null,
        })
    })

    it('a slice resuming a deferred run reads on after the cursor (its first slice re-read the window)', () => {
        for (const window of [1, 600, 86400])
            expect(readStart(cursor('20260115080000'), window, true).from).toEqual({
                kind: 'after',
                cursor: cursor('20260115080000'),
            })
    })

    it.each(['42', 'AAAAAAAAAAAAAA', '2026-01-15T08:00:00Z', '202601150800'])(
        'a stamp %p that is not YYYYMMDDHHMMSS: after the cursor, with a note that says why',
        (modified) => {
            const start = readStart(cursor(modified), 600, false)
            expect(start.from).toEqual({ kind: 'after', cursor: cursor(modified) })
            expect(start.note).toContain('not a YYYYMMDDHHMMSS time')
        }
    )

    it.each([
        [600, 0, 600],
        [0, 30, 30],
        [60, 120, 120],
        [0, 0, 0],
    ])('lookback %i s and clock-skew overlap %i s: window %i s', (lookbackSeconds, overlapSeconds, window) => {
        expect(lookbackWindowSeconds({ lookbackSeconds, overlapSeconds })).toBe(window)
    })
})

describe('runJob with a lookback window', () => {
    /** 21 orders stamped 0..20 s after 08:00; the cursor ends at stamp(20). */
    function synced(connection: Record<string, string | number | boolean | null> = {}) {
        const h = jobHarness({ ...connection }, { types: ORDERS_ONLY })
        const rows = poRows(21)
        h.ifs.sets.set(PO_SET, rows)
        expect(h.run().connections[0].inserted).toBe(21)
        expect(h.state('purchase_order')!.cursor_modified).toBe(stamp(20))
        h.clock.advance(15 * 60_000)
        return { h, rows }
    }

    it.each([
        // window (s), seconds behind the cursor the late row is stamped
        [600, 1],
        [600, 20],
        [60, 19],
        [30, 0],
    ])(
        'window %i s: a row committed late, stamped %i s behind the cursor, is staged by the next run',
        (window, behind) => {
            const { h, rows } = synced({ lookback_seconds: window })
            const late = po(500, stamp(20 - behind))
            rows.push(late)
            const r = h.run().connections[0]
            expect(r.status).toBe('succeeded')
            expect(r.inserted).toBe(1)
            expect(h.stager.stagedKeys()).toContain(docKey('purchase_order', late))
            // The cursor never moves back for a row behind it.
            expect(h.state('purchase_order')!.cursor_modified).toBe(stamp(20))
        }
    )

    it('without a window the same late row is never read (what the default now prevents)', () => {
        const { h, rows } = synced({ lookback_seconds: 0 })
        rows.push(po(500, stamp(15)))
        expect(h.run().connections[0].inserted).toBe(0)
    })

    it('a row stamped further back than the window is not re-read (the documented bound)', () => {
        const { h, rows } = synced({ lookback_seconds: 10 })
        rows.push(po(500, stamp(9)))
        expect(h.run().connections[0].inserted).toBe(0)
    })

    it.each([
        [5, '20260115080015'],
        [10, '20260115080010'],
        [600, '20260115075020'],
    ])(
        'window %i s: a second run over unchanged data re-reads from %s, stages nothing and leaves the cursor',
        (window, lower) => {
            const { h } = synced({ lookback_seconds: window })
            const targetsBefore = h.store.count(TEST_TARGET, [])
            const requestsBefore = h.dataRequests(PO_SET).length
            const r = h.run().connections[0]
            // Rows stamped within the window before the cursor at 20 s, the cursor's own row included.
            const expected = Math.min(21, window + 1)
            expect(r).toMatchObject({ status: 'succeeded', read: expected, duplicates: expected, inserted: 0 })
            expect(h.store.count(TEST_TARGET, [])).toBe(targetsBefore)
            expect(h.state('purchase_order')!.cursor_modified).toBe(stamp(20))
            expect(h.dataRequests(PO_SET)[requestsBefore]).toContain(`Objversion ge '${lower}'`)
        }
    )

    it('a change that moves a row stamp backwards within the window is read with its new values', () => {
        const { h, rows } = synced({ lookback_seconds: 600 })
        rows[20] = { ...rows[20], Objversion: stamp(12), NetAmount: 999 }
        const pagesBefore = h.stager.pages.length
        h.run()
        const handed = h.stager.pages.slice(pagesBefore).flatMap((p) => p.rows)
        expect(handed.filter((r) => r.OrderNo === 'PO0020')).toEqual([
            expect.objectContaining({ Objversion: stamp(12), NetAmount: 999 }),
        ])
        expect(h.state('purchase_order')!.cursor_modified).toBe(stamp(20))
    })

    it('a window holding many pages is paged through once per run, and new rows still move the cursor', () => {
        // Page size 5 (harness); 21 rows in the window plus 7 new ones.
        const { h, rows } = synced({ lookback_seconds: 600 })
        for (let i = 0; i < 7; i++) rows.push(po(100 + i, stamp(30 + i)))
        const before = h.dataRequests(PO_SET).length
        const r = h.run().connections[0]
        expect(r).toMatchObject({ status: 'succeeded', read: 28, inserted: 7, duplicates: 21 })
        expect(h.dataRequests(PO_SET).length - before).toBe(Math.ceil(28 / 5))
        expect(h.state('purchase_order')!.cursor_modified).toBe(stamp(36))
    })

    it('out of time budget inside the window: the continuation reads on after the cursor, so the cursor always moves', () => {
        // Every request takes 4 s of the 10 s budget: a slice reads about three pages.
        const h = jobHarness(
            { lookback_seconds: 3600, time_budget_seconds: 10 },
            { types: ORDERS_ONLY, latencyMs: 4000 }
        )
        const rows = poRows(40)
        h.ifs.sets.set(PO_SET, rows)
        const cursors: string[] = []
        for (let slice = 0; slice < 20 && h.state('purchase_order')?.cursor_modified !== stamp(39); slice++) {
            h.run()
            cursors.push(h.state('purchase_order')!.cursor_modified!)
            h.clock.advance(1000)
        }
        expect(h.state('purchase_order')!.cursor_modified).toBe(stamp(39))
        // Every slice after the first moved the cursor on.
        for (let i = 1; i < cursors.length; i++) expect(cursors[i] > cursors[i - 1]).toBe(true)
        expect(h.stager.stagedKeys()).toHaveLength(40)
        // A new run after the backlog re-reads the window again.
        h.clock.advance(15 * 60_000)
        const again = h.run().connections[0]
        expect(again.duplicates).toBeGreaterThan(0)
        expect(again.inserted).toBe(0)
    })
})
