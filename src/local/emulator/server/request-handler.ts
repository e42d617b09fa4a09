import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EmulatorControl } from '../control'
import type { EmulatorDataset } from '../dataset/emulator-dataset'
import type { FaultInjector } from '../faults/fault-injector'
import type { FaultRule, RequestKind } from '../faults/fault-plan'
import { ODataError } from '../odata/odata-error'
import type { EmulatorStats } from './emulator-stats'
import { PROJECTION_ROOT, type EntitySetPaths } from './entity-set-paths'
import { readBody, sendJson } from './http-io'
import type { RateLimiter } from './rate-limiter'
import { resolveTarget, TargetError, type Target } from './resolve-target'
import { serveControl } from './serve-control'
import { metadataProjection, serveMetadata } from './serve-metadata'
import {
    patchEntity,
    serveCollection,
    serveEntity,
    type ProjectionContext,
    type ProjectionRequest,
    type RequestParts,
} from './serve-projection'
import { sendEcho } from './serve-echo'
import { serveToken } from './serve-token'
import type { TokenIssuer } from './token-issuer'
import type { EmulatorSettings } from './emulator-settings'
import type { ServedSets } from '../dataset/served-sets'

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
    /** Settings a test may change while the emulator runs. */
    settings: EmulatorSettings
    /** The sets the profile serves (the generator's own under ifs-cloud). */
    served: ServedSets
    /** Only the generator's own names take a PATCH (other profiles are read-only views). */
    patchable: boolean
    sleep: (ms: number) => Promise<void>
}

/** A request as received: its path split and decoded, its body read, its counters. */
interface Exchange {
    req: IncomingMessage
    res: ServerResponse
    body: string
    parts: RequestParts
    stats: EmulatorStats
    baseUrl: string
}

/** A request after classification: what its path names, or why it cannot be served. */
interface Classified extends Exchange {
    kind: RequestKind
    /** The path below the projection root; null outside it. */
    rest: string | null
    target: Target | null
    unservable: TargetError | null
}

/** One step of the route: answers the request (true) or leaves it to the next step (false). */
type Step = (deps: RequestHandlerDeps, x: Classified) => boolean | Promise<boolean>

/**
 * One request, in the order a gateway and IFS would see it: control endpoint, classify (token,
 * data, master data), injected status faults, token endpoint, then bearer token, rate limit and
 * the OData handlers. Errors thrown as ODataError become OData error bodies in start-emulator.
 */
export function createRequestHandler(
    deps: RequestHandlerDeps
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
    return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
        const x = await receive(deps, req, res)
        if (!x) return
        if (x.parts.decodedPath.startsWith(CONTROL_ROOT)) {
            x.stats.requests.control++
            const action = x.parts.decodedPath.slice(CONTROL_ROOT.length)
            return serveControl(deps, { req, res, action, body: x.body })
        }
        const classified = classify(deps, x)
        x.stats.requests[classified.kind]++
        x.stats.byPath[x.parts.decodedPath] = (x.stats.byPath[x.parts.decodedPath] ?? 0) + 1
        for (const step of ROUTE) if (await step(deps, classified)) return
    }
}

const CONTROL_ROOT = '/__control/'

/** Reads the request and counts its answer's status; null when the path is not decodable (answered 400). */
async function receive(deps: RequestHandlerDeps, req: IncomingMessage, res: ServerResponse): Promise<Exchange | null> {
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
    try {
        const decodedPath = decodeURIComponent(rawPath)
        return { req, res, body, stats, baseUrl, parts: { rawPath, rawQuery, decodedPath } }
    } catch {
        sendJson(res, 400, new ODataError(400, 'ODP_BAD_REQUEST', 'Malformed path encoding').body())
        return null
    }
}

function classify(deps: RequestHandlerDeps, x: Exchange): Classified {
    const path = x.parts.decodedPath
    const rest = path.startsWith(PROJECTION_ROOT) ? path.slice(PROJECTION_ROOT.length) : null
    const none = { ...x, rest, target: null, unservable: null }
    if (path === deps.tokenPath || path.startsWith('/auth/')) return { ...none, kind: 'token' }
    if (rest === null) return { ...none, kind: 'other' }
    if (metadataProjection(rest) !== null) return { ...none, kind: 'metadata' }
    try {
        const target = resolveTarget(rest, deps.paths, deps.served)
        return { ...none, target, kind: target ? target.kind : 'other' }
    } catch (e) {
        if (!(e instanceof TargetError)) throw e
        return { ...none, unservable: e, kind: e.requestKind }
    }
}

/** Injected status faults: a delay, or an answer in place of the real one. */
const statusFaults: Step = async (deps, x) => {
    for (const rule of deps.faults.fire('status', x.kind, x.parts.decodedPath)) {
        if (rule.kind === 'slow') await deps.sleep(rule.delayMs)
        else return sendStatusFault(rule, x)
    }
    return false
}

