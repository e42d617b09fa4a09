import { GlideRecord } from '@servicenow/glide'
import { GlideOAuthClient, GlideOAuthClientRequest } from '@servicenow/glide/sn_auth'
import type { GlideOAuthClientResponse } from '@servicenow/glide/sn_auth'
import type { TokenGrant, TokenSource } from '../ports/token-source'
import type { ConnectionConfig } from '../core/config/connection-config'
import { checkOAuthProvider } from '../core/config/oauth-provider-check'
import type { OAuthProviderRecord } from '../core/config/oauth-provider-check'
import { messageOf } from '../core/domain/failure'
import { explainTransportFailure } from '../core/ifs/transport-failure'
import { IFS_TOKEN_SCOPE } from '../core/ifs/oauth-scope'
import { grantOfFailedTokenRequest } from '../core/ifs/token-failure'
import { endpointForMessage } from '../core/odata/url-parts'

/**
 * TokenSource over sn_auth.GlideOAuthClient: a client-credentials request through the OAuth
 * provider (oauth_entity) behind the connection's OAuth profile. The client secret stays in the
 * OAuth registry; this class only ever sees the access token and its lifetime.
 *
 * The platform takes the token URL and client id from the provider record, not from the
 * connection, so before every request (each run, and Test connection) the provider is checked
 * against the connection: token URL under the allowed host suffix and equal to the connection's,
 * the same client id. A mismatch is refused without asking for a token.
 */
export class GlideTokenSource implements TokenSource {
    constructor(private readonly connection: ConnectionConfig) {}

    fetchToken(): TokenGrant {
        const provider = this.provider()
        if (provider === null) {
            return {
                kind: 'rejected',
                status: 0,
                message: `OAuth profile ${this.connection.oauthProfile} was not found: choose a profile on the connection`,
            }
        }
        const problems = checkOAuthProvider(this.connection, provider)
        if (problems.length > 0) return { kind: 'rejected', status: 0, message: problems.join('; ') }
        return this.requestToken(provider)
    }

    private requestToken(provider: OAuthProviderRecord): TokenGrant {
        const request = new GlideOAuthClientRequest()
        request.setGrantType('client_credentials')
        request.setScope(this.connection.tokenScope ?? IFS_TOKEN_SCOPE)
        let response
        try {
            response = new GlideOAuthClient().requestTokenByRequest(provider.name, request)
        } catch (error) {
            return {
                kind: 'unavailable',
                message: `token request failed: ${explainTransportFailure(describe(error), null).message}`,
            }
        }
        return response ? grantOf(response, provider) : failedGrant(0, 'no response', provider)
    }

    /**
     * The provider behind the profile. requestTokenByRequest wants the provider (application
     * registry) name: the reference element's display value (the scoped GlideRecord has no
     * getDisplayValue(field)).
     */
    private provider(): OAuthProviderRecord | null {
        const profile = new GlideRecord('oauth_entity_profile')
        if (!profile.get(this.connection.oauthProfile)) return null
        const entity = new GlideRecord('oauth_entity')
        if (!entity.get(profile.getValue('oauth_entity') ?? '')) return null
        const name = String(profile.getElement('oauth_entity').getDisplayValue() ?? '')
        if (!name) return null
        const value = (field: string) => String(entity.getValue(field) ?? '')
        const active = value('active')
        return {
            name,
            tokenUrl: value('token_url'),
            clientId: value('client_id'),
            defaultGrantType: value('default_grant_type'),
            active: active !== 'false' && active !== '0',
        }
    }
}

function grantOf(response: GlideOAuthClientResponse, provider: OAuthProviderRecord): TokenGrant {
    const token = response.getToken()
    const accessToken = token ? String(token.getAccessToken() ?? '') : ''
    if (token && accessToken) {
        return { kind: 'granted', accessToken, expiresInSeconds: Number(token.getExpiresIn()) || 0 }
    }
    return failedGrant(Number(response.getResponseCode()) || 0, String(response.getErrorMessage() ?? ''), provider)
}

/** A request without a token; `status` 0: nothing answered, and `said` is the platform's reason. */
function failedGrant(status: number, said: string, provider: OAuthProviderRecord): TokenGrant {
    // Without an HTTP status nothing answered: say why (DNS, refused, TLS) as the Http port does.
    const reason = status || !said ? said : explainTransportFailure(said, null).message
    const endpoint = provider.tokenUrl ? `token endpoint ${endpointForMessage(provider.tokenUrl)}` : `token endpoint`
    return grantOfFailedTokenRequest({
        status,
        message: `token request to "${provider.name}" failed${status ? ` (HTTP ${status})` : ''}: ${reason}`,
        // The provider named without user info.
        endpoint: `${endpoint} of "${provider.name}"`,
        tokenUrlSetting: "the provider's token URL",
    })
}

function describe(error: unknown): string {
    return messageOf(error)
}
