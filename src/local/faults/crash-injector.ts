import type { Http, HttpRequest, HttpResult } from '../../server/ports/http'
import type { Store } from '../../server/ports/store'
import { ForwardingStore, STORE_WRITES, type StoreCall } from '../store/forwarding-store'

/** The environment variable that arms the injector in the local runner (tests and soak only). */
export const CRASH_ENV = 'ML_CONNECTOR_CRASH_AT'

/**
 * Where the process dies: right before or right after the Nth store write (insert, insertMany,
 * update, updateWhere) or HTTP exchange, counting only writes to tables whose name contains
 * `table` when given.
 * "After" a write means the store returned (committed, unless the write is inside the page
 * transaction of `Store.atomically`, which the kill rolls back); "after" a request means the
 * response arrived and was not yet handed to the engine (a page read that dies mid-way).
 */
export interface CrashPoint {
    on: 'store-write' | 'http'
    when: 'before' | 'after'
    /** 1-based. */
    nth: number
    /** Store writes only: a substring of the table name. */
    table?: string
}

/**
 * `[before-|after-]store-write[@table]:N` or `[before-|after-]http:N`; a bare `store-write:N` or
 * `http:N` is "before". Examples: `store-write:17`, `after-http:5`,
 * `after-store-write@proc_po:3` (a target written, the keys of its page not yet).
 */
export function parseCrashPoint(spec: string): CrashPoint {
    const m = /^(?:(before|after)-)?(store-write|http)(?:@([A-Za-z0-9_]+))?:([1-9][0-9]*)$/.exec(spec.trim())
    if (!m) throw new Error(`${CRASH_ENV}="${spec}": expected [before-|after-](store-write[@table]|http):N, N >= 1`)
    const [, when, on, table, nth] = m
    if (on === 'http' && table) throw new Error(`${CRASH_ENV}="${spec}": @table applies to store-write only`)
    const point: CrashPoint = {
        on: on as CrashPoint['on'],
        when: (when ?? 'before') as CrashPoint['when'],
        nth: Number(nth),
    }
    if (table) point.table = table
    return point
}

export function formatCrashPoint(p: CrashPoint): string {
    return `${p.when}-${p.on}${p.table ? `@${p.table}` : ''}:${p.nth}`
}

/** What dies: the real process in the runner, something observable in unit tests. */
export type Kill = () => never

/** SIGKILL ourselves: no finally blocks, no exit handlers, no flushing — like a node restart. */
const sigkillSelf: Kill = () => {
    process.kill(process.pid, 'SIGKILL')
    // SIGKILL is delivered before kill() returns on Linux; never go on writing if it is not.
    for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000)
}

/** Counts the events of one crash point and kills the process when its turn comes. */
export class CrashCounter {
    private seen = 0

    constructor(
        readonly point: CrashPoint,
        private readonly kill: Kill = sigkillSelf
    ) {}

    /** Call around every event of the point's kind; `table` is the written table for store writes. */
    tick(when: 'before' | 'after', table?: string): void {
        if (this.point.table !== undefined && !(table ?? '').includes(this.point.table)) return
        if (when === 'before') this.seen++
        if (this.seen === this.point.nth && when === this.point.when) this.kill()
    }
}

/**
 * Makes the local runner write like the instance: GlideRecord has no transactions, so each write
 * stands alone and only the crash-safe write order (targets → the page's keys `staged` → cursor)
 * protects a killed run. Without it SQLite's page transaction rolls a killed page back whole.
 */
export const ROW_BY_ROW_ENV = 'ML_CONNECTOR_ROW_BY_ROW'

/** A Store that dies around its Nth write (when given a counter). Reads pass through untouched. */
export class CrashingStore extends ForwardingStore {
    constructor(
        inner: Store,
        private readonly counter: CrashCounter | null,
        rowByRow = false
    ) {
        super(inner)
        // The page transaction of the real store, unless row by row: a kill inside it rolls the
        // page back.
        if (rowByRow) this.atomically = undefined
    }

    /** Every write counts, even an updateWhere that matches nothing (the kill point does not know). */
    protected override around<T>(call: StoreCall, send: () => T): T {
        if (!STORE_WRITES.has(call.method)) return send()
        this.counter?.tick('before', call.table)
        const result = send()
        this.counter?.tick('after', call.table)
        return result
    }
}

/** An Http that dies around its Nth exchange (token requests included). */
class CrashingHttp implements Http {
    constructor(
        private readonly inner: Http,
        private readonly counter: CrashCounter
    ) {}

    send(request: HttpRequest): HttpResult {
        this.counter.tick('before')
        const result = this.inner.send(request)
        this.counter.tick('after')
        return result
    }
}

/** The decorators the local runtime applies: identity unless the environment arms a crash point. */
export interface CrashInjection {
    point: CrashPoint | null
    store<S extends Store>(store: S): Store
    http(http: Http): Http
}

export function crashInjectionFromEnv(
    env: Readonly<Record<string, string | undefined>>,
    kill: Kill = sigkillSelf
): CrashInjection {
    const spec = env[CRASH_ENV]
    const rowByRow = env[ROW_BY_ROW_ENV] === '1'
    const point = spec ? parseCrashPoint(spec) : null
    const counter = point ? new CrashCounter(point, kill) : null
    return {
        point,
        store: (s) =>
            point?.on === 'store-write' || rowByRow
                ? new CrashingStore(s, point?.on === 'store-write' ? counter : null, rowByRow)
                : s,
        http: (h) => (point?.on === 'http' && counter ? new CrashingHttp(h, counter) : h),
    }
}

/** Caps every request's timeout (ms), so tests can reach "slower than the HTTP timeout" in seconds. */
export const HTTP_TIMEOUT_ENV = 'ML_CONNECTOR_HTTP_TIMEOUT_MS'

class TimeoutCappedHttp implements Http {
    constructor(
        private readonly inner: Http,
        private readonly capMs: number
    ) {}

    send(request: HttpRequest): HttpResult {
        return this.inner.send({ ...request, timeoutMs: Math.min(request.timeoutMs, this.capMs) })
    }
}

export function timeoutCapFromEnv(env: Readonly<Record<string, string | undefined>>): (http: Http) => Http {
    const raw = env[HTTP_TIMEOUT_ENV]
    if (!raw) return (h) => h
    const cap = Number(raw)
    if (!Number.isInteger(cap) || cap < 1) throw new Error(`${HTTP_TIMEOUT_ENV}="${raw}": expected milliseconds >= 1`)
    return (h) => new TimeoutCappedHttp(h, cap)
}
