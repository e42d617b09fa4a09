import type { IncomingMessage, ServerResponse } from 'node:http'
import { sendJson } from './http-io'
import type { TokenIssuer } from './token-issuer'

/** Keycloak's client-credentials grant: form fields, or client id and secret as Basic auth. */
export function serveToken(tokens: TokenIssuer, req: IncomingMessage, res: ServerResponse, body: string): void {
    const json = (status: number, payload: unknown) =>
        sendJson(res, status, payload, { 'Content-Type': 'application/json' })
    if (req.method !== 'POST')
        return json(405, { error: 'invalid_request', error_description: 'HTTP method not allowed' })
    const form = new URLSearchParams(body)
    let clientId = form.get('client_id') ?? ''
    let clientSecret = form.get('client_secret') ?? ''
    const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    if (basic) {
        const decoded = Buffer.from(basic[1], 'base64').toString('utf8')
        const colon = decoded.indexOf(':')
        clientId = decodeURIComponent(decoded.slice(0, colon))
        clientSecret = decodeURIComponent(decoded.slice(colon + 1))
    }
    const grant = form.get('grant_type')
    if (grant !== 'client_credentials')
        return json(400, {
            error: 'unsupported_grant_type',
            error_description: `Unsupported grant_type '${grant ?? ''}'`,
        })
    const issued = tokens.issue(clientId, clientSecret)
    if (!issued)
        return json(401, {
            error: 'unauthorized_client',
            error_description: 'Invalid client or Invalid client credentials',
        })
    json(200, {
        access_token: issued.token,
        expires_in: issued.expiresIn,
        refresh_expires_in: 0,
        token_type: 'Bearer',
        'not-before-policy': 0,
        scope: form.get('scope') ?? 'openid microprofile-jwt',
    })
}
