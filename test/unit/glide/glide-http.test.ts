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
        ['java.net.SocketTimeoutException: Read timed out', 'timeout'],
        ['java.net.UnknownHostException: tenant.ifs.cloud', 'connection'],
        ['java.net.ConnectException: connection timed out', 'connection'],
    ])('turns an exception from execute() (%s) into a transport error', (thrown, reason) => {
        const world = freshWorld()
        world.http = () => {
            throw new Error(thrown)
        }
        const result = new GlideHttp().send({ method: 'GET', url: 'https://t/x', headers: {}, timeoutMs: 1000 })
        expect(result).toEqual({ kind: 'transport_error', reason, message: thrown })
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
