import { presetPartition } from '../../fakes/preset-partition'
import {
    compareCursors,
    cursorOf,
    CursorError,
    decodeCursor,
    describeCursor,
    describeStoredCursor,
    describeStoredCursorFields,
    encodeCursor,
    isAlreadyRead,
    stampMinusSeconds,
} from '../../../src/server/core/sync/cursor'
import type { Cursor } from '../../../src/server/core/sync/cursor'

// Field names are IFS's (Objversion, OrderNo, Company, InvoiceId), written out here.
const c = (modified: string, ...keys: (string | number)[]): Cursor => ({ modified, keys })

describe('stampMinusSeconds', () => {
    it.each([
        ['20260115080000', 30, '20260115075930'],
        ['20260115080000', 60, '20260115075900'],
        ['20260115080000', 61, '20260115075859'],
        ['20260115080000', 3600, '20260115070000'],
        ['20260101000000', 1, '20251231235959'],
        ['20260101000010', 20, '20251231235950'],
        ['20260115080000', 0, '20260115080000'],
        ['20260115080000', -5, '20260115080000'],
        ['not-a-stamp', 60, 'not-a-stamp'],
        ['x20260115080000', 30, 'x20260115080000'],
        ['202601150800001', 30, '202601150800001'],
        ['2026-01-15T08:00:00Z', 30, '2026-01-15T08:00:00Z'],
    ])('%s minus %i s is %s', (stamp, seconds, expected) => {
        expect(stampMinusSeconds(stamp, seconds)).toBe(expected)
    })
})

describe('compareCursors: by stamp, then keys (numbers numerically)', () => {
    it.each([
        [c('1', '10', 5), c('1', '10', 10), -1], // numbers compare as numbers (as strings "5" > "10")
        [c('1', '10', 9), c('1', '10', 10), -1],
        [c('1', '10', 10), c('1', '10', 5), 1],
        [c('1', '10', 7), c('1', '10', 7), 0],
        [c('1', 'a'), c('1', 'b'), -1],
        [c('1', 'b'), c('1', 'a'), 1],
        [c('1', 'A'), c('1', 'A'), 0],
        [c('1', 5), c('1', '5'), 0], // a number and a string compare as text
        [c('2', 'a'), c('1', 'z'), 1],
        [c('2', 'A'), c('1', 'Z'), 1],
        [c('1', '1'), c('1', '1', '2'), 0], // only the keys both have
        [c('1', '1', '2'), c('1', '1'), 0],
    ])('%j vs %j is %i', (a, b, expected) => {
        expect(compareCursors(a, b)).toBe(expected)
    })
})

describe('cursorOf', () => {
    it.each([
        ['purchase_order', { Objversion: '20260115080000', OrderNo: '' }, 'A purchase_order row has no valid OrderNo'],
        ['purchase_order', { Objversion: '20260115080000', OrderNo: 5 }, 'A purchase_order row has no valid OrderNo'],
        ['purchase_order', { Objversion: '', OrderNo: 'PO-1' }, 'A purchase_order row has no Objversion'],
        ['purchase_order', { OrderNo: 'A' }, 'A purchase_order row has no Objversion'],
        [
            'supplier_invoice',
            { Objversion: '20260115080000', Company: '10', InvoiceId: '5' },
            'A supplier_invoice row has no valid InvoiceId',
        ],
        [
            'supplier_invoice',
            { Objversion: '20260115080000', Company: '', InvoiceId: 5 },
            'A supplier_invoice row has no valid Company',
        ],
    ] as const)('refuses a row without a usable position: %s %j: %s', (type, row, message) => {
        expect(() => cursorOf(presetPartition(type), row)).toThrow(new CursorError(message))
    })

    it.each([
        [{ Objversion: '20260115080000', Company: '10', InvoiceId: 5 }, c('20260115080000', '10', 5)],
        [{ Objversion: '1', Company: '10', InvoiceId: 3 }, c('1', '10', 3)],
    ])('reads string and number keys as IFS sends them: %j', (row, expected) => {
        expect(cursorOf(presetPartition('supplier_invoice'), row)).toEqual(expected)
    })
})

describe('the re-read predicate', () => {
    const at = c('20260115080000', 'PO5')
    it.each([
        [c('20260115080000', 'PO4'), true],
        [c('20260115080000', 'PO5'), true],
        [c('20260115080000', 'PO6'), false],
        [c('20260115075959', 'PO9'), true],
        [c('20260115080001', 'PO1'), false],
    ])('after %j, the row at %j was already read: %s', (row, expected) => {
        expect(isAlreadyRead(row, { kind: 'after', cursor: at })).toBe(expected)
    })

    it('a read from the start or from a stamp on has read nothing yet (the stamp bound is the query scope)', () => {
        expect(isAlreadyRead(c('1', 'A'), { kind: 'start' })).toBe(false)
        expect(isAlreadyRead(c('1', 'A'), { kind: 'from_stamp', modified: '2' })).toBe(false)
    })
})

describe('the stored form (sync_state.cursor_modified, cursor_key)', () => {
    it('encodes the keys as a JSON array and decodes them back with their types', () => {
        const cursor = c('20260115080000', '10', 5)
        const stored = encodeCursor(cursor)
        expect(stored).toEqual({ modified: '20260115080000', key: '["10",5]' })
        expect(decodeCursor(stored, 'row')).toEqual(cursor)
    })

    it('no stamp is no cursor (the start), whatever the key holds', () => {
        expect(decodeCursor({ modified: null, key: null }, 'row')).toBeNull()
        expect(decodeCursor({ modified: '', key: '["x"]' }, 'row')).toBeNull()
    })

    it('a damaged key is an error naming the row, not a silent restart', () => {
        expect(() => decodeCursor({ modified: '1', key: null }, 'sync_state abc')).toThrow(
            'sync_state abc: cursor_key is not JSON; fix or clear both cursor fields'
        )
    })

    it('shows a cursor as run records, status lines and reset audits do, a damaged one as stored', () => {
        expect(describeCursor(null)).toBe('(start)')
        expect(describeCursor(c('20260115080000', 'PO-1'))).toBe('20260115080000 ["PO-1"]')
        expect(describeStoredCursor(encodeCursor(c('20260115080000', 'PO-1')))).toBe(
            describeCursor(c('20260115080000', 'PO-1'))
        )
        expect(describeStoredCursor({ modified: '20260115080000', key: 'not json' })).toBe('20260115080000 not json')
        expect(describeStoredCursor({ modified: '20260115080000', key: null })).toBe('20260115080000')
        expect(describeStoredCursor({ modified: null, key: '["PO-1"]' })).toBeNull()
        expect(describeStoredCursorFields({ modified: '2026', key: '["10",1]' })).toBe('modified=2026 key=["10",1]')
        expect(describeStoredCursorFields({ modified: null, key: null })).toBe('modified=(start) key=(none)')
    })
})
