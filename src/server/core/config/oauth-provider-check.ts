import type { ConnectionConfig } from './connection-config'
import { checkTokenUrl } from './tenant-url'

/** The OAuth provider (Application Registry record) behind a connection's OAuth profile, as stored. */
export interface OAuthProviderRecord {
    name: string
    tokenUrl: string
    clientId: string
    /** The provider's default grant type; the connector asks for client credentials. */
    defaultGrantType: string
    active: boolean
}

/**
 * The instance takes the token from the provider record, not from the connection: so the provider
 * must point where the connection says (token URL host under the allowed suffix, the same token URL
 * as the connection's tenant + realm or override) and use the connection's client id. One message
 * per mismatch, each naming the field to change; empty when the provider fits.
 */
export function checkOAuthProvider(connection: ConnectionConfig, provider: OAuthProviderRecord): string[] {
    const problems: string[] = []
    const where = `OAuth provider "${provider.name}" (System OAuth > Application Registry)`
    if (!provider.active) problems.push(`${where} is not active`)
    const suffix = connection.allowedHostSuffix ?? 'ifs.cloud'
    const token = checkTokenUrl(provider.tokenUrl, suffix)
    if (!token.ok) {
        problems.push(`${where}: its token URL ${token.reason} (allowed host suffix ${suffix})`)
    } else if (token.url !== connection.tokenUrl) {
        problems.push(
            `${where}: its token URL ${token.url} is not the connection's ${connection.tokenUrl} (tenant URL + realm, or the override)`
        )
    }
    if (connection.clientId !== undefined && provider.clientId.trim() !== connection.clientId.trim()) {
        problems.push(`${where}: its client id is not the connection's Client ID "${connection.clientId}"`)
    }
    if (provider.defaultGrantType !== '' && provider.defaultGrantType !== 'client_credentials') {
        problems.push(`${where}: its default grant type is "${provider.defaultGrantType}", not Client Credentials`)
    }
    return problems
}
