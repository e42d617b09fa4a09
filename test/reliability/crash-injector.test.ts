import {
    CRASH_ENV,
    crashInjectionFromEnv,
    formatCrashPoint,
    HTTP_TIMEOUT_ENV,
    parseCrashPoint,
    ROW_BY_ROW_ENV,
    timeoutCapFromEnv,
} from '../../src/local/faults/crash-injector'
import type { Http, HttpRequest, HttpResult } from '../../src/server/ports/http'
import { MemoryStore } from '../fakes/memory-store'

/** The crash injector in process: the kill is a thrown marker instead of SIGKILL. */
class Killed extends Error {}
const kill = (): never => {
    throw new Killed('killed')
}

const journaledStore = () => new MemoryStore()

class EchoHttp implements Http {
    readonly sent: HttpRequest[] = []
    send(request: HttpRequest): HttpResult {
        this.sent.push(request)
        return { kind: 'response', status: 200, headers: {}, body: String(this.sent.length) }
    }
}

describe('parseCrashPoint', () => {
    test.each([
        ['store-write:17', { on: 'store-write', when: 'before', nth: 17 }],
        ['after-store-write:3', { on: 'store-write', when: 'after', nth: 3 }],
        ['before-store-write@proc_po:2', { on: 'store-write', when: 'before', nth: 2, table: 'proc_po' }],
        ['http:5', { on: 'http', when: 'before', nth: 5 }],
        ['after-http:1', { on: 'http', when: 'after', nth: 1 }],
    ])('%s', (spec, point) => {
        expect(parseCrashPoint(spec)).toEqual(point)
        expect(parseCrashPoint(formatCrashPoint(parseCrashPoint(spec)))).toEqual(point)
    })

    test.each(['store-write:0', 'store-write', 'disk:3', 'http@proc_po:2', 'after-store-write:-1', 'during-http:2'])(
        'refuses %s',
        (spec) => {
            expect(() => parseCrashPoint(spec)).toThrow(CRASH_ENV)
        }
    )
})

describe('CrashingStore', () => {
    test('before the Nth write: the write does not happen', () => {
        const inner = journaledStore()
        const store = crashInjectionFromEnv({ [CRASH_ENV]: 'store-write:3' }, kill).store(inner)
        store.insert('t', { a: 1 })
        store.insert('t', { a: 2 })
        expect(() => store.insert('t', { a: 3 })).toThrow(Killed)
        expect(inner.query('t', {}).map((r) => r.a)).toEqual(['1', '2'])
    })

    test('after the Nth write: the write is committed, nothing after it', () => {
        const inner = journaledStore()
        const store = crashInjectionFromEnv({ [CRASH_ENV]: 'after-store-write:2' }, kill).store(inner)
        const id = store.insert('t', { a: 1 })
        expect(() => store.update('t', id, { a: 5 })).toThrow(Killed)
        expect(inner.get('t', id)?.a).toBe('5')
    })

    test('counts only writes to the named table; reads never count', () => {
        const inner = journaledStore()
        const store = crashInjectionFromEnv({ [CRASH_ENV]: 'after-store-write@key:2' }, kill).store(inner)
        store.insert('x_key', { n: 1 })
        store.insert('target', { n: 1 })
        store.insertMany('target', [{ n: 2 }, { n: 3 }])
        store.query('x_key', {})
        expect(() => store.insertMany('x_key', [{ n: 2 }])).toThrow(Killed)
        expect(inner.count('x_key', [])).toBe(2)
    })
})

test('the page transaction of the wrapped store is used, and a kill inside it escapes it', () => {
    const calls: string[] = []
    const inner = Object.assign(journaledStore(), {
        atomically<T>(work: () => T): T {
            calls.push('begin')
            try {
                return work()
            } finally {
                calls.push('end')
            }
        },
    })
    const store = crashInjectionFromEnv({ [CRASH_ENV]: 'after-store-write:2' }, kill).store(inner)
    expect(() => store.atomically!(() => [store.insert('t', { a: 1 }), store.insert('t', { a: 2 })])).toThrow(Killed)
    expect(calls).toEqual(['begin', 'end'])
})

test('row by row: the page transaction is hidden, as on the instance', () => {
    const inner = Object.assign(journaledStore(), { atomically: <T>(work: () => T): T => work() })
    const store = crashInjectionFromEnv({ [ROW_BY_ROW_ENV]: '1' }, kill).store(inner)
    expect(store).not.toBe(inner)
    expect(store.atomically).toBeUndefined()
    store.insert('t', { a: 1 })
    expect(inner.count('t', [])).toBe(1)
})

describe('CrashingHttp', () => {
    test('after the Nth exchange the response exists but never reaches the caller', () => {
        const inner = new EchoHttp()
        const http = crashInjectionFromEnv({ [CRASH_ENV]: 'after-http:2' }, kill).http(inner)
        const req: HttpRequest = { method: 'GET', url: 'https://t.ifs.cloud/x', headers: {}, timeoutMs: 1000 }
        expect(http.send(req)).toMatchObject({ body: '1' })
        expect(() => http.send(req)).toThrow(Killed)
        expect(inner.sent).toHaveLength(2)
    })

    test('before the Nth exchange nothing is sent', () => {
        const inner = new EchoHttp()
        const http = crashInjectionFromEnv({ [CRASH_ENV]: 'http:1' }, kill).http(inner)
        expect(() => http.send({ method: 'GET', url: 'https://t/x', headers: {}, timeoutMs: 1 })).toThrow(Killed)
        expect(inner.sent).toHaveLength(0)
    })
})

test('without the variable nothing is wrapped', () => {
    const inner = journaledStore()
    const http = new EchoHttp()
    const injection = crashInjectionFromEnv({}, kill)
    expect(injection.point).toBeNull()
    expect(injection.store(inner)).toBe(inner)
    expect(injection.http(http)).toBe(http)
})

test('the HTTP timeout cap lowers, never raises, a request timeout', () => {
    const inner = new EchoHttp()
    const capped = timeoutCapFromEnv({ [HTTP_TIMEOUT_ENV]: '800' })(inner)
    capped.send({ method: 'GET', url: 'https://t/x', headers: {}, timeoutMs: 60_000 })
    capped.send({ method: 'GET', url: 'https://t/x', headers: {}, timeoutMs: 300 })
    expect(inner.sent.map((r) => r.timeoutMs)).toEqual([800, 300])
    expect(() => timeoutCapFromEnv({ [HTTP_TIMEOUT_ENV]: 'soon' })).toThrow(HTTP_TIMEOUT_ENV)
})
