import { Failure } from '../domain/failure'

/**
 * What can go wrong talking to IFS, as types the engine can act on. Messages are built from
 * statuses, paths and IFS's own error text only: never a header, token or query string.
 */
export abstract class IfsError extends Failure {
    abstract readonly kind: string
    /** Whether the rest of the connection's work can go on (false: stop the whole connection). */
    readonly connectionWide: boolean = false

    /** The name is spelt out rather than taken from the class, which a build may rename. */
    protected constructor(name: string, message: string) {
        super(message)
        this.name = name
    }
}

/** The identity provider refused the client, or IFS answered 401 twice in a row. */
export class CredentialsRejected extends IfsError {
    readonly kind = 'credentials_rejected'
    override readonly connectionWide = true
    constructor(readonly detail: string) {
        super(
            'CredentialsRejected',
            `IFS credentials rejected: ${detail}. Check the client id and secret in the OAuth profile.`
        )
    }
}

/** A final HTTP error (400/403/404, or 5xx after the retries): status, path and IFS's message. */
export class IfsRequestFailed extends IfsError {
    readonly kind = 'request_failed'
    constructor(
        readonly status: number,
        readonly path: string,
        readonly ifsMessage: string | null
    ) {
        super('IfsRequestFailed', `IFS answered HTTP ${status} for ${path}${ifsMessage ? `: ${ifsMessage}` : ''}`)
    }
}

/** A body that is not the OData JSON we asked for (bad JSON, no `value`, a nextLink loop). */
export class MalformedResponse extends IfsError {
    readonly kind = 'malformed_response'
    constructor(
        readonly path: string,
        readonly problem: string
    ) {
        super('MalformedResponse', `IFS sent a malformed response for ${path}: ${problem}`)
    }
}

/** Timeouts or connection failures that outlasted the retries, with what happened when known. */
export class TransportFailed extends IfsError {
    readonly kind = 'transport_failed'
    constructor(
        readonly path: string,
        readonly reason: 'timeout' | 'connection',
        readonly detail: string = ''
    ) {
        super(
            'TransportFailed',
            `Could not reach IFS for ${path} (${detail || (reason === 'timeout' ? 'timed out' : 'connection failed')})`
        )
    }
}

/** The token endpoint could not give a token now (5xx, 429, timeout), after the retries. */
export class TokenUnavailable extends IfsError {
    readonly kind = 'token_unavailable'
    constructor(
        readonly detail: string,
        readonly retryAfterMs: number | null = null
    ) {
        super('TokenUnavailable', `Could not obtain an IFS access token: ${detail}`)
    }
}

/**
 * The client must wait longer than it may wait inline (throttled, backing off, request ceiling):
 * the engine checkpoints and asks to be continued at untilMs.
 */
export class DeferRequested extends IfsError {
    readonly kind = 'defer_requested'
    /**
     * @param throttled IFS throttled us (429), told us when to come back (Retry-After), or the
     *   connection's own request ceiling is full: waiting is the cure, so it never counts towards
     *   the consecutive-setback limit. False for backoff after 5xx, timeouts, refused connections,
     *   malformed answers, an unavailable token endpoint.
     */
    constructor(
        readonly untilMs: number,
        readonly reason: string,
        readonly throttled: boolean = false
    ) {
        super('DeferRequested', `Deferred: ${reason}`)
    }
}

/** Returned (not thrown) by patchWithIfMatch when the row changed since its ETag was read. */
export interface EtagConflict {
    kind: 'conflict'
    path: string
}
