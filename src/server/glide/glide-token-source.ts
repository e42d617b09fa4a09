import { GlideRecord } from '@servicenow/glide'
import { GlideOAuthClient, GlideOAuthClientRequest } from '@servicenow/glide/sn_auth'
import type { TokenGrant, TokenSource } from '../ports/token-source'
import { messageOf } from '../core/domain/failure'
import { explainTransportFailure } from '../core/ifs/ifs-errors'
import { IFS_TOKEN_SCOPE } from '../core/ifs/oauth-scope'

const PROFILE_TABLE = 'oauth_entity_profile'

/**
 * TokenSource over sn_auth.GlideOAuthClient: a client-credentials request through the OAuth
 * provider (oauth_entity) behind the connection's OAuth profile. The client secret stays in the
 * OAuth registry; this class only ever sees the access token and its lifetime.
 */
export class GlideTokenSource implements TokenSource {
    constructor(private readonly oauthProfileSysId: string) {}

    fetchToken(): TokenGrant {
        const provider = this.providerName()
        if (provider === null) {
            return {
                kind: 'rejected',
                status: 0,
                message: `OAuth profile ${this.oauthProfileSysId} was not found: choose a profile on the connection`,
            }
        }
        const request = new GlideOAuthClientRequest()
        request.setGrantType('client_credentials')
        request.setScope(IFS_TOKEN_SCOPE)
        let response
        try {
            response = new GlideOAuthClient().requestTokenByRequest(provider, request)
        } catch (error) {
            return {
                kind: 'unavailable',
                message: `token request failed: ${explainTransportFailure(describe(error), null).message}`,
            }
        }
        const token = response ? response.getToken() : null
        const accessToken = token ? String(token.getAccessToken() ?? '') : ''
        if (token && accessToken) {
            return { kind: 'granted', accessToken, expiresInSeconds: Number(token.getExpiresIn()) || 0 }
        }
        const status = response ? Number(response.getResponseCode()) || 0 : 0
        const said = response ? String(response.getErrorMessage() ?? '') : 'no response'
        // Without an HTTP status nothing answered: say why (DNS, refused, TLS) as the Http port does.
        const message = `token request to "${provider}" failed${status ? ` (HTTP ${status})` : ''}: ${
            status || !said ? said : explainTransportFailure(said, null).message
        }`
        // 400/401/403: the provider refused this client; anything else may pass later.
        if (status === 400 || status === 401 || status === 403) return { kind: 'rejected', status, message }
        return { kind: 'unavailable', ...(status ? { status } : {}), message }
    }

    /** requestTokenByRequest wants the provider (application registry) name, not the profile id. */
    private providerName(): string | null {
        const profile = new GlideRecord(PROFILE_TABLE)
        if (!profile.get(this.oauthProfileSysId)) return null
        const name = profile.getDisplayValue('oauth_entity')
        return name ? String(name) : null
    }
}

function describe(error: unknown): string {
    return messageOf(error)
}
