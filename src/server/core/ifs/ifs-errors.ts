import type { TransportCause } from '../../ports/http'
import { Failure } from '../domain/failure'
import { parseAbsoluteUrl } from '../odata/url-parts'

/**
 * What can go wrong talking to IFS, as types the engine can act on. Messages are built from
 * statuses, paths and IFS's own error text only: never a header, token or query string.
 */
export abstract class IfsError extends Failure {
    abstract readonly kind: string
    /** Whether the rest of the connection's work can go on (false: stop the whole connection). */
    readonly connectionWide: boolean = false
}

/** The identity provider refused the client, or IFS answered 401 twice in a row. */
export class CredentialsRejected extends IfsError {
    readonly kind = 'credentials_rejected'
    override readonly connectionWide = true
    constructor(readonly detail: string) {
        super(`IFS credentials rejected: ${detail}. Check the client id and secret in the OAuth profile.`)
        this.name = 'CredentialsRejected'
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
        super(`IFS answered HTTP ${status} for ${path}${ifsMessage ? `: ${ifsMessage}` : ''}`)
        this.name = 'IfsRequestFailed'
    }
}

/** A body that is not the OData JSON we asked for (bad JSON, no `value`, a nextLink loop). */
export class MalformedResponse extends IfsError {
    readonly kind = 'malformed_response'
    constructor(
        readonly path: string,
        readonly problem: string
    ) {
        super(`IFS sent a malformed response for ${path}: ${problem}`)
        this.name = 'MalformedResponse'
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
            `Could not reach IFS for ${path} (${detail || (reason === 'timeout' ? 'timed out' : 'connection failed')})`
        )
        this.name = 'TransportFailed'
    }
}

/**
 * The kind of a transport failure from an adapter's error text: Node's error codes (ENOTFOUND,
 * ECONNREFUSED, EPROTO, ERR_SSL_..., CERT_...) and the Java exceptions RESTMessageV2 reports
 * (UnknownHostException, ConnectException, SSLHandshakeException, SocketTimeoutException...).
 */
export function classifyTransportFailure(text: string): TransportCause {
    if (
        /ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL|UnknownHostException|Name or service not known|nodename nor servname|No such host/i.test(
            text
        )
    )
        return 'dns'
    if (/ECONNREFUSED|Connection refused|ConnectException/i.test(text)) return 'refused'
    if (
        /ERR_SSL|ERR_TLS|EPROTO|SSL|TLS|CERT_|certificate|handshake|self[- ]signed|PKIX|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/i.test(
            text
        )
    )
        return 'tls'
    if (/ECONNRESET|socket hang up|Connection reset|EPIPE|Broken pipe/i.test(text)) return 'reset'
    if (/EHOSTUNREACH|ENETUNREACH|No route to host|Network is unreachable|NoRouteToHostException/i.test(text))
        return 'unreachable'
    if (/ETIMEDOUT|ESOCKETTIMEDOUT|time[d ]?\s*out|timeout/i.test(text)) return 'timeout'
    return 'other'
}

/**
 * One sentence for a transport failure, the same on the instance and in Node: the cause first,
 * then where (host and port; never a path, query or user info), then the adapter's own words
 * where they add something (TLS alerts, certificate problems).
 */
export function describeTransportFailure(cause: TransportCause, host: string, port: string, detail: string): string {
    const where = port ? `${host}:${port}` : host
    const words = detail.replace(/\s+/g, ' ').trim().slice(0, 300)
    switch (cause) {
        case 'dns':
            return `DNS name not found: ${host}`
        case 'refused':
            return `connection refused: ${where}`
        case 'tls':
            return `TLS handshake failed: ${where}${words ? `: ${words}` : ''}`
        case 'reset':
            return `connection reset: ${where}`
        case 'unreachable':
            return `host unreachable: ${where}`
        case 'timeout':
            return `timed out: ${where}${words ? ` (${words})` : ''}`
        case 'other':
            return `connection failed: ${where}${words ? `: ${words}` : ''}`
    }
}

/** The token endpoint could not give a token now (5xx, 429, timeout), after the retries. */
export class TokenUnavailable extends IfsError {
    readonly kind = 'token_unavailable'
    constructor(
        readonly detail: string,
        readonly retryAfterMs: number | null = null
    ) {
        super(`Could not obtain an IFS access token: ${detail}`)
        this.name = 'TokenUnavailable'
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
        super(`Deferred: ${reason}`)
        this.name = 'DeferRequested'
    }
}

/** Returned (not thrown) by patchWithIfMatch when the row changed since its ETag was read. */
export interface EtagConflict {
    kind: 'conflict'
    path: string
}

const CAUSE_LABELS: Readonly<Record<TransportCause, string>> = {
    dns: 'DNS name not found',
    refused: 'connection refused',
    tls: 'TLS handshake failed',
    reset: 'connection reset',
    unreachable: 'host unreachable',
    timeout: 'timed out',
    other: 'connection failed',
}

/**
 * An adapter's error text as a transport failure: its cause and the sentence for it. `url` (when
 * known) gives host and port; without it, the host a DNS error names is taken from the text.
 */
export function explainTransportFailure(
    text: string,
    url: string | null
): { cause: TransportCause; reason: 'timeout' | 'connection'; message: string } {
    const cause = classifyTransportFailure(text)
    const parts = url === null ? null : parseAbsoluteUrl(url)
    let host = parts ? parts.host : ''
    const port = parts ? (parts.port ?? (parts.scheme === 'http' ? '80' : '443')) : ''
    if (!host && cause === 'dns') {
        const named = /(?:UnknownHostException:?|ENOTFOUND)\s*([A-Za-z0-9.-]+)/.exec(text)
        host = named ? named[1] : 'the host'
    }
    const message = host
        ? describeTransportFailure(cause, host, port, cause === 'dns' ? '' : text)
        : cause === 'other'
          ? text
          : `${CAUSE_LABELS[cause]}: ${text}`
    return { cause, reason: cause === 'timeout' ? 'timeout' : 'connection', message }
}
