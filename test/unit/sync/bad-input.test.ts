import { DOCUMENT_SOURCES } from '../../../src/server/core/ifs/source-fields'
import { AUDIT } from '../../../src/tables'
import { MAX_CONSECUTIVE_SETBACKS } from '../../../src/server/core/sync/sync-state'
import { outsideQueryReason } from '../../../src/server/core/sync/row-scope'
import { jsonResponse, textResponse } from '../../fakes/scripted-http'
import { jobHarness, PO_SET, po, stamp } from './job-harness'
import { ORDER_HEADERS_ONLY, ORDERS_ONLY } from '../../support/connection-types'

const audits = (h: ReturnType<typeof jobHarness>, operation: string) =>
    h.store.query(AUDIT.name, { where: [{ field: 'operation', op: '=', value: operation }] })

describe('outsideQueryReason', () => {
    const row = (company: unknown, objversion = stamp(10)) => ({ ...po(1, objversion), Company: company })
    it.each([
        ['30', "company 30 is not one of the connection's companies"],
        [' 99 ', 'company 99'],
        [7, 'company 7'],
        ['10 ', null],
        ['20', null],
        [null, null],
        ['', null],
    ])('company %j', (company, reason) => {
        const got = outsideQueryReason(DOCUMENT_SOURCES.purchase_order, row(company), ['10', '20'], { kind: 'start' })
        if (reason === null) expect(got).toBeNull()
        else expect(got).toContain(reason)
    })

    it('a stamp before the read lower bound (from a stamp on), not after an exact cursor', () => {
        const from = { kind: 'from_stamp' as const, modified: stamp(10) }
        expect(outsideQueryReason(DOCUMENT_SOURCES.purchase_order, row('10', stamp(9)), ['10'], from)).toContain(
            'is before'
        )
        expect(outsideQueryReason(DOCUMENT_SOURCES.purchase_order, row('10', stamp(10)), ['10'], from)).toBeNull()
        expect(outsideQueryReason(DOCUMENT_SOURCES.purchase_order, row('10', stamp(11)), ['10'], from)).toBeNull()
        const after = { kind: 'after' as const, cursor: { modified: stamp(10), keys: ['PO0001'] } }
        expect(outsideQueryReason(DOCUMENT_SOURCES.purchase_order, row('10', stamp(9)), ['10'], after)).toBeNull()
    })
})

describe('runJob: rows outside the query', () => {
    it('rows of other companies are skipped with an audit line; the rest is staged and the cursor moves on', () => {
        const h = jobHarness({ companies: '10' }, { types: ORDERS_ONLY })
        h.http.enqueue(() =>
            jsonResponse(200, {
                value: [
                    po(1, stamp(1)),
                    po(2, stamp(2), '30'),
                    po(3, stamp(3), 'ZZ'),
                    po(4, stamp(4)),
                    po(5, stamp(5), '30'),
                ],
            })
        )
        const r = h.run().connections[0]
        expect(r.status).toBe('succeeded')
        expect(r.message).toContain('3 rows IFS sent outside the query skipped')
        expect(h.stager.pages.flatMap((p) => p.rows.map((x) => x.OrderNo))).toEqual(['PO0001', 'PO0004'])
        // The foreign rows keep their place in the order: the cursor is past the last of them.
        expect(h.state('purchase_order')!.cursor_modified).toBe(stamp(5))
        const skip = audits(h, 'skip_out_of_query')
        expect(skip).toHaveLength(1)
        expect(skip[0].rows).toBe('3')
        expect(skip[0].message).toContain("2 × company 30 is not one of the connection's companies")
        expect(skip[0].message).toContain('1 × company ZZ')
    })

    it('a page of nothing but other companies moves the cursor and stages nothing', () => {
        const h = jobHarness({ companies: '10' }, { types: ORDERS_ONLY })
        h.http.enqueue(() => jsonResponse(200, { value: [po(1, stamp(1), '30'), po(2, stamp(2), '40')] }))
        const r = h.run().connections[0]
        expect(r.status).toBe('succeeded')
        expect(h.stager.pages).toHaveLength(0)
        expect(h.state('purchase_order')!.cursor_modified).toBe(stamp(2))
    })

    it('with an overlap, rows stamped before the lower bound are skipped and do not steer the cursor', () => {
        const h = jobHarness({ overlap_seconds: 5, lookback_seconds: 0 }, { types: ORDERS_ONLY })
        h.http.enqueue(() => jsonResponse(200, { value: [po(1, stamp(100))] }))
        h.run()
        expect(h.state('purchase_order')!.cursor_modified).toBe(stamp(100))
        h.http.enqueue(() => jsonResponse(200, { value: [po(7, stamp(3)), po(1, stamp(100)), po(2, stamp(101))] }))
        const r = h.run().connections[0]
        expect(r.status).toBe('succeeded')
        expect(h.state('purchase_order')!.cursor_modified).toBe(stamp(101))
        expect(audits(h, 'skip_out_of_query')[0].message).toContain('is before the 20260115080135')
        expect(h.stager.pages.flatMap((p) => p.rows.map((x) => x.OrderNo))).not.toContain('PO0007')
    })
})

