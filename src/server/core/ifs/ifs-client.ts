import { AUDIT } from '../../../tables/audit'
import type { AuditOperation } from '../../../tables/audit'
import type { HttpMethod, HttpResult } from '../../ports/http'
import type { Ports } from '../../ports/ports'
import type { AuditEvent, AuditTrail } from '../audit/audit-trail'
import type { Redactor } from '../audit/redactor'
import type { ConnectionConfig } from '../config/connection-config'
import { fromGlideDateTime, toGlideDateTime } from '../domain/glide-time'
import { dataUrl, NextLinkLoopDetector, resolveNextLink } from '../odata/data-url'
import {
    METADATA_REQUEST_HEADERS,
    METADATA_UNPUBLISHED_STATUSES,
    readMetadataAnswer,
} from '../odata/csdl/metadata-answer'
import type { MetadataAnswer } from '../odata/csdl/metadata-answer'
import type { ODataQuery } from '../odata/query'
import { pathOf } from '../odata/url-parts'
import { backoffDelayMs, DEFAULT_BACKOFF, retryAfterMs } from './backoff'
import type { BackoffPolicy } from './backoff'
import { ifsMessageOf, parseEntityWithEtag, parsePage } from './ifs-answer'
import type { HttpResponse, IfsPage, Parsed } from './ifs-answer'
import {
    CredentialsRejected,
    DeferRequested,
    IfsRequestFailed,
    MalformedResponse,
    TokenUnavailable,
    TransportFailed,
} from './ifs-errors'
import type { EtagConflict, IfsError } from './ifs-errors'
import type { IfsReader, IfsRow } from './ifs-reader'
import { RollingWindowLimiter } from './rate-limiter'
import { NO_REQUEST_CONTEXT, RequestAttempt } from './request-context'
import type { RequestContext } from './request-context'
import type { RequestCounters } from './request-counters'
import { actionForStatus } from './status-actions'
import { TokenManager } from './token-manager'

export interface IfsClientOptions {
    /** Jitter source; Math.random by default, scripted in tests. */
    random?: () => number
    backoff?: BackoffPolicy
    timeoutMs?: number
}

/** What one client works with: the connection, its ports, and the run's token, ceiling, audit and counters. */
export interface IfsClientParts {
    ports: Pick<Ports, 'http' | 'clock' | 'waiter'>
    connection: ConnectionConfig
    tokens: TokenManager
    limiter: RollingWindowLimiter
    audit: AuditTrail
    redactor: Redactor
    counters: RequestCounters
}

export type PatchOutcome = { kind: 'patched'; etag: string | null } | EtagConflict

/** One HTTP exchange: what is sent, how it is audited, and how a good answer is read. */
interface ExchangeRequest<T> {
    method: HttpMethod
    url: string
    operation: AuditOperation
    body?: string
    headers?: Readonly<Record<string, string>>
    /** Non-2xx statuses `parse` reads as an answer (412 for If-Match). */
    acceptedErrors?: readonly number[]
    parse: (res: HttpResponse) => Parsed<T>
}

/** An answer as it arrived, with the audit event of the exchange (operation, path, duration). */
interface Answer<T> {
    request: ExchangeRequest<T>
    attempt: RequestAttempt
    event: AuditEvent
}

/** How an exchange goes on after an answer: done with a value, or round again. */
type Step<T> = { done: true; value: T } | { done: false }
const AGAIN = { done: false } as const

/** When the retries are used up, what is thrown instead of another retry. */
interface RetryPlan {
    reason: string
    /** IFS said how long to wait (Retry-After); null: back off with jitter. */
    delayMs: number | null
    /** A 429: waiting is the cure, see DeferRequested. */
    throttled?: boolean
    giveUp: () => IfsError
}

/**
 * The IFS OData client of one connection for one run. Every request passes the rolling-window
 * limiter, carries a fresh bearer token, is retried with backoff on 429/5xx/timeouts/malformed
 * bodies (the status table is core/ifs/status-actions), and is audited and counted. A wait longer
 * than the waiter may block becomes DeferRequested, so on the instance no worker ever sleeps.
 * The object type a request is made for comes with each call (RequestContext) and labels its
 * audit events.
 */
export class IfsClient implements IfsReader {
    private readonly random: () => number
    private readonly backoff: BackoffPolicy
    private readonly timeoutMs: number

    constructor(
        private readonly parts: IfsClientParts,
        options: IfsClientOptions = {}
    ) {
        this.random = options.random ?? Math.random
        this.backoff = options.backoff ?? DEFAULT_BACKOFF
        this.timeoutMs = options.timeoutMs ?? 60_000
    }

