import type { Http, HttpRequest, HttpResult } from '../../src/server/ports/http'
import type { FakeClock } from './fake-clock'

export type Responder = (request: HttpRequest) => HttpResult

/** A JSON response; header names given in any case come back lower-cased like the port promises. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
    const lower: Record<string, string> = { 'content-type': 'application/json' }
    for (const [k, v] of Object.entries(headers)) lower[k.toLowerCase()] = v
    return { kind: 'response', status, headers: lower, body: typeof body === 'string' ? body : JSON.stringify(body) }
}

export function textResponse(status: number, body: string, headers: Record<string, string> = {}): HttpResult {
    const lower: Record<string, string> = {}
    for (const [k, v] of Object.entries(headers)) lower[k.toLowerCase()] = v
    return { kind: 'response', status, headers: lower, body }
}

export function timeout(): HttpResult {
    return { kind: 'transport_error', reason: 'timeout', message: 'Read timed out' }
}

/**
 * An Http port that answers from a script: queued results first (FIFO; a queued function is
 * called with the request), then the fallback responder. Every request is recorded, and each one
 * may advance the fake clock by `latencyMs` to model time on the wire.
 */
export class ScriptedHttp implements Http {
    readonly requests: HttpRequest[] = []
    private readonly queue: (HttpResult | Responder)[] = []

    constructor(
        private readonly fallback: Responder | null = null,
        private readonly options: { clock?: FakeClock; latencyMs?: number } = {}
    ) {}

    enqueue(...results: (HttpResult | Responder)[]): this {
        this.queue.push(...results)
        return this
    }

    get pending(): number {
        return this.queue.length
    }

    send(request: HttpRequest): HttpResult {
        this.requests.push({ ...request, headers: { ...request.headers } })
        if (this.options.clock && this.options.latencyMs) this.options.clock.advance(this.options.latencyMs)
        const next = this.queue.shift()
        if (next !== undefined) return typeof next === 'function' ? next(request) : next
        if (this.fallback) return this.fallback(request)
        throw new Error(`ScriptedHttp: no scripted answer for ${request.method} ${request.url}`)
    }

    /** Request URLs without the tenant origin, for compact assertions. */
    paths(): string[] {
        return this.requests.map((r) => r.url.replace(/^https:\/\/[^/]+/, ''))
    }
}

/** An Http port that gives every request the same answer, and records the requests. */
export function oneAnswer(answer: HttpResult): ScriptedHttp {
    return new ScriptedHttp(() => answer)
}