describe('runJob: answers that are not what they seem', () => {
    const page = { value: [po(1, stamp(1)), po(2, stamp(2))] }

    it('a page behind a byte-order mark is read like any other', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        h.http.enqueue(() => jsonResponse(200, '\ufeff' + JSON.stringify(page)))
        const r = h.run().connections[0]
        expect(r.status).toBe('succeeded')
        expect(r.read).toBe(2)
        expect(h.state('purchase_order')!.cursor_modified).toBe(stamp(2))
    })

    it.each([
        [
            'an HTML sign-in page',
            textResponse(200, '<!DOCTYPE html><html>Sign in</html>', { 'content-type': 'text/html' }),
            'HTML',
        ],
        [
            'JSON declared as text/html',
            textResponse(200, JSON.stringify(page), { 'content-type': 'text/html' }),
            'text/html',
        ],
        ['a duplicated value key', jsonResponse(200, JSON.stringify(page).slice(0, -1) + ',"value":[]}'), 'twice'],
        [
            'an undecoded gzip body',
            textResponse(200, '\u001f\ufffd\b\u0000\u0000', { 'content-type': 'application/json' }),
            'gzip',
        ],
    ])('%s is never a success, and nothing moves', (_, answer, problem) => {
        const h = jobHarness({}, { types: ORDERS_ONLY, maxInlineWaitMs: 60_000 })
        for (let i = 0; i < 10; i++) h.http.enqueue(answer)
        const r = h.run().connections[0]
        expect(r.status).toBe('failed')
        expect(r.message).toContain(problem)
        expect(h.stager.pages).toHaveLength(0)
        expect(h.state('purchase_order')!.cursor_modified).toBeNull()
    })
})