    readAll(
        entitySetPath: string,
        query: ODataQuery,
        onPage: (rows: readonly IfsRow[]) => void,
        context: RequestContext = NO_REQUEST_CONTEXT
    ): number {
        const { tenantUrl } = this.parts.connection
        const loop = new NextLinkLoopDetector()
        let url = dataUrl(tenantUrl, entitySetPath, query)
        loop.visit(url)
        let total = 0
        for (;;) {
            const page = this.getPage(url, entitySetPath, context)
            onPage(page.rows)
            total += page.rows.length
            if (page.nextLink === null) return total
            const next = resolveNextLink(tenantUrl, url, page.nextLink, page.context ?? null)
            if (!next.ok) throw new MalformedResponse(pathOf(url), next.reason)
            if (!loop.visit(next.url))
                throw new MalformedResponse(pathOf(url), 'the nextLink repeats a page already read')
            url = next.url
        }
    }

    readPage(entitySetPath: string, query: ODataQuery, context: RequestContext = NO_REQUEST_CONTEXT): IfsPage {
        return this.getPage(dataUrl(this.parts.connection.tenantUrl, entitySetPath, query), entitySetPath, context)
    }

    /**
     * Reads a service's CSDL (`<Projection>.svc/$metadata`), JSON when offered, else XML, through
     * the same limiter, token, retries and audit as every other request.
     */
    readMetadata(serviceRoot: string, context: RequestContext = NO_REQUEST_CONTEXT): MetadataAnswer {
        const url = `${dataUrl(this.parts.connection.tenantUrl, serviceRoot)}/$metadata`
        const request: ExchangeRequest<MetadataAnswer> = {
            method: 'GET',
            url,
            operation: 'read_master_data',
            headers: METADATA_REQUEST_HEADERS,
            acceptedErrors: METADATA_UNPUBLISHED_STATUSES,
            parse: (res) => readMetadataAnswer(res.status, res.body, res.headers['content-type']),
        }
        return this.exchange(request, context)
    }

    /** Reads one entity with its ETag, the first half of any write back to IFS. */
    readWithEtag(entityPath: string, context: RequestContext = NO_REQUEST_CONTEXT): { row: IfsRow; etag: string } {
        const url = dataUrl(this.parts.connection.tenantUrl, entityPath)
        return this.exchange({ method: 'GET', url, operation: 'read_master_data', parse: parseEntityWithEtag }, context)
    }

    /** PATCH with If-Match: a 412 (someone changed the row since it was read) is reported as a conflict. */
    patchWithIfMatch(
        entityPath: string,
        etag: string,
        body: Readonly<Record<string, unknown>>,
        context: RequestContext = NO_REQUEST_CONTEXT
    ): PatchOutcome {
        const url = dataUrl(this.parts.connection.tenantUrl, entityPath)
        const request: ExchangeRequest<PatchOutcome> = {
            method: 'PATCH',
            url,
            operation: 'read_master_data',
            body: JSON.stringify(body),
            headers: { 'If-Match': etag, 'Content-Type': 'application/json' },
            acceptedErrors: [412],
            parse: (res) =>
                res.status === 412
                    ? { ok: true, value: { kind: 'conflict', path: pathOf(url) } }
                    : { ok: true, value: { kind: 'patched', etag: res.headers['etag'] ?? null } },
        }
        return this.exchange(request, context)
    }

    private getPage(url: string, entitySetPath: string, context: RequestContext): IfsPage {
        const isData = this.parts.connection.partitions.some((p) => p.entitySetPath === entitySetPath)
        const operation = isData ? 'read_page' : 'read_master_data'
        return this.exchange({ method: 'GET', url, operation, parse: parsePage }, context)
    }

    private exchange<T>(request: ExchangeRequest<T>, context: RequestContext): T {
        const attempt = new RequestAttempt(pathOf(request.url), context)
        for (;;) {
            // Wait out the ceiling before taking the token: a token taken first could expire during
            // the wait, and IFS would answer 401 (twice, with short lifetimes and a low ceiling).
            this.waitForSlot(attempt)
            const token = this.bearer(attempt)
            if (token === null) continue
            this.pace(attempt)
            const step = this.send(request, token, attempt)
            if (step.done) return step.value
        }
    }

    /** The bearer token, or null after scheduling a retry because the token endpoint is unavailable. */
    private bearer(attempt: RequestAttempt): string | null {
        try {
            return this.parts.tokens.bearer(attempt.context)
        } catch (e) {
            if (!(e instanceof TokenUnavailable)) throw e
            // The cause (DNS, refused, TLS, HTTP status) travels with the reason, so a deferral
            // says what happened, not just that the endpoint was unavailable.
            this.retryOrGiveUp(attempt, {
                reason: `token endpoint unavailable (${e.detail})`,
                delayMs: e.retryAfterMs,
                giveUp: () => e,
            })
            return null
        }
    }

