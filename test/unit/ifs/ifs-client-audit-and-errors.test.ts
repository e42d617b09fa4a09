import { createIfsClient, recentRequestTimes } from '../../../src/server/core/ifs/ifs-client'
import type { IfsClient } from '../../../src/server/core/ifs/ifs-client'
import {
    CredentialsRejected,
    DeferRequested,
    IfsRequestFailed,
    MalformedResponse,
    TokenUnavailable,
    TransportFailed,
} from '../../../src/server/core/ifs/ifs-errors'
import { IFS_TOKEN_SCOPE } from '../../../src/server/core/ifs/oauth-scope'
import { RollingWindowLimiter } from '../../../src/server/core/ifs/rate-limiter'
import { DOCUMENT_SOURCES, selectFor } from '../../../src/server/core/ifs/source-fields'
import { AUDIT } from '../../../src/tables'
import { jsonResponse, textResponse, timeout } from '../../fakes/scripted-http'
import { thrownBy } from '../../support/thrown-by'
import { rowsAlike } from '../../support/maps-each'
import { clientHarness, PO_SET } from './client-harness'

// The store answers strings, as Glide does. Expected texts are written out: they are what an admin reads in the audit list and in a failed
// run's message.
const PO_PATH = '/main/ifsapplications/projection/v1/PurchaseOrderHandling.svc/PurchaseOrderSet'
const SUPPLIER_SET = 'SuppliersHandling.svc/SupplierInfoGeneralSet'

/** The harness's client with no retries: the first failure is final. */
function noRetries(h: ReturnType<typeof clientHarness>) {
    return createIfsClient(
        { ports: h.ports, connection: h.config, audit: h.audit, redactor: h.redactor, counters: h.counters },
        {
            random: () => 0.5,
            backoff: { baseMs: 1000, capMs: 1000, maxRetries: 0 },
        }
    )
}

/** The problem of the MalformedResponse `read` throws when IFS answers 200 with `body` (no retries). */
function malformedProblem(
    h: ReturnType<typeof clientHarness>,
    body: string,
    read: (client: IfsClient) => unknown
): string {
    h.http.enqueue(textResponse(200, body))
    return thrownBy(MalformedResponse, () => read(noRetries(h))).problem
}

const rows = (h: ReturnType<typeof clientHarness>, operation?: string) =>
    h.auditRows().filter((r) => operation === undefined || r.operation === operation)

describe('IFS errors say what happened', () => {
    it.each([
        [
            () => new CredentialsRejected('HTTP 401'),
            'credentials_rejected',
            true,
            'CredentialsRejected',
            'IFS credentials rejected: HTTP 401. Check the client id and secret in the OAuth profile.',
        ],
        [
            () => new IfsRequestFailed(404, '/x', 'Not found'),
            'request_failed',
            false,
            'IfsRequestFailed',
            'IFS answered HTTP 404 for /x: Not found',
        ],
        [
            () => new IfsRequestFailed(500, '/x', null),
            'request_failed',
            false,
            'IfsRequestFailed',
            'IFS answered HTTP 500 for /x',
        ],
        [
            () => new MalformedResponse('/x', 'the body is not JSON'),
            'malformed_response',
            false,
            'MalformedResponse',
            'IFS sent a malformed response for /x: the body is not JSON',
        ],
        [
            () => new TransportFailed('/x', 'timeout'),
            'transport_failed',
            false,
            'TransportFailed',
            'Could not reach IFS for /x (timed out)',
        ],
        [
            () => new TransportFailed('/x', 'connection'),
            'transport_failed',
            false,
            'TransportFailed',
            'Could not reach IFS for /x (connection failed)',
        ],
        [
            () => new TokenUnavailable('HTTP 503'),
            'token_unavailable',
            false,
            'TokenUnavailable',
            'Could not obtain an IFS access token: HTTP 503',
        ],
        [() => new DeferRequested(5, 'throttled'), 'defer_requested', false, 'DeferRequested', 'Deferred: throttled'],
    ])('%#: %s', (make, kind, connectionWide, name, message) => {
        // Built inside the test, not while jest collects the table.
        const error = make()
        expect(error.kind).toBe(kind)
        expect(error.connectionWide).toBe(connectionWide)
        expect(error.name).toBe(name)
        expect(error.message).toBe(message)
    })

    it('a token without a Retry-After has none', () => {
        expect(new TokenUnavailable('x').retryAfterMs).toBeNull()
    })
})

