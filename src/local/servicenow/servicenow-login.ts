import type { Redactor } from '../../server/core/audit/redactor'
import type { Http } from '../../server/ports/http'
import type { ServiceNowSettings } from '../cli/local-config'
import type { TableApiAuth } from './table-api-client'

export type LoginOutcome = { ok: true; auth: TableApiAuth; how: string } | { ok: false; reason: string }

/**
 * Credentials for the instance's REST API, from the environment only. With a client id it asks
 * the instance's OAuth endpoint for a token (password grant); otherwise basic auth is used.
 */
export function loginToServiceNow(
    http: Http,
    settings: ServiceNowSettings,
    env: Readonly<Record<string, string | undefined>>,
    redactor: Redactor
): LoginOutcome {
    const password = env[settings.passwordEnv]
    if (!password) return { ok: false, reason: `export ${settings.passwordEnv} with the password of ${settings.user}` }
    redactor.register(password)
    if (!settings.clientId)
        return { ok: true, auth: { kind: 'basic', user: settings.user, password }, how: 'basic auth' }
    const secretEnv = settings.clientSecretEnv as string
    const secret = env[secretEnv]
    if (!secret) return { ok: false, reason: `export ${secretEnv} with the OAuth client secret` }
    redactor.register(secret)
    const body = new URLSearchParams({
        grant_type: 'password',
        client_id: settings.clientId,
        client_secret: secret,
        username: settings.user,
        password,
    }).toString()
    const result = http.send({
        method: 'POST',
        url: `${settings.instanceUrl}/oauth_token.do`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
        timeoutMs: 30000,
    })
    if (result.kind === 'transport_error') return { ok: false, reason: `cannot reach the instance: ${result.message}` }
    let token: unknown
    try {
        token = (JSON.parse(result.body) as { access_token?: unknown }).access_token
    } catch {
        token = undefined
    }
    if (result.status !== 200 || typeof token !== 'string' || !token) {
        return {
            ok: false,
            reason: `the instance's OAuth endpoint answered HTTP ${result.status}: check the client id, secret, user and password`,
        }
    }
    redactor.register(token)
    return { ok: true, auth: { kind: 'bearer', token }, how: `OAuth token for client ${settings.clientId}` }
}
