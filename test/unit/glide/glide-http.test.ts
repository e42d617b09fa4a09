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

    it('reads status, Retry-After, ETag and body back', () => {
        const world = freshWorld()
        world.http = () => ({
            kind: 'response',
            status: 429,
            headers: { 'retry-after': '7', etag: 'W/"x"', 'x-other': 'ignored' },
            body: 'slow down',
        })
        const result = new GlideHttp().send({ method: 'GET', url: 'https://t/x', headers: {}, timeoutMs: 1000 })
        expect(result).toEqual({
            kind: 'response',
            status: 429,
            headers: { 'retry-after': '7', etag: 'W/"x"' },
            body: 'slow down',
        })
    })

    it.each<[HttpResult, string]>([
        [{ kind: 'transport_error', reason: 'timeout', message: 'Request timed out' }, 'timeout'],
        [{ kind: 'transport_error', reason: 'connection', message: 'Connection refused' }, 'connection'],
    ])('turns a response without status into a transport error (%#)', (answer, reason) => {
        const world = freshWorld()
        world.http = () => answer
        const result = new GlideHttp().send({ method: 'GET', url: 'https://t/x', headers: {}, timeoutMs: 1000 })
        expect(result).toMatchObject({ kind: 'transport_error', reason })
    })

    it.each([
        ['java.net.SocketTimeoutException: Read timed out', 'timeout'],
        ['java.net.UnknownHostException: tenant.ifs.cloud', 'connection'],
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