    private send<T>(request: ExchangeRequest<T>, token: string, attempt: RequestAttempt): Step<T> {
        const { ports, connection, counters } = this.parts
        const headers: Record<string, string> = {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json',
            'OData-MaxVersion': '4.0',
            ...request.headers,
        }
        if (request.method === 'GET')
            headers.Prefer = `odata.maxpagesize=${attempt.context.maxPageSize ?? connection.pageSize}`
        const { method, url, body } = request
        const started = ports.clock.nowMs()
        const res = ports.http.send({ method, url, headers, body, timeoutMs: this.timeoutMs })
        const durationMs = ports.clock.nowMs() - started
        counters.requests++
        const event = { operation: request.operation, objectType: attempt.objectType, path: attempt.path, durationMs }
        return this.settle(res, { request, attempt, event })
    }

    /** What the answer means, by the status table: a value, or another round (or a throw). */
    private settle<T>(res: HttpResult, answer: Answer<T>): Step<T> {
        if (res.kind === 'transport_error') return this.onTransportError(res, answer)
        switch (actionForStatus(res.status, answer.request.acceptedErrors)) {
            case 'accept':
                return this.accept(res, answer)
            case 'refresh_token':
                return this.refreshToken(res, answer)
            case 'throttle':
                return this.throttle(res, answer)
            case 'retry':
                return this.retryStatus(res, answer)
            case 'fail':
                return this.fail(res, answer)
        }
    }

    private onTransportError<T>(
        res: Extract<HttpResult, { kind: 'transport_error' }>,
        { attempt, event }: Answer<T>
    ): Step<T> {
        const detail = this.parts.redactor.scrub(res.message)
        this.parts.audit.record({ ...event, message: `${res.reason}: ${detail}` })
        this.retryOrGiveUp(attempt, {
            reason: `${res.reason === 'timeout' ? 'request timed out' : 'connection failed'} (${detail})`,
            delayMs: null,
            giveUp: () => new TransportFailed(attempt.path, res.reason, detail),
        })
        return AGAIN
    }

    private accept<T>(res: HttpResponse, { request, attempt, event }: Answer<T>): Step<T> {
        const parsed = request.parse(res)
        if (parsed.ok) {
            this.parts.audit.record({ ...event, httpStatus: res.status, rows: parsed.rows })
            return { done: true, value: parsed.value }
        }
        this.parts.audit.record({ ...event, httpStatus: res.status, message: `malformed: ${parsed.problem}` })
        this.retryOrGiveUp(attempt, {
            reason: `malformed response (${parsed.problem})`,
            delayMs: null,
            giveUp: () => new MalformedResponse(attempt.path, parsed.problem),
        })
        return AGAIN
    }

    /** 401: the token may have died early; drop it and ask once more. A second 401 is final. */
    private refreshToken<T>(res: HttpResponse, { attempt, event }: Answer<T>): Step<T> {
        this.parts.audit.record({ ...event, httpStatus: res.status, message: 'unauthorized' })
        if (attempt.refreshedAfter401) throw new CredentialsRejected(`IFS answered 401 twice for ${attempt.path}`)
        attempt.refreshedAfter401 = true
        this.parts.tokens.invalidate()
        return AGAIN
    }

    /** 429: counted as a throttle; wait as Retry-After says, and defer once the retries are used up. */
    private throttle<T>(res: HttpResponse, { attempt, event }: Answer<T>): Step<T> {
        const { audit, counters, ports } = this.parts
        counters.throttles++
        const wait = retryAfterMs(res.headers['retry-after'], ports.clock.nowMs())
        audit.record({ ...event, httpStatus: res.status, message: 'throttled by IFS' })
        audit.record({
            operation: 'throttle',
            objectType: attempt.objectType,
            httpStatus: 429,
            path: attempt.path,
            message: `Retry-After: ${res.headers['retry-after'] ?? 'none'}`,
        })
        this.retryOrGiveUp(attempt, {
            reason: 'throttled (429)',
            delayMs: wait,
            throttled: true,
            giveUp: () => {
                const delay = wait ?? backoffDelayMs(attempt.retry, this.backoff, this.random)
                audit.record({
                    operation: 'defer',
                    objectType: attempt.objectType,
                    path: attempt.path,
                    message: 'still throttled after retries',
                })
                return new DeferRequested(
                    ports.clock.nowMs() + delay,
                    `IFS kept answering 429 for ${attempt.path}`,
                    true
                )
            },
        })
        return AGAIN
    }

