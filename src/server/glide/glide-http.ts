import type { Http, HttpRequest, HttpResult } from '../ports/http'
import { newRestMessage } from './rest-message'
import { messageOf } from '../core/domain/failure'

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
            const message = describe(error)
            return { kind: 'transport_error', reason: isTimeout(message) ? 'timeout' : 'connection', message }
        }
        const status = Number(response.getStatusCode())
        // A status of 0 (or haveError without a status) means no HTTP answer arrived at all.
        if (!(status > 0)) {
            const text = String(response.getErrorMessage() ?? '')
            return { kind: 'transport_error', reason: isTimeout(text) ? 'timeout' : 'connection', message: text }
        }
        const headers: Record<string, string> = {}
        for (const name of RESPONSE_HEADERS) {
            const value = response.getHeader(name)
            if (value !== null && value !== undefined && String(value) !== '') headers[name] = String(value)
        }
        return { kind: 'response', status, headers, body: String(response.getBody() ?? '') }
    }
}

function isTimeout(message: string): boolean {
    return /time[d ]?\s*out|timeout/i.test(message)
}

function describe(error: unknown): string {
    return messageOf(error)
}
