import type { Clock } from '../../ports/clock'
import type { TokenSource } from '../../ports/token-source'
import type { AuditTrail } from '../audit/audit-trail'
import type { Redactor } from '../audit/redactor'
import { MAX_RETRY_AFTER_MS } from './backoff'
import { CredentialsRejected, TokenUnavailable } from './ifs-errors'
import type { RequestContext } from './request-context'
import type { RequestCounters } from './request-counters'

/** Refresh this long before expiry: a minute, or a quarter of a short lifetime (IFS samples: 180 s). */
function refreshMarginMs(lifetimeMs: number): number {
    return Math.min(60_000, Math.floor(lifetimeMs / 4))
}

/**
 * Lifetime assumed when the identity provider states none (`expires_in` missing or 0): without it
 * every request would fetch a new token. A token that dies sooner is caught by the 401 rule.
 */
const UNSTATED_LIFETIME_SECONDS = 180

/** What a token manager works with, for one connection and run. */
export interface TokenManagerOptions {
    source: TokenSource
    clock: Clock
    redactor: Redactor
    audit: AuditTrail
    counters: RequestCounters
    /**
     * Consumes one slot of the connection's request ceiling (may wait or throw DeferRequested), for
     * the request whose context is given (its object type labels a throttle or deferral).
     */
    beforeRequest: (context: RequestContext) => void
    tokenPath: string
}

/**
 * Holds the connection's bearer token for one run: fetched on first use, refreshed before it
 * expires, dropped on a 401 (the client then asks once more). Every token is registered with the
 * Redactor the moment it is known, and every fetch is a counted, audited request.
 */
export class TokenManager {
    private token: string | null = null
    private refreshAtMs = 0

    constructor(private readonly options: TokenManagerOptions) {}

    /**
     * A token valid for at least the refresh margin, for a request made in `context`. Throws
     * CredentialsRejected or TokenUnavailable.
     */
    bearer(context: RequestContext): string {
        if (this.token !== null && this.options.clock.nowMs() < this.refreshAtMs) return this.token
        return this.refresh(context)
    }

    /** After a 401: the next bearer() fetches a new token. */
    invalidate(): void {
        this.token = null
        this.refreshAtMs = 0
    }

    private refresh(context: RequestContext): string {
        const { clock, source, counters, redactor, audit } = this.options
        this.token = null
        this.options.beforeRequest(context)
        const started = clock.nowMs()
        const grant = source.fetchToken()
        const durationMs = clock.nowMs() - started
        counters.requests++
        const event = { operation: 'token_refresh' as const, path: this.options.tokenPath, durationMs }
        switch (grant.kind) {
            case 'granted': {
                redactor.register(grant.accessToken)
                const stated = grant.expiresInSeconds > 0
                const seconds = stated ? grant.expiresInSeconds : UNSTATED_LIFETIME_SECONDS
                const lifetimeMs = seconds * 1000
                this.token = grant.accessToken
                this.refreshAtMs = started + lifetimeMs - refreshMarginMs(lifetimeMs)
                const validity = stated
                    ? `token valid for ${seconds} s`
                    : `token without a stated lifetime: assumed valid for ${seconds} s`
                audit.record({ ...event, httpStatus: 200, message: validity })
                return grant.accessToken
            }
            case 'rejected': {
                const detail = `token endpoint answered ${grant.status}: ${redactor.scrub(grant.message)}`
                audit.record({ ...event, httpStatus: grant.status, message: detail })
                throw new CredentialsRejected(detail)
            }
            case 'unavailable': {
                const detail = redactor.scrub(grant.message)
                audit.record({
                    ...event,
                    httpStatus: grant.status,
                    message: `token endpoint unavailable: ${detail}`,
                })
                const retryAfter =
                    grant.retryAfterSeconds === undefined
                        ? null
                        : Math.min(grant.retryAfterSeconds * 1000, MAX_RETRY_AFTER_MS)
                throw new TokenUnavailable(detail, retryAfter)
            }
        }
    }
}
