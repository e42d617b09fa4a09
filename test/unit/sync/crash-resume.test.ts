import { presetPartition } from '../../fakes/preset-partition'
import { SYNC_STATE } from '../../../src/tables'
import { compareCursors, cursorOf } from '../../../src/server/core/sync/cursor'
import { docKey, TEST_TARGET } from '../../fakes/recording-stager'
import type { FakeRow } from '../../fakes/fake-ifs'
import { inv, jobHarness, po, stamp } from './job-harness'
import { INV_SET, PO_SET } from './job-harness'
import { beforeEachRequest } from '../../support/before-each-request'

/**
 * A run is killed at every single step it takes — each store write (staging rows, cursor commits,
 * audit, run record, lease), each HTTP request and each token fetch — and then restarted. After
 * the kill the committed cursor must never be ahead of what was staged; after the restart every
 * source row is staged exactly once.
 */
function scenario() {
    const h = jobHarness({ page_size: 4 })
    const same = stamp(50)
    const orders: FakeRow[] = [
        po(0, stamp(1)),
        ...Array.from({ length: 6 }, (_, i) => po(i + 1, same)),
        po(9, stamp(60)),
        po(10, stamp(61)),
    ]
    const invoices: FakeRow[] = [
        inv(1, stamp(2)),
        inv(2, stamp(2)),
        inv(3, stamp(3)),
        inv(4, stamp(4)),
        inv(5, stamp(9)),
    ]
    h.ifs.sets.set(PO_SET, orders)
    h.ifs.sets.set(INV_SET, invoices)
    let events = 0
    let crashAt = Number.POSITIVE_INFINITY
    let dead = false
    const step = () => {
        events++
        if (dead || events === crashAt) {
            dead = true
            throw new Error('process killed')
        }
    }
    h.store.beforeWrite = () => step()
    beforeEachRequest(h, step)
    const sources = { purchase_order: orders, supplier_invoice: invoices } as const
    /** Every row at or before the committed cursor is staged. */
    const cursorNotAhead = () => {
        const staged = new Set(h.store.query(TEST_TARGET, {}).map((r) => r.doc_key))
        for (const s of h.store.query(SYNC_STATE.name, {})) {
            if (!s.cursor_modified) continue
            const type = s.object_type as keyof typeof sources
            const committed = { modified: s.cursor_modified, keys: JSON.parse(s.cursor_key!) }
            for (const row of sources[type]) {
                if (compareCursors(cursorOf(presetPartition(type), row), committed) <= 0)
                    expect(staged).toContain(docKey(type, row))
            }
        }
    }
    return {
        h,
        sources,
        cursorNotAhead,
        crashAt: (k: number) => {
            crashAt = k
        },
        revive: () => {
            dead = false
            crashAt = Number.POSITIVE_INFINITY
        },
        get events() {
            return events
        },
    }
}

/** Runs `check`; a failure names the step it happened at. */
function atStep(k: number, check: () => void): void {
    try {
        check()
    } catch (error) {
        if (error instanceof Error) error.message = `killed at step ${k}: ${error.message}`
        throw error
    }
}

// Everything runs inside tests: nothing is computed while jest collects them, so a failure in the
// clean run is reported as a failed test, not as a broken describe block.
describe('crash at every step, then resume', () => {
    function cleanRun() {
        const clean = scenario()
        const cursorsWhileRunning: string[] = []
        // The invariant holds at every write of an uninterrupted run, too.
        const hook = clean.h.store.beforeWrite!
        clean.h.store.beforeWrite = (op, table, values, id) => {
            hook(op, table, values, id)
            if (table === SYNC_STATE.name && values.cursor_modified) {
                const staged = new Set(clean.h.store.query(TEST_TARGET, {}).map((r) => r.doc_key))
                const type = clean.h.store.get(SYNC_STATE.name, id)!.object_type as
                    'purchase_order' | 'supplier_invoice'
                const next = {
                    modified: values.cursor_modified as string,
                    keys: JSON.parse(values.cursor_key as string),
                }
                cursorsWhileRunning.push(`${type} ${next.modified}`)
                for (const row of clean.sources[type])
                    if (compareCursors(cursorOf(presetPartition(type), row), next) <= 0)
                        expect(staged).toContain(docKey(type, row))
            }
        }
        const report = clean.h.run()
        return { clean, report, steps: clean.events, cursorsWhileRunning }
    }

    it('the uninterrupted run stages everything, the cursor never ahead at any commit', () => {
        const { clean, report, steps, cursorsWhileRunning } = cleanRun()
        expect(report.connections[0].status).toBe('succeeded')
        expect(clean.h.store.count(TEST_TARGET, [])).toBe(14)
        expect(steps).toBeGreaterThan(40)
        expect(cursorsWhileRunning.length).toBeGreaterThan(1)
    })

    it('killed at each step of that run, the next run resumes and stages every document exactly once', () => {
        const { steps } = cleanRun()
        for (let k = 1; k <= steps; k++) {
            atStep(k, () => {
                const s = scenario()
                s.crashAt(k)
                expect(() => s.h.run()).toThrow('process killed')
                s.cursorNotAhead()

                s.revive()
                s.h.clock.advance(10 * 60_000) // past the dead runner's lease
                const resumed = s.h.run().connections[0]
                expect(resumed.status).toBe('succeeded')
                const staged = s.h.store.query(TEST_TARGET, {}).map((r) => r.doc_key)
                const expected = [
                    ...s.sources.supplier_invoice.map((r) => docKey('supplier_invoice', r)),
                    ...s.sources.purchase_order.map((r) => docKey('purchase_order', r)),
                ]
                expect(staged.slice().sort()).toEqual(expected.slice().sort())
                const po = s.h.state('purchase_order')!
                expect([po.cursor_modified, po.cursor_key]).toEqual([stamp(61), '["PO0010"]'])
                const si = s.h.state('supplier_invoice')!
                expect([si.cursor_modified, si.cursor_key]).toEqual([stamp(9), '["10",5]'])
                expect(s.h.connectionRecord().lease_owner).toBeNull()
            })
        }
        // One step past the last, nothing is killed: the step count was the whole run.
        const past = scenario()
        past.crashAt(steps + 1)
        expect(past.h.run().connections[0].status).toBe('succeeded')
    })
})
