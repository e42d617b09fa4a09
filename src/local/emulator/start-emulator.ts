import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { EmulatorControl } from './control'
import type { DatasetOptions } from './dataset/dataset-options'
import { EmulatorDataset } from './dataset/emulator-dataset'
import { FaultInjector } from './faults/fault-injector'
import type { FaultPlan, RequestKind } from './faults/fault-plan'
import { ODataError } from './odata/odata-error'
import {
    DEFAULT_ENTITY_SET_PATHS,
    entitySetName,
    PROJECTION_ROOT,
    type EntitySetPaths,
} from './server/entity-set-paths'
import { emptyStats, type EmulatorStats } from './server/emulator-stats'
import { readBody, sendJson, sleep } from './server/http-io'
import { RateLimiter } from './server/rate-limiter'
import { resolveTarget, TargetError, type Target } from './server/resolve-target'
import { serveControl } from './server/serve-control'
import {
    PAGE_SIZE_CEILING,
    patchEntity,
    serveCollection,
    serveEntity,
    type ProjectionContext,
    type RequestParts,
} from './server/serve-projection'
import { serveToken } from './server/serve-token'
import { TokenIssuer, type EmulatorClient } from './server/token-issuer'

export interface EmulatorOptions {
    /** Default 127.0.0.1. */
    host?: string
    /** 0 (default) picks a free port. */
    port?: number
    /** Default 'ifs'. */
    realm?: string
    /** Default one client: EMULATOR_DEFAULT_CLIENT. */
    clients?: readonly EmulatorClient[]
    /** Default 3600. */
    tokenLifetimeSeconds?: number
    /** Per client, rolling minute. Default 1000. */
    rateLimitPerMinute?: number
    /** Server page size and ceiling of `Prefer: odata.maxpagesize`; at most 5000 (default). */
    maxPageSize?: number
    /** Generated data: options (default seed 1), or a dataset built beforehand. */
    dataset?: DatasetOptions | EmulatorDataset
    faults?: FaultPlan
    /** Where each set is served; defaults are the connection table's defaults. */
    entitySets?: Partial<EntitySetPaths>
    /** Milliseconds since the epoch, for token expiry and the rate limit. Default Date.now. */
    clock?: () => number
}

export interface RunningEmulator {
    /** `http://127.0.0.1:<port>`: the tenant URL to configure. */
    url: string
    port: number
    realm: string
    /** `<url>/auth/realms/<realm>/protocol/openid-connect/token` */
    tokenUrl: string
    clients: readonly EmulatorClient[]
    entitySets: EntitySetPaths
    control: EmulatorControl
    stats(): EmulatorStats
    close(): Promise<void>
    /** Settles once the server has closed (by close(), or a signal handler calling it). */
    closed: Promise<void>
}

/** The demo client; an emulator secret, not a real one. */
export const EMULATOR_DEFAULT_CLIENT: EmulatorClient = { clientId: 'ml-connector', clientSecret: 'emulator-secret' }

/** Starts an IFS Cloud stand-in on real HTTP: token endpoint, OData projections, limits, faults. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
    const host = options.host ?? '127.0.0.1'
    const realm = options.realm ?? 'ifs'
    const clients = options.clients ?? [EMULATOR_DEFAULT_CLIENT]
    const now = options.clock ?? Date.now
    const paths: EntitySetPaths = { ...DEFAULT_ENTITY_SET_PATHS, ...options.entitySets }
    const data =
        options.dataset instanceof EmulatorDataset
            ? options.dataset
            : new EmulatorDataset(options.dataset ?? { seed: 1 }, {
                  purchase_order: entitySetName(paths.purchase_order),
                  supplier_invoice: entitySetName(paths.supplier_invoice),
                  suppliers: entitySetName(paths.suppliers),
                  glAccounts: entitySetName(paths.glAccounts),
                  costCenters: entitySetName(paths.costCenters),
              })
    const tokens = new TokenIssuer(clients, options.tokenLifetimeSeconds ?? 3600, now)
    const limiter = new RateLimiter(options.rateLimitPerMinute ?? 1000, now)
    const faults = new FaultInjector(options.faults)
    let stats = emptyStats()
    const snapshot = (): EmulatorStats => ({ ...structuredClone(stats), faultsInjected: { ...faults.firedByKind } })
    const maxPageSize = Math.min(options.maxPageSize ?? PAGE_SIZE_CEILING, PAGE_SIZE_CEILING)
    const tokenPath = `/auth/realms/${realm}/protocol/openid-connect/token`

    const control: EmulatorControl = {
        dataset: data,
        setFaults: (plan) => faults.setPlan(plan),
        addFaults: (rules) => faults.addRules(rules),
        clearFaults: () => faults.setPlan({ rules: [] }),
        faultRules: () => faults.rules(),
        churn: (ot, count, keys) => data.churn(ot, count, keys),
        addRows: (ot, count, badShare) => data.addRows(ot, count, badShare),
        fixMasterData: () => data.fixMasterData(),
        resetCounters: () => {
            stats = emptyStats()
            limiter.reset()
            faults.resetCounters()
        },
        revokeTokens: () => tokens.revokeAll(),
        setRateLimit: (perMinute) => {
            limiter.perMinute = perMinute
        },
        setTokenLifetime: (seconds) => {
            tokens.lifetimeSeconds = seconds
        },
        groundTruth: () => data.groundTruth(),
    }

    let baseUrl = ''
    const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
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
                    await sleep(rule.delayMs)
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

    const sockets = new Set<Socket>()
    const server = createServer((req, res) => {
        handle(req, res).catch((err: unknown) => {
            if (res.headersSent) return
            const error =
                err instanceof ODataError
                    ? err
                    : new ODataError(
                          err instanceof SyntaxError ? 400 : 500,
                          'ODP_INTERNAL',
                          String((err as Error)?.message ?? err)
                      )
            sendJson(res, error.status, error.body())
        })
    })
    server.on('connection', (s) => {
        sockets.add(s)
        s.on('close', () => sockets.delete(s))
    })
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(options.port ?? 0, host, () => resolve())
    })
    const closed = new Promise<void>((resolve) => server.once('close', () => resolve()))
    const port = (server.address() as AddressInfo).port
    baseUrl = `http://${host}:${port}`
    return {
        url: baseUrl,
        port,
        realm,
        tokenUrl: baseUrl + tokenPath,
        clients,
        entitySets: paths,
        control,
        stats: snapshot,
        closed,
        close: () =>
            new Promise<void>((resolve) => {
                for (const s of sockets) s.destroy()
                server.close(() => resolve())
            }),
    }
}
