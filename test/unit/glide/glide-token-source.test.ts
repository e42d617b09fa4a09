jest.mock('@servicenow/glide', () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide'])
jest.mock(
    '@servicenow/glide/sn_auth',
    () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide/sn_auth']
)

import { GlideTokenSource } from '../../../src/server/glide/glide-token-source'
import { freshWorld } from '../../doubles/glide/jest-glide'

describe('GlideTokenSource over GlideOAuthClient', () => {
    it('requests a client-credentials token from the provider behind the profile and reads its expiry', () => {
        const world = freshWorld()
        const profile = world.addOAuthProfile('IFS tenant A')
        const asked: string[] = []
        world.oauth = (provider, grantType, scope) => {
            asked.push(`${provider}/${grantType}/${scope}`)
            return { status: 200, accessToken: 'tok-123456', expiresIn: 180 }
        }
        expect(new GlideTokenSource(profile).fetchToken()).toEqual({
            kind: 'granted',
            accessToken: 'tok-123456',
            expiresInSeconds: 180,
        })
        expect(asked).toEqual(['IFS tenant A/client_credentials/openid microprofile-jwt'])
    })

    it.each([400, 401, 403])('reports a refused client (%i) as rejected', (status) => {
        const world = freshWorld()
        const profile = world.addOAuthProfile('p')
        world.oauth = () => ({ status, error: 'invalid_client' })
        expect(new GlideTokenSource(profile).fetchToken()).toMatchObject({
            kind: 'rejected',
            status,
            message: expect.stringContaining('invalid_client'),
        })
    })

    it.each([429, 503, 0])('reports %i as unavailable, worth retrying', (status) => {
        const world = freshWorld()
        const profile = world.addOAuthProfile('p')
        world.oauth = () => ({ status, error: 'busy' })
        expect(new GlideTokenSource(profile).fetchToken()).toMatchObject({ kind: 'unavailable' })
    })

    it.each([301, 302, 303, 307, 308])(
        'refuses a redirecting token endpoint (%i) as rejected, never unavailable, naming the token URL',
        (status) => {
            const world = freshWorld()
            const profile = world.addOAuthProfile('IFS tenant A', 'https://acme.ifs.cloud/auth/realms/acme/token')
            let asked = 0
            world.oauth = () => {
                asked++
                return { status, error: '' }
            }
            const grant = new GlideTokenSource(profile).fetchToken()
            expect(grant).toEqual({
                kind: 'rejected',
                status,
                message: expect.stringContaining('https://acme.ifs.cloud/auth/realms/acme/token'),
            })
            expect(grant.kind === 'rejected' && grant.message).toMatch(/redirects/)
            expect(asked).toBe(1)
        }
    )

    it('names a token URL with user info without it (the password never reaches a message)', () => {
        const world = freshWorld()
        const profile = world.addOAuthProfile('p', 'https://svc:hunter2@idp.corp.example:8443/realms/x/token?k=v')
        world.oauth = () => ({ status: 302, error: '' })
        const grant = new GlideTokenSource(profile).fetchToken()
        expect(grant).toMatchObject({ kind: 'rejected', status: 302 })
        const message = grant.kind === 'rejected' ? grant.message : ''
        expect(message).toContain('https://idp.corp.example:8443/realms/x/token')
        expect(message).not.toContain('hunter2')
        expect(message).not.toContain('svc:')
        expect(message).not.toContain('k=v')
    })

    it.each([299, 400, 500])('%i is not taken for a redirect', (status) => {
        const world = freshWorld()
        const profile = world.addOAuthProfile('p', 'https://idp.example/token')
        world.oauth = () => ({ status, error: 'x' })
        const grant = new GlideTokenSource(profile).fetchToken()
        expect(grant.kind === 'granted' ? '' : grant.message).not.toMatch(/redirects/)
    })

    it('rejects a connection whose OAuth profile does not exist, without asking any provider', () => {
        const world = freshWorld()
        let asked = false
        world.oauth = () => {
            asked = true
            return { status: 200, accessToken: 'x', expiresIn: 1 }
        }
        expect(new GlideTokenSource('f'.repeat(32)).fetchToken()).toMatchObject({
            kind: 'rejected',
            message: expect.stringContaining('OAuth profile'),
        })
        expect(asked).toBe(false)
    })
})