describe("IFS's own error text in audit rows and errors", () => {
    it.each([
        ['{"error":{"code":"ODP_001","message":"Order locked"}}', 'ODP_001: Order locked'],
        ['{"error":{"message":"Order locked"}}', 'Order locked'],
        ['{"error":{"code":7,"message":"Order locked"}}', 'Order locked'],
        ['{"error":{"code":"ODP_001"}}', null],
        ['{"error":null}', null],
        ['null', null],
        ['{}', null],
        ['  Service down  ', 'Service down'],
        ['   ', null],
        ['', null],
    ])('a 400 with body %j reports %j', (body, ifsMessage) => {
        const h = clientHarness()
        h.http.enqueue(textResponse(400, body))
        const error = thrownBy(IfsRequestFailed, () => h.client.readPage(PO_SET, {}))
        expect(error).toBeInstanceOf(IfsRequestFailed)
        expect(error.ifsMessage).toBe(ifsMessage)
        expect(error.path).toBe(PO_PATH)
        const [row] = rows(h, 'read_page')
        expect(row.http_status).toBe('400')
        expect(row.message).toBe(ifsMessage)
    })

    it('IFS text of 500 characters is kept; longer text is cut to 500 with an ellipsis', () => {
        const h = clientHarness()
        h.http.enqueue(textResponse(400, 'x'.repeat(500)), textResponse(400, 'y'.repeat(501)))
        expect(thrownBy(IfsRequestFailed, () => h.client.readPage(PO_SET, {})).ifsMessage).toBe('x'.repeat(500))
        const cut = thrownBy(IfsRequestFailed, () => h.client.readPage(PO_SET, {})).ifsMessage!
        expect(cut).toBe('y'.repeat(499) + '…')
    })

    it.each([300, 302, 404, 199])('HTTP %i with a page-shaped body is a failure, not a page', (status) => {
        const h = clientHarness()
        h.http.enqueue(jsonResponse(status, { value: [{ OrderNo: 'A' }] }))
        expect(thrownBy(IfsRequestFailed, () => h.client.readPage(PO_SET, {})).status).toBe(status)
    })

    it.each([200, 204, 299])('HTTP %i with a page is a page', (status) => {
        const h = clientHarness()
        h.http.enqueue(jsonResponse(status, { value: [{ OrderNo: 'A' }] }))
        expect(h.client.readPage(PO_SET, {}).rows).toEqual([{ OrderNo: 'A' }])
    })
})

describe('malformed pages are named for what is wrong with them', () => {
    it.each([
        ['not json', 'the body is not JSON'],
        ...rowsAlike('the body is not a JSON object', '[]', 'null', '"text"', '7'),
        ...rowsAlike('there is no "value" array', '{}', '{"value":{}}'),
        ...rowsAlike('"value" holds something other than rows', '{"value":[1]}', '{"value":[null]}', '{"value":[[]]}'),
        ['{"value":[],"@odata.nextLink":5}', '"@odata.nextLink" is not a string'],
    ])('%s: %s', (body, problem) => {
        const h = clientHarness()
        expect(malformedProblem(h, body, (client) => client.readPage(PO_SET, {}))).toBe(problem)
        expect(rows(h, 'read_page').map((r) => r.message)).toEqual([`malformed: ${problem}`])
    })

    it('a null nextLink is the last page', () => {
        const h = clientHarness()
        h.http.enqueue(textResponse(200, '{"value":[{"A":1}],"@odata.nextLink":null}'))
        expect(h.client.readPage(PO_SET, {})).toEqual({ rows: [{ A: 1 }], nextLink: null })
    })

    it('a malformed page is retried with the problem in the retry note, then read', () => {
        const h = clientHarness({ maxInlineWaitMs: 60_000 })
        h.http.enqueue(textResponse(200, '{}'), jsonResponse(200, { value: [] }))
        expect(h.client.readPage(PO_SET, {}).rows).toEqual([])
        // Full jitter with random 0.5: half of min(cap, base·2^0) = 500 ms.
        expect(rows(h, 'retry').map((r) => r.message)).toEqual([
            'malformed response (there is no "value" array); retry 1 in 500 ms',
        ])
    })
})

