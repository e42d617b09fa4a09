import {
    CredentialsRejected,
    DeferRequested,
    IfsRequestFailed,
    MalformedResponse,
    TransportFailed,
} from '../../../src/server/core/ifs/ifs-errors'
import { jsonResponse, textResponse, timeout } from '../../fakes/scripted-http'
import { thrownBy } from '../../support/thrown-by'
import { clientHarness, PO_SET, poRows } from './client-harness'
import { beforeEachRequest } from '../../support/before-each-request'

const PAGE_URL = 'https://acme.ifs.cloud/main/ifsapplications/projection/v1/PurchaseOrderHandling.svc/PurchaseOrderSet'

describe('IfsClient paging', () => {
    it('follows absolute nextLinks to the end, with Prefer maxpagesize, Accept json and the bearer on every page', () => {
        const h = clientHarness({ pageSize: 3 })
        h.ifs.sets.set(PO_SET, poRows(7))
        const pages: string[][] = []
        const total = h.client.readAll(PO_SET, { orderBy: [{ field: 'OrderNo' }] }, (rows) =>
            pages.push(rows.map((r) => r.OrderNo as string))
        )
        expect(total).toBe(7)
        expect(pages).toEqual([['PO00000', 'PO00001', 'PO00002'], ['PO00003', 'PO00004', 'PO00005'], ['PO00006']])
        expect(h.http.requests).toHaveLength(3)
        for (const r of h.http.requests) {
            expect(r.method).toBe('GET')
            expect(r.headers.Prefer).toBe('odata.maxpagesize=3')
            expect(r.headers.Accept).toBe('application/json')
            expect(r.headers.Authorization).toBe(`Bearer ${h.tokens.granted[0]}`)
        }
        expect(h.http.requests[0].url).toBe(`${PAGE_URL}?$orderby=OrderNo%20asc`)
        expect(h.http.requests[1].url).toContain('$skip=3')
        expect(h.counters.requests).toBe(4) // 3 pages + 1 token
    })

    it('follows relative nextLinks', () => {
        const h = clientHarness({ pageSize: 2 })
        h.ifs.relativeNextLinks = true
        h.ifs.sets.set(PO_SET, poRows(5))
        const seen: unknown[] = []
        expect(h.client.readAll(PO_SET, {}, (rows) => seen.push(...rows.map((r) => r.OrderNo)))).toBe(5)
        expect(seen).toEqual(['PO00000', 'PO00001', 'PO00002', 'PO00003', 'PO00004'])
        expect(h.http.requests[2].url).toBe(`${PAGE_URL}?$skip=4`)
    })

    it('stops on a nextLink that repeats, after handing on the pages it read', () => {
        const h = clientHarness()
        const loop = `${PAGE_URL}?$skiptoken=abc`
        h.http.enqueue(jsonResponse(200, { value: [{ OrderNo: 'A' }], '@odata.nextLink': loop }))
        h.http.enqueue(jsonResponse(200, { value: [{ OrderNo: 'B' }], '@odata.nextLink': loop }))
        const seen: unknown[] = []
        expect(() => h.client.readAll(PO_SET, {}, (rows) => seen.push(...rows.map((r) => r.OrderNo)))).toThrow(
            /nextLink repeats/
        )
        expect(seen).toEqual(['A', 'B'])
        expect(h.http.requests.map((r) => r.url)).toEqual([PAGE_URL, loop])
    })

    it('refuses a nextLink to another host without sending it the token', () => {
        const h = clientHarness()
        h.http.enqueue(jsonResponse(200, { value: [], '@odata.nextLink': 'https://evil.example.com/steal' }))
        expect(() => h.client.readAll(PO_SET, {}, () => undefined)).toThrow(MalformedResponse)
        expect(h.http.requests).toHaveLength(1)
    })

    it('readPage returns one page and its nextLink without following it', () => {
        const h = clientHarness({ pageSize: 2 })
        h.ifs.sets.set(PO_SET, poRows(3))
        const page = h.client.readPage(PO_SET, { top: 10 })
        expect(page.rows.map((r) => r.OrderNo)).toEqual(['PO00000', 'PO00001'])
        expect(page.nextLink).toContain('$skip=2')
        expect(h.http.requests).toHaveLength(1)
    })
})

