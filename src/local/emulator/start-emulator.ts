import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { EmulatorControl } from './control'
import type { EmulatedType as ObjectType } from './dataset/emulated-types'
import type { LineKind } from './dataset/line-schema'
import type { ChurnedKind } from './dataset/line-store'
import type { RowValue } from './dataset/row'
import type { DatasetOptions } from './dataset/dataset-options'
import { EmulatorDataset } from './dataset/emulator-dataset'
import { FaultInjector } from './faults/fault-injector'
import type { FaultPlan } from './faults/fault-plan'
import { ODataError } from './odata/odata-error'
import { DEFAULT_ENTITY_SET_PATHS, entitySetNames, type EntitySetPaths } from './server/entity-set-paths'
import { emptyStats, type EmulatorStats } from './server/emulator-stats'
import { sendJson, sleep } from './server/http-io'
import { RateLimiter } from './server/rate-limiter'
import { createRequestHandler } from './server/request-handler'
import { PAGE_SIZE_CEILING } from './server/serve-projection'
import { TokenIssuer, type EmulatorClient } from './server/token-issuer'
import type { Collation } from './odata/collation'
import type { EmulatorSettings } from './server/emulator-settings'
import type { NextLinkStyle } from './server/next-link-style'
import { perEmulatedType } from './dataset/emulated-types'
import { PROFILES, type EmulatorProfile, type ProfileName } from './dataset/profiles'
import { generatorSets, profileSets, type ServedSets } from './dataset/served-sets'
import { serviceNowSuppliers } from './dataset/servicenow-suppliers'
import { manifestUnder } from './dataset/profile-manifest'
import { lineManifestUnder } from './dataset/profile-line-manifest'

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
    /** How a `slow` fault holds a response. Default a real timer; tests pass one they release. */
    sleep?: (ms: number) => Promise<void>
    /** How `@odata.nextLink` is written. Default `absolute`. */
    nextLinks?: NextLinkStyle
    /** How text compares in `$filter` and `$orderby`. Default `binary` (IFS on Oracle). */
    collation?: Collation
    /** Whose names the same documents are served under. Default `ifs-cloud`. */
    profile?: ProfileName
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
    const { profile, paths, data, served } = servedData(options)
    const settings = initialSettings(options)
    const tokens = new TokenIssuer(clients, options.tokenLifetimeSeconds ?? 3600, now)
    const limiter = new RateLimiter(options.rateLimitPerMinute ?? 1000, now)
    const faults = new FaultInjector(options.faults)
    let stats = emptyStats()
    const snapshot = (): EmulatorStats => ({ ...structuredClone(stats), faultsInjected: { ...faults.firedByKind } })
    const tokenPath = `/auth/realms/${realm}/protocol/openid-connect/token`
    const resetStats = (): void => {
        stats = emptyStats()
    }
    const control = emulatorControl({ data, faults, tokens, limiter, resetStats, settings, served, profile })

    let baseUrl = ''
    const handle = createRequestHandler({
        baseUrl: () => baseUrl,
        tokenPath,
        paths,
        data,
        tokens,
        limiter,
        faults,
        stats: () => stats,
        snapshot,
        control,
        settings,
        served,
        patchable: profile.name === 'ifs-cloud',
        maxPageSize: Math.min(options.maxPageSize ?? PAGE_SIZE_CEILING, PAGE_SIZE_CEILING),
        sleep: options.sleep ?? sleep,
    })
    const server = await listen(handle, { port: options.port ?? 0, host })
    baseUrl = `http://${host}:${server.port}`
    return {
        url: baseUrl,
        port: server.port,
        realm,
        tokenUrl: baseUrl + tokenPath,
        clients,
        entitySets: paths,
        control,
        stats: snapshot,
        closed: server.closed,
        close: server.close,
    }
}

/** The dataset given, or one generated with the entity set names of `paths`; text compared by the collation asked for. */
function datasetFor(options: EmulatorOptions, paths: EntitySetPaths): EmulatorDataset {
    const data =
        options.dataset instanceof EmulatorDataset
            ? options.dataset
            : new EmulatorDataset(options.dataset ?? { seed: 1 }, entitySetNames(paths))
    data.setCollation(options.collation ?? 'binary')
    return data
}

