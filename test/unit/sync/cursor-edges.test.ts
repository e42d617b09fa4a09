import { DOCUMENT_SOURCES } from '../../../src/server/core/ifs/source-fields'
import { compareCursors, cursorOf, CursorError, stampMinusSeconds } from '../../../src/server/core/sync/cursor'
import { afterCursorFilter, pageQuery } from '../../../src/server/core/sync/keyset-pager'

// Field names are IFS's (Objversion, OrderNo, Company, InvoiceId), written out here.
describe('stampMinusSeconds', () => {
    it.each([
        ['20260115080000', 30, '20260115075930'],
        ['20260115080000', 61, '20260115075859'],
        ['20260115080000', 3600, '20260115070000'],
        ['20260101000000', 1, '20251231235959'],
        ['20260115080000', 0, '20260115080000'],
        ['20260115080000', -5, '20260115080000'],
        ['x20260115080000', 30, 'x20260115080000'],
        ['202601150800001', 30, '202601150800001'],
        ['2026-01-15T08:00:00Z', 30, '2026-01-15T08:00:00Z'],
    ])('%s minus %i s is %s', (stamp, seconds, expected) => {
        expect(stampMinusSeconds(stamp, seconds)).toBe(expected)
    })
})

describe('compareCursors', () => {
    const c = (modified: string, ...keys: (string | number)[]) => ({ modified, keys })
    it.each([
        [c('1', '10', 5), c('1', '10', 10), -1], // numbers compare as numbers (as strings "5" > "10")
        [c('1', '10', 10), c('1', '10', 5), 1],
        [c('1', '10', 7), c('1', '10', 7), 0],
        [c('1', 'a'), c('1', 'b'), -1],
        [c('1', 'b'), c('1', 'a'), 1],
        [c('1', 5), c('1', '5'), 0], // a number and a string compare as text
        [c('2', 'a'), c('1', 'z'), 1],
        [c('1', '1'), c('1', '1', '2'), 0], // only the keys both have
        [c('1', '1', '2'), c('1', '1'), 0],
    ])('%j vs %j is %i', (a, b, expected) => {
        expect(compareCursors(a, b)).toBe(expected)
    })
})

describe('cursorOf refuses a row without a usable position', () => {
    it.each([
        ['purchase_order', { Objversion: '20260115080000', OrderNo: '' }, 'A purchase_order row has no valid OrderNo'],
        ['purchase_order', { Objversion: '20260115080000', OrderNo: 5 }, 'A purchase_order row has no valid OrderNo'],
        ['purchase_order', { Objversion: '', OrderNo: 'PO-1' }, 'A purchase_order row has no Objversion'],
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
    ] as const)('%s %j: %s', (type, row, message) => {
        expect(() => cursorOf(type, row)).toThrow(new CursorError(message))
    })

    it('reads string and number keys as IFS sends them', () => {
        expect(cursorOf('supplier_invoice', { Objversion: '20260115080000', Company: '10', InvoiceId: 5 })).toEqual({
            modified: '20260115080000',
            keys: ['10', 5],
        })
    })

    it('a cursor whose number key is not a number is a CursorError naming it', () => {
        let error: unknown
        try {
            afterCursorFilter(DOCUMENT_SOURCES.supplier_invoice, { modified: '1', keys: ['10', 'x'] })
        } catch (e) {
            error = e
        }
        expect(error).toBeInstanceOf(CursorError)
        expect((error as Error).name).toBe('CursorError')
        expect((error as Error).message).toBe('Cursor value "x" of InvoiceId is not a number')
    })
})

describe('pageQuery filters', () => {
    it('no companies and no cursor: no filter at all', () => {
        expect(pageQuery('purchase_order', { kind: 'start' }, []).filter).toBeUndefined()
    })

    it('one condition is the filter itself, not an "and" of one', () => {
        expect(pageQuery('purchase_order', { kind: 'start' }, ['10']).filter).toEqual({
            op: 'in',
            field: 'Company',
            values: [{ kind: 'string', value: '10' }],
        })
        expect(pageQuery('purchase_order', { kind: 'from_stamp', modified: '20260115080000' }, []).filter).toEqual({
            op: 'ge',
            field: 'Objversion',
            value: { kind: 'string', value: '20260115080000' },
        })
    })
})
