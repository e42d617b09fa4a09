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