    /** 502/503/504: back off (or wait as Retry-After says); fail with IFS's reason when the retries are used up. */
    private retryStatus<T>(res: HttpResponse, { attempt, event }: Answer<T>): Step<T> {
        const { audit, ports, redactor } = this.parts
        audit.record({ ...event, httpStatus: res.status, message: ifsMessageOf(res.body, redactor) ?? undefined })
        this.retryOrGiveUp(attempt, {
            reason: `HTTP ${res.status}`,
            delayMs: retryAfterMs(res.headers['retry-after'], ports.clock.nowMs()),
            giveUp: () => new IfsRequestFailed(res.status, attempt.path, ifsMessageOf(res.body, redactor)),
        })
        return AGAIN
    }

    private fail<T>(res: HttpResponse, { attempt, event }: Answer<T>): never {
        const message = ifsMessageOf(res.body, this.parts.redactor)
        this.parts.audit.record({ ...event, httpStatus: res.status, message: message ?? undefined })
        throw new IfsRequestFailed(res.status, attempt.path, message)
    }

    /**
     * Throws the plan's failure when the retries are used up; otherwise audits the retry and waits
     * (Retry-After, else backoff with jitter), deferring when the wait is too long to block.
     */
    private retryOrGiveUp(attempt: RequestAttempt, plan: RetryPlan): void {
        if (attempt.retry >= this.backoff.maxRetries) throw plan.giveUp()
        const delay = plan.delayMs ?? backoffDelayMs(attempt.retry, this.backoff, this.random)
        attempt.retry++
        this.parts.audit.record({
            operation: 'retry',
            objectType: attempt.objectType,
            path: attempt.path,
            message: `${plan.reason}; retry ${attempt.retry} in ${delay} ms`,
        })
        // Waiting is the cure when IFS throttled us or said when to come back (Retry-After).
        this.pause(delay, plan.reason, attempt, plan.throttled === true || plan.delayMs !== null)
    }

    /** One slot of the request ceiling, waiting inline or deferring when the window is full. */
    pace(attempt: RequestAttempt): void {
        this.waitForSlot(attempt)
        this.parts.limiter.record(this.parts.ports.clock.nowMs())
    }

    /** Waits (or defers) until the ceiling has a free slot, without taking it. */
    private waitForSlot(attempt: RequestAttempt): void {
        const { clock } = this.parts.ports
        const { limiter } = this.parts
        let delay = limiter.delayMs(clock.nowMs())
        if (delay <= 0) return
        this.parts.counters.throttles++
        this.parts.audit.record({
            operation: 'throttle',
            objectType: attempt.objectType,
            path: attempt.path,
            message: `request ceiling of ${limiter.ceiling}/min reached; next slot in ${delay} ms`,
        })
        while (delay > 0) {
            this.pause(delay, `request ceiling of ${limiter.ceiling}/min reached`, attempt, true)
            delay = limiter.delayMs(clock.nowMs())
        }
    }

    private pause(delayMs: number, reason: string, attempt: RequestAttempt, throttled: boolean): void {
        if (delayMs <= 0) return
        const { waiter, clock } = this.parts.ports
        if (delayMs <= waiter.maxInlineWaitMs) {
            waiter.wait(delayMs)
            return
        }
        const until = clock.nowMs() + delayMs
        this.parts.audit.record({
            operation: 'defer',
            objectType: attempt.objectType,
            path: attempt.path,
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

/** The run's wiring a client is built from (ports, connection, audit, redactor, shared counters). */
export interface IfsClientWiring {
    ports: Ports
    connection: ConnectionConfig
    audit: AuditTrail
    redactor: Redactor
    counters: RequestCounters
}

/**
 * An IfsReader (with the ETag helpers) for one connection, for the engine, the UI handlers and
 * the connection check alike: one limiter and one token per call, so share the client within a run.
 */
export function createIfsClient(wiring: IfsClientWiring, options: IfsClientOptions = {}): IfsClient {
    const { ports, connection, audit, redactor, counters } = wiring
    const limiter = new RollingWindowLimiter(
        connection.requestCeiling,
        60_000,
        recentRequestTimes(ports, connection.sysId)
    )
    const tokenPath = pathOf(connection.tokenUrl)
    let client: IfsClient | null = null
    const tokens = new TokenManager({
        source: ports.tokensFor(connection),
        clock: ports.clock,
        redactor,
        audit,
        counters,
        beforeRequest: (context) => client?.pace(new RequestAttempt(tokenPath, context)),
        tokenPath,
    })
    client = new IfsClient({ ports, connection, tokens, limiter, audit, redactor, counters }, options)
    return client
}
