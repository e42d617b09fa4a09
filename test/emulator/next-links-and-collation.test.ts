import { parseEmulatorArgs } from '../../src/local/emulator/cli-options'
import { compareText } from '../../src/local/emulator/odata/collation'
import type { RunningEmulator } from '../../src/local/emulator/start-emulator'
import { emulatorWithToken, get, ORDERS, q, ROOT } from './helpers'

const GL = "CodePartValuesHandling.svc/CompanyFinanceSet(Company='10')/CodeAArray"

/**
 * Follows nextLinks as OData JSON 4.01 §4.4 says (RFC 3986 resolution against `@odata.context`,
 * which resolves against the request URL), with WHATWG URL: this judge imports no engine code.
 */
async function readResolved(emu: RunningEmulator, token: string, path: string) {
    const rows: Record<string, unknown>[] = []
    const links: string[] = []
    let url: string | null = emu.url + ROOT + path
    while (url !== null) {
        const page = await get(emu, token, url, { Prefer: 'odata.maxpagesize=7' })
        if (page.status !== 200) throw new Error(`${page.status} at ${url}`)
        rows.push(...(page.body.value ?? []))
        const link = page.body['@odata.nextLink']
        if (link === undefined) break
        links.push(link)
        url = new URL(link, new URL(page.body['@odata.context'] ?? url, url)).href
    }
    return { rows, links }
}

