import { grantOfFailedTokenRequest } from '../../../src/server/core/ifs/token-failure'

const failed = (status: number, retryAfter?: string) =>
    grantOfFailedTokenRequest({
        status,
        message: `failed (HTTP ${status})`,
        endpoint: 'token endpoint idp.example.com:443',
        tokenUrlSetting: 'the token URL',
        retryAfter,
    })

describe('a token request without a token, as both token sources read it', () => {
    it.each([400, 401, 403])('HTTP %i: the provider refused the client', (status) => {
        expect(failed(status)).toEqual({ kind: 'rejected', status, message: `failed (HTTP ${status})` })
    })

    it.each([300, 301, 302, 307, 399])('HTTP %i: a redirect is refused, naming the setting to correct', (status) => {
        expect(failed(status)).toEqual({
            kind: 'rejected',
            status,
            message: `token endpoint idp.example.com:443 redirects (HTTP ${status}), refused without following: set the token URL to the identity provider's own address`,
        })
    })

    it.each([404, 429, 500, 503])('HTTP %i: unavailable, worth asking again', (status) => {
        expect(failed(status)).toEqual({ kind: 'unavailable', status, message: `failed (HTTP ${status})` })
    })

    it('nothing answered (status 0): unavailable without a status', () => {
        expect(failed(0)).toEqual({ kind: 'unavailable', message: 'failed (HTTP 0)' })
    })

    it.each([
        ['7', 7],
        ['0', 0],
        ['', 0],
        ['-1', undefined],
        ['soon', undefined],
        [undefined, undefined],
    ])('Retry-After %p is kept as %p seconds', (header, seconds) => {
        const grant = failed(503, header)
        expect(grant.kind === 'unavailable' ? grant.retryAfterSeconds : 'not unavailable').toBe(seconds)
    })
})
