import { AUDIT } from '../../../tables/audit'
import type { AuditOperation } from '../../../tables/audit'
import type { HttpMethod, HttpResult } from '../../ports/http'
import type { Ports } from '../../ports/ports'
import type { AuditTrail } from '../audit/audit-trail'
import type { Redactor } from '../audit/redactor'
import type { ConnectionConfig } from '../config/connection-config'
import { fromGlideDateTime, toGlideDateTime } from '../domain/glide-time'
import { dataUrl, NextLinkLoopDetector, resolveNextLink } from '../odata/data-url'
import type { ODataQuery } from '../odata/query'
import { pathOf } from '../odata/url-parts'
import { readJsonObject, stripBom } from '../odata/json-body'
import { backoffDelayMs, DEFAULT_BACKOFF, retryAfterMs } from './backoff'
import type { BackoffPolicy } from './backoff'
import {
    CredentialsRejected,
    DeferRequested,
    IfsRequestFailed,
    MalformedResponse,
    TokenUnavailable,
    TransportFailed,
} from './ifs-errors'
import type { EtagConflict } from './ifs-errors'
import type { IfsReader, IfsRow } from './ifs-reader'
import { RollingWindowLimiter } from './rate-limiter'
import type { RequestCounters } from './request-counters'
import { TokenManager } from './token-manager'

export interface IfsClientOptions {
    /** Jitter source; Math.random by default, scripted in tests. */
    random?: () => number
    backoff?: BackoffPolicy
    timeoutMs?: number
}

export type IfsPage = { rows: readonly IfsRow[]; nextLink: string | null }
export type PatchOutcome = { kind: 'patched'; etag: string | null } | EtagConflict

type Parsed<T> = { ok: true; value: T; rows?: number } | { ok: false; problem: string }

const RETRYABLE_STATUS = [502, 503, 504]
const MESSAGE_MAX = 500

/** IFS error bodies are `{"error":{"code":..,"message":..}}`; fall back to a clipped text body. */
function ifsMessageOf(body: string, redactor: Redactor): string | null {
    let text: string | null = null
    try {
        const parsed = JSON.parse(stripBom(body)) as { error?: { message?: unknown; code?: unknown } }
        const m = parsed?.error?.message
        const c = parsed?.error?.code
        if (typeof m === 'string') text = typeof c === 'string' ? `${c}: ${m}` : m
    } catch {
        text = body.trim() === '' ? null : body.trim()
    }
    if (text === null) return null
    const clean = redactor.scrub(text)
    return clean.length > MESSAGE_MAX ? clean.slice(0, MESSAGE_MAX - 1) + '…' : clean
}

function parsePage(body: string, contentType: string | undefined): Parsed<IfsPage> {
    // BOM, compressed or HTML bodies, duplicated top-level keys: see core/odata/json-body.
    const read = readJsonObject(body, contentType)
    if (!read.ok) return read
    const json = read.value
    const o = json as Record<string, unknown>
    if (!Array.isArray(o.value)) return { ok: false, problem: 'there is no "value" array' }
    if (!o.value.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))) {
        return { ok: false, problem: '"value" holds something other than rows' }
    }
    const next = o['@odata.nextLink']
    if (next !== undefined && next !== null && typeof next !== 'string')
        return { ok: false, problem: '"@odata.nextLink" is not a string' }
    return {
        ok: true,
        value: { rows: o.value as IfsRow[], nextLink: (next as string | undefined) ?? null },
        rows: o.value.length,
    }
}

/**
 * The IFS OData client of one connection for one run. Every request passes the rolling-window
 * limiter, carries a fresh bearer token, is retried with backoff on 429/5xx/timeouts/malformed
 * bodies, and is audited and counted. A wait longer than the waiter may block becomes
 * DeferRequested, so on the instance no worker ever sleeps.
 */
export class IfsClient implements IfsReader {
    private readonly random: () => number
    private readonly backoff: BackoffPolicy
    private readonly timeoutMs: number
    /** Tags audit events with the object type being read (set by the engine per partition). */
    objectType: string | undefined

