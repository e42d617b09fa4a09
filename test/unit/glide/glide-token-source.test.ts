jest.mock('@servicenow/glide', () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide'])
jest.mock(
    '@servicenow/glide/sn_auth',
    () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide/sn_auth']
)

import { GlideTokenSource } from '../../../src/server/glide/glide-token-source'
import { freshWorld } from '../../doubles/glide/jest-glide'
import type { ConnectionConfig } from '../../../src/server/core/config/connection-config'
import { connectionConfig } from '../staging/staging-world'

const TOKEN_URL = 'https://tenant.ifs.cloud/auth/realms/prod/protocol/openid-connect/token'

/** The connection as parsed: tenant tenant.ifs.cloud, realm prod, client ml-connector. */
function connection(oauthProfile: string, extra: Partial<ConnectionConfig> = {}): ConnectionConfig {
    return {
        ...connectionConfig(),
        tenantUrl: 'https://tenant.ifs.cloud',
        tokenUrl: TOKEN_URL,
        allowedHostSuffix: 'ifs.cloud',
        clientId: 'ml-connector',
        oauthProfile,
        ...extra,
    }
}

describe('GlideTokenSource over GlideOAuthClient', () => {
    it('requests a client-credentials token from the provider behind the profile and reads its expiry', () => {
        const world = freshWorld()
        const profile = world.addOAuthProfile('IFS tenant A')
        const asked: string[] = []
        world.oauth = (provider, grantType, scope) => {
            asked.push(`${provider}/${grantType}/${scope}`)
            return { status: 200, accessToken: 'tok-123456', expiresIn: 180 }
        }
        expect(new GlideTokenSource(connection(profile)).fetchToken()).toEqual({
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
        expect(new GlideTokenSource(connection(profile)).fetchToken()).toMatchObject({
            kind: 'rejected',
            status,
            message: expect.stringContaining('invalid_client'),
        })
    })

    it.each([429, 503, 0])('reports %i as unavailable, worth retrying', (status) => {
        const world = freshWorld()
        const profile = world.addOAuthProfile('p')
        world.oauth = () => ({ status, error: 'busy' })
        expect(new GlideTokenSource(connection(profile)).fetchToken()).toMatchObject({ kind: 'unavailable' })
    })

    it.each([301, 302, 303, 307, 308])(
        'refuses a redirecting token endpoint (%i) as rejected, never unavailable, naming the token URL',
        (status) => {
            const world = freshWorld()
            const tokenUrl = 'https://acme.ifs.cloud/auth/realms/acme/token'
            const profile = world.addOAuthProfile('IFS tenant A', { token_url: tokenUrl })
            let asked = 0
            world.oauth = () => {
                asked++
                return { status, error: '' }
            }
            const grant = new GlideTokenSource(
                connection(profile, { tenantUrl: 'https://acme.ifs.cloud', tokenUrl })
            ).fetchToken()
            expect(grant).toEqual({
                kind: 'rejected',
                status,
                message: expect.stringContaining('https://acme.ifs.cloud/auth/realms/acme/token'),
            })
            expect(grant.kind === 'rejected' && grant.message).toMatch(/redirects/)
            expect(asked).toBe(1)
        }
    )

    it('refuses a provider token URL with user info before any request, never printing the password', () => {
        const world = freshWorld()
        const tokenUrl = 'https://svc:hunter2@idp.corp.example:8443/realms/x/token?k=v'
        const profile = world.addOAuthProfile('p', { token_url: tokenUrl })
        world.oauth = () => ({ status: 302, error: '' })
        const grant = new GlideTokenSource(
            connection(profile, {
                tenantUrl: 'https://idp.corp.example:8443',
                tokenUrl,
                allowedHostSuffix: 'corp.example',
            })
        ).fetchToken()
        expect(grant).toMatchObject({ kind: 'rejected' })
        const message = grant.kind === 'rejected' ? grant.message : ''
        expect(message).toContain('must not contain a user name or password')
        expect(message).not.toContain('hunter2')
        expect(message).not.toContain('svc:')
        expect(message).not.toContain('k=v')
    })

    it.each([299, 400, 500])('%i is not taken for a redirect', (status) => {
        const world = freshWorld()
        const profile = world.addOAuthProfile('p')
        world.oauth = () => ({ status, error: 'x' })
        const grant = new GlideTokenSource(connection(profile)).fetchToken()
        expect(grant.kind === 'granted' ? '' : grant.message).not.toMatch(/redirects/)
    })

    it('rejects a connection whose OAuth profile does not exist, without asking any provider', () => {
        const world = freshWorld()
        let asked = false
        world.oauth = () => {
            asked = true
            return { status: 200, accessToken: 'x', expiresIn: 1 }
        }
        expect(new GlideTokenSource(connection('f'.repeat(32))).fetchToken()).toMatchObject({
            kind: 'rejected',
            message: expect.stringContaining('OAuth profile'),
        })
        expect(asked).toBe(false)
    })

    it('asks for the scope configured on the connection', () => {
        const world = freshWorld()
        const profile = world.addOAuthProfile('p')
        const scopes: string[] = []
        world.oauth = (_p, _g, scope) => {
            scopes.push(String(scope))
            return { status: 200, accessToken: 'tok', expiresIn: 60 }
        }
        new GlideTokenSource(connection(profile, { tokenScope: 'openid' })).fetchToken()
        new GlideTokenSource(connection(profile, { tokenScope: 'openid custom-audience' })).fetchToken()
        expect(scopes).toEqual(['openid', 'openid custom-audience'])
    })

    // The platform uses the provider's token URL and client id: each mismatch with the connection is
    // refused before any token request, with the field to change named.
    it.each<[string, Record<string, string | boolean>, Partial<ConnectionConfig>, string]>([
        ['token host outside the suffix', { token_url: 'https://evil.example.com/token' }, {}, 'allowed host suffix'],
        ['plain http token URL', { token_url: TOKEN_URL.replace('https', 'http') }, {}, 'token URL'],
        [
            'another tenant under the suffix',
            { token_url: 'https://other.ifs.cloud/auth/realms/prod/protocol/openid-connect/token' },
            {},
            "is not the connection's",
        ],
        [
            'another realm',
            { token_url: 'https://tenant.ifs.cloud/auth/realms/test/protocol/openid-connect/token' },
            {},
            "is not the connection's",
        ],
        ['another client id', { client_id: 'someone-else' }, {}, 'client id'],
        ['a private suffix the connection does not allow', { token_url: 'https://ifs.corp.example/t' }, {}, 'suffix'],
        ['an inactive provider', { active: false }, {}, 'not active'],
        ['another grant type', { default_grant_type: 'authorization_code' }, {}, 'Client Credentials'],
    ])('refuses a provider with %s without requesting a token', (_what, provider, extra, expected) => {
        const world = freshWorld()
        const profile = world.addOAuthProfile('IFS', provider)
        let asked = false
        world.oauth = () => {
            asked = true
            return { status: 200, accessToken: 'x', expiresIn: 60 }
        }
        const grant = new GlideTokenSource(connection(profile, extra)).fetchToken()
        expect(grant).toMatchObject({ kind: 'rejected', status: 0 })
        if (grant.kind === 'rejected') expect(grant.message).toContain(expected)
        expect(asked).toBe(false)
    })

    it('accepts a provider on a private suffix the connection allows, and a connection without a client id', () => {
        const world = freshWorld()
        const url = 'https://ifs.corp.example/auth/realms/prod/protocol/openid-connect/token'
        const profile = world.addOAuthProfile('IFS', { token_url: url, client_id: 'any' })
        world.oauth = () => ({ status: 200, accessToken: 'tok', expiresIn: 60 })
        const config = connection(profile, { allowedHostSuffix: 'corp.example', tokenUrl: url, clientId: undefined })
        delete config.clientId
        expect(new GlideTokenSource(config).fetchToken()).toMatchObject({ kind: 'granted' })
    })
})
