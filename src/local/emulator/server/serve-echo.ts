import type { ServerResponse } from 'node:http'
import type { EchoEncoding, FaultRule, RequestKind } from '../faults/fault-plan'
import { escapeUnicode } from '../faults/escape-unicode'
import { sendJson, sendText } from './http-io'

/**
 * The `echo` fault: an error answer that repeats the request's credential — the client secret of a
 * token request, the bearer token of a data request — in one of the encodings careless servers
 * use. The connector must scrub it from every output whatever the encoding.
 */
export interface EchoRequest {
    rule: Extract<FaultRule, { kind: 'echo' }>
    kind: RequestKind
    /** The request's Authorization header. */
    authorization: string | undefined
    body: string
}

export function sendEcho(res: ServerResponse, { rule, kind, authorization, body }: EchoRequest): void {
    const status = rule.status ?? 400
    const form = new URLSearchParams(body)
    const clientId = form.get('client_id') ?? 'ml-connector'
    const credential =
        kind === 'token'
            ? (form.get('client_secret') ?? '')
            : (/^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '')
    const encoding: EchoEncoding = rule.encoding ?? 'url'
    const echoed = encodeEcho(credential, clientId, encoding)
    if (encoding === 'text')
        return sendText(res, status, `Rejected credential ${echoed} for ${clientId}`, { 'Content-Type': 'text/plain' })
    if (kind === 'token')
        return sendJson(
            res,
            status,
            { error: 'invalid_client', error_description: `Invalid client credentials: ${echoed}` },
            { 'Content-Type': 'application/json' }
        )
    return sendJson(res, status, { error: { code: 'ECHO', message: `Rejected credential ${echoed}` } })
}

function encodeEcho(secret: string, clientId: string, encoding: EchoEncoding): string {
    switch (encoding) {
        case 'raw':
        case 'text':
            return secret
        case 'url':
            return encodeURIComponent(secret)
        case 'url_lower':
            return encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())
        case 'form':
            return new URLSearchParams({ v: secret }).toString().slice(2)
        case 'json':
            return JSON.stringify(secret).slice(1, -1)
        case 'json_unicode':
            return escapeUnicode(secret)
        case 'html':
            return secret
                .replace(/&/g, '&amp;')
                .replace(/</g, '&lt;')
                .replace(/>/g, '&gt;')
                .replace(/"/g, '&quot;')
                .replace(/'/g, '&#39;')
        case 'base64':
            return Buffer.from(secret, 'utf8').toString('base64')
        case 'basic':
            return Buffer.from(
                `${clientId}:${new URLSearchParams({ v: secret }).toString().slice(2)}`,
                'utf8'
            ).toString('base64')
    }
}