    constructor(
        private readonly ports: Pick<Ports, 'http' | 'clock' | 'waiter'>,
        private readonly connection: ConnectionConfig,
        private readonly tokens: TokenManager,
        private readonly limiter: RollingWindowLimiter,
        private readonly audit: AuditTrail,
        private readonly redactor: Redactor,
        private readonly counters: RequestCounters,
        options: IfsClientOptions = {}
    ) {
        this.random = options.random ?? Math.random
        this.backoff = options.backoff ?? DEFAULT_BACKOFF
        this.timeoutMs = options.timeoutMs ?? 60_000
    }

    readAll(entitySetPath: string, query: ODataQuery, onPage: (rows: readonly IfsRow[]) => void): number {
        const loop = new NextLinkLoopDetector()
        let url = dataUrl(this.connection.tenantUrl, entitySetPath, query)
        loop.visit(url)
        let total = 0
        for (;;) {
            const page = this.getPage(url, entitySetPath)
            onPage(page.rows)
            total += page.rows.length
            if (page.nextLink === null) return total
            const next = resolveNextLink(this.connection.tenantUrl, url, page.nextLink)
            if (!next.ok) throw new MalformedResponse(pathOf(url), next.reason)
            if (!loop.visit(next.url))
                throw new MalformedResponse(pathOf(url), 'the nextLink repeats a page already read')
            url = next.url
        }
    }

    readPage(entitySetPath: string, query: ODataQuery): IfsPage {
        return this.getPage(dataUrl(this.connection.tenantUrl, entitySetPath, query), entitySetPath)
    }

    /** Reads one entity with its ETag, the first half of any write back to IFS. */
    readWithEtag(entityPath: string): { row: IfsRow; etag: string } {
        const url = dataUrl(this.connection.tenantUrl, entityPath)
        const result = this.exchange('GET', url, 'read_master_data', undefined, {}, [], (res) => {
            const read = readJsonObject(res.body, res.headers['content-type'])
            if (!read.ok) return { ok: false, problem: read.problem }
            const json = read.value
            const row = json as IfsRow
            const etag = typeof row['@odata.etag'] === 'string' ? (row['@odata.etag'] as string) : res.headers['etag']
            if (!etag) return { ok: false, problem: 'the entity has no ETag' }
            return { ok: true, value: { row, etag }, rows: 1 }
        })
        return result
    }

    /** PATCH with If-Match: a 412 (someone changed the row since it was read) is reported as a conflict. */
    patchWithIfMatch(entityPath: string, etag: string, body: Readonly<Record<string, unknown>>): PatchOutcome {
        const url = dataUrl(this.connection.tenantUrl, entityPath)
        const headers = { 'If-Match': etag, 'Content-Type': 'application/json' }
        return this.exchange<PatchOutcome>(
            'PATCH',
            url,
            'read_master_data',
            JSON.stringify(body),
            headers,
            [412],
            (res) =>
                res.status === 412
                    ? { ok: true, value: { kind: 'conflict', path: pathOf(url) } }
                    : { ok: true, value: { kind: 'patched', etag: res.headers['etag'] ?? null } }
        )
    }

    private getPage(url: string, entitySetPath: string): IfsPage {
        const isData = this.connection.partitions.some((p) => p.entitySetPath === entitySetPath)
        return this.exchange('GET', url, isData ? 'read_page' : 'read_master_data', undefined, {}, [], (res) =>
            parsePage(res.body, res.headers['content-type'])
        )
    }