describe('IfsClient throttling and retries', () => {
    it('429 with Retry-After seconds: waits exactly that long inline (Node) and retries', () => {
        const h = clientHarness({ maxInlineWaitMs: 30_000 })
        h.ifs.sets.set(PO_SET, poRows(1))
        h.http.enqueue(jsonResponse(429, { error: { message: 'Too many requests' } }, { 'Retry-After': '7' }))
        const t0 = h.clock.nowMs()
        expect(h.client.readPage(PO_SET, {}).rows).toHaveLength(1)
        expect(h.ports.waiter.waits).toEqual([7000])
        expect(h.clock.nowMs() - t0).toBe(7000)
        expect(h.http.requests).toHaveLength(2)
        expect(h.counters.throttles).toBe(1)
        expect(h.auditRows().filter((r) => r.operation === 'throttle')).toHaveLength(1)
    })

    it('429 with Retry-After as an HTTP date waits until that date', () => {
        const h = clientHarness({ maxInlineWaitMs: 30_000 })
        h.ifs.sets.set(PO_SET, poRows(1))
        const at = new Date(h.clock.nowMs() + 12_000).toUTCString()
        h.http.enqueue(jsonResponse(429, '', { 'Retry-After': at }))
        h.client.readPage(PO_SET, {})
        expect(h.ports.waiter.waits).toEqual([12_000])
    })

    it('429 without Retry-After: exponential backoff with full jitter', () => {
        const h = clientHarness({ maxInlineWaitMs: 60_000, random: () => 0.25 })
        h.ifs.sets.set(PO_SET, poRows(1))
        h.http.enqueue(jsonResponse(429, ''), jsonResponse(429, ''), jsonResponse(429, ''))
        h.client.readPage(PO_SET, {})
        expect(h.ports.waiter.waits).toEqual([250, 500, 1000])
        expect(h.counters.throttles).toBe(3)
    })

    it('on the instance (no inline wait) a 429 becomes DeferRequested at the Retry-After time', () => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        h.http.enqueue(jsonResponse(429, '', { 'Retry-After': '120' }))
        const now = h.clock.nowMs()
        const error = thrownBy(DeferRequested, () => h.client.readPage(PO_SET, {}))
        expect(error.untilMs).toBe(now + 120_000)
        expect(h.http.requests).toHaveLength(1)
        expect(h.auditRows().some((r) => r.operation === 'defer')).toBe(true)
    })

    it('a 429 that outlasts the retries defers instead of failing', () => {
        const h = clientHarness({ maxInlineWaitMs: 60_000 })
        h.http.enqueue(...Array.from({ length: 5 }, () => jsonResponse(429, '', { 'Retry-After': '1' })))
        expect(() => h.client.readPage(PO_SET, {})).toThrow(DeferRequested)
        expect(h.http.requests).toHaveLength(5)
    })

    it.each([502, 503, 504])('%i is retried with backoff, then succeeds', (status) => {
        const h = clientHarness({ maxInlineWaitMs: 60_000, random: () => 1 })
        h.ifs.sets.set(PO_SET, poRows(2))
        h.http.enqueue(textResponse(status, 'Bad gateway'), textResponse(status, 'Bad gateway'))
        expect(h.client.readPage(PO_SET, {}).rows).toHaveLength(2)
        expect(h.ports.waiter.waits).toEqual([1000, 2000])
    })

    it('5xx beyond the retries fails with the status and path', () => {
        const h = clientHarness({ maxInlineWaitMs: 60_000 })
        h.http.enqueue(
            ...Array.from({ length: 5 }, () => jsonResponse(503, { error: { code: 'DOWN', message: 'maintenance' } }))
        )
        const error = thrownBy(IfsRequestFailed, () => h.client.readPage(PO_SET, {}))
        expect(error.status).toBe(503)
        expect(error.ifsMessage).toBe('DOWN: maintenance')
        expect(h.http.requests).toHaveLength(5)
    })

    it('timeouts are retried, and fail as TransportFailed when they persist', () => {
        const h = clientHarness({ maxInlineWaitMs: 60_000 })
        h.ifs.sets.set(PO_SET, poRows(1))
        h.http.enqueue(timeout())
        expect(h.client.readPage(PO_SET, {}).rows).toHaveLength(1)
        expect(h.http.requests).toHaveLength(2)
        h.http.enqueue(...Array.from({ length: 5 }, timeout))
        expect(() => h.client.readPage(PO_SET, {})).toThrow(TransportFailed)
    })

    it.each([
        ['bad JSON', textResponse(200, '{"value": [')],
        ['no value array', jsonResponse(200, { data: [] })],
        ['value not rows', jsonResponse(200, { value: [1, 2] })],
        ['HTML error page', textResponse(200, '<html>proxy</html>')],
    ])('a malformed page (%s) is retried, then succeeds', (_name, bad) => {
        const h = clientHarness({ maxInlineWaitMs: 60_000 })
        h.ifs.sets.set(PO_SET, poRows(1))
        h.http.enqueue(bad)
        expect(h.client.readPage(PO_SET, {}).rows).toHaveLength(1)
        expect(h.http.requests).toHaveLength(2)
    })

    it('a page that stays malformed ends with MalformedResponse and hands nothing on', () => {
        const h = clientHarness({ maxInlineWaitMs: 60_000 })
        h.http.enqueue(...Array.from({ length: 5 }, () => textResponse(200, '{"value": [')))
        const pages: unknown[] = []
        expect(() => h.client.readAll(PO_SET, {}, (r) => pages.push(r))).toThrow(MalformedResponse)
        expect(pages).toEqual([])
    })

    it.each([400, 403, 404])('%i fails at once with status, path (no query) and IFS message', (status) => {
        const h = clientHarness()
        h.http.enqueue(jsonResponse(status, { error: { code: 'ODP_X', message: 'The entity set is not available' } }))
        const e = thrownBy(IfsRequestFailed, () =>
            h.client.readPage(PO_SET, {
                filter: { op: 'eq', field: 'Company', value: { kind: 'string', value: 'secret-ish' } },
            })
        )
        expect(e.status).toBe(status)
        expect(e.path).toBe('/main/ifsapplications/projection/v1/PurchaseOrderHandling.svc/PurchaseOrderSet')
        expect(e.message).toContain('ODP_X: The entity set is not available')
        expect(e.message).not.toContain('secret-ish')
        expect(e.message).not.toContain(h.tokens.granted[0])
        expect(h.http.requests).toHaveLength(1)
    })
})

