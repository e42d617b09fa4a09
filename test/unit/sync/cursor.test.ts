import { compareCursors, cursorOf, stampMinusSeconds } from '../../../src/server/core/sync/cursor'
import { afterCursorFilter, pageQuery } from '../../../src/server/core/sync/keyset-pager'
import { DOCUMENT_SOURCES, selectFor } from '../../../src/server/core/ifs/source-fields'
import { renderFilter, renderQuery } from '../../../src/server/core/odata/render-query'

describe('cursor filter', () => {
    it('purchase orders: after (stamp, OrderNo)', () => {
        const f = afterCursorFilter(DOCUMENT_SOURCES.purchase_order, { modified: '20260115080000', keys: ['PO7'] })
        expect(renderFilter(f)).toBe(
            "Objversion gt '20260115080000' or (Objversion eq '20260115080000' and OrderNo gt 'PO7')"
        )
    })

    it('supplier invoices: after (stamp, Company, InvoiceId) with the numeric key as a number', () => {
        const f = afterCursorFilter(DOCUMENT_SOURCES.supplier_invoice, {
            modified: '20260115080000',
            keys: ["1'0", 42],
        })
        expect(renderFilter(f)).toBe(
            "Objversion gt '20260115080000' or (Objversion eq '20260115080000' and (Company gt '1''0' or (Company eq '1''0' and InvoiceId gt 42)))"
        )
    })

    it('refuses a cursor with the wrong number of keys', () => {
        expect(() => afterCursorFilter(DOCUMENT_SOURCES.supplier_invoice, { modified: 'x', keys: ['10'] })).toThrow(
            /2 expected/
        )
    })
})

describe('pageQuery', () => {
    it('from the start: companies, $select of the mapped fields, order by stamp then keys, no $top (page size goes in Prefer)', () => {
        const q = pageQuery('purchase_order', { kind: 'start' }, ['10', '20'])
        expect(q.select).toEqual(selectFor('purchase_order'))
        expect(renderQuery(q)).toBe(
            `$filter=${encodeURIComponent("Company in ('10','20')")}&$select=${encodeURIComponent(selectFor('purchase_order').join(','))}&$orderby=${encodeURIComponent('Objversion asc,OrderNo asc')}`
        )
    })

    it('after a cursor: companies and the compound filter', () => {
        const q = pageQuery(
            'supplier_invoice',
            { kind: 'after', cursor: { modified: '20260101000000', keys: ['10', 5] } },
            ['10']
        )
        expect(renderFilter(q.filter!)).toBe(
            "Company in ('10') and (Objversion gt '20260101000000' or (Objversion eq '20260101000000' and (Company gt '10' or (Company eq '10' and InvoiceId gt 5))))"
        )
        expect(q.orderBy).toEqual([{ field: 'Objversion' }, { field: 'Company' }, { field: 'InvoiceId' }])
    })

    it('overlap: inclusive from a stamp', () => {
        const q = pageQuery('purchase_order', { kind: 'from_stamp', modified: '20260101000000' }, ['10'])
        expect(renderFilter(q.filter!)).toBe("Company in ('10') and Objversion ge '20260101000000'")
    })
})

describe('cursor helpers', () => {
    it.each([
        ['20260115080000', 60, '20260115075900'],
        ['20260101000010', 20, '20251231235950'],
        ['20260115080000', 0, '20260115080000'],
        ['not-a-stamp', 60, 'not-a-stamp'],
    ])('stampMinusSeconds(%s, %i) = %s', (stamp, s, expected) => {
        expect(stampMinusSeconds(stamp, s)).toBe(expected)
    })

    it('compares by stamp, then keys (numbers numerically)', () => {
        const c = (m: string, ...keys: (string | number)[]) => ({ modified: m, keys })
        expect(compareCursors(c('2', 'A'), c('1', 'Z'))).toBe(1)
        expect(compareCursors(c('1', '10', 9), c('1', '10', 10))).toBe(-1)
        expect(compareCursors(c('1', 'A'), c('1', 'A'))).toBe(0)
    })

    it('reads the cursor of a row and refuses rows without stamp or key', () => {
        expect(cursorOf('supplier_invoice', { Objversion: '1', Company: '10', InvoiceId: 3 })).toEqual({
            modified: '1',
            keys: ['10', 3],
        })
        expect(() => cursorOf('supplier_invoice', { Objversion: '1', Company: '10', InvoiceId: '3' })).toThrow(
            /InvoiceId/
        )
        expect(() => cursorOf('purchase_order', { OrderNo: 'A' })).toThrow(/Objversion/)
    })
})