    private exchange<T>(
        method: HttpMethod,
        url: string,
        operation: AuditOperation,
        body: string | undefined,
        extraHeaders: Readonly<Record<string, string>>,
        acceptedErrors: readonly number[],
        parse: (res: Extract<HttpResult, { kind: 'response' }>) => Parsed<T>
    ): T {
        const path = pathOf(url)
        let retry = 0
        let refreshedAfter401 = false
        const clock = this.ports.clock
        // `throttled`: a 429, or IFS said when to come back (Retry-After); see DeferRequested.
        const again = (reason: string, explicitDelayMs: number | null, throttled = false): void => {
            const delay = explicitDelayMs ?? backoffDelayMs(retry, this.backoff, this.random)
            retry++
            this.audit.record({
                operation: 'retry',
                objectType: this.objectType,
                path,
                message: `${reason}; retry ${retry} in ${delay} ms`,
            })
            this.pause(delay, reason, path, throttled || explicitDelayMs !== null)
        }
        for (;;) {
            // Wait out the ceiling before taking the token: a token taken first could expire during
            // the wait, and IFS would answer 401 (twice, with short lifetimes and a low ceiling).
            this.waitForSlot(path)
            let token: string
            try {
                token = this.tokens.bearer()
            } catch (e) {
                if (!(e instanceof TokenUnavailable)) throw e
                if (retry >= this.backoff.maxRetries) throw e
                // The cause (DNS, refused, TLS, HTTP status) travels with the reason, so a deferral
                // says what happened, not just that the endpoint was unavailable.
                again(`token endpoint unavailable (${e.detail})`, e.retryAfterMs)
                continue
            }
            this.pace(path)
            const headers: Record<string, string> = {
                Authorization: `Bearer ${token}`,
                Accept: 'application/json',
                'OData-MaxVersion': '4.0',
                ...extraHeaders,
            }
            if (method === 'GET') headers.Prefer = `odata.maxpagesize=${this.connection.pageSize}`
            const started = clock.nowMs()
            const res = this.ports.http.send({ method, url, headers, body, timeoutMs: this.timeoutMs })
            const durationMs = clock.nowMs() - started
            this.counters.requests++
            const event = { operation, objectType: this.objectType, path, durationMs }

            if (res.kind === 'transport_error') {
                const detail = this.redactor.scrub(res.message)
                this.audit.record({ ...event, message: `${res.reason}: ${detail}` })
                if (retry >= this.backoff.maxRetries) throw new TransportFailed(path, res.reason, detail)
                again(`${res.reason === 'timeout' ? 'request timed out' : 'connection failed'} (${detail})`, null)
                continue
            }
            const status = res.status
            if (status === 401) {
                this.audit.record({ ...event, httpStatus: status, message: 'unauthorized' })
                if (refreshedAfter401) throw new CredentialsRejected(`IFS answered 401 twice for ${path}`)
                refreshedAfter401 = true
                this.tokens.invalidate()
                continue
            }
            if (status === 429) {
                this.counters.throttles++
                const wait = retryAfterMs(res.headers['retry-after'], clock.nowMs())
                this.audit.record({ ...event, httpStatus: status, message: 'throttled by IFS' })
                this.audit.record({
                    operation: 'throttle',
                    objectType: this.objectType,
                    httpStatus: 429,
                    path,
                    message: `Retry-After: ${res.headers['retry-after'] ?? 'none'}`,
                })
                if (retry >= this.backoff.maxRetries) {
                    const delay = wait ?? backoffDelayMs(retry, this.backoff, this.random)
                    this.audit.record({
                        operation: 'defer',
                        objectType: this.objectType,
                        path,
                        message: 'still throttled after retries',
                    })
                    throw new DeferRequested(clock.nowMs() + delay, `IFS kept answering 429 for ${path}`, true)
                }
                again('throttled (429)', wait, true)
                continue
            }
            if (RETRYABLE_STATUS.includes(status)) {
                this.audit.record({
                    ...event,
                    httpStatus: status,
                    message: ifsMessageOf(res.body, this.redactor) ?? undefined,
                })
                if (retry >= this.backoff.maxRetries) {
                    throw new IfsRequestFailed(status, path, ifsMessageOf(res.body, this.redactor))
                }
                again(`HTTP ${status}`, retryAfterMs(res.headers['retry-after'], clock.nowMs()))
                continue
            }
            if ((status >= 200 && status < 300) || acceptedErrors.includes(status)) {
                const parsed = parse(res)
                if (parsed.ok) {
                    this.audit.record({ ...event, httpStatus: status, rows: parsed.rows })
                    return parsed.value
                }
                this.audit.record({ ...event, httpStatus: status, message: `malformed: ${parsed.problem}` })
                if (retry >= this.backoff.maxRetries) throw new MalformedResponse(path, parsed.problem)
                again(`malformed response (${parsed.problem})`, null)
                continue
            }
            const message = ifsMessageOf(res.body, this.redactor)
            this.audit.record({ ...event, httpStatus: status, message: message ?? undefined })
            throw new IfsRequestFailed(status, path, message)
        }
    }