describe('runJob: no endless deferral', () => {
    /** n runs, each answered once with `answer` (no inline wait: the first setback defers), the clock past each deferral. */
    function runs(h: ReturnType<typeof jobHarness>, n: number, answer: () => unknown) {
        const out = []
        for (let i = 0; i < n; i++) {
            h.http.enqueue(answer as never)
            out.push(h.run().connections[0])
            h.clock.advance(24 * 3600 * 1000)
        }
        return out
    }

    it.each([
        ['HTTP 503', () => jsonResponse(503, { error: { code: 'X', message: 'down' } }), 'HTTP 503'],
        ['timeouts', () => ({ kind: 'transport_error', reason: 'timeout', message: 'no answer' }), 'timed out'],
        [
            'refused connections',
            () => ({ kind: 'transport_error', reason: 'connection', message: 'ECONNREFUSED' }),
            'connection failed',
        ],
        ['an HTML page', () => textResponse(200, '<html></html>', { 'content-type': 'text/html' }), 'malformed'],
    ])(
        `%s: deferred ${MAX_CONSECUTIVE_SETBACKS - 1} times, then the partition fails with the reason`,
        (_, answer, reason) => {
            const h = jobHarness({}, { types: ORDERS_ONLY })
            const statuses = runs(h, MAX_CONSECUTIVE_SETBACKS + 1, answer)
            expect(statuses.map((r) => r.status)).toEqual([
                ...Array(MAX_CONSECUTIVE_SETBACKS - 1).fill('deferred'),
                'failed',
                'failed',
            ])
            const failed = statuses[MAX_CONSECUTIVE_SETBACKS - 1]
            expect(failed.message).toContain(`${MAX_CONSECUTIVE_SETBACKS} runs in a row ended without progress`)
            expect(failed.message).toContain(reason)
            expect(h.state('purchase_order')!.consecutive_failures).toBe(String(MAX_CONSECUTIVE_SETBACKS + 1))
            expect(h.state('purchase_order')!.deferred_until).toBeNull()
        }
    )

    it('throttling (429, with and without Retry-After) never counts', () => {
        for (const headers of [{ 'retry-after': '120' }, {}] as Record<string, string>[]) {
            const h = jobHarness({}, { types: ORDERS_ONLY })
            const statuses = runs(h, MAX_CONSECUTIVE_SETBACKS + 2, () => jsonResponse(429, {}, headers))
            expect(new Set(statuses.map((r) => r.status))).toEqual(new Set(['deferred']))
            expect(h.state('purchase_order')!.consecutive_failures).toBe('0')
        }
    })

    it('a run that commits a page starts the count again', () => {
        const h = jobHarness({}, { types: ORDER_HEADERS_ONLY })
        const down = () => jsonResponse(503, {})
        runs(h, MAX_CONSECUTIVE_SETBACKS - 1, down)
        expect(h.state('purchase_order')!.consecutive_failures).toBe(String(MAX_CONSECUTIVE_SETBACKS - 1))
        // One page comes through, then IFS is down again in the same run: progress resets the count.
        h.http.enqueue(() =>
            jsonResponse(200, { value: [po(1, stamp(1))], '@odata.nextLink': 'https://acme.ifs.cloud/x?p=2' })
        )
        h.http.enqueue(down)
        const mid = h.run().connections[0]
        expect(mid.status).toBe('deferred')
        expect(h.state('purchase_order')!.consecutive_failures).toBe('1')
        h.clock.advance(24 * 3600 * 1000)
        // ...and once IFS answers, the partition completes and the count is 0.
        h.http.enqueue(() => jsonResponse(200, { value: [] }))
        expect(h.run().connections[0].status).toBe('succeeded')
        expect(h.state('purchase_order')!.consecutive_failures).toBe('0')
    })
})

describe('runJob: bad values in a request', () => {
    it.each([
        ['a 30 MB order number', { OrderNo: 'N'.repeat(30 * 1024 * 1024) }],
        ['an order number with a newline', { OrderNo: 'PO\n1' }],
        ['a 300-character stamp', { Objversion: '2'.repeat(300) }],
    ])('%s never becomes the cursor; the rest of the page commits', (_, bad) => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        h.http.enqueue(() =>
            jsonResponse(200, { value: [po(1, stamp(1)), { ...po(2, stamp(2)), ...bad }, po(3, stamp(3))] })
        )
        h.http.enqueue(() => jsonResponse(200, { value: [] }))
        const r = h.run().connections[0]
        expect(r.status).toBe('succeeded')
        expect(h.state('purchase_order')!.cursor_modified).toBe(stamp(3))
        expect(h.state('purchase_order')!.cursor_key).toBe('["PO0003"]')
        // Every request stayed small.
        for (const req of h.http.requests) expect(req.url.length).toBeLessThan(8192)
    })
})