describe('IfsClient tokens', () => {
    it('on a 401 refreshes the token once and retries the request with the new one', () => {
        const h = clientHarness()
        h.ifs.sets.set(PO_SET, poRows(1))
        h.http.enqueue(jsonResponse(401, { error: { message: 'expired' } }))
        expect(h.client.readPage(PO_SET, {}).rows).toHaveLength(1)
        expect(h.tokens.calls).toBe(2)
        expect(h.http.requests.map((r) => r.headers.Authorization)).toEqual([
            `Bearer ${h.tokens.granted[0]}`,
            `Bearer ${h.tokens.granted[1]}`,
        ])
    })

    it('a second 401 in a row is CredentialsRejected, with no token in the message or the audit', () => {
        const h = clientHarness()
        h.http.enqueue(jsonResponse(401, ''), jsonResponse(401, ''))
        const error = thrownBy(CredentialsRejected, () => h.client.readPage(PO_SET, {}))
        const text = error.message + JSON.stringify(h.auditRows())
        for (const t of h.tokens.granted) expect(text).not.toContain(t)
        expect(error.message).toContain('rejected')
        expect(h.tokens.calls).toBe(2)
    })

    it('refreshes before expiry (margin) when the token would expire during the run', () => {
        const h = clientHarness({ tokenLifetime: 180 })
        h.ifs.sets.set(PO_SET, poRows(1))
        h.client.readPage(PO_SET, {})
        h.clock.advance(130_000) // 50 s left: inside the 45 s margin? no — still valid
        h.client.readPage(PO_SET, {})
        expect(h.tokens.calls).toBe(1)
        h.clock.advance(10_000) // 40 s left: inside the margin, refresh before using it
        h.client.readPage(PO_SET, {})
        expect(h.tokens.calls).toBe(2)
        expect(h.http.requests.every((r) => r.headers.Authorization)).toBe(true)
        expect(h.http.requests[2].headers.Authorization).toBe(`Bearer ${h.tokens.granted[1]}`)
        expect(h.auditRows().filter((r) => r.operation === 'token_refresh')).toHaveLength(2)
    })

    it('a token without a stated lifetime (expires_in 0) is reused, not fetched again for every request', () => {
        const h = clientHarness({ tokenLifetime: 0 })
        h.ifs.sets.set(PO_SET, poRows(1))
        for (let i = 0; i < 5; i++) h.client.readPage(PO_SET, {})
        expect(h.tokens.calls).toBe(1)
        expect(h.auditRows().find((r) => r.operation === 'token_refresh')?.message).toContain('assumed valid for 180 s')
        h.clock.advance(180_000) // past the assumed lifetime (and its margin): a fresh token
        h.client.readPage(PO_SET, {})
        expect(h.tokens.calls).toBe(2)
    })

    it('a token expiring server-side mid-run (401) is recovered transparently', () => {
        const h = clientHarness({ pageSize: 2 })
        h.ifs.sets.set(PO_SET, poRows(5))
        let expired = false
        h.ifs.onRequest = (n) => {
            if (n === 1 && !expired) {
                expired = true
                h.ifs.validTokens.clear()
                h.ifs.validTokens.add('only-a-newer-token')
            }
        }
        const seen: unknown[] = []
        h.client.readAll(PO_SET, {}, (rows) => seen.push(...rows.map((r) => r.OrderNo)))
        expect(seen).toHaveLength(5)
        expect(h.tokens.calls).toBe(2)
    })

    it('a refused client is CredentialsRejected; the identity provider message is scrubbed', () => {
        const h = clientHarness()
        h.tokens.enqueue({ kind: 'rejected', status: 401, message: 'invalid client_secret=hunter2hunter2' })
        expect(() => h.client.readPage(PO_SET, {})).toThrow(CredentialsRejected)
        expect(h.http.requests).toHaveLength(0)
        expect(JSON.stringify(h.auditRows())).not.toContain('hunter2hunter2')
    })

    it('an unavailable token endpoint is retried with backoff, honouring its Retry-After', () => {
        const h = clientHarness({ maxInlineWaitMs: 60_000 })
        h.ifs.sets.set(PO_SET, poRows(1))
        h.tokens.enqueue({ kind: 'unavailable', status: 503, retryAfterSeconds: 3, message: 'down' })
        expect(h.client.readPage(PO_SET, {}).rows).toHaveLength(1)
        expect(h.ports.waiter.waits).toEqual([3000])
        expect(h.tokens.calls).toBe(2)
    })

    it('registers tokens with the redactor so no audit text can carry one', () => {
        const h = clientHarness()
        h.ifs.sets.set(PO_SET, poRows(1))
        h.client.readPage(PO_SET, {})
        expect(h.redactor.scrub(`x ${h.tokens.granted[0]} y`)).toBe('x *** y')
    })
})

