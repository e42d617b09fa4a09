import { startEmulator, type RunningEmulator } from '../../src/local/emulator/start-emulator'
import { get, getToken, INVOICES, ORDERS, q, readAll } from './helpers'

describe('emulator: token flow and server-driven paging', () => {
    let emu: RunningEmulator
    let now = Date.now()
    beforeAll(async () => {
        emu = await startEmulator({
            dataset: { seed: 7, invoices: 1200, orders: 300 },
            tokenLifetimeSeconds: 60,
            clock: () => now,
        })
    })
    afterAll(() => emu.close())

    it('issues a bearer token for the right client only', async () => {
        const ok = await fetch(emu.tokenUrl, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: 'grant_type=client_credentials&client_id=ml-connector&client_secret=emulator-secret',
        })
        expect(ok.status).toBe(200)
        const body = (await ok.json()) as Record<string, unknown>
        expect(body.token_type).toBe('Bearer')
        expect(body.expires_in).toBe(60)
        expect(typeof body.access_token).toBe('string')

        const wrong = await fetch(emu.tokenUrl, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: 'grant_type=client_credentials&client_id=ml-connector&client_secret=nope',
        })
        expect(wrong.status).toBe(401)
        expect(((await wrong.json()) as Record<string, unknown>).error).toBe('unauthorized_client')

        const basic = await fetch(emu.tokenUrl, {
            method: 'POST',
            headers: {
                'Content-Type': 'application/x-www-form-urlencoded',
                Authorization: 'Basic ' + Buffer.from('ml-connector:emulator-secret').toString('base64'),
            },
            body: 'grant_type=client_credentials',
        })
        expect(basic.status).toBe(200)

        const otherRealm = await fetch(emu.url + '/auth/realms/other/protocol/openid-connect/token', {
            method: 'POST',
            body: 'grant_type=client_credentials&client_id=ml-connector&client_secret=emulator-secret',
        })
        expect(otherRealm.status).toBe(404)
    })

    it('answers 401 for a missing, unknown or expired token', async () => {
        expect((await get(emu, null, ORDERS)).status).toBe(401)
        expect((await get(emu, 'made-up', ORDERS)).status).toBe(401)
        const token = await getToken(emu)
        expect((await get(emu, token, ORDERS + '?$top=1')).status).toBe(200)
        now += 61_000
        const expired = await get(emu, token, ORDERS + '?$top=1')
        expect(expired.status).toBe(401)
        expect(expired.body.error?.message).toMatch(/expired/i)
    })

    it('pages with nextLink at the server page size and honours Prefer: odata.maxpagesize', async () => {
        const token = await getToken(emu)
        const first = await get(emu, token, INVOICES + '?$count=true', { Prefer: 'odata.maxpagesize=500' })
        expect(first.status).toBe(200)
        expect(first.headers.get('preference-applied')).toBe('odata.maxpagesize=500')
        expect(first.body.value).toHaveLength(500)
        expect(first.body['@odata.count']).toBe(1200)
        expect(first.body['@odata.context']).toBe(
            `${emu.url}/main/ifsapplications/projection/v1/ManSuppInvoiceHandling.svc/$metadata#PostingProposalHeadSet`
        )
        expect(first.body['@odata.nextLink']).toMatch(/\$skiptoken=500/)

        const all = await readAll(emu, token, INVOICES, { Prefer: 'odata.maxpagesize=500' })
        expect(all.pages).toBe(3)
        expect(all.rows).toHaveLength(1200)
        const keys = new Set(all.rows.map((r) => `${r.Company}/${r.InvoiceId}`))
        expect(keys.size).toBe(1200)
        // Default order is the (Objversion, key) index.
        const stamps = all.rows.map((r) => String(r.Objversion))
        expect([...stamps].sort()).toEqual(stamps)
    })

    it('never serves more than 5000 rows a page, whatever the client prefers', async () => {
        const big = await startEmulator({ dataset: { seed: 3, invoices: 5200, orders: 1 } })
        try {
            const token = await getToken(big)
            const page = await get(big, token, INVOICES, { Prefer: 'odata.maxpagesize=20000' })
            expect(page.body.value).toHaveLength(5000)
            expect(page.headers.get('preference-applied')).toBe('odata.maxpagesize=5000')
            const rest = await get(big, token, page.body['@odata.nextLink'] as string)
            expect(rest.body.value).toHaveLength(200)
            expect(rest.body['@odata.nextLink']).toBeUndefined()
        } finally {
            await big.close()
        }
    })

    it('keeps $filter, $top and $select in nextLinks and stops at $top', async () => {
        const token = await getToken(emu)
        const path = `${INVOICES}?$filter=${q("Company eq '10'")}&$top=250&$select=Company,InvoiceId,Objversion`
        const all = await readAll(emu, token, path, { Prefer: 'odata.maxpagesize=100' })
        expect(all.pages).toBe(3)
        expect(all.rows).toHaveLength(250)
        for (const r of all.rows) {
            expect(r.Company).toBe('10')
            expect(Object.keys(r).sort()).toEqual(['@odata.etag', 'Company', 'InvoiceId', 'Objversion'])
        }
    })

    it('serves the engine cursor filter from the index with the same rows as a scan', async () => {
        const token = await getToken(emu)
        const everything = (await readAll(emu, token, ORDERS)).rows
        const mid = everything[150]
        const cursor = `Objversion gt '${mid.Objversion}' or (Objversion eq '${mid.Objversion}' and OrderNo gt '${mid.OrderNo}')`
        const after = (await readAll(emu, token, `${ORDERS}?$filter=${q(cursor)}&$orderby=Objversion,OrderNo`)).rows
        expect(after.map((r) => r.OrderNo)).toEqual(everything.slice(151).map((r) => r.OrderNo))
    })
})