describe('emulator: nextLink styles', () => {
    const live = emulatorWithToken({ dataset: { seed: 3, orders: 30, invoices: 0, glAccountsPerCompany: 20 } })
    afterEach(() => live.emu.control.setNextLinks('absolute'))

    it('writes absolute links by default', async () => {
        const { links } = await readResolved(live.emu, live.token, GL)
        expect(links[0]).toMatch(
            /^http:\/\/127\.0\.0\.1:\d+\/main\/ifsapplications\/projection\/v1\/CodePartValuesHandling\.svc\/CompanyFinanceSet\(Company=/
        )
    })

    it.each(['context-relative', 'absolute-path'] as const)(
        '%s links on a navigation path page through every row when resolved against @odata.context',
        async (style) => {
            const all = await readResolved(live.emu, live.token, GL)
            live.emu.control.setNextLinks(style)
            const relative = await readResolved(live.emu, live.token, GL)
            expect(relative.rows).toEqual(all.rows)
            expect(relative.rows).toHaveLength(20)
            expect(relative.links[0]).toMatch(
                style === 'context-relative'
                    ? /^CompanyFinanceSet\(Company='10'\)\/CodeAArray\?/
                    : /^\/main\/ifsapplications\/projection\/v1\/CodePartValuesHandling\.svc\/CompanyFinanceSet/
            )
        }
    )

    it('a context-relative link resolved against the request directory names a path the server does not have', async () => {
        live.emu.control.setNextLinks('context-relative')
        const first = await get(live.emu, live.token, GL, { Prefer: 'odata.maxpagesize=7' })
        const link = first.body['@odata.nextLink'] as string
        const wrong = new URL(link, live.emu.url + ROOT + GL).href
        expect((await get(live.emu, live.token, wrong)).status).toBe(404)
    })

    it('is set over HTTP and refused when unknown', async () => {
        const post = (body: unknown) =>
            fetch(`${live.emu.url}/__control/settings`, { method: 'POST', body: JSON.stringify(body) })
        expect((await post({ nextLinks: 'absolute-path' })).status).toBe(200)
        const page = await get(live.emu, live.token, ORDERS + '?$top=20', { Prefer: 'odata.maxpagesize=5' })
        expect(page.body['@odata.nextLink']).toMatch(/^\/main\//)
        expect((await post({ nextLinks: 'sideways' })).status).toBe(400)
        expect((await post({ collation: 'klingon' })).status).toBe(400)
    })
})

describe('emulator: case-insensitive collation', () => {
    const live = emulatorWithToken({ dataset: { seed: 3, orders: 0, invoices: 0 }, collation: 'case-insensitive' })

    it('sorts and filters keys ignoring case and trailing spaces; ties keep the index order', async () => {
        const keys = ['tw-2', 'TW-1 ', 'tw-1', 'TW-1', 'Tw-3']
        live.emu.control.addRows(
            'purchase_order',
            keys.length,
            0,
            keys.map((OrderNo) => ({ OrderNo }))
        )
        const sorted = await get(live.emu, live.token, `${ORDERS}?$orderby=OrderNo&$select=OrderNo`)
        expect(sorted.body.value!.map((r) => r.OrderNo)).toEqual(['TW-1 ', 'tw-1', 'TW-1', 'tw-2', 'Tw-3'])
        const after = await get(
            live.emu,
            live.token,
            `${ORDERS}?$filter=${q("OrderNo gt 'tw-1'")}&$orderby=OrderNo&$select=OrderNo`
        )
        expect(after.body.value!.map((r) => r.OrderNo)).toEqual(['tw-2', 'Tw-3'])
        const eq = await get(live.emu, live.token, `${ORDERS}?$filter=${q("OrderNo eq 'tw-1  '")}&$select=OrderNo`)
        expect(eq.body.value).toHaveLength(3)
        live.emu.control.setCollation('binary')
        const binary = await get(
            live.emu,
            live.token,
            `${ORDERS}?$filter=${q("OrderNo gt 'tw-1'")}&$orderby=OrderNo&$select=OrderNo`
        )
        expect(binary.body.value!.map((r) => r.OrderNo)).toEqual(['tw-2'])
    })
})

describe('emulator CLI: --next-links and --collation', () => {
    it('parses both and refuses unknown values', () => {
        const { options } = parseEmulatorArgs(
            ['--next-links', 'context-relative', '--collation', 'case-insensitive'],
            {}
        )
        expect(options).toMatchObject({ nextLinks: 'context-relative', collation: 'case-insensitive' })
        expect(parseEmulatorArgs([], {}).options).toMatchObject({ nextLinks: undefined, collation: undefined })
        expect(() => parseEmulatorArgs(['--next-links', 'x'], {})).toThrow("--next-links cannot be 'x'")
        expect(() => parseEmulatorArgs(['--collation', 'x'], {})).toThrow("--collation cannot be 'x'")
    })

    it('parses --key-twins and --space-twins as counts', () => {
        const { options } = parseEmulatorArgs(['--key-twins', '4', '--space-twins', '2'], {})
        expect(options.dataset).toMatchObject({ keyTwins: 4, spaceTwins: 2 })
        expect(() => parseEmulatorArgs(['--space-twins', '-1'], {})).toThrow(
            "--space-twins must be an integer from 0 to 5000000, got '-1'"
        )
    })
})

describe('emulator: trailing-space twins in the data', () => {
    const live = emulatorWithToken({ dataset: { seed: 5, orders: 20, invoices: 0, spaceTwins: 2 } })

    it('adds twins whose number ends in a space, same stamp; binary filters tell them apart, the manifest expects each', async () => {
        const orders = live.emu.control.documents('purchase_order')
        expect(orders).toHaveLength(22)
        const twins = orders.filter((r) => String(r.OrderNo).endsWith(' '))
        expect(twins.map((r) => r.OrderNo)).toEqual(['PO0000001 ', 'PO0000002 '])
        for (const twin of twins)
            expect(twin.Objversion).toBe(orders.find((r) => r.OrderNo === String(twin.OrderNo).trimEnd())!.Objversion)
        const numbers = live.emu.control.manifest().documents.map((d) => d.identity.documentNumber)
        expect(numbers).toContain('PO0000001 ')
        expect(numbers).toContain('PO0000001')
        const exact = await get(live.emu, live.token, `${ORDERS}?$filter=${q("OrderNo eq 'PO0000001 '")}`)
        expect((exact.body.value ?? []).map((r) => r.OrderNo)).toEqual(['PO0000001 '])
    })
})

describe('emulator: key twins in the data', () => {
    const live = emulatorWithToken({
        dataset: { seed: 5, orders: 20, invoices: 0, keyTwins: 3 },
        collation: 'case-insensitive',
    })

    it('adds lower-case twins with the same stamp; the manifest expects each as its own document', async () => {
        const orders = live.emu.control.documents('purchase_order')
        expect(orders).toHaveLength(23)
        const twins = orders.filter((r) => /^po/.test(String(r.OrderNo)))
        expect(twins).toHaveLength(3)
        for (const twin of twins) {
            const original = orders.find((r) => r.OrderNo === String(twin.OrderNo).toUpperCase())!
            expect(twin.Objversion).toBe(original.Objversion)
        }
        const keys = live.emu.control.manifest().documents.map((d) => String(d.key[0][1]))
        expect(new Set(keys).size).toBe(23)
        const tied = await get(
            live.emu,
            live.token,
            `${ORDERS}?$filter=${q(`OrderNo eq '${String(twins[0].OrderNo).toUpperCase()}'`)}`
        )
        expect(tied.body.value).toHaveLength(2)
    })
})

describe('compareText', () => {
    it('binary: by code point, as Oracle on UTF-8 (U+FF01 before an emoji, though not in UTF-16 units)', () => {
        expect(compareText('\uff01', '\u{1F600}', 'binary')).toBeLessThan(0)
        expect(compareText('a\u{1F600}', 'a\u{1F601}', 'binary')).toBeLessThan(0)
        expect(compareText('PO-1', 'po-1', 'binary')).toBeLessThan(0)
        expect(compareText('PO-1', 'PO-1 ', 'binary')).toBeLessThan(0)
        expect(compareText('B', 'a', 'binary')).toBeLessThan(0)
    })

    it('case-insensitive: letter case and trailing spaces ignored', () => {
        expect(compareText('PO-1', 'po-1  ', 'case-insensitive')).toBe(0)
        expect(compareText('B', 'a', 'case-insensitive')).toBeGreaterThan(0)
    })
})