describe('IfsClient request ceiling', () => {
    /** Max requests (data and token) in any window of `windowMs` of the fake clock. */
    function maxInWindow(times: number[], windowMs = 60_000): number {
        let max = 0
        for (const t of times) max = Math.max(max, times.filter((u) => u >= t && u < t + windowMs).length)
        return max
    }

    it('never sends more than N requests in any 60 s window, token requests included (Node waits inline)', () => {
        const h = clientHarness({ ceiling: 5, maxInlineWaitMs: 60_000, latencyMs: 700 })
        h.ifs.sets.set(PO_SET, poRows(1))
        const times: number[] = []
        beforeEachRequest(h, () => times.push(h.clock.nowMs()))
        for (let i = 0; i < 23; i++) {
            h.client.readPage(PO_SET, {})
            if (i === 10) h.clock.advance(13_000)
        }
        expect(times).toHaveLength(24)
        expect(maxInWindow(times)).toBe(5)
        expect(h.counters.throttles).toBeGreaterThan(0)
    })

    it('on the instance a full window becomes DeferRequested at the time a slot frees', () => {
        const h = clientHarness({ ceiling: 3, maxInlineWaitMs: 0 })
        h.ifs.sets.set(PO_SET, poRows(1))
        const start = h.clock.nowMs()
        h.client.readPage(PO_SET, {}) // token + 1
        h.clock.advance(1000)
        h.client.readPage(PO_SET, {})
        const error = thrownBy(DeferRequested, () => h.client.readPage(PO_SET, {}))
        expect(error.untilMs).toBe(start + 60_000)
        expect(h.http.requests).toHaveLength(2)
    })

    it('counts the requests of an earlier run in the last minute (from its audit rows)', () => {
        const h = clientHarness({ ceiling: 3, maxInlineWaitMs: 0 })
        h.ifs.sets.set(PO_SET, poRows(1))
        h.client.readPage(PO_SET, {})
        h.client.readPage(PO_SET, {})
        h.audit.flush()
        h.clock.advance(5_000)
        const second = h.make() // a new run: new limiter, seeded from the audit trail
        expect(() => second.readPage(PO_SET, {})).toThrow(DeferRequested)
        h.clock.advance(60_000)
        expect(second.readPage(PO_SET, {}).rows).toHaveLength(1)
    })
})