    /** One slot of the request ceiling, waiting inline or deferring when the window is full. */
    pace(path: string): void {
        this.waitForSlot(path)
        this.limiter.record(this.ports.clock.nowMs())
    }

    /** Waits (or defers) until the ceiling has a free slot, without taking it. */
    private waitForSlot(path: string): void {
        const clock = this.ports.clock
        let delay = this.limiter.delayMs(clock.nowMs())
        if (delay > 0) {
            this.counters.throttles++
            this.audit.record({
                operation: 'throttle',
                objectType: this.objectType,
                path,
                message: `request ceiling of ${this.limiter.ceiling}/min reached; next slot in ${delay} ms`,
            })
            while (delay > 0) {
                this.pause(delay, `request ceiling of ${this.limiter.ceiling}/min reached`, path, true)
                delay = this.limiter.delayMs(clock.nowMs())
            }
        }
    }

    private pause(delayMs: number, reason: string, path: string, throttled: boolean): void {
        if (delayMs <= 0) return
        if (delayMs <= this.ports.waiter.maxInlineWaitMs) {
            this.ports.waiter.wait(delayMs)
            return
        }
        const until = this.ports.clock.nowMs() + delayMs
        this.audit.record({
            operation: 'defer',
            objectType: this.objectType,
            path,
            message: `${reason}; continue after ${toGlideDateTime(until)}`,
        })
        throw new DeferRequested(until, reason, throttled)
    }
}

/** The audit operations written exactly once per HTTP exchange (throttle/retry/defer are extra notes). */
const REQUEST_OPERATIONS: readonly AuditOperation[] = ['read_page', 'read_master_data', 'token_refresh']

/**
 * Requests this connection made in the last minute, from earlier runs' audit rows (one row of a
 * request operation per exchange), so a continuation started seconds later still respects the ceiling.
 * Audit times have second precision: each is taken as the end of its second, the safe side.
 */
export function recentRequestTimes(ports: Pick<Ports, 'store' | 'clock'>, connectionSysId: string): number[] {
    const since = toGlideDateTime(ports.clock.nowMs() - 60_000)
    const rows = ports.store.query(AUDIT.name, {
        where: [
            { field: 'connection', op: '=', value: connectionSysId },
            { field: 'at', op: '>=', value: since },
            { field: 'operation', op: 'IN', value: REQUEST_OPERATIONS },
        ],
    })
    const out: number[] = []
    for (const r of rows) {
        const at = fromGlideDateTime(r.at)
        if (at !== null) out.push(at + 999)
    }
    return out
}

/**
 * An IfsReader (with the ETag helpers) for one connection, for the engine, the UI handlers and
 * the connection check alike: one limiter and one token per call, so share the client within a run.
 */
export function createIfsClient(
    ports: Ports,
    connection: ConnectionConfig,
    audit: AuditTrail,
    redactor: Redactor,
    counters: RequestCounters,
    options: IfsClientOptions = {}
): IfsClient {
    const limiter = new RollingWindowLimiter(
        connection.requestCeiling,
        60_000,
        recentRequestTimes(ports, connection.sysId)
    )
    let client: IfsClient | null = null
    const tokens = new TokenManager(
        ports.tokensFor(connection),
        ports.clock,
        redactor,
        audit,
        counters,
        () => client?.pace(pathOf(connection.tokenUrl)),
        pathOf(connection.tokenUrl)
    )
    client = new IfsClient(ports, connection, tokens, limiter, audit, redactor, counters, options)
    return client
}
