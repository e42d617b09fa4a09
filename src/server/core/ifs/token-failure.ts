import type { TokenGrant } from '../../ports/token-source'

/**
 * A token request that brought no token, as both token sources see it (GlideOAuthClient on the
 * instance, a form POST in Node): the HTTP status and their own words for it.
 */
export interface FailedTokenRequest {
    /** The HTTP status of the answer; 0 when nothing answered. */
    status: number
    message: string
    /** How a redirect refusal names the endpoint, e.g. `token endpoint idp.example.com:443`. */
    endpoint: string
    /** The setting an admin corrects after a redirect, e.g. `the token URL`. */
    tokenUrlSetting: string
    /** The answer's Retry-After header, where the adapter can see it (delta-seconds). */
    retryAfter?: string
}

/** The identity provider refused this client: retrying will not help. */
const REFUSED = [400, 401, 403]

/**
 * What a failed token request means for the run: 400/401/403 are a refusal; a redirect is never
 * followed (the client secret must not travel to another host) and retrying will not change it,
 * so it is a refusal naming the setting to correct; anything else may pass later.
 */
export function grantOfFailedTokenRequest(failed: FailedTokenRequest): TokenGrant {
    const { status, message } = failed
    if (REFUSED.includes(status)) return { kind: 'rejected', status, message }
    if (status >= 300 && status < 400) {
        return {
            kind: 'rejected',
            status,
            message: `${failed.endpoint} redirects (HTTP ${status}), refused without following: set ${failed.tokenUrlSetting} to the identity provider's own address`,
        }
    }
    const retryAfter = Number(failed.retryAfter)
    return {
        kind: 'unavailable',
        ...(status ? { status } : {}),
        ...(Number.isFinite(retryAfter) && retryAfter >= 0 ? { retryAfterSeconds: retryAfter } : {}),
        message,
    }
}
