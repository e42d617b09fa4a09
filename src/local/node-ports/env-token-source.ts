import { IFS_TOKEN_SCOPE } from '../../server/core/ifs/oauth-scope'
import { endpointForMessage } from '../../server/core/odata/url-parts'
import type { Redactor } from '../../server/core/audit/redactor'
import { grantOfFailedTokenRequest } from '../../server/core/ifs/token-failure'
import type { Http, HttpResult } from '../../server/ports/http'
import type { TokenGrant, TokenSource } from '../../server/ports/token-source'

export const DEFAULT_SECRET_ENV = 'ML_CONNECTOR_CLIENT_SECRET'

export interface EnvTokenSourceOptions {
    tokenUrl: string
    clientId: string
    /** OAuth scope of the request; IFS_TOKEN_SCOPE when unset. */
    scope?: string
    /** Name of the environment variable that holds the client secret. */
    secretEnv: string
    env?: Readonly<Record<string, string | undefined>>
    timeoutMs?: number
}

/**
 * OAuth 2.0 client credentials against IFS IAM. The secret is read from the environment only
 * (never a file or a flag) and registered with the Redactor the moment it is read, so no log
 * line, audit row or error can carry it.
 */
export class EnvTokenSource implements TokenSource {
    private readonly secret: string | undefined

    constructor(
        private readonly http: Http,
        private readonly options: EnvTokenSourceOptions,
        private readonly redactor: Redactor
    ) {
        this.secret = (options.env ?? process.env)[options.secretEnv] || undefined
        if (this.secret) redactor.register(this.secret)
    }

    fetchToken(): TokenGrant {
        if (!this.secret) {
            return {
                kind: 'rejected',
                status: 0,
                message: `the client secret is not set: export ${this.options.secretEnv} before running`,
            }
        }
        const result = this.http.send({
            method: 'POST',
            url: this.options.tokenUrl,
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: this.requestBody(this.secret),
            timeoutMs: this.options.timeoutMs ?? 30000,
        })
        if (result.kind === 'transport_error') {
            // The Http port's message names the cause: DNS name not found, connection refused, TLS...
            return {
                kind: 'unavailable',
                message: `token endpoint unreachable: ${this.redactor.scrub(result.message)}`,
            }
        }
        return this.grantOf(result)
    }

    private requestBody(secret: string): string {
        return [
            ['grant_type', 'client_credentials'],
            ['client_id', this.options.clientId],
            ['client_secret', secret],
            ['scope', this.options.scope ?? IFS_TOKEN_SCOPE],
        ]
            .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
            .join('&')
    }

    private grantOf(result: Extract<HttpResult, { kind: 'response' }>): TokenGrant {
        const parsed = parseJson(result.body)
        if (result.status === 200) {
            const token = parsed?.access_token
            const expires = Number(parsed?.expires_in)
            if (typeof token === 'string' && token && Number.isFinite(expires) && expires > 0) {
                return { kind: 'granted', accessToken: token, expiresInSeconds: expires }
            }
            return { kind: 'unavailable', status: 200, message: 'token endpoint answered 200 without a usable token' }
        }
        // The identity provider's own words, scrubbed: the grant's message ends up in audit rows.
        const idpMessage = this.redactor.scrub(
            [parsed?.error, parsed?.error_description].filter((x) => typeof x === 'string').join(': ')
        )
        return grantOfFailedTokenRequest({
            status: result.status,
            message: `token request for client ${this.options.clientId} failed (HTTP ${result.status})${
                idpMessage ? `: ${idpMessage}` : ''
            }`,
            endpoint: `token endpoint ${endpointForMessage(this.options.tokenUrl)}`,
            tokenUrlSetting: 'the token URL',
            retryAfter: result.headers['retry-after'],
        })
    }
}

function parseJson(text: string): Record<string, unknown> | null {
    try {
        const value: unknown = JSON.parse(text)
        return value && typeof value === 'object' ? (value as Record<string, unknown>) : null
    } catch {
        return null
    }
}
