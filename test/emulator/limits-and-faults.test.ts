import type { FaultRule } from '../../src/local/emulator/faults/fault-plan'
import { parseFaultSpec } from '../../src/local/emulator/faults/parse-fault-spec'
import { EMULATOR_DEFAULT_CLIENT, startEmulator } from '../../src/local/emulator/start-emulator'
import { get, getToken, INVOICES, ORDERS, ROOT, emulatorWithToken } from './helpers'

describe('emulator: rate limit', () => {
    it('refuses more than N requests a rolling minute per client with 429 and Retry-After', async () => {
        let now = 1_000_000
        const emu = await startEmulator({
            dataset: { seed: 1, invoices: 10, orders: 10 },
            rateLimitPerMinute: 5,
            clients: [
                { clientId: 'a', clientSecret: 'sa' },
                { clientId: 'b', clientSecret: 'sb' },
            ],
            clock: () => now,
        })
        try {
            const a = await getToken(emu, { clientId: 'a', clientSecret: 'sa' })
            const b = await getToken(emu, { clientId: 'b', clientSecret: 'sb' })
            for (let i = 0; i < 5; i++) {
                now += 1000
                expect((await get(emu, a, `${ORDERS}?$top=1`)).status).toBe(200)
            }
            const refused = await get(emu, a, `${ORDERS}?$top=1`)
            expect(refused.status).toBe(429)
            // The oldest of the five was at +1 s; it leaves the window 60 s later.
            expect(refused.headers.get('retry-after')).toBe('56')
            expect(refused.body.error?.code).toBe('TOO_MANY_REQUESTS')
            expect((await get(emu, b, `${ORDERS}?$top=1`)).status).toBe(200)
            now += 56_000
            expect((await get(emu, a, `${ORDERS}?$top=1`)).status).toBe(200)
            expect(emu.stats().rateLimited).toBe(1)
            expect(emu.stats().throttled).toBe(1)
        } finally {
            await emu.close()
        }
    })
})

describe('emulator: slow responses', () => {
    it("holds a slow response for the fault's delay, and only that request", async () => {
        // The emulator's sleep is injected: the test sees the delay asked for and decides when it
        // ends, so nothing here depends on how fast this machine is.
        const asked: number[] = []
        let release: () => void = () => undefined
        let held: () => void = () => undefined
        const holding = new Promise<void>((resolve) => (held = resolve))
        const emu = await startEmulator({
            dataset: { seed: 5, invoices: 10, orders: 10 },
            sleep: (ms) => {
                asked.push(ms)
                held()
                return new Promise<void>((resolve) => (release = resolve))
            },
        })
        try {
            const token = await getToken(emu)
            emu.control.setFaults({ seed: 9, rules: [{ kind: 'slow', delayMs: 300, count: 1 }] })
            let settled = false
            const slow = get(emu, token, `${ORDERS}?$top=1`).then((r) => {
                settled = true
                return r
            })
            await holding
            // A later request is answered while the slow one is still held.
            expect((await get(emu, token, `${INVOICES}?$top=1`)).status).toBe(200)
            expect(asked).toEqual([300])
            expect(settled).toBe(false)
            release()
            const answer = await slow
            expect(answer.status).toBe(200)
            expect(answer.body.value).toHaveLength(1)
            expect(emu.stats().faultsInjected.slow).toBe(1)
        } finally {
            release()
            await emu.close()
        }
    })
})

