jest.mock('@servicenow/glide/sn_ws', () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide/sn_ws'])

import { GlideHttp } from '../../../src/server/glide/glide-http'
import { REST_MESSAGE_METHOD, REST_MESSAGE_NAME } from '../../../src/server/glide/rest-message'
import type { HttpResult } from '../../../src/server/ports/http'
import { freshWorld } from '../../doubles/glide/jest-glide'

describe('GlideHttp over RESTMessageV2', () => {
    it('sends method, endpoint, headers, body and timeout on the app REST message', () => {
        const world = freshWorld()
        world.restMessages = new Map([[REST_MESSAGE_NAME, [REST_MESSAGE_METHOD]]])
        world.http = () => ({ kind: 'response', status: 200, headers: {}, body: '{}' })
        new GlideHttp().send({
            method: 'POST',
            url: 'https://t.ifs.cloud/main/x.svc/Set?$top=1',
            headers: { Authorization: 'Bearer abc', Accept: 'application/json' },
            body: '{"a":1}',
            timeoutMs: 1234,
        })
        expect(world.httpRequests).toEqual([
            {
                method: 'POST',
                url: 'https://t.ifs.cloud/main/x.svc/Set?$top=1',
                headers: { Authorization: 'Bearer abc', Accept: 'application/json' },
                body: '{"a":1}',
                timeoutMs: 1234,
            },
        ])
    })

    it('reads status, every header (getAllHeaders, names in lower case) and body back', () => {
        const world = freshWorld()
        world.http = () => ({
            kind: 'response',
            status: 429,
            headers: { 'Retry-After': '7', ETag: 'W/"x"', 'X-Other': 'kept', 'OData-Version': '4.0' },
            body: 'slow down',
        })
        const result = new GlideHttp().send({ method: 'GET', url: 'https://t/x', headers: {}, timeoutMs: 1000 })
        expect(result).toEqual({
            kind: 'response',
            status: 429,
            headers: { 'retry-after': '7', etag: 'W/"x"', 'x-other': 'kept', 'odata-version': '4.0' },
            body: 'slow down',
        })
    })

    it('sends every request at the basic outbound log level, so request headers are never logged', () => {
        const world = freshWorld()
        world.http = () => ({ kind: 'response', status: 200, headers: {}, body: '{}' })
        const http = new GlideHttp()
        for (const method of ['GET', 'POST', 'PATCH'] as const)
            http.send({ method, url: 'https://t/x', headers: { Authorization: 'Bearer t' }, timeoutMs: 1000 })
        expect(world.httpLogLevels).toEqual(['basic', 'basic', 'basic'])
    })

    // getErrorCode() decides, never the wording: each message below would fool a text match.
    it.each<[HttpResult, string]>([
        [{ kind: 'transport_error', reason: 'timeout', message: 'Request timed out' }, 'timeout'],
        [{ kind: 'transport_error', reason: 'timeout', message: 'I/O error' }, 'timeout'],
        [{ kind: 'transport_error', reason: 'connection', message: 'Connection refused' }, 'connection'],
        [{ kind: 'transport_error', reason: 'connection', message: 'connect timed out by proxy policy' }, 'connection'],
        [{ kind: 'transport_error', reason: 'connection', message: '' }, 'connection'],
    ])('turns a response without status into a transport error by its error code (%#)', (answer, reason) => {
        const world = freshWorld()
        world.http = () => answer
        const result = new GlideHttp().send({ method: 'GET', url: 'https://t/x', headers: {}, timeoutMs: 1000 })
        expect(result).toMatchObject({ kind: 'transport_error', reason })
    })

    it.each([
        [
            'java.net.SocketTimeoutException: Read timed out',
            'timeout',
            'timeout',
            'timed out: t.ifs.cloud:443 (java.net.SocketTimeoutException: Read timed out)',
        ],
        ['java.net.UnknownHostException: t.ifs.cloud', 'connection', 'dns', 'DNS name not found: t.ifs.cloud'],
        [
            'java.net.ConnectException: Connection refused (Connection refused)',
            'connection',
            'refused',
            'connection refused: t.ifs.cloud:443',
        ],
        [
            'javax.net.ssl.SSLHandshakeException: PKIX path building failed',
            'connection',
            'tls',
            'TLS handshake failed: t.ifs.cloud:443: javax.net.ssl.SSLHandshakeException: PKIX path building failed',
        ],
        ['java.net.SocketException: Connection reset', 'connection', 'reset', 'connection reset: t.ifs.cloud:443'],
        [
            'java.net.NoRouteToHostException: No route to host',
            'connection',
            'unreachable',
            'host unreachable: t.ifs.cloud:443',
        ],
        ['something odd', 'connection', 'other', 'connection failed: t.ifs.cloud:443: something odd'],
    ])(
        'turns an exception from execute() (%s) into a transport error with its cause',
        (thrown, reason, cause, message) => {
            const world = freshWorld()
            world.http = () => {
                throw new Error(thrown)
            }
            const result = new GlideHttp().send({
                method: 'GET',
                url: 'https://t.ifs.cloud/x',
                headers: {},
                timeoutMs: 1000,
            })
            expect(result).toEqual({ kind: 'transport_error', reason, cause, message })
        }
    )

    it.each([
        ['java.net.UnknownHostException: t.ifs.cloud', 'dns', 'DNS name not found: t.ifs.cloud'],
        ['Connection refused', 'refused', 'connection refused: t.ifs.cloud:8443'],
        [
            'No trusted certificate found',
            'tls',
            'TLS handshake failed: t.ifs.cloud:8443: No trusted certificate found (error code -1)',
        ],
    ])('maps getErrorMessage()/getErrorCode() of a status-0 response (%s) to the cause', (text, cause, message) => {
        const world = freshWorld()
        world.http = () => ({ kind: 'transport_error', reason: 'connection', message: text })
        const result = new GlideHttp().send({
            method: 'GET',
            url: 'https://t.ifs.cloud:8443/x',
            headers: {},
            timeoutMs: 1000,
        })
        // The double answers getErrorCode() -1 for a connection error; the number stays in the detail.
        expect(result).toEqual({ kind: 'transport_error', reason: 'connection', cause, message })
    })

    it('fails loudly when the REST message the app declares is missing', () => {
        const world = freshWorld()
        world.restMessages = new Map([['another message', ['get']]])
        // A missing declaration is an installation fault, not a network blip to retry.
        expect(() => new GlideHttp().send({ method: 'GET', url: 'https://t/x', headers: {}, timeoutMs: 1000 })).toThrow(
            REST_MESSAGE_NAME
        )
    })
})
