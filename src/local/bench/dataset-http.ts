import { generatorSets } from '../emulator/dataset/served-sets'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Http, HttpRequest, HttpResult } from '../../server/ports/http'
import type { EmulatorDataset } from '../emulator/dataset/emulator-dataset'
import { FaultInjector } from '../emulator/faults/fault-injector'
import { ODataError } from '../emulator/odata/odata-error'
import { emptyStats, type EmulatorStats } from '../emulator/server/emulator-stats'
import { DEFAULT_ENTITY_SET_PATHS, PROJECTION_ROOT } from '../emulator/server/entity-set-paths'
import { resolveTarget } from '../emulator/server/resolve-target'
import { metadataProjection, serveMetadata } from '../emulator/server/serve-metadata'
import { PAGE_SIZE_CEILING, serveCollection } from '../emulator/server/serve-projection'

/**
 * The emulator's OData collection handler called in-process and synchronously: the engine's real
 * queries (keyset $filter, $orderby, $select, Prefer page size) answered from an EmulatorDataset
 * with no socket, so the core's own cost can be measured. Time spent in here is kept apart
 * (`servingMs`), since a real IFS spends it on its own machine.
 */
export class DatasetHttp implements Http {
    readonly stats: EmulatorStats = emptyStats()
    servingMs = 0

    constructor(
        private readonly data: EmulatorDataset,
        /** The tenant origin the connection names (no trailing slash). */
        private readonly origin: string
    ) {}

    send(request: HttpRequest): HttpResult {
        const started = performance.now()
        try {
            return this.serve(request)
        } finally {
            this.servingMs += performance.now() - started
        }
    }

    private serve(request: HttpRequest): HttpResult {
        const root = this.origin + PROJECTION_ROOT
        if (request.method !== 'GET' || !request.url.startsWith(root))
            return answer(404, { error: { code: 'NOT_FOUND', message: `Not served here: ${request.url}` } })
        const local = request.url.slice(this.origin.length)
        const q = local.indexOf('?')
        const rawPath = q < 0 ? local : local.slice(0, q)
        const rawQuery = q < 0 ? '' : local.slice(q + 1)
        const decodedPath = decodeURIComponent(rawPath)
        try {
            const projection = metadataProjection(decodedPath.slice(PROJECTION_ROOT.length))
            if (projection !== null) return this.serveMetadata(request, { projection, rawQuery, decodedPath })
            const target = resolveTarget(decodedPath.slice(PROJECTION_ROOT.length), DEFAULT_ENTITY_SET_PATHS, this.data)
            if (!target || target.key !== null) return answer(404, { error: { code: 'NOT_FOUND', message: rawPath } })
            this.stats.requests[target.kind]++
            const response = new CapturedResponse()
            const req = { headers: { prefer: request.headers['Prefer'] } } as unknown as IncomingMessage
            serveCollection(
                {
                    baseUrl: this.origin,
                    data: this.data,
                    faults: new FaultInjector(),
                    stats: this.stats,
                    maxPageSize: PAGE_SIZE_CEILING,
                },
                {
                    req,
                    res: response as unknown as ServerResponse,
                    body: '',
                    parts: { rawPath, rawQuery, decodedPath },
                    target,
                }
            )
            return response.result()
        } catch (e) {
            if (e instanceof ODataError)
                return { kind: 'response', status: e.status, headers: {}, body: JSON.stringify(e.body()) }
            throw e
        }
    }

    /** The run-start check reads each service's CSDL once: served like the emulator does, and counted. */
    private serveMetadata(
        request: HttpRequest,
        parts: { projection: string; rawQuery: string; decodedPath: string }
    ): HttpResult {
        this.stats.requests.metadata++
        const response = new CapturedResponse()
        const req = { headers: { accept: request.headers['Accept'] } } as unknown as IncomingMessage
        serveMetadata(
            { paths: DEFAULT_ENTITY_SET_PATHS, served: generatorSets(this.data), faults: new FaultInjector() },
            { req, res: response as unknown as ServerResponse, ...parts }
        )
        return response.result()
    }
}

/** The two calls serveCollection and serveMetadata make on a ServerResponse, captured. */
class CapturedResponse {
    private status = 0
    private headers: Record<string, string> = {}
    private body = ''

    writeHead(status: number, headers: Record<string, string>): this {
        this.status = status
        for (const [name, value] of Object.entries(headers)) this.headers[name.toLowerCase()] = value
        return this
    }

    end(bytes: Uint8Array | string): void {
        this.body = typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8')
    }

    result(): HttpResult {
        return { kind: 'response', status: this.status, headers: this.headers, body: this.body }
    }
}

function answer(status: number, body: unknown): HttpResult {
    return { kind: 'response', status, headers: {}, body: JSON.stringify(body) }
}
