import type { Http, HttpRequest, HttpResult } from '../ports/http'
import { newRestMessage } from './rest-message'
import { messageOf } from '../core/domain/failure'
import { explainTransportFailure } from '../core/ifs/transport-failure'

/**
 * RESTResponseV2.getErrorCode() for a socket timeout (RESTResponseV2 API: "1 = socket timeout";
 * other non-zero codes are connection failures of other kinds).
 */
const SOCKET_TIMEOUT_ERROR_CODE = 1

/**
 * Outbound HTTP log level for every request (RESTMessageV2.setLogLevel). At "elevated" and "all" the
 * platform's outbound HTTP log records request headers, which carry the bearer token: "basic" keeps
 * method, host, path, status, lengths and timings only.
 */
const OUTBOUND_LOG_LEVEL = 'basic'

/** A header of RESTResponseV2.getAllHeaders(): name and value (Java strings on the instance). */
interface ResponseHeader {
    name: unknown
    value: unknown
}

/**
 * Http over sn_ws.RESTMessageV2. The endpoint is set per request (tenant URL + OData path from
 * core/odata); authentication is the core's Authorization header, so the REST message itself
 * carries no credentials.
 */
export class GlideHttp implements Http {
    send(request: HttpRequest): HttpResult {
        const message = newRestMessage()
        message.setLogLevel(OUTBOUND_LOG_LEVEL)
        message.setEndpoint(request.url)
        message.setHttpMethod(request.method.toLowerCase())
        message.setHttpTimeout(request.timeoutMs)
        for (const name of Object.keys(request.headers)) message.setRequestHeader(name, request.headers[name])
        if (request.body !== undefined) message.setRequestBody(request.body)

        let response
        try {
            response = message.execute()
        } catch (error) {
            // Some releases throw from execute() instead of answering; there is no error code then,
            // only the Java exception, whose class names the cause (SocketTimeoutException, ...).
            return transportError(request.url, describe(error), null)
        }
        const status = Number(response.getStatusCode())
        // A status of 0 means no HTTP answer arrived at all; haveError()/getErrorCode() say why.
        if (!(status > 0)) {
            const text = String(response.getErrorMessage() ?? '')
            const code = Number(response.getErrorCode())
            const timedOut = response.haveError() && code === SOCKET_TIMEOUT_ERROR_CODE
            return transportError(request.url, code ? `${text} (error code ${code})` : text, timedOut)
        }
        return {
            kind: 'response',
            status,
            headers: headersOf(response.getAllHeaders()),
            body: String(response.getBody() ?? ''),
        }
    }
}

/**
 * The same causes and sentences as Node's client ("DNS name not found: host", "connection refused:
 * host:port", "TLS handshake failed: ..."), read from the Java exception in getErrorMessage()
 * (UnknownHostException, ConnectException, SSLHandshakeException...). A socket timeout is decided by
 * getErrorCode() (1) when the response has one, never by its text; an exception from execute() has
 * no code, so there the Java exception's class decides.
 */
function transportError(url: string, text: string, timedOutByCode: boolean | null): HttpResult {
    if (timedOutByCode === true)
        return { kind: 'transport_error', reason: 'timeout', cause: 'timeout', message: `timed out: ${text}` }
    const explained = explainTransportFailure(text, url)
    // With an error code at hand, only the code may call it a timeout ("connect timed out by proxy").
    if (timedOutByCode === false && explained.cause === 'timeout')
        return { kind: 'transport_error', reason: 'connection', cause: 'other', message: text }
    return { kind: 'transport_error', reason: explained.reason, cause: explained.cause, message: explained.message }
}

/** Every response header, names in lower case; a repeated header's values are joined with ", ". */
function headersOf(all: readonly ResponseHeader[] | null | undefined): Record<string, string> {
    const headers: Record<string, string> = {}
    for (const header of all ?? []) {
        const name = String(header.name ?? '').toLowerCase()
        const value = header.value === null || header.value === undefined ? '' : String(header.value)
        if (!name || value === '') continue
        headers[name] = name in headers ? `${headers[name]}, ${value}` : value
    }
    return headers
}

function describe(error: unknown): string {
    return messageOf(error)
}
