import type { Http, HttpRequest, HttpResult } from '../ports/http'
import { newRestMessage } from './rest-message'
import { messageOf } from '../core/domain/failure'
import { explainTransportFailure } from '../core/ifs/ifs-errors'

/** Headers the core reads back; RESTResponseV2 has no portable "all headers" getter. */
const RESPONSE_HEADERS = ['retry-after', 'etag', 'content-type', 'odata-version', 'location'] as const

/**
 * Http over sn_ws.RESTMessageV2. The endpoint is set per request (tenant URL + OData path from
 * core/odata); authentication is the core's Authorization header, so the REST message itself
 * carries no credentials.
 */
export class GlideHttp implements Http {
    send(request: HttpRequest): HttpResult {
        const message = newRestMessage()
        message.setEndpoint(request.url)
        message.setHttpMethod(request.method.toLowerCase())
        message.setHttpTimeout(request.timeoutMs)
        for (const name of Object.keys(request.headers)) message.setRequestHeader(name, request.headers[name])
        if (request.body !== undefined) message.setRequestBody(request.body)

        let response
        try {
            response = message.execute()
        } catch (error) {
            // Some releases throw from execute() (e.g. SocketTimeoutException) instead of answering.
            return transportError(request.url, describe(error))
        }
        const status = Number(response.getStatusCode())
        // A status of 0 (or haveError without a status) means no HTTP answer arrived at all.
        if (!(status > 0)) {
            const text = String(response.getErrorMessage() ?? '')
            const code = Number(response.getErrorCode())
            return transportError(request.url, code ? `${text} (error code ${code})` : text)
        }
        const headers: Record<string, string> = {}
        for (const name of RESPONSE_HEADERS) {
            const value = response.getHeader(name)
            if (value !== null && value !== undefined && String(value) !== '') headers[name] = String(value)
        }
        return { kind: 'response', status, headers, body: String(response.getBody() ?? '') }
    }
}

/**
 * The same causes and sentences as Node's client ("DNS name not found: host", "connection refused:
 * host:port", "TLS handshake failed: ..."), read from the Java exception in getErrorMessage()
 * (UnknownHostException, ConnectException, SSLHandshakeException, SocketTimeoutException...).
 * getErrorCode() is Glide's own number, documented without a list of values: it is kept in the text.
 */
function transportError(url: string, text: string): HttpResult {
    const explained = explainTransportFailure(text, url)
    return { kind: 'transport_error', reason: explained.reason, cause: explained.cause, message: explained.message }
}

function describe(error: unknown): string {
    return messageOf(error)
}
