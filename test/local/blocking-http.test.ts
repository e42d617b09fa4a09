import { BlockingHttp } from '../../src/local/http/blocking-http'
import { LoopbackEmulatorHttp, isLoopbackHost } from '../../src/local/http/loopback-emulator-http'
import type { HttpRequest, HttpResult } from '../../src/server/ports/http'
import { oneAnswer, textResponse } from '../fakes/scripted-http'
import { startTestHttpServer } from '../support/test-http-server'
import type { TestServer } from '../support/test-http-server'
import { closedLocalPort } from '../support/unreachable-tenants'

let server: TestServer
const http = new BlockingHttp()

beforeAll(async () => {
    server = await startTestHttpServer()
})
afterAll(async () => {
    http.close()
    await server.stop()
})

function response(result: HttpResult) {
    if (result.kind !== 'response') throw new Error(`expected a response, got ${result.reason}: ${result.message}`)
    return result
}

describe('BlockingHttp', () => {
    test.each(['gzip', 'deflate', 'deflate-raw'])(
        'offers gzip and deflate and decodes a %s body; the caller sees text and no Content-Encoding',
        (as) => {
            const result = response(
                http.send({ method: 'GET', url: `${server.url}/encoded?as=${as}`, headers: {}, timeoutMs: 5000 })
            )
            expect(JSON.parse(result.body)).toEqual({ value: [{ n: 'ü€💶' }], offered: 'gzip, deflate' })
            expect(result.headers['content-encoding']).toBeUndefined()
        }
    )

    test.each([
        ['br', 'encoded as br, which was not offered'],
        ['bogus-gzip', 'gzip body could not be decoded'],
    ])('a %s body it cannot decode is a transport error, never text', (as, message) => {
        const result = http.send({ method: 'GET', url: `${server.url}/encoded?as=${as}`, headers: {}, timeoutMs: 5000 })
        expect(result).toMatchObject({ kind: 'transport_error', reason: 'connection' })
        if (result.kind === 'transport_error') expect(result.message).toContain(message)
    })

    test('sends method, headers and body and returns status, lower-case headers and body', () => {
        const result = response(
            http.send({
                method: 'POST',
                url: `${server.url}/echo?a=1`,
                headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'Bearer abc' },
                body: 'grant_type=client_credentials&x=ü',
                timeoutMs: 5000,
            })
        )
        expect(result.status).toBe(200)
        expect(result.headers['x-custom-header']).toBe('Mixed')
        expect(result.headers['set-cookie']).toBe('a=1, b=2')
        expect(Object.keys(result.headers).every((k) => k === k.toLowerCase())).toBe(true)
        const echoed = JSON.parse(result.body)
        expect(echoed.method).toBe('POST')
        expect(echoed.path).toBe('/echo?a=1')
        expect(echoed.headers.authorization).toBe('Bearer abc')
        expect(echoed.headers['content-length']).toBe(String(Buffer.byteLength('grant_type=client_credentials&x=ü')))
        expect(echoed.body).toBe('grant_type=client_credentials&x=ü')
    })

    test('many requests reuse one worker and keep their order', () => {
        for (let i = 0; i < 50; i++) {
            const result = response(
                http.send({ method: 'GET', url: `${server.url}/echo?i=${i}`, headers: {}, timeoutMs: 5000 })
            )
            expect(JSON.parse(result.body).path).toBe(`/echo?i=${i}`)
        }
    })

    test('returns non-2xx statuses as responses with their headers', () => {
        const result = response(
            http.send({ method: 'GET', url: `${server.url}/status/503`, headers: {}, timeoutMs: 5000 })
        )
        expect(result.status).toBe(503)
        expect(result.headers['retry-after']).toBe('7')
        expect(result.body).toBe('{"error":"x"}')
    })

    test('carries bodies over 10 MB intact (multi-byte UTF-8)', () => {
        const result = response(
            http.send({ method: 'GET', url: `${server.url}/big?mb=12`, headers: {}, timeoutMs: 30000 })
        )
        expect(result.body.length).toBe(12 * 512 * 1024 + 3)
        expect(result.body.endsWith('éEND')).toBe(true)
        expect(Buffer.byteLength(result.body)).toBeGreaterThan(12 * 1024 * 1024)
    })

    test('a slow server becomes a timeout transport error, and the client keeps working', () => {
        // The server would answer 200 after 3 s: a 'timeout' result can only come from the client's
        // own 300 ms timeout, so no stopwatch is needed (one would fail on a loaded machine).
        const result = http.send({ method: 'GET', url: `${server.url}/slow?ms=3000`, headers: {}, timeoutMs: 300 })
        expect(result).toMatchObject({ kind: 'transport_error', reason: 'timeout' })
        expect(
            response(http.send({ method: 'GET', url: `${server.url}/echo`, headers: {}, timeoutMs: 5000 })).status
        ).toBe(200)
    })

    test('a refused connection and a hang-up are connection transport errors', async () => {
        const closedPort = await closedLocalPort()
        expect(
            http.send({ method: 'GET', url: `http://127.0.0.1:${closedPort}/`, headers: {}, timeoutMs: 5000 })
        ).toMatchObject({ kind: 'transport_error', reason: 'connection' })
        expect(http.send({ method: 'GET', url: `${server.url}/hang-up`, headers: {}, timeoutMs: 5000 })).toMatchObject({
            kind: 'transport_error',
            reason: 'connection',
        })
    })
})

