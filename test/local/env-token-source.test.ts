import { EnvTokenSource } from '../../src/local/node-ports/env-token-source'
import { NodeLog } from '../../src/local/node-ports/node-log'
import { Redactor } from '../../src/server/core/audit/redactor'
import type { Http, HttpResult } from '../../src/server/ports/http'
import { oneAnswer, textResponse } from '../fakes/scripted-http'

const SECRET = 's3cr3t-value-&=+ü'
const TOKEN_URL = 'https://t.ifs.cloud/auth/realms/r/protocol/openid-connect/token'

const json = (status: number, body: unknown, headers: Record<string, string> = {}): HttpResult => ({
    kind: 'response',
    status,
    headers,
    body: JSON.stringify(body),
})

function source(http: Http, env: Record<string, string | undefined>, redactor = new Redactor()) {
    return new EnvTokenSource(http, { tokenUrl: TOKEN_URL, clientId: 'mlc', secretEnv: 'MY_SECRET', env }, redactor)
}

test('posts a form-encoded client-credentials request with the secret from the named variable', () => {
    const http = oneAnswer(json(200, { access_token: 'tok-123', expires_in: 180 }))
    expect(source(http, { MY_SECRET: SECRET }).fetchToken()).toEqual({
        kind: 'granted',
        accessToken: 'tok-123',
        expiresInSeconds: 180,
    })
    const [request] = http.requests
    expect(request.method).toBe('POST')
    expect(request.url).toBe(TOKEN_URL)
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded')
    const form = new URLSearchParams(request.body)
    expect(form.get('grant_type')).toBe('client_credentials')
    expect(form.get('client_id')).toBe('mlc')
    expect(form.get('client_secret')).toBe(SECRET)
    expect(form.get('scope')).toBe('openid microprofile-jwt')
})

test('without the variable nothing is sent and the grant is rejected naming the variable', () => {
    const http = oneAnswer(json(200, {}))
    const grant = source(http, { ML_CONNECTOR_CLIENT_SECRET: SECRET }).fetchToken()
    expect(grant).toMatchObject({ kind: 'rejected' })
    expect(grant.kind === 'rejected' && grant.message).toMatch(/MY_SECRET/)
    expect(http.requests).toHaveLength(0)
})

test('401 from the identity provider is rejected; 503/429 and transport errors are unavailable', () => {
    const refused = source(
        oneAnswer(json(401, { error: 'unauthorized_client', error_description: 'Invalid client secret' })),
        { MY_SECRET: SECRET }
    ).fetchToken()
    expect(refused).toMatchObject({ kind: 'rejected', status: 401 })
    expect(refused.kind === 'rejected' && refused.message).toMatch(/Invalid client secret/)
    expect(source(oneAnswer(json(429, {}, { 'retry-after': '12' })), { MY_SECRET: SECRET }).fetchToken()).toMatchObject(
        { kind: 'unavailable', status: 429, retryAfterSeconds: 12 }
    )
    expect(source(oneAnswer(json(503, {})), { MY_SECRET: SECRET }).fetchToken()).toMatchObject({
        kind: 'unavailable',
        status: 503,
    })
    expect(
        source(oneAnswer({ kind: 'transport_error', reason: 'timeout', message: 'slow' }), {
            MY_SECRET: SECRET,
        }).fetchToken()
    ).toMatchObject({ kind: 'unavailable' })
    expect(source(oneAnswer(json(200, { expires_in: 60 })), { MY_SECRET: SECRET }).fetchToken()).toMatchObject({
        kind: 'unavailable',
    })
})

test('an identity provider that echoes the secret does not get it into the grant message', () => {
    const echo = oneAnswer(json(401, { error: 'invalid_client', error_description: `bad secret ${SECRET}` }))
    const grant = source(echo, { MY_SECRET: SECRET }).fetchToken()
    expect(grant.kind === 'rejected' && grant.message).toMatch(/bad secret \*\*\*/)
    expect(JSON.stringify(grant)).not.toContain(SECRET)
})

test('the secret is registered with the redactor, so logs never show it', () => {
    const redactor = new Redactor()
    source(oneAnswer(json(200, {})), { MY_SECRET: SECRET }, redactor)
    const lines: string[] = []
    new NodeLog('debug', redactor, (l) => lines.push(l)).error(`failed with ${SECRET} inside`)
    expect(lines).toEqual(['[error] failed with *** inside'])
})

test('refuses a redirecting token endpoint (never followed) with a message naming the token URL', () => {
    const http = oneAnswer(textResponse(302, '', { location: 'https://evil.example/' }))
    const grant = source(http, { MY_SECRET: SECRET }).fetchToken()
    expect(grant).toMatchObject({ kind: 'rejected', status: 302, message: expect.stringMatching(/redirects/) })
    expect(grant.kind === 'rejected' && grant.message).toContain(`token endpoint ${TOKEN_URL} redirects (HTTP 302)`)
    expect(http.requests).toHaveLength(1)
    expect(JSON.stringify(grant)).not.toContain(SECRET)
})

test('a redirecting token URL with user info is named without it', () => {
    const http = oneAnswer({ kind: 'response', status: 302, headers: { location: 'https://x.example/' }, body: '' })
    const tokenUrl = 'https://svc:pa55word@idp.corp.example:8443/realms/r/token?debug=1'
    const grant = new EnvTokenSource(
        http,
        { tokenUrl, clientId: 'mlc', secretEnv: 'MY_SECRET', env: { MY_SECRET: SECRET } },
        new Redactor()
    ).fetchToken()
    const message = grant.kind === 'rejected' ? grant.message : ''
    expect(message).toContain('token endpoint https://idp.corp.example:8443/realms/r/token redirects')
    expect(message).not.toContain('pa55word')
    expect(message).not.toContain('debug=1')
})

test.each([301, 303, 307, 308])('refuses a %i from the token endpoint the same way', (status) => {
    const http = oneAnswer({ kind: 'response', status, headers: { location: 'https://evil.example/' }, body: '' })
    const grant = source(http, { MY_SECRET: SECRET }).fetchToken()
    expect(grant).toMatchObject({ kind: 'rejected', status, message: expect.stringMatching(/redirects/) })
    expect(http.requests).toHaveLength(1)
})
