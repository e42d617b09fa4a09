import type { Http, HttpRequest, HttpResult } from '../ports/http'
import { newRestMessage } from './rest-message'
import { messageOf } from '../core/domain/failure'

/**
 * RESTResponseV2.getErrorCode() for a socket timeout (RESTResponseV2 API: "1 = socket timeout";
 * other non-zero codes are connection failures of other kinds).
 */
export const SOCKET_TIMEOUT_ERROR_CODE = 1

/**
 * Outbound HTTP log level for every request (RESTMessageV2.setLogLevel). At "elevated" and "all" the
 * platform's outbound HTTP log records request headers, which carry the bearer token: "basic" keeps
 * method, host, path, status, lengths and timings only.
 */
export const OUTBOUND_LOG_LEVEL = 'basic'

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
            // only the Java exception, whose class names a socket timeout.
            const text = describe(error)
            const timedOut = text.startsWith('java.net.SocketTimeoutException')
            return { kind: 'transport_error', reason: timedOut ? 'timeout' : 'connection', message: text }
        }
        const status = Number(response.getStatusCode())
        // A status of 0 means no HTTP answer arrived at all; haveError()/getErrorCode() say why.
        if (!(status > 0)) {
            const text = String(response.getErrorMessage() ?? '')
            const timedOut = response.haveError() && Number(response.getErrorCode()) === SOCKET_TIMEOUT_ERROR_CODE
            return { kind: 'transport_error', reason: timedOut ? 'timeout' : 'connection', message: text }
        }
        return {
            kind: 'response',
            status,
            headers: headersOf(response.getAllHeaders()),
            body: String(response.getBody() ?? ''),
        }
    }
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