describe('BlockingHttp: requests the worker cannot even start', () => {
    // Each used to throw inside the worker (a TDZ ReferenceError, or http.request's own TypeError):
    // the worker died, the caller waited timeout + 5 s for a "timeout", and the unhandled worker
    // 'error' event ended the whole process.
    const cases: [string, HttpRequest][] = [
        ['an unsupported protocol', { method: 'GET', url: 'ftp://127.0.0.1/x', headers: {}, timeoutMs: 2000 }],
        ['an invalid URL', { method: 'GET', url: 'not a url', headers: {}, timeoutMs: 2000 }],
        [
            'a header value with a line break',
            { method: 'GET', url: 'http://127.0.0.1:1/', headers: { Authorization: 'Bearer a\nb' }, timeoutMs: 2000 },
        ],
    ]
    // A dead worker showed up as reason 'timeout' (after timeout + 5 s); 'connection' can only come
    // from the worker reporting the error itself, so the reason proves promptness without a stopwatch.
    test.each(cases)('%s is a connection error (not a timeout), and the client keeps working', (_name, request) => {
        expect(http.send(request)).toEqual({
            kind: 'transport_error',
            reason: 'connection',
            cause: 'other',
            message: expect.any(String),
        })
        expect(
            response(http.send({ method: 'GET', url: `${server.url}/echo`, headers: {}, timeoutMs: 5000 })).status
        ).toBe(200)
    })
})

describe('LoopbackEmulatorHttp', () => {
    test('maps the virtual tenant to the loopback emulator and back in bodies and headers', () => {
        const inner = oneAnswer(
            textResponse(200, '{"@odata.nextLink":"http://127.0.0.1:4000/main/Set?$skiptoken=5"}', {
                location: 'http://127.0.0.1:4000/x',
            })
        )
        const http = new LoopbackEmulatorHttp(inner, 'https://ifs-emulator.invalid', 'http://127.0.0.1:4000')
        const result = response(
            http.send({ method: 'GET', url: 'https://ifs-emulator.invalid/main/Set', headers: {}, timeoutMs: 1 })
        )
        expect(inner.requests[0].url).toBe('http://127.0.0.1:4000/main/Set')
        expect(result.headers.location).toBe('https://ifs-emulator.invalid/x')
        expect(JSON.parse(result.body)['@odata.nextLink']).toBe('https://ifs-emulator.invalid/main/Set?$skiptoken=5')
    })

    test('refuses a non-loopback emulator address', () => {
        const inner = oneAnswer({ kind: 'transport_error', reason: 'connection', message: '' })
        expect(() => new LoopbackEmulatorHttp(inner, 'https://ifs-emulator.invalid', 'http://10.0.0.5:4000')).toThrow(
            /loopback/
        )
        expect(isLoopbackHost('127.0.0.1')).toBe(true)
        expect(isLoopbackHost('[::1]')).toBe(true)
        expect(isLoopbackHost('localhost')).toBe(true)
        expect(isLoopbackHost('example.com')).toBe(false)
        expect(isLoopbackHost('127.0.0.1.nip.io')).toBe(false)
    })
})