describe('emulator: fault plan', () => {
    const live = emulatorWithToken({ dataset: { seed: 5, invoices: 300, orders: 300 } })
    beforeEach(() => {
        live.emu.control.clearFaults()
        live.emu.control.resetCounters()
    })
    const withFaults = (...rules: FaultRule[]) => live.emu.control.setFaults({ seed: 9, rules })
    const raw = (path: string, headers: Record<string, string> = {}) =>
        fetch(live.emu.url + ROOT + path, { headers: { Authorization: `Bearer ${live.token}`, ...headers } })

    it('throttles a count of requests, with and without Retry-After', async () => {
        withFaults({ kind: 'throttle', count: 2, retryAfterSeconds: 3 })
        const r1 = await get(live.emu, live.token, ORDERS)
        const r2 = await get(live.emu, live.token, ORDERS)
        expect([r1.status, r2.status]).toEqual([429, 429])
        expect(r1.headers.get('retry-after')).toBe('3')
        expect((await get(live.emu, live.token, ORDERS)).status).toBe(200)
        withFaults({ kind: 'throttle', count: 1, retryAfterSeconds: null })
        const bare = await get(live.emu, live.token, ORDERS)
        expect(bare.status).toBe(429)
        expect(bare.headers.get('retry-after')).toBeNull()
        expect(live.emu.stats().faultsInjected.throttle).toBe(3)
    })

    it.each([502, 503, 504] as const)('answers %i when asked', async (status) => {
        withFaults({ kind: 'server_error', status, count: 1 })
        expect((await get(live.emu, live.token, ORDERS)).status).toBe(status)
        expect((await get(live.emu, live.token, ORDERS)).status).toBe(200)
    })

    it('answers 401 on the Nth data request only', async () => {
        withFaults({ kind: 'unauthorized', after: 2, count: 1 })
        const statuses = []
        for (let i = 0; i < 5; i++) statuses.push((await get(live.emu, live.token, `${ORDERS}?$top=1`)).status)
        expect(statuses).toEqual([200, 200, 401, 200, 200])
    })

    it('targets a path pattern and request kind', async () => {
        withFaults(
            { kind: 'server_error', path: 'PurchaseOrderSet' },
            { kind: 'server_error', status: 502, requests: ['token'] }
        )
        expect((await get(live.emu, live.token, `${INVOICES}?$top=1`)).status).toBe(200)
        expect((await get(live.emu, live.token, `${ORDERS}?$top=1`)).status).toBe(503)
        const t = await fetch(live.emu.tokenUrl, {
            method: 'POST',
            body: 'grant_type=client_credentials&client_id=ml-connector&client_secret=emulator-secret',
        })
        expect(t.status).toBe(502)
    })

    it('gives one request one injected answer; the next rule keeps its turn', async () => {
        withFaults({ kind: 'throttle', count: 1 }, { kind: 'server_error', status: 502, count: 1 })
        const statuses = []
        for (let i = 0; i < 3; i++) statuses.push((await get(live.emu, live.token, `${ORDERS}?$top=1`)).status)
        expect(statuses).toEqual([429, 502, 200])
    })

    it('draws probabilities from the plan seed, the same way every time', async () => {
        const run = async () => {
            withFaults({ kind: 'server_error', probability: 0.5 })
            const s = []
            for (let i = 0; i < 16; i++) s.push((await get(live.emu, live.token, `${ORDERS}?$top=1`)).status)
            return s
        }
        const first = await run()
        expect(first).toContain(503)
        expect(first).toContain(200)
        expect(await run()).toEqual(first)
    })

    it('serves malformed JSON', async () => {
        withFaults({ kind: 'malformed_json', count: 1 })
        const res = await raw(`${ORDERS}?$top=2`)
        expect(res.status).toBe(200)
        const text = await res.text()
        expect(() => JSON.parse(text)).toThrow()
    })

    it('cuts a body short: closed mid-body, or a consistent shorter length', async () => {
        withFaults({ kind: 'truncated_body', count: 1 })
        const cut = await raw(`${ORDERS}?$top=50`)
        await expect(cut.text()).rejects.toThrow()
        withFaults({ kind: 'truncated_body', mode: 'short', count: 1 })
        const short = await raw(`${ORDERS}?$top=50`)
        const text = await short.text()
        expect(Number(short.headers.get('content-length'))).toBe(Buffer.byteLength(text))
        expect(() => JSON.parse(text)).toThrow()
    })

    it('serves a page without value', async () => {
        withFaults({ kind: 'missing_value', count: 1 })
        const page = await get(live.emu, live.token, `${ORDERS}?$top=2`)
        expect(page.status).toBe(200)
        expect(page.body['@odata.context']).toBeDefined()
        expect(page.body.value).toBeUndefined()
    })

    it('serves a nextLink that loops back to the same page', async () => {
        withFaults({ kind: 'looping_next_link', count: 1 })
        const url = `${live.emu.url}${ROOT}${ORDERS}?$filter=${encodeURIComponent("Company eq '10'")}`
        const page = await get(live.emu, live.token, url, { Prefer: 'odata.maxpagesize=10' })
        // fetch percent-encodes the quotes it sends; the link names the same request.
        expect(decodeURIComponent(page.body['@odata.nextLink'] as string)).toBe(decodeURIComponent(url))
    })

    it('repeats the last row of a page as the first of the next', async () => {
        withFaults({ kind: 'repeat_row', count: 1 })
        // A last page has no next page to repeat into: the fault waits for one that has.
        const single = await get(live.emu, live.token, `${ORDERS}?$top=3`)
        expect(single.body['@odata.nextLink']).toBeUndefined()
        const p1 = await get(live.emu, live.token, ORDERS, { Prefer: 'odata.maxpagesize=100' })
        const p2 = await get(live.emu, live.token, p1.body['@odata.nextLink'] as string, {
            Prefer: 'odata.maxpagesize=100',
        })
        expect(p2.body.value?.[0].OrderNo).toBe(p1.body.value?.[99].OrderNo)
    })

    it('changes rows while a client pages, not on first pages', async () => {
        const prefer = { Prefer: 'odata.maxpagesize=100' }
        const before = await get(live.emu, live.token, ORDERS, prefer)
        const expectedNext = await get(live.emu, live.token, before.body['@odata.nextLink'] as string, prefer)
        const victim = expectedNext.body.value?.[0] as Record<string, unknown>
        withFaults({ kind: 'change_rows', rows: 1, count: 1 })
        const p1 = await get(live.emu, live.token, ORDERS, prefer)
        expect(p1.body.value?.map((r) => r.OrderNo)).toEqual(before.body.value?.map((r) => r.OrderNo))
        const p2 = await get(live.emu, live.token, p1.body['@odata.nextLink'] as string, prefer)
        expect(p2.body.value?.[0].OrderNo).not.toBe(victim.OrderNo)
        const now = live.emu.control.dataset.documents.purchase_order.get([victim.OrderNo as string])
        expect(String(now?.Objversion) > String(victim.Objversion)).toBe(true)
        expect(live.emu.stats().faultsInjected.change_rows).toBe(1)
    })

    it('serves a 10 MB page that is still valid JSON', async () => {
        withFaults({ kind: 'huge_page', count: 1 })
        const res = await raw(`${ORDERS}?$top=5`)
        const text = await res.text()
        expect(Buffer.byteLength(text)).toBe(10 * 1024 * 1024)
        expect((JSON.parse(text) as { value: unknown[] }).value).toHaveLength(5)
    })

    it.each([
        ['url', (t: string) => encodeURIComponent(t)],
        ['raw', (t: string) => t],
        ['base64', (t: string) => Buffer.from(t).toString('base64')],
    ] as const)('echoes the bearer token of a data request (%s)', async (encoding, encode) => {
        withFaults({ kind: 'echo', encoding, count: 1, status: 502 })
        const res = await raw(`${ORDERS}?$top=1`)
        expect(res.status).toBe(502)
        const body = (await res.json()) as { error: { message: string } }
        expect(body.error.message).toBe(`Rejected credential ${encode(live.token)}`)
        expect(live.emu.stats().faultsInjected.echo).toBe(1)
    })

    it('echoes the client secret of a token request, form-encoded or as a Basic credential', async () => {
        const secret = EMULATOR_DEFAULT_CLIENT.clientSecret
        const post = () =>
            fetch(live.emu.url + '/auth/realms/ifs/protocol/openid-connect/token', {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams({
                    grant_type: 'client_credentials',
                    client_id: 'ml-connector',
                    client_secret: secret,
                }).toString(),
            })
        withFaults({ kind: 'echo', encoding: 'basic', requests: ['token'], count: 1 })
        const basic = await post()
        expect(basic.status).toBe(400)
        expect(((await basic.json()) as { error_description: string }).error_description).toBe(
            `Invalid client credentials: ${Buffer.from(`ml-connector:${secret}`).toString('base64')}`
        )
        withFaults({ kind: 'echo', encoding: 'text', requests: ['token'], count: 1, status: 503 })
        const text = await post()
        expect(text.status).toBe(503)
        expect(text.headers.get('content-type')).toBe('text/plain')
        expect(await text.text()).toBe(`Rejected credential ${secret} for ml-connector`)
        // The next token request is answered normally.
        expect((await post()).status).toBe(200)
    })

    it('parses the short fault spec of the CLI', () => {
        const plan = parseFaultSpec(
            'throttle:count=3,retryAfter=none;server_error:status=502,probability=0.1,path=Order',
            4
        )
        expect(plan).toEqual({
            seed: 4,
            rules: [
                { kind: 'throttle', count: 3, retryAfterSeconds: null },
                { kind: 'server_error', status: 502, probability: 0.1, path: 'Order' },
            ],
        })
        expect(() => parseFaultSpec('explode')).toThrow(/Unknown fault kind/)
        expect(() => parseFaultSpec('slow:delay=3')).toThrow(/Unknown fault parameter/)
        expect(parseFaultSpec('echo:encoding=json_unicode,requests=token,status=401').rules).toEqual([
            { kind: 'echo', encoding: 'json_unicode', requests: ['token'], status: 401 },
        ])
        expect(parseFaultSpec('[{"kind":"slow","delayMs":5}]').rules).toEqual([{ kind: 'slow', delayMs: 5 }])
    })
})
