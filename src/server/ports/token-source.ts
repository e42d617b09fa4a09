/**
 * Obtains a fresh OAuth 2.0 client-credentials token for one connection. The client secret lives
 * only inside the implementation (the OAuth registry on the instance, an environment variable in
 * Node); caching, refresh-before-expiry and the retry-once-on-401 rule live in core/ifs.
 */
export type TokenGrant =
    | { kind: 'granted'; accessToken: string; expiresInSeconds: number }
    /** The identity provider refused the client (wrong id/secret, disabled client). Final. */
    | { kind: 'rejected'; status: number; message: string }
    /** Could not get an answer (timeout, 5xx, 429). Worth retrying later. */
    | { kind: 'unavailable'; status?: number; retryAfterSeconds?: number; message: string }

export interface TokenSource {
    fetchToken(): TokenGrant
}
