import { GlideRecord } from '@servicenow/glide'
import { GlideOAuthClient, GlideOAuthClientRequest } from '@servicenow/glide/sn_auth'
import type { TokenGrant, TokenSource } from '../ports/token-source'
import { messageOf } from '../core/domain/failure'
import { IFS_TOKEN_SCOPE } from '../core/ifs/oauth-scope'
import { displayUrl } from '../core/odata/url-parts'

const PROFILE_TABLE = 'oauth_entity_profile'
const ENTITY_TABLE = 'oauth_entity'

/**
 * TokenSource over sn_auth.GlideOAuthClient: a client-credentials request through the OAuth
 * provider (oauth_entity) behind the connection's OAuth profile. The client secret stays in the
 * OAuth registry; this class only ever sees the access token and its lifetime.
 */
export class GlideTokenSource implements TokenSource {
    constructor(private readonly oauthProfileSysId: string) {}

    fetchToken(): TokenGrant {
        const found = this.provider()
        if (found === null) {
            return {
                kind: 'rejected',
                status: 0,
                message: `OAuth profile ${this.oauthProfileSysId} was not found: choose a profile on the connection`,
            }
        }
        const provider = found.name
        const request = new GlideOAuthClientRequest()
        request.setGrantType('client_credentials')
        request.setScope(IFS_TOKEN_SCOPE)
        let response
        try {
            response = new GlideOAuthClient().requestTokenByRequest(provider, request)
        } catch (error) {
            return { kind: 'unavailable', message: `token request failed: ${describe(error)}` }
        }
        const token = response ? response.getToken() : null
        const accessToken = token ? String(token.getAccessToken() ?? '') : ''
        if (token && accessToken) {
            return { kind: 'granted', accessToken, expiresInSeconds: Number(token.getExpiresIn()) || 0 }
        }
        const status = response ? Number(response.getResponseCode()) || 0 : 0
        const message = `token request to "${provider}" failed${status ? ` (HTTP ${status})` : ''}: ${
            response ? String(response.getErrorMessage() ?? '') : 'no response'
        }`
        // 400/401/403: the provider refused this client; anything else may pass later.
        if (status === 400 || status === 401 || status === 403) return { kind: 'rejected', status, message }
        // A redirect is never followed (the client secret must not travel to another host), and
        // retrying will not change it: the provider's token URL is wrong. Named without user info.
        if (status >= 300 && status < 400) {
            const where = found.tokenUrl ? `token endpoint ${displayUrl(found.tokenUrl)}` : `token endpoint`
            return {
                kind: 'rejected',
                status,
                message: `${where} of "${provider}" redirects (HTTP ${status}), refused without following: set the provider's token URL to the identity provider's own address`,
            }
        }
        return { kind: 'unavailable', ...(status ? { status } : {}), message }
    }

    /**
     * requestTokenByRequest wants the provider (application registry) name, not the profile id;
     * its token URL names the endpoint in messages.
     */
    private provider(): { name: string; tokenUrl: string } | null {
        const profile = new GlideRecord(PROFILE_TABLE)
        if (!profile.get(this.oauthProfileSysId)) return null
        const name = profile.getDisplayValue('oauth_entity')
        if (!name) return null
        const entity = new GlideRecord(ENTITY_TABLE)
        const tokenUrl = entity.get(String(profile.getValue('oauth_entity')))
            ? String(entity.getValue('token_url') ?? '')
            : ''
        return { name: String(name), tokenUrl }
    }
}

function describe(error: unknown): string {
    return messageOf(error)
}
