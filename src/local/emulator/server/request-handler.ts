import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EmulatorControl } from '../control'
import type { EmulatorDataset } from '../dataset/emulator-dataset'
import type { FaultInjector } from '../faults/fault-injector'
import type { RequestKind } from '../faults/fault-plan'
import { ODataError } from '../odata/odata-error'
import type { EmulatorStats } from './emulator-stats'
import { PROJECTION_ROOT, type EntitySetPaths } from './entity-set-paths'
import { readBody, sendJson } from './http-io'
import type { RateLimiter } from './rate-limiter'
import { resolveTarget, TargetError, type Target } from './resolve-target'
import { serveControl } from './serve-control'
import {
    patchEntity,
    serveCollection,
    serveEntity,
    type ProjectionContext,
    type RequestParts,
} from './serve-projection'
import { sendEcho } from './serve-echo'
import { serveToken } from './serve-token'
import type { TokenIssuer } from './token-issuer'

export interface RequestHandlerDeps {
    baseUrl: () => string
    tokenPath: string
    paths: EntitySetPaths
    data: EmulatorDataset
    tokens: TokenIssuer
    limiter: RateLimiter
    faults: FaultInjector
    /** The live counters (replaced on reset). */
    stats: () => EmulatorStats
    snapshot: () => EmulatorStats
    control: EmulatorControl
    maxPageSize: number
    sleep: (ms: number) => Promise<void>
}

/**
 * One request, in the order a gateway and IFS would see it: control endpoint, classify (token,
 * data, master data), injected status faults, token endpoint, then bearer token, rate limit and
 * the OData handlers. Errors thrown as ODataError become OData error bodies in start-emulator.
 */
export function createRequestHandler(
    deps: RequestHandlerDeps
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
    const { tokenPath, paths, data, tokens, limiter, faults, snapshot, control, maxPageSize } = deps
    return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
        const stats = deps.stats()
        const baseUrl = deps.baseUrl()
        const url = req.url ?? '/'
        const q = url.indexOf('?')
        const rawPath = q < 0 ? url : url.slice(0, q)
        const rawQuery = q < 0 ? '' : url.slice(q + 1)
        const body = await readBody(req)
        res.on('finish', () => {
            stats.byStatus[res.statusCode] = (stats.byStatus[res.statusCode] ?? 0) + 1
            if (res.statusCode === 429) stats.throttled++
        })
        let decodedPath: string
        try {
            decodedPath = decodeURIComponent(rawPath)
        } catch {
            return sendJson(res, 400, new ODataError(400, 'ODP_BAD_REQUEST', 'Malformed path encoding').body())
        }
        if (decodedPath.startsWith('/__control/')) {
            stats.requests.control++
            return serveControl(control, snapshot, req, res, decodedPath.slice('/__control/'.length), body)
        }

        let kind: RequestKind = 'other'
        let target: Target | null = null
        let unservable: TargetError | null = null
        const rest = decodedPath.startsWith(PROJECTION_ROOT) ? decodedPath.slice(PROJECTION_ROOT.length) : null
        if (decodedPath === tokenPath || decodedPath.startsWith('/auth/')) kind = 'token'
        else if (rest !== null) {
            try {
                target = resolveTarget(rest, paths, data)
                if (target) kind = target.kind
            } catch (e) {
                if (!(e instanceof TargetError)) throw e
                unservable = e
                kind = e.requestKind
            }
        }
        stats.requests[kind]++
        stats.byPath[decodedPath] = (stats.byPath[decodedPath] ?? 0) + 1

        for (const rule of faults.fire('status', kind, decodedPath)) {
            switch (rule.kind) {
                case 'slow':
                    await deps.sleep(rule.delayMs)
                    break
                case 'throttle': {
                    const retry = rule.retryAfterSeconds === undefined ? 1 : rule.retryAfterSeconds
                    return sendJson(
                        res,
                        429,
                        { error: { code: 'TOO_MANY_REQUESTS', message: 'Rate limit exceeded (injected)' } },
                        retry === null ? {} : { 'Retry-After': String(retry) }
                    )
                }
                case 'server_error': {
                    const status = rule.status ?? 503
                    return sendJson(res, status, {
                        error: { code: `HTTP_${status}`, message: 'Injected server error' },
                    })
                }
                case 'echo':
                    return sendEcho(res, rule, kind, req.headers.authorization, body)
                case 'unauthorized':
                    return sendJson(
                        res,
                        401,
                        { error: { code: 'UNAUTHORIZED', message: 'Token rejected (injected)' } },
                        { 'WWW-Authenticate': 'Bearer error="invalid_token"' }
                    )
            }
        }

        if (kind === 'token') {
            if (decodedPath !== tokenPath)
                return sendJson(res, 404, { error: 'Realm does not exist' }, { 'Content-Type': 'application/json' })
            return serveToken(tokens, req, res, body)
        }
        if (rest === null)
            return sendJson(res, 404, new ODataError(404, 'NOT_FOUND', `No resource at ${decodedPath}`).body())
        const auth = tokens.check(req.headers.authorization)
        if (!auth.ok) {
            const message = { missing: 'Bearer token required', unknown: 'Unknown token', expired: 'Token expired' }[
                auth.reason
            ]
            return sendJson(
                res,
                401,
                { error: { code: 'UNAUTHORIZED', message } },
                { 'WWW-Authenticate': auth.reason === 'missing' ? 'Bearer' : 'Bearer error="invalid_token"' }
            )
        }
        const wait = limiter.admit(auth.clientId)
        if (wait !== null) {
            stats.rateLimited++
            return sendJson(
                res,
                429,
                { error: { code: 'TOO_MANY_REQUESTS', message: `More than ${limiter.perMinute} requests a minute` } },
                { 'Retry-After': String(wait) }
            )
        }
        if (unservable) throw unservable
        if (!target) {
            const svc = /^([A-Za-z0-9_]+)\.svc\/?$/.exec(rest)
            const sets = Object.values(paths).filter((p) => svc && p.startsWith(`${svc[1]}.svc/`))
            if (svc && sets.length)
                return sendJson(res, 200, {
                    '@odata.context': `${baseUrl}${PROJECTION_ROOT}${svc[1]}.svc/$metadata`,
                    value: [...new Set(sets.map((p) => p.slice(p.indexOf('.svc/') + 5).split(/[(/]/)[0]))].map(
                        (name) => ({ name, kind: 'EntitySet', url: name })
                    ),
                })
            throw new ODataError(404, 'ODP_ENTITY_SET_NOT_FOUND', `Entity set not found: ${rest}`)
        }

        const ctx: ProjectionContext = { baseUrl, data, faults, stats, maxPageSize }
        const parts: RequestParts = { rawPath, rawQuery, decodedPath }
        if (req.method === 'GET' && target.key === null) return serveCollection(ctx, req, res, parts, target)
        if (req.method === 'GET') return serveEntity(ctx, res, parts, target)
        if (req.method === 'PATCH' && target.key !== null) return patchEntity(ctx, req, res, body, parts, target)
        throw new ODataError(405, 'ODP_METHOD_NOT_ALLOWED', `${req.method} is not allowed here`)
    }
}
