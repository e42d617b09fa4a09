import type { TransportCause } from '../../ports/http'
import { parseAbsoluteUrl } from '../odata/url-parts'

/**
 * Transport failures (no HTTP answer) in words an admin can act on, the same on the instance and
 * in Node: the adapters' error texts are classified by cause, then described.
 */

/**
 * Node's error codes (ENOTFOUND, ECONNREFUSED, EPROTO, ERR_SSL_..., CERT_...) and the Java
 * exceptions RESTMessageV2 reports (UnknownHostException, ConnectException, SSLHandshakeException,
 * SocketTimeoutException...), by cause, tried in this order.
 */
const CAUSE_PATTERNS: readonly (readonly [TransportCause, RegExp])[] = [
    [
        'dns',
        /ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL|UnknownHostException|Name or service not known|nodename nor servname|No such host/i,
    ],
    ['refused', /ECONNREFUSED|Connection refused|ConnectException/i],
    [
        'tls',
        /ERR_SSL|ERR_TLS|EPROTO|SSL|TLS|CERT_|certificate|handshake|self[- ]signed|PKIX|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/i,
    ],
    ['reset', /ECONNRESET|socket hang up|Connection reset|EPIPE|Broken pipe/i],
    ['unreachable', /EHOSTUNREACH|ENETUNREACH|No route to host|Network is unreachable|NoRouteToHostException/i],
    ['timeout', /ETIMEDOUT|ESOCKETTIMEDOUT|time[d ]?\s*out|timeout/i],
]

/** The kind of a transport failure from an adapter's error text. */
export function classifyTransportFailure(text: string): TransportCause {
    return CAUSE_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other'
}

/**
 * How each cause is told: its label, whether it names the host alone (a DNS name) or host and
 * port, and how the adapter's own words follow where they add something (TLS alerts, certificate
 * problems, what timed out).
 */
const CAUSE_WORDING: Readonly<
    Record<TransportCause, { label: string; hostOnly?: true; words?: (words: string) => string }>
> = {
    dns: { label: 'DNS name not found', hostOnly: true },
    refused: { label: 'connection refused' },
    tls: { label: 'TLS handshake failed', words: (w) => `: ${w}` },
    reset: { label: 'connection reset' },
    unreachable: { label: 'host unreachable' },
    timeout: { label: 'timed out', words: (w) => ` (${w})` },
    other: { label: 'connection failed', words: (w) => `: ${w}` },
}

/**
 * One sentence for a transport failure: the cause first, then where (host and port; never a
 * path, query or user info), then the adapter's own words where they add something.
 */
export function describeTransportFailure(cause: TransportCause, host: string, port: string, detail: string): string {
    const { label, hostOnly, words } = CAUSE_WORDING[cause]
    const where = hostOnly || !port ? host : `${host}:${port}`
    const said = detail.replace(/\s+/g, ' ').trim().slice(0, 300)
    return `${label}: ${where}${words && said ? words(said) : ''}`
}

/** Host and port of `url` (the scheme's port when none is given), or the host a DNS error names. */
function whereOf(text: string, url: string | null, cause: TransportCause): { host: string; port: string } {
    const parts = url === null ? null : parseAbsoluteUrl(url)
    if (parts?.host) return { host: parts.host, port: parts.port ?? (parts.scheme === 'http' ? '80' : '443') }
    if (cause !== 'dns') return { host: '', port: '' }
    const named = /(?:UnknownHostException:?|ENOTFOUND)\s*([A-Za-z0-9.-]+)/.exec(text)
    return { host: named ? named[1] : 'the host', port: '' }
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
    const { host, port } = whereOf(text, url, cause)
    let message: string
    if (host) message = describeTransportFailure(cause, host, port, cause === 'dns' ? '' : text)
    else message = cause === 'other' ? text : `${CAUSE_WORDING[cause].label}: ${text}`
    return { cause, reason: cause === 'timeout' ? 'timeout' : 'connection', message }
}