describe('audit notes of retries, throttles and deferrals', () => {
    it('a 503 with Retry-After is retried after exactly that wait, noted with the status', () => {
        const h = clientHarness({ maxInlineWaitMs: 60_000 })
        h.http.enqueue(
            jsonResponse(503, { error: { code: 'DOWN', message: 'maintenance' } }, { 'Retry-After': '2' }),
            jsonResponse(200, { value: [] })
        )
        h.client.readPage(PO_SET, {})
        expect(rows(h, 'read_page').map((r) => [r.http_status, r.message])).toEqual([
            ['503', 'DOWN: maintenance'],
            ['200', null],
        ])
        expect(rows(h, 'retry').map((r) => r.message)).toEqual(['HTTP 503; retry 1 in 2000 ms'])
        expect(h.ports.waiter.waits).toEqual([2000])
    })

    it.each([
        [timeout(), 'timeout: Read timed out', 'request timed out (Read timed out)'],
        [
            { kind: 'transport_error' as const, reason: 'connection' as const, message: 'ECONNRESET' },
            'connection: ECONNRESET',
            'connection failed (ECONNRESET)',
        ],
    ])('a transport error is audited and retried: %j', (failure, audited, note) => {
        const h = clientHarness({ maxInlineWaitMs: 60_000 })
        h.http.enqueue(failure, jsonResponse(200, { value: [] }))
        h.client.readPage(PO_SET, {})
        expect(rows(h, 'read_page')[0].message).toBe(audited)
        expect(rows(h, 'retry').map((r) => r.message)).toEqual([`${note}; retry 1 in 500 ms`])
    })

    it('a 401 is audited as unauthorized; a second one names the path', () => {
        const h = clientHarness()
        h.http.enqueue(textResponse(401, ''), textResponse(401, ''))
        const error = thrownBy(CredentialsRejected, () => h.client.readPage(PO_SET, {}))
        expect(error.detail).toBe(`IFS answered 401 twice for ${PO_PATH}`)
        expect(rows(h, 'read_page').map((r) => r.message)).toEqual(['unauthorized', 'unauthorized'])
    })

    it.each([
        ['7', 'Retry-After: 7', 'throttled (429); retry 1 in 7000 ms'],
        [undefined, 'Retry-After: none', 'throttled (429); retry 1 in 500 ms'],
    ])('a 429 with Retry-After %p is noted as a throttle and a retry', (header, throttle, retry) => {
        const h = clientHarness({ maxInlineWaitMs: 60_000 })
        h.http.enqueue(
            jsonResponse(429, '', header === undefined ? {} : { 'Retry-After': header }),
            jsonResponse(200, { value: [] })
        )
        h.client.readPage(PO_SET, {})
        expect(rows(h, 'read_page')[0]).toMatchObject({ http_status: '429', message: 'throttled by IFS' })
        expect(rows(h, 'throttle').map((r) => [r.http_status, r.message])).toEqual([['429', throttle]])
        expect(rows(h, 'retry').map((r) => r.message)).toEqual([retry])
    })

    it('still throttled after the retries: a defer note and DeferRequested at now + Retry-After', () => {
        const h = clientHarness({ maxInlineWaitMs: 60_000 })
        const client = noRetries(h)
        h.http.enqueue(jsonResponse(429, '', { 'Retry-After': '30' }))
        const now = h.clock.nowMs()
        const error = thrownBy(DeferRequested, () => client.readPage(PO_SET, {}))
        expect(error.untilMs).toBe(now + 30_000)
        expect(error.reason).toBe(`IFS kept answering 429 for ${PO_PATH}`)
        expect(rows(h, 'defer').map((r) => r.message)).toEqual(['still throttled after retries'])
    })

    it('a wait longer than the waiter may block becomes a deferral noting when to continue', () => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        h.http.enqueue(jsonResponse(503, '', { 'Retry-After': '120' }))
        const error = thrownBy(DeferRequested, () => h.client.readPage(PO_SET, {}))
        expect(error.untilMs).toBe(Date.UTC(2026, 0, 15, 8, 2, 0))
        expect(error.reason).toBe('HTTP 503')
        expect(rows(h, 'defer').map((r) => r.message)).toEqual(['HTTP 503; continue after 2026-01-15 08:02:00'])
    })

    it('a wait of exactly the inline limit is waited inline; Retry-After 0 waits not at all', () => {
        const h = clientHarness({ maxInlineWaitMs: 7000 })
        h.http.enqueue(jsonResponse(429, '', { 'Retry-After': '7' }), jsonResponse(200, { value: [] }))
        h.http.enqueue(jsonResponse(429, '', { 'Retry-After': '0' }), jsonResponse(200, { value: [] }))
        h.client.readPage(PO_SET, {})
        h.client.readPage(PO_SET, {})
        expect(h.ports.waiter.waits).toEqual([7000])
        expect(rows(h, 'defer')).toEqual([])
    })

    it('the request ceiling is noted with its size and the wait for the next slot', () => {
        const h = clientHarness({ ceiling: 2, maxInlineWaitMs: 0 })
        h.ifs.sets.set(PO_SET, [])
        h.client.readPage(PO_SET, {}) // token + page: both slots of this minute
        const error = thrownBy(DeferRequested, () => h.client.readPage(PO_SET, {}))
        expect(error.untilMs).toBe(h.clock.nowMs() + 60_000)
        expect(rows(h, 'throttle').map((r) => r.message)).toEqual([
            'request ceiling of 2/min reached; next slot in 60000 ms',
        ])
        expect(rows(h, 'defer')[0].message).toBe('request ceiling of 2/min reached; continue after 2026-01-15 08:01:00')
    })
})

