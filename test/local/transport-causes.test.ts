import { BlockingHttp } from '../../src/local/http/blocking-http'
import type { HttpResult } from '../../src/server/ports/http'
import { startTestHttpServer } from '../support/test-http-server'
import type { TestServer } from '../support/test-http-server'
import { closedLocalPort } from '../support/unreachable-tenants'

/**
 * The Node Http port (used for the token endpoint and every data request alike) names the cause of
 * a failure: an unresolvable host, a closed port, a TLS handshake with a server that speaks plain
 * HTTP, a server that hangs up.
 */
const client = new BlockingHttp()
// In a child process: this thread sleeps in Atomics.wait while a request is in flight.
let plain: TestServer
let plainPort: number
let closedPort: number

beforeAll(async () => {
    plain = await startTestHttpServer()
    plainPort = Number(new URL(plain.url).port)
    closedPort = await closedLocalPort()
})
afterAll(async () => {
    client.close()
    await plain.stop()
})

const send = (url: string): HttpResult =>
    client.send({ method: 'GET', url, headers: { Authorization: 'Bearer tok-secret-1234' }, timeoutMs: 10_000 })

test.each([
    ['nowhere-a.ifs-test.invalid', 'https'],
    ['tenant.example.invalid', 'https'],
    ['x.invalid', 'http'],
])('a host that does not resolve (%s, %s): "DNS name not found: host"', (host, scheme) => {
    const result = send(`${scheme}://${host}/auth/realms/r/protocol/openid-connect/token`)
    expect(result).toEqual({
        kind: 'transport_error',
        reason: 'connection',
        cause: 'dns',
        message: `DNS name not found: ${host}`,
    })
})

test.each(['http', 'https'])('a closed port (%s): "connection refused: host:port"', (scheme) => {
    const result = send(`${scheme}://127.0.0.1:${closedPort}/main/x.svc/Set?$top=1`)
    expect(result).toEqual({
        kind: 'transport_error',
        reason: 'connection',
        cause: 'refused',
        message: `connection refused: 127.0.0.1:${closedPort}`,
    })
})

test.each(['/auth/realms/r/protocol/openid-connect/token', '/main/x.svc/Set?$top=1'])(
    'https to a plain-HTTP server (%s): "TLS handshake failed: host:port: ..."',
    (path) => {
        const result = send(`https://127.0.0.1:${plainPort}${path}`)
        expect(result).toMatchObject({ kind: 'transport_error', reason: 'connection', cause: 'tls' })
        const message = (result as { message: string }).message
        expect(message.startsWith(`TLS handshake failed: 127.0.0.1:${plainPort}: `)).toBe(true)
        // Where and why, never the path, query or credentials.
        expect(message).not.toContain(path.split('?')[0])
        expect(message).not.toContain('tok-secret')
    }
)

test('a server that hangs up: "connection reset: host:port"', () => {
    const result = send(`http://127.0.0.1:${plainPort}/hang-up`)
    expect(result).toMatchObject({ kind: 'transport_error', reason: 'connection', cause: 'reset' })
    expect((result as { message: string }).message).toBe(`connection reset: 127.0.0.1:${plainPort}`)
})
