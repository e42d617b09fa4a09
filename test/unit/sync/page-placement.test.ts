import { placeOrders } from '../../fakes/preset-partition'
import type { IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import type { ReadFrom } from '../../../src/server/core/sync/cursor'
import { OutOfOrder } from '../../../src/server/core/sync/page-placement'

const po = (n: number, stamp: string, company = '10'): IfsRow => ({
    Objversion: stamp,
    OrderNo: `PO${n}`,
    Company: company,
})
const S = (s: number) => `202601150800${String(s).padStart(2, '0')}`
const place = placeOrders

describe('placePage', () => {
    it('hands on rows in cursor order and places the cursor at the last one', () => {
        const placed = place([po(1, S(1)), po(2, S(1)), po(1, S(2))])
        expect(placed.rows).toHaveLength(3)
        expect(placed.last).toEqual({ modified: S(2), keys: ['PO1'] })
        expect([placed.repeated, placed.unplaceable, placed.outsideCount]).toEqual([0, 0, 0])
    })

    it('skips rows IFS sends again: at or before an exact read position, or twice in a row', () => {
        const from: ReadFrom = { kind: 'after', cursor: { modified: S(2), keys: ['PO5'] } }
        const placed = place([po(4, S(2)), po(5, S(2)), po(6, S(2)), po(6, S(2)), po(1, S(3))], from)
        expect(placed.rows).toEqual([po(6, S(2)), po(1, S(3))])
        expect(placed.repeated).toBe(3)
        expect(placed.last).toEqual({ modified: S(3), keys: ['PO1'] })
    })

    it('a row going backwards is an error naming both positions', () => {
        expect(() => place([po(1, S(5)), po(2, S(3))])).toThrow(
            new OutOfOrder(
                `IFS returned rows out of order at ${S(3)} ["PO2"] (after ${S(5)} ["PO1"]); nothing after the last staged page was committed`
            )
        )
    })

    it('a page of nothing but rows already read is an error', () => {
        const from: ReadFrom = { kind: 'after', cursor: { modified: S(2), keys: ['PO5'] } }
        expect(() => place([po(5, S(2))], from)).toThrow(
            new OutOfOrder(`IFS answered a query for rows after ${S(2)} ["PO5"] with only rows already read`)
        )
    })

    it('rows without a usable stamp or key are handed on (staging flags them) but never place the cursor', () => {
        const noStamp = { ...po(2, S(2)), Objversion: null }
        const placed = place([noStamp, po(1, S(1)), { ...po(3, S(3)), OrderNo: '' }])
        expect(placed.rows).toHaveLength(3)
        expect(placed.unplaceable).toBe(2)
        expect(placed.last).toEqual({ modified: S(1), keys: ['PO1'] })
        expect(place([noStamp])).toMatchObject({ rows: [noStamp], last: null, unplaceable: 1 })
    })

    it('a row of another company is skipped with its reason, yet keeps its place in the order', () => {
        const placed = place([po(1, S(1)), po(2, S(2), '99')], { kind: 'start' }, ['10'])
        expect(placed.rows).toEqual([po(1, S(1))])
        expect(placed.outsideCount).toBe(1)
        expect([...placed.outside.values()]).toEqual([1])
        expect([...placed.outside.keys()][0]).toContain("is not one of the connection's companies")
        expect(placed.last).toEqual({ modified: S(2), keys: ['PO2'] })
    })

    it('reading from a stamp on, a row before it is skipped and cannot steer the cursor', () => {
        const placed = place([po(9, S(1)), po(1, S(5))], { kind: 'from_stamp', modified: S(3) })
        expect(placed.rows).toEqual([po(1, S(5))])
        expect(placed.outsideCount).toBe(1)
        expect(placed.last).toEqual({ modified: S(5), keys: ['PO1'] })
    })

    it('names at most 20 reasons but counts every row outside the query', () => {
        const rows = Array.from({ length: 25 }, (_, i) => po(i, S(10 + i), `C${i}`))
        const placed = place([...rows, po(99, S(40), 'C0')], { kind: 'start' }, ['10'])
        expect(placed.outsideCount).toBe(26)
        expect(placed.outside.size).toBe(20)
        expect([...placed.outside.values()].reduce((a, b) => a + b)).toBe(21)
    })
})