describe('the token endpoint through the client', () => {
    it('an unavailable token endpoint is retried up to the retry limit, then the error is thrown', () => {
        const h = clientHarness({ maxInlineWaitMs: 60_000 })
        for (let i = 0; i < 5; i++) h.tokens.enqueue({ kind: 'unavailable', status: 503, message: 'down' })
        thrownBy(TokenUnavailable, () => h.client.readPage(PO_SET, {}))
        expect(h.tokens.calls).toBe(5) // the first try and 4 retries
        expect(rows(h, 'retry').map((r) => r.message)).toEqual([
            'token endpoint unavailable (down); retry 1 in 500 ms',
            'token endpoint unavailable (down); retry 2 in 1000 ms',
            'token endpoint unavailable (down); retry 3 in 2000 ms',
            'token endpoint unavailable (down); retry 4 in 4000 ms',
        ])
        expect(h.http.requests).toEqual([])
    })

    it('audits each grant: lifetime, refusal, unavailability, with the time the exchange took', () => {
        const h = clientHarness({ maxInlineWaitMs: 60_000 })
        h.tokens.enqueue(
            { kind: 'granted', accessToken: 'tok-aaaaaaaaaaaa', expiresInSeconds: 0 },
            { kind: 'unavailable', status: 503, message: 'busy' }
        )
        h.ifs.validTokens.add('tok-aaaaaaaaaaaa')
        h.ifs.sets.set(PO_SET, [])
        h.client.readPage(PO_SET, {})
        h.clock.advance(180_000)
        h.client.readPage(PO_SET, {})
        h.tokens.enqueue({ kind: 'rejected', status: 401, message: 'invalid_client' })
        h.clock.advance(3_600_000)
        thrownBy(CredentialsRejected, () => h.client.readPage(PO_SET, {}))
        expect(rows(h, 'token_refresh').map((r) => [r.http_status, r.message, r.duration_ms])).toEqual([
            ['200', 'token without a stated lifetime: assumed valid for 180 s', '0'],
            ['503', 'token endpoint unavailable: busy', '0'],
            ['200', 'token valid for 3600 s', '0'],
            ['401', 'token endpoint answered 401: invalid_client', '0'],
        ])
    })

    it('the token is refreshed at its refresh time, not a millisecond later', () => {
        const h = clientHarness({ tokenLifetime: 3600 })
        h.ifs.sets.set(PO_SET, [])
        h.client.readPage(PO_SET, {})
        // 3600 s lifetime, refreshed one minute early: at 3540 s.
        h.clock.advance(3_539_999)
        h.client.readPage(PO_SET, {})
        expect(h.tokens.calls).toBe(1)
        h.clock.advance(1)
        h.client.readPage(PO_SET, {})
        expect(h.tokens.calls).toBe(2)
    })

    it('asks for the scope IFS Cloud requires', () => {
        expect(IFS_TOKEN_SCOPE).toBe('openid microprofile-jwt')
    })
})