function sendStatusFault(rule: Exclude<FaultRule, { kind: 'slow' }>, x: Classified): boolean {
    switch (rule.kind) {
        case 'throttle': {
            const retry = rule.retryAfterSeconds === undefined ? 1 : rule.retryAfterSeconds
            sendJson(
                x.res,
                429,
                { error: { code: 'TOO_MANY_REQUESTS', message: 'Rate limit exceeded (injected)' } },
                retry === null ? {} : { 'Retry-After': String(retry) }
            )
            return true
        }
        case 'server_error': {
            const status = rule.status ?? 503
            sendJson(x.res, status, { error: { code: `HTTP_${status}`, message: 'Injected server error' } })
            return true
        }
        case 'echo':
            sendEcho(x.res, { rule, kind: x.kind, authorization: x.req.headers.authorization, body: x.body })
            return true
        case 'unauthorized':
            sendJson(
                x.res,
                401,
                { error: { code: 'UNAUTHORIZED', message: 'Token rejected (injected)' } },
                { 'WWW-Authenticate': 'Bearer error="invalid_token"' }
            )
            return true
        default:
            return false
    }
}

const tokenEndpoint: Step = (deps, x) => {
    if (x.kind !== 'token') return false
    if (x.parts.decodedPath !== deps.tokenPath)
        sendJson(x.res, 404, { error: 'Realm does not exist' }, { 'Content-Type': 'application/json' })
    else serveToken(deps.tokens, x.req, x.res, x.body)
    return true
}

const outsideProjections: Step = (_deps, x) => {
    if (x.rest !== null) return false
    sendJson(x.res, 404, new ODataError(404, 'NOT_FOUND', `No resource at ${x.parts.decodedPath}`).body())
    return true
}

const TOKEN_REFUSALS = { missing: 'Bearer token required', unknown: 'Unknown token', expired: 'Token expired' }

/** The bearer token, then the client's rate limit. */
const admission: Step = (deps, x) => {
    const auth = deps.tokens.check(x.req.headers.authorization)
    if (!auth.ok) {
        sendJson(
            x.res,
            401,
            { error: { code: 'UNAUTHORIZED', message: TOKEN_REFUSALS[auth.reason] } },
            { 'WWW-Authenticate': auth.reason === 'missing' ? 'Bearer' : 'Bearer error="invalid_token"' }
        )
        return true
    }
    const wait = deps.limiter.admit(auth.clientId)
    if (wait === null) return false
    x.stats.rateLimited++
    sendJson(
        x.res,
        429,
        { error: { code: 'TOO_MANY_REQUESTS', message: `More than ${deps.limiter.perMinute} requests a minute` } },
        { 'Retry-After': String(wait) }
    )
    return true
}

/** `<Projection>.svc/$metadata`: the CSDL of a served projection, after the token and rate limit like IFS. */
const metadataDocument: Step = (deps, x) => {
    const projection = x.kind === 'metadata' && x.rest !== null ? metadataProjection(x.rest) : null
    if (projection === null) return false
    serveMetadata(deps, { req: x.req, res: x.res, projection, ...x.parts })
    return true
}

/** A path that names no entity set: the service document of a known service, or a 404. */
const serviceDocument: Step = (deps, x) => {
    if (x.unservable) throw x.unservable
    if (x.target) return false
    const rest = x.rest ?? ''
    const svc = /^([A-Za-z0-9_]+)\.svc\/?$/.exec(rest)
    const setPaths = [
        ...(Object.keys(deps.paths) as (keyof EntitySetPaths)[]).map((k) => deps.paths[k]),
        ...deps.served.lines().map((l) => l.path),
    ]
    const sets = setPaths.filter((p) => svc && p.startsWith(`${svc[1]}.svc/`))
    if (!svc || !sets.length) throw new ODataError(404, 'ODP_ENTITY_SET_NOT_FOUND', `Entity set not found: ${rest}`)
    const names = new Set(sets.map((p) => p.slice(p.indexOf('.svc/') + 5).split(/[(/]/)[0]))
    sendJson(x.res, 200, {
        '@odata.context': `${x.baseUrl}${PROJECTION_ROOT}${svc[1]}.svc/$metadata`,
        value: [...names].map((name) => ({ name, kind: 'EntitySet', url: name })),
    })
    return true
}

/** GET of a collection or one entity, PATCH of one entity. */
const projection: Step = (deps, x) => {
    const target = x.target as Target
    const ctx: ProjectionContext = {
        baseUrl: x.baseUrl,
        data: deps.data,
        faults: deps.faults,
        stats: x.stats,
        maxPageSize: deps.maxPageSize,
        nextLinks: deps.settings.nextLinks,
    }
    if (x.req.method === 'PATCH' && !deps.patchable)
        throw new ODataError(501, 'ODP_NOT_IMPLEMENTED', 'This emulator profile serves its sets read-only')
    const request: ProjectionRequest = { req: x.req, res: x.res, body: x.body, parts: x.parts, target }
    if (x.req.method === 'GET' && target.key === null) serveCollection(ctx, request)
    else if (x.req.method === 'GET') serveEntity(ctx, request)
    else if (x.req.method === 'PATCH' && target.key !== null) patchEntity(ctx, request)
    else throw new ODataError(405, 'ODP_METHOD_NOT_ALLOWED', `${x.req.method} is not allowed here`)
    return true
}

/** In order: what a gateway answers before IFS sees the request, then IFS. */
const ROUTE: readonly Step[] = [
    statusFaults,
    tokenEndpoint,
    outsideProjections,
    admission,
    metadataDocument,
    serviceDocument,
    projection,
]