/** The profile, where it serves each set, the generated data and the sets as the profile serves them. */
function servedData(options: EmulatorOptions) {
    const profile = PROFILES[options.profile ?? 'ifs-cloud']
    const paths: EntitySetPaths = { ...profilePaths(profile), ...options.entitySets }
    const own = profile.name === 'ifs-cloud'
    const data = datasetFor(options, own ? paths : DEFAULT_ENTITY_SET_PATHS)
    return { profile, paths, data, served: own ? generatorSets(data) : profileSets(data, profile) }
}

/** Where the profile serves each set. */
function profilePaths(profile: EmulatorProfile): EntitySetPaths {
    return {
        ...perEmulatedType((t) => profile.documents[t].path),
        suppliers: profile.suppliers.path,
        glAccounts: profile.glAccounts.path,
        costCenters: profile.costCenters.path,
    }
}

function initialSettings(options: EmulatorOptions): EmulatorSettings {
    return { nextLinks: options.nextLinks ?? 'absolute' }
}

interface ControlParts {
    data: EmulatorDataset
    faults: FaultInjector
    tokens: TokenIssuer
    limiter: RateLimiter
    /** Replaces the request counters with fresh ones. */
    resetStats: () => void
    settings: EmulatorSettings
    served: ServedSets
    profile: EmulatorProfile
}

function emulatorControl(parts: ControlParts): EmulatorControl {
    const { data, faults, tokens, limiter, resetStats, settings, served, profile } = parts
    return {
        dataset: data,
        setFaults: (plan) => faults.setPlan(plan),
        addFaults: (rules) => faults.addRules(rules),
        clearFaults: () => faults.setPlan({ rules: [] }),
        faultRules: () => faults.rules(),
        churn: (ot, count, keys) => data.churn(ot, count, keys),
        addRows: (ot, count, badShare, overrides) => data.addRows(ot, count, badShare, overrides),
        addLateRows: (ot, count, secondsBehind, badShare) => data.addLateRows(ot, count, secondsBehind, badShare),
        restampBack: (ot, keys, secondsBehind) => data.restampBack(ot, keys, secondsBehind),
        documents: (ot) => served.documents(ot).all(),
        issuedTokens: () => tokens.issuedTokens(),
        fixMasterData: () => data.fixMasterData(),
        resetCounters: () => {
            resetStats()
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
        setNextLinks: (style) => {
            settings.nextLinks = style
        },
        setCollation: (collation) => data.setCollation(collation),
        groundTruth: () => data.groundTruth(),
        manifest: () => manifestUnder(profile, data.manifest()),
        serviceNowSuppliers: () => serviceNowSuppliers(data.suppliers, data.companies),
        ...lineControl(parts),
    }
}

/** The line half of the control: lines, receipts and their manifest. */
function lineControl({ data, served, profile }: ControlParts) {
    return {
        lineManifest: () => lineManifestUnder(profile, data.lineManifest()),
        lines: (kind: LineKind) =>
            served
                .lines()
                .find((l) => l.kind === kind)
                ?.collection()
                .all() ?? [],
        churnLines: (kind: ChurnedKind, count: number, keys?: readonly (readonly RowValue[])[]) =>
            data.lines.churn(kind, count, keys),
        removeLines: (kind: LineKind, keys: readonly (readonly RowValue[])[], mode: 'close' | 'delete') =>
            data.lines.remove(kind, keys, mode),
        deleteDocuments: (ot: ObjectType, keys: readonly (readonly RowValue[])[]) => data.deleteDocuments(ot, keys),
        addLinesBeforeHeader: (ot: ObjectType, count: number) => data.addLinesBeforeHeader(ot, count),
        releaseHeldHeaders: (ot: ObjectType) => data.releaseHeldHeaders(ot),
    }
}

interface Listening {
    port: number
    closed: Promise<void>
    close: () => Promise<void>
}

/** An HTTP server on `host:port` that answers with `handle`; a thrown error becomes an OData error body. */
async function listen(
    handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
    at: { port: number; host: string }
): Promise<Listening> {
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
        server.listen(at.port, at.host, () => resolve())
    })
    const closed = new Promise<void>((resolve) => server.once('close', () => resolve()))
    return {
        port: (server.address() as AddressInfo).port,
        closed,
        close: () =>
            new Promise<void>((resolve) => {
                for (const s of sockets) s.destroy()
                server.close(() => resolve())
            }),
    }
}