describe('request headers and operations', () => {
    it('a GET carries OData-MaxVersion 4.0 and Prefer; a PATCH carries If-Match and a JSON type, no Prefer', () => {
        const h = clientHarness({ pageSize: 50 })
        h.http.enqueue(jsonResponse(200, { value: [] }), jsonResponse(204, ''))
        h.client.readPage(PO_SET, {})
        expect(h.client.patchWithIfMatch(`${PO_SET}(OrderNo='1')`, 'W/"1"', { A: 1 })).toEqual({
            kind: 'patched',
            etag: null,
        })
        const [get, patch] = h.http.requests
        expect(get.headers['OData-MaxVersion']).toBe('4.0')
        expect(get.headers.Prefer).toBe('odata.maxpagesize=50')
        expect(patch.headers).toMatchObject({ 'If-Match': 'W/"1"', 'Content-Type': 'application/json' })
        expect(patch.headers.Prefer).toBeUndefined()
        expect(patch.body).toBe('{"A":1}')
    })

    it('a document set is audited as read_page, a master-data set as read_master_data', () => {
        const h = clientHarness()
        h.http.enqueue(jsonResponse(200, { value: [] }), jsonResponse(200, { value: [] }))
        h.client.readPage(PO_SET, {})
        h.client.readPage(SUPPLIER_SET, {})
        expect(
            rows(h)
                .filter((r) => r.operation !== 'token_refresh')
                .map((r) => r.operation)
        ).toEqual(['read_page', 'read_master_data'])
    })

    it.each([
        ['not json', 'the body is not JSON'],
        ['[1]', 'the body is not a JSON object'],
        ['null', 'the body is not a JSON object'],
        ['7', 'the body is not a JSON object'],
        ['{"A":1}', 'the entity has no ETag'],
        ['{"A":1,"@odata.etag":7}', 'the entity has no ETag'],
    ])('readWithEtag refuses %s: %s', (body, problem) => {
        const read = (client: IfsClient) => client.readWithEtag(`${PO_SET}(OrderNo='1')`)
        expect(malformedProblem(clientHarness(), body, read)).toBe(problem)
    })

    it('readWithEtag takes the ETag from the body, else from the header', () => {
        const h = clientHarness()
        h.http.enqueue(
            textResponse(200, '{"A":1,"@odata.etag":"W/\\"b\\""}', { ETag: 'W/"h"' }),
            textResponse(200, '{"A":2}', { ETag: 'W/"h"' })
        )
        expect(h.client.readWithEtag(`${PO_SET}(OrderNo='1')`).etag).toBe('W/"b"')
        expect(h.client.readWithEtag(`${PO_SET}(OrderNo='1')`)).toEqual({ row: { A: 2 }, etag: 'W/"h"' })
    })
})

