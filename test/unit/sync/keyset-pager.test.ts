import { presetPartition } from '../../fakes/preset-partition'
import { MalformedResponse } from '../../../src/server/core/ifs/ifs-errors'
import type { IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import { DOCUMENT_SOURCES, selectFor } from '../../../src/server/core/ifs/source-fields'
import { dataUrl } from '../../../src/server/core/odata/data-url'
import type { RequestContext } from '../../../src/server/core/ifs/request-context'
import type { ODataQuery } from '../../../src/server/core/odata/query'
import { renderFilter, renderQuery } from '../../../src/server/core/odata/render-query'
import { CursorError } from '../../../src/server/core/sync/cursor'
import { afterCursorFilter, KeysetPager, pageQuery } from '../../../src/server/core/sync/keyset-pager'
import { PO_SET } from './job-harness'

// Field names are IFS's (Objversion, OrderNo, Company, InvoiceId), written out here.
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

describe('pageQuery', () => {
    it('from the start: companies, $select of the mapped fields, order by stamp then keys, no $top (page size goes in Prefer)', () => {
        const q = pageQuery(DOCUMENT_SOURCES.purchase_order, { kind: 'start' }, ['10', '20'])
        expect(q.select).toEqual(selectFor(DOCUMENT_SOURCES.purchase_order))
        expect(renderQuery(q)).toBe(
            `$filter=${encodeURIComponent("Company in ('10','20')")}&$select=${encodeURIComponent(selectFor(DOCUMENT_SOURCES.purchase_order).join(','))}&$orderby=${encodeURIComponent('Objversion asc,OrderNo asc')}`
        )
    })

    it('after a cursor: companies and the compound filter', () => {
        const q = pageQuery(
            DOCUMENT_SOURCES.supplier_invoice,
            { kind: 'after', cursor: { modified: '20260101000000', keys: ['10', 5] } },
            ['10']
        )
        expect(renderFilter(q.filter!)).toBe(
            "Company in ('10') and (Objversion gt '20260101000000' or (Objversion eq '20260101000000' and (Company gt '10' or (Company eq '10' and InvoiceId gt 5))))"
        )
        expect(q.orderBy).toEqual([{ field: 'Objversion' }, { field: 'Company' }, { field: 'InvoiceId' }])
    })

    it('overlap: inclusive from a stamp', () => {
        const q = pageQuery(DOCUMENT_SOURCES.purchase_order, { kind: 'from_stamp', modified: '20260101000000' }, ['10'])
        expect(renderFilter(q.filter!)).toBe("Company in ('10') and Objversion ge '20260101000000'")
    })

    it('no companies and no cursor: no filter at all', () => {
        expect(pageQuery(DOCUMENT_SOURCES.purchase_order, { kind: 'start' }, []).filter).toBeUndefined()
    })

    it('one condition is the filter itself, not an "and" of one', () => {
        expect(pageQuery(DOCUMENT_SOURCES.purchase_order, { kind: 'start' }, ['10']).filter).toEqual({
            op: 'in',
            field: 'Company',
            values: [{ kind: 'string', value: '10' }],
        })
        expect(
            pageQuery(DOCUMENT_SOURCES.purchase_order, { kind: 'from_stamp', modified: '20260115080000' }, []).filter
        ).toEqual({
            op: 'ge',
            field: 'Objversion',
            value: { kind: 'string', value: '20260115080000' },
        })
    })
})

describe('KeysetPager', () => {
    const TENANT = 'https://tenant.example.com'
    const po = (n: number, stamp: string): IfsRow => ({ Objversion: stamp, OrderNo: `PO${n}`, Company: '10' })
    type Answer = { rows: IfsRow[]; nextLink: string | null }

    /** A reader that answers pages in turn and notes each request's filter and the reader's tag then. */
    function pagerOver(answers: (Answer | ((query: ODataQuery) => Answer))[]) {
        const requests: { filter: string | null; tag: string | undefined }[] = []
        const reader = {
            readAll: (): number => {
                throw new Error('the pager reads page by page')
            },
            readPage(path: string, query: ODataQuery, context?: RequestContext): Answer {
                expect(path).toBe(PO_SET)
                requests.push({ filter: query.filter ? renderFilter(query.filter) : null, tag: context?.objectType })
                const next = answers.shift() ?? { rows: [], nextLink: null }
                return typeof next === 'function' ? next(query) : next
            },
        }
        const pager = new KeysetPager({
            reader,
            connection: { tenantUrl: TENANT, companies: [] },
            partition: { ...presetPartition('purchase_order'), entitySetPath: PO_SET },
        })
        return { pager, reader, requests }
    }

    it('asks for each page after the last row placed, and ends at an empty page', () => {
        const { pager, requests } = pagerOver([
            { rows: [po(1, '20260115080000'), po(2, '20260115080000')], nextLink: 'more' },
            { rows: [po(3, '20260115080001')], nextLink: null },
        ])
        pager.startAt({ kind: 'from_stamp', modified: '20260115070000' })
        const first = pager.next()!
        expect(first.read).toBe(2)
        expect(first.placed.last).toEqual({ modified: '20260115080000', keys: ['PO2'] })
        expect(first.nextLink).toBe('more')
        expect(first.loop).toBeNull()
        expect(pager.next()!.placed.rows).toEqual([po(3, '20260115080001')])
        expect(pager.next()).toBeNull()
        expect(requests.map((r) => r.filter)).toEqual([
            "Objversion ge '20260115070000'",
            "Objversion gt '20260115080000' or (Objversion eq '20260115080000' and OrderNo gt 'PO2')",
            "Objversion gt '20260115080001' or (Objversion eq '20260115080001' and OrderNo gt 'PO3')",
        ])
    })

    it('a page that cannot place the cursor is asked for again from the same position', () => {
        const { pager, requests } = pagerOver([
            { rows: [{ ...po(1, '20260115080000'), Objversion: '' }], nextLink: null },
        ])
        expect(pager.next()!.placed).toMatchObject({ last: null, unplaceable: 1 })
        expect(pager.next()).toBeNull()
        expect(requests.map((r) => r.filter)).toEqual([null, null])
    })

    it('a nextLink back to the page just read is a loop, reported with the page (not thrown)', () => {
        const { pager } = pagerOver([
            (query) => ({ rows: [po(1, '20260115080000')], nextLink: dataUrl(TENANT, PO_SET, query) }),
        ])
        const page = pager.next()!
        expect(page.placed.rows).toHaveLength(1)
        expect(page.loop).toBeInstanceOf(MalformedResponse)
        expect(page.loop!.message).toContain('the nextLink repeats a page already read')
    })

    it('a nextLink that leaves the tenant is a loop too', () => {
        const { pager } = pagerOver([{ rows: [po(1, '20260115080000')], nextLink: 'https://elsewhere.example.com/x' }])
        expect(pager.next()!.loop!.message).toContain('nextLink leaves the tenant')
    })

    it("passes the partition's object type with every read (the reader keeps no tag)", () => {
        const { pager, reader, requests } = pagerOver([
            { rows: [po(1, '20260115080000')], nextLink: null },
            { rows: [po(1, '20260115080000')], nextLink: null },
        ])
        expect(pager.next()?.read).toBe(1)
        // The second answer repeats the row already placed: nothing new, so the page is refused.
        expect(() => pager.next()).toThrow(/only rows already read/)
        expect(reader).not.toHaveProperty('objectType')
        expect(requests.map((r) => r.tag)).toEqual(['purchase_order', 'purchase_order'])
    })
})
