import {
    DeferRequested,
    IfsRequestFailed,
    TokenUnavailable,
    TransportFailed,
} from '../../../src/server/core/ifs/ifs-errors'
import { classifyTransportFailure, explainTransportFailure } from '../../../src/server/core/ifs/transport-failure'
import { thrownBy } from '../../support/thrown-by'
import { clientHarness, PO_SET, REFUSED } from './client-harness'
import { itMapsEach } from '../../support/maps-each'

describe('transport failures say what happened', () => {
    // Error texts as Node (code: message) and RESTMessageV2 (Java exceptions) really report them.
    itMapsEach(classifyTransportFailure, [
        ['ENOTFOUND: getaddrinfo ENOTFOUND nowhere.invalid', 'dns'],
        ['EAI_AGAIN: getaddrinfo EAI_AGAIN acme.ifs.cloud', 'dns'],
        ['java.net.UnknownHostException: acme.ifs.cloud: Name or service not known', 'dns'],
        ['ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9', 'refused'],
        ['java.net.ConnectException: Connection refused (Connection refused)', 'refused'],
        ['EPROTO: 40E8:error:0A00010B:SSL routines:ssl3_get_record:wrong version number', 'tls'],
        ['DEPTH_ZERO_SELF_SIGNED_CERT: self-signed certificate', 'tls'],
        ['ERR_TLS_CERT_ALTNAME_INVALID: Hostname/IP does not match certificate', 'tls'],
        ['CERT_HAS_EXPIRED: certificate has expired', 'tls'],
        ['javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure', 'tls'],
        ['sun.security.validator.ValidatorException: PKIX path building failed', 'tls'],
        ['ECONNRESET: socket hang up', 'reset'],
        ['java.net.SocketException: Connection reset', 'reset'],
        ['EHOSTUNREACH: connect EHOSTUNREACH 10.1.1.1:443', 'unreachable'],
        ['ETIMEDOUT: connect ETIMEDOUT 10.1.1.1:443', 'timeout'],
        ['java.net.SocketTimeoutException: Read timed out', 'timeout'],
        ['ERR_INVALID_CHAR: Invalid character in header content', 'other'],
    ])

    it.each([
        [
            'ENOTFOUND: getaddrinfo ENOTFOUND x',
            'https://nowhere.ifs-test.invalid/auth/t',
            'DNS name not found: nowhere.ifs-test.invalid',
        ],
        ['ECONNREFUSED: connect ECONNREFUSED', 'http://127.0.0.1:4999/x', 'connection refused: 127.0.0.1:4999'],
        [
            'EPROTO: wrong version number',
            'https://acme.ifs.cloud/x?a=b',
            'TLS handshake failed: acme.ifs.cloud:443: EPROTO: wrong version number',
        ],
        ['java.net.UnknownHostException: acme.ifs.cloud', null, 'DNS name not found: acme.ifs.cloud'],
        [
            'java.net.ConnectException: Connection refused',
            null,
            'connection refused: java.net.ConnectException: Connection refused',
        ],
    ])('explains %s (url %s)', (text, url, message) => {
        expect(explainTransportFailure(text, url).message).toBe(message)
    })

    it('never names a path, query or user info', () => {
        const { message } = explainTransportFailure('ECONNREFUSED', 'https://acme.ifs.cloud:8443/secret/path?token=abc')
        expect(message).toBe('connection refused: acme.ifs.cloud:8443')
    })
})

describe('the IFS client carries the cause into failures and deferrals', () => {
    it('a data request that keeps failing ends with the cause in the error', () => {
        const h = clientHarness({ maxInlineWaitMs: 10 * 60_000 })
        h.http.enqueue(REFUSED, REFUSED, REFUSED, REFUSED, REFUSED, REFUSED, REFUSED, REFUSED, REFUSED)
        const error = thrownBy(TransportFailed, () => h.client.readPage(PO_SET, { top: 1 }))
        expect(error.message).toContain('connection refused: acme.ifs.cloud:443')
        const audits = h.auditRows().map((r) => r.message ?? '')
        expect(audits.some((m) => m.includes('connection refused: acme.ifs.cloud:443'))).toBe(true)
    })

    it('a deferral after a connection failure names the cause', () => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        h.http.enqueue({ ...REFUSED, cause: 'dns', message: 'DNS name not found: acme.ifs.cloud' })
        const error = thrownBy(DeferRequested, () => h.client.readPage(PO_SET, { top: 1 }))
        expect(error.reason).toBe('connection failed (DNS name not found: acme.ifs.cloud)')
    })

    it.each([
        'token endpoint unreachable: DNS name not found: acme.ifs.cloud',
        'token endpoint unreachable: TLS handshake failed: acme.ifs.cloud:443: EPROTO',
        'token endpoint unreachable: connection refused: 127.0.0.1:4999',
    ])('a token endpoint that cannot be reached defers with the cause (%s)', (detail) => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        h.tokens.enqueue({ kind: 'unavailable', message: detail })
        const error = thrownBy(DeferRequested, () => h.client.readPage(PO_SET, { top: 1 }))
        expect(error.reason).toBe(`token endpoint unavailable (${detail})`)
    })

    it('a token endpoint that stays unreachable through the retries fails with the cause', () => {
        const h = clientHarness({ maxInlineWaitMs: 10 * 60_000 })
        const detail = 'token endpoint unreachable: DNS name not found: acme.ifs.cloud'
        for (let i = 0; i < 10; i++) h.tokens.enqueue({ kind: 'unavailable', message: detail })
        const error = thrownBy(TokenUnavailable, () => h.client.readPage(PO_SET, { top: 1 }))
        expect(error.message).toBe(`Could not obtain an IFS access token: ${detail}`)
    })
})

describe('tokens of any length are registered and scrubbed from what IFS echoes', () => {
    it.each(['Z', 'ab', 'x9/', 'k+3=', 'Qq7_-'])('a token of %j', (token) => {
        const h = clientHarness({ maxInlineWaitMs: 0 })
        h.tokens.enqueue({ kind: 'granted', accessToken: token, expiresInSeconds: 3600 })
        const echoes = [token, encodeURIComponent(token), JSON.stringify(token).slice(1, -1)]
        const body = JSON.stringify({
            error: { code: 'BAD', message: `token ${echoes.join(' or ')} is not valid here` },
        })
        h.http.enqueue({ kind: 'response', status: 400, headers: {}, body })
        const error = thrownBy(IfsRequestFailed, () => h.client.readPage(PO_SET, { top: 1 }))
        const message = error.message
        expect(message).toContain('BAD: token *** or *** or *** is not valid here')
        const audits = h.auditRows().map((r) => r.message ?? '')
        expect(audits.some((m) => m.includes('BAD: token *** or *** or *** is not valid here'))).toBe(true)
    })
})