describe('requests of earlier runs count against the ceiling', () => {
    it("reads only this connection's request rows of the last minute, each at the end of its second", () => {
        const h = clientHarness()
        const now = h.clock.nowMs() // 2026-01-15 08:00:00
        const insert = (values: Record<string, string>) => h.store.insert(AUDIT.name, values)
        insert({ connection: h.config.sysId, at: '2026-01-15 07:59:30', operation: 'read_page' })
        insert({ connection: h.config.sysId, at: '2026-01-15 07:59:45', operation: 'token_refresh' })
        insert({ connection: h.config.sysId, at: '2026-01-15 07:59:50', operation: 'read_master_data' })
        insert({ connection: h.config.sysId, at: '2026-01-15 07:59:50', operation: 'retry' })
        insert({ connection: h.config.sysId, at: '2026-01-15 07:58:59', operation: 'read_page' })
        insert({ connection: 'c'.repeat(32), at: '2026-01-15 07:59:40', operation: 'read_page' })
        expect(
            recentRequestTimes(h.ports, h.config.sysId)
                .map((t) => t - now)
                .sort((a, b) => a - b)
        ).toEqual([-29_001, -14_001, -9_001])
    })
})

describe('RollingWindowLimiter bounds', () => {
    it('a ceiling of 1 is allowed; 0 and fractions are refused with the rule', () => {
        expect(new RollingWindowLimiter(1).ceiling).toBe(1)
        expect(() => new RollingWindowLimiter(0)).toThrow('ceiling must be a whole number >= 1')
        expect(() => new RollingWindowLimiter(1.5)).toThrow('ceiling must be a whole number >= 1')
    })

    it('a request leaves the window exactly one window later', () => {
        const limiter = new RollingWindowLimiter(1, 60_000)
        limiter.record(0)
        expect(limiter.delayMs(59_999)).toBe(1)
        expect(limiter.delayMs(60_000)).toBe(0)
        expect(limiter.inWindow).toBe(0)
    })
})

describe('selectFor', () => {
    it('asks for the modification stamp and the keys of a purchase order', () => {
        const names = selectFor(DOCUMENT_SOURCES.purchase_order)
        expect(names.slice(0, 2)).toEqual(['Objversion', 'OrderNo'])
        expect(new Set(names).size).toBe(names.length)
    })
})

describe('the request context is passed with each call', () => {
    it('labels the exchange, its retries and every wait of the call with its object type', () => {
        // One request a minute, and a token that dies between the calls: its refresh takes the
        // slot, so the page waits again.
        const h = clientHarness({ ceiling: 1, maxInlineWaitMs: 120_000, tokenLifetime: 100 })
        h.ifs.sets.set(PO_SET, [])
        h.client.readPage(PO_SET, {})
        h.http.enqueue(jsonResponse(429, '', { 'Retry-After': '1' }), jsonResponse(200, { value: [] }))
        h.client.readPage(PO_SET, {}, { objectType: 'purchase_order' })
        const labelled = rows(h).filter((r) => r.operation !== 'token_refresh')
        expect(labelled.map((r) => [r.operation, r.object_type, r.http_status])).toEqual([
            ['throttle', null, null],
            ['read_page', null, '200'],
            ['throttle', 'purchase_order', null],
            ['throttle', 'purchase_order', null],
            ['read_page', 'purchase_order', '429'],
            ['throttle', 'purchase_order', '429'],
            ['retry', 'purchase_order', null],
            ['throttle', 'purchase_order', null],
            ['throttle', 'purchase_order', null],
            ['read_page', 'purchase_order', '200'],
        ])
        expect(rows(h, 'token_refresh').map((r) => r.object_type)).toEqual([null, null, null])
    })

    it('a call without a context leaves no label behind for the next one', () => {
        const h = clientHarness({ maxInlineWaitMs: 60_000 })
        h.http.enqueue(textResponse(503, ''), jsonResponse(200, { value: [] }))
        h.http.enqueue(textResponse(503, ''), jsonResponse(200, { value: [] }))
        h.client.readPage(PO_SET, {}, { objectType: 'supplier_invoice' })
        h.client.readAll(PO_SET, {}, () => undefined)
        expect(rows(h, 'retry').map((r) => r.object_type)).toEqual(['supplier_invoice', null])
        expect(rows(h, 'read_page').map((r) => r.object_type)).toEqual([
            'supplier_invoice',
            'supplier_invoice',
            null,
            null,
        ])
    })
})
