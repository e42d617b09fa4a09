import { get, getToken, INVOICES, ORDERS, q, readAll, ROOT, emulatorWithToken } from './helpers'

describe('emulator: query options, single entities, ETags, master data', () => {
    const live = emulatorWithToken({ dataset: { seed: 11, invoices: 400, orders: 200, companies: ['10', "O'K"] } })

    it('orders by several keys, ascending and descending', async () => {
        const rows = (
            await readAll(live.emu, live.token, `${INVOICES}?$orderby=${q('Company desc,NetCurrAmount asc')}`)
        ).rows
        expect(rows).toHaveLength(400)
        for (let i = 1; i < rows.length; i++) {
            const a = rows[i - 1]
            const b = rows[i]
            expect(String(a.Company) >= String(b.Company)).toBe(true)
            if (a.Company === b.Company && typeof a.NetCurrAmount === 'number' && typeof b.NetCurrAmount === 'number')
                expect(a.NetCurrAmount).toBeLessThanOrEqual(b.NetCurrAmount)
        }
    })

    it('applies $skip and $top on the filtered, ordered result and counts all matches', async () => {
        const all = (
            await readAll(live.emu, live.token, `${ORDERS}?$filter=${q("Company eq '10'")}&$orderby=OrderNo desc`)
        ).rows
        const page = await get(
            live.emu,
            live.token,
            `${ORDERS}?$filter=${q("Company eq '10'")}&$orderby=OrderNo desc&$skip=5&$top=7&$count=true`
        )
        expect(page.body['@odata.count']).toBe(all.length)
        expect(page.body.value?.map((r) => r.OrderNo)).toEqual(all.slice(5, 12).map((r) => r.OrderNo))
        expect(page.body['@odata.nextLink']).toBeUndefined()
    })

    it('selects only the asked fields, plus the row ETag', async () => {
        const page = await get(live.emu, live.token, `${ORDERS}?$select=OrderNo,GrossAmount&$top=3`)
        expect(page.body.value).toHaveLength(3)
        for (const r of page.body.value ?? [])
            expect(Object.keys(r).sort()).toEqual(['@odata.etag', 'GrossAmount', 'OrderNo'])
    })

    it.each([
        ['$filter', `$filter=${q("Company eq '10")}`],
        ['$orderby field', '$orderby=Nope'],
        ['$orderby direction', `$orderby=${q('OrderNo sideways')}`],
        ['$select field', '$select=OrderNo,Nope'],
        ['$top', '$top=-1'],
        ['$skip', '$skip=abc'],
        ['$count', '$count=maybe'],
        ['unknown option', '$expand=Lines'],
    ])('rejects a bad %s with a 400 OData error body', async (_name, query) => {
        const page = await get(live.emu, live.token, `${ORDERS}?${query}`)
        expect(page.status).toBe(400)
        expect(typeof page.body.error?.code).toBe('string')
        expect(typeof page.body.error?.message).toBe('string')
    })

    it('answers 404 with an OData error for an unknown entity set', async () => {
        const page = await get(live.emu, live.token, 'PurchaseOrderHandling.svc/NoSuchSet')
        expect(page.status).toBe(404)
        expect(page.body.error?.code).toBe('ODP_ENTITY_SET_NOT_FOUND')
    })

    it('reads one entity by key with an ETag header, including quoted keys', async () => {
        const first = (await get(live.emu, live.token, `${ORDERS}?$top=1`)).body.value?.[0] as Record<string, unknown>
        const one = await get(live.emu, live.token, `${ORDERS}(OrderNo='${first.OrderNo}')`)
        expect(one.status).toBe(200)
        expect(one.body).toMatchObject({ OrderNo: first.OrderNo, Objversion: first.Objversion })
        expect(one.headers.get('etag')).toBe(`W/"${first.Objversion}"`)
        expect(one.headers.get('etag')).toBe(first['@odata.etag'])
        const short = await get(live.emu, live.token, `${ORDERS}('${first.OrderNo}')`)
        expect(short.body).toMatchObject({ OrderNo: first.OrderNo })

        const inv = (await readAll(live.emu, live.token, INVOICES)).rows.find(
            (r) => String(r.Company) === "O'K"
        ) as Record<string, unknown>
        const byKey = await get(live.emu, live.token, `${INVOICES}(Company='O''K',InvoiceId=${inv.InvoiceId})`)
        expect(byKey.status).toBe(200)
        expect(byKey.body).toMatchObject({ InvoiceId: inv.InvoiceId, Company: "O'K" })
        expect((await get(live.emu, live.token, `${ORDERS}(OrderNo='NOPE')`)).status).toBe(404)
    })

    it('enforces If-Match on PATCH: 428 without, 412 stale, 200 and a new ETag when current', async () => {
        const row = (await get(live.emu, live.token, `${ORDERS}?$top=1`)).body.value?.[0] as Record<string, unknown>
        const url = `${live.emu.url}${ROOT}${ORDERS}(OrderNo='${row.OrderNo}')`
        const patch = (headers: Record<string, string>) =>
            fetch(url, {
                method: 'PATCH',
                headers: { Authorization: `Bearer ${live.token}`, 'Content-Type': 'application/json', ...headers },
                body: JSON.stringify({ Objstate: 'Closed' }),
            })
        expect((await patch({})).status).toBe(428)
        expect((await patch({ 'If-Match': 'W/"19990101000000"' })).status).toBe(412)
        const ok = await patch({ 'If-Match': String(row['@odata.etag']) })
        expect(ok.status).toBe(200)
        const newEtag = ok.headers.get('etag') as string
        expect(newEtag).not.toBe(row['@odata.etag'])
        expect(((await ok.json()) as Record<string, unknown>).Objstate).toBe('Closed')
        // The old ETag is now stale, and the modified row sorts after every other row.
        expect((await patch({ 'If-Match': String(row['@odata.etag']) })).status).toBe(412)
        const all = (await readAll(live.emu, live.token, ORDERS)).rows
        expect(all[all.length - 1].OrderNo).toBe(row.OrderNo)
        expect((await patch({ 'If-Match': '*' })).status).toBe(200)
    })

    it('serves suppliers and per-company code parts with OData-quoted company keys', async () => {
        const suppliers = await get(live.emu, live.token, 'SuppliersHandling.svc/SupplierInfoGeneralSet?$count=true')
        expect(suppliers.status).toBe(200)
        expect(suppliers.body['@odata.count']).toBe(200)
        expect(Object.keys(suppliers.body.value?.[0] ?? {})).toEqual(
            expect.arrayContaining(['SupplierId', 'Name', '@odata.etag'])
        )
        const gl = await get(
            live.emu,
            live.token,
            `CodePartValuesHandling.svc/CompanyFinanceSet(Company='O''K')/CodeAArray`
        )
        expect(gl.status).toBe(200)
        expect(gl.body.value?.length).toBe(60)
        for (const r of gl.body.value ?? []) {
            expect(r.Company).toBe("O'K")
            expect(r.ValidUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        }
        expect(gl.body.value?.some((r) => String(r.ValidUntil) < '2026-01-01')).toBe(true)
        const cc = await get(
            live.emu,
            live.token,
            `CodePartValuesHandling.svc/CompanyFinanceSet(Company='10')/CodeBArray?$filter=${q('ValidUntil ge 2026-01-01')}`
        )
        expect(cc.body.value?.length).toBe(36)
        const missing = await get(
            live.emu,
            live.token,
            `CodePartValuesHandling.svc/CompanyFinanceSet(Company='99')/CodeAArray`
        )
        expect(missing.status).toBe(404)
        expect(missing.body.error?.message).toMatch(/Company '99' not found/)
        expect(
            (await get(live.emu, null, `CodePartValuesHandling.svc/CompanyFinanceSet(Company='99')/CodeAArray`)).status
        ).toBe(401)
        expect(live.emu.stats().requests.master_data).toBeGreaterThanOrEqual(4)
    })

    it('lists the entity sets of a projection', async () => {
        const svc = await get(live.emu, live.token, 'CodePartValuesHandling.svc/')
        expect(svc.status).toBe(200)
        expect(svc.body.value?.map((v) => v.name)).toEqual(['CompanyFinanceSet'])
    })
})