describe('IfsClient ETag helpers', () => {
    const entity = "PurchaseOrderHandling.svc/PurchaseOrderSet(OrderNo='PO1')"
    it('reads the ETag, then PATCHes with If-Match; 412 is a conflict', () => {
        const h = clientHarness()
        h.http.enqueue(jsonResponse(200, { '@odata.etag': 'W/"abc"', OrderNo: 'PO1' }))
        const read = h.client.readWithEtag(entity)
        expect(read.etag).toBe('W/"abc"')
        expect(read.row.OrderNo).toBe('PO1')
        h.http.enqueue(jsonResponse(412, { error: { message: 'changed' } }))
        const out = h.client.patchWithIfMatch(entity, read.etag, { Note: 'x' })
        expect(out.kind).toBe('conflict')
        const patch = h.http.requests[1]
        expect(patch.method).toBe('PATCH')
        expect(patch.headers['If-Match']).toBe('W/"abc"')
        expect(patch.body).toBe('{"Note":"x"}')
        expect(patch.url).toBe(`${PAGE_URL}(OrderNo='PO1')`)
        h.http.enqueue(textResponse(204, '', { ETag: 'W/"def"' }))
        expect(h.client.patchWithIfMatch(entity, read.etag, {})).toEqual({ kind: 'patched', etag: 'W/"def"' })
    })

    it('an entity without an ETag is malformed', () => {
        const h = clientHarness({ maxInlineWaitMs: 60_000 })
        h.http.enqueue(...Array.from({ length: 5 }, () => jsonResponse(200, { OrderNo: 'PO1' })))
        expect(() => h.client.readWithEtag(entity)).toThrow(MalformedResponse)
    })
})

describe('IfsClient audit', () => {
    it('records each request with path, status, rows and duration', () => {
        const h = clientHarness({ latencyMs: 40 })
        h.ifs.sets.set(PO_SET, poRows(3))
        h.client.readPage(PO_SET, {})
        const rows = h.auditRows()
        const page = rows.find((r) => r.operation === 'read_page')!
        expect(page.path).toBe('/main/ifsapplications/projection/v1/PurchaseOrderHandling.svc/PurchaseOrderSet')
        expect(page.http_status).toBe('200')
        expect(page.rows).toBe('3')
        expect(page.duration_ms).toBe('40')
        const token = rows.find((r) => r.operation === 'token_refresh')!
        expect(token.path).toBe('/auth/realms/acme/protocol/openid-connect/token')
    })
})
