import type { OAuthAnswer } from './glide-world'
import type { GlideWorld } from './glide-world'

type WorldRef = () => GlideWorld

export class GlideOAuthClientRequestDouble {
    private grantType = ''
    private readonly parameters: Record<string, string> = {}
    setGrantType(grantType: string): void {
        this.grantType = String(grantType)
    }
    getGrantType(): string {
        return this.grantType
    }
    private scope = ''
    setScope(scope: string): void {
        this.scope = String(scope)
    }
    getScope(): string {
        return this.scope
    }
    setParameter(name: string, value: string): void {
        this.parameters[name] = String(value)
    }
    getParameter(name: string): string {
        return this.parameters[name] ?? ''
    }
}

class GlideOAuthTokenDouble {
    constructor(private readonly answer: OAuthAnswer) {}
    getAccessToken(): string | null {
        return 'accessToken' in this.answer ? this.answer.accessToken : null
    }
    getExpiresIn(): number {
        return 'expiresIn' in this.answer ? this.answer.expiresIn : 0
    }
}

class GlideOAuthClientResponseDouble {
    constructor(private readonly answer: OAuthAnswer) {}
    getResponseCode(): number {
        return this.answer.status
    }
    getToken(): GlideOAuthTokenDouble {
        return new GlideOAuthTokenDouble(this.answer)
    }
    getErrorMessage(): string {
        return 'error' in this.answer ? this.answer.error : ''
    }
    getBody(): string {
        return JSON.stringify(this.answer)
    }
}

/** sn_auth.GlideOAuthClient: the OAuth registry asks the world's provider for a token. */
export function glideOAuthClientClass(worldOf: WorldRef) {
    return class GlideOAuthClient {
        requestTokenByRequest(providerName: string, request: GlideOAuthClientRequestDouble) {
            return new GlideOAuthClientResponseDouble(
                worldOf().oauth(String(providerName), request.getGrantType(), request.getScope())
            )
        }
        requestToken(providerName: string, json: string) {
            const parsed = JSON.parse(json) as { grant_type?: string; scope?: string }
            return new GlideOAuthClientResponseDouble(
                worldOf().oauth(String(providerName), String(parsed.grant_type ?? ''), String(parsed.scope ?? ''))
            )
        }
    }
}
