import { dataUrl, NextLinkLoopDetector, resolveNextLink, withCompany } from '../../../src/server/core/odata/data-url'
import { ODataRenderError } from '../../../src/server/core/odata/render-query'

const T = 'https://acme.ifs.cloud'
const ROOT = `${T}/main/ifsapplications/projection/v1/`

describe('dataUrl', () => {
    it('puts the entity set under the projection root and appends the rendered query', () => {
        expect(dataUrl(T, 'PurchaseOrderHandling.svc/PurchaseOrderSet', { top: 10 })).toBe(
            `${ROOT}PurchaseOrderHandling.svc/PurchaseOrderSet?$top=10`
        )
        expect(dataUrl(T, 'PurchaseOrderHandling.svc/PurchaseOrderSet')).toBe(
            `${ROOT}PurchaseOrderHandling.svc/PurchaseOrderSet`
        )
    })

    it('encodes key predicates and fills {company} as a string literal body', () => {
        const path = withCompany(
            "CodePartValuesHandling.svc/CompanyFinanceSet(Company='{company}')/CodeAArray",
            "A B'C"
        )
        expect(path).toBe("CodePartValuesHandling.svc/CompanyFinanceSet(Company='A B''C')/CodeAArray")
        expect(dataUrl(T, path)).toBe(
            `${ROOT}CodePartValuesHandling.svc/CompanyFinanceSet(Company='A%20B''C')/CodeAArray`
        )
    })

    it.each([
        '../admin.svc/X',
        '/PurchaseOrderHandling.svc/X',
        'X.svc/Set?$top=1',
        'X.svc/../../Y',
        'no-svc/Set',
        'https://evil.com/X.svc/Y',
    ])('refuses the path %s', (path) => {
        expect(() => dataUrl(T, path)).toThrow(ODataRenderError)
    })
})

describe('resolveNextLink', () => {
    const current = `${ROOT}PurchaseOrderHandling.svc/PurchaseOrderSet?$top=10`
    it.each([
        [
            `${ROOT}PurchaseOrderHandling.svc/PurchaseOrderSet?$skip=10`,
            `${ROOT}PurchaseOrderHandling.svc/PurchaseOrderSet?$skip=10`,
        ],
        ['https://ACME.ifs.cloud:443/main/x.svc/S?$skip=1', `${T}/main/x.svc/S?$skip=1`],
        ['PurchaseOrderSet?$skip=10', `${ROOT}PurchaseOrderHandling.svc/PurchaseOrderSet?$skip=10`],
        ['/main/ifsapplications/projection/v1/P.svc/S?$skiptoken=abc', `${ROOT}P.svc/S?$skiptoken=abc`],
        ['//acme.ifs.cloud/main/x.svc/S', `${T}/main/x.svc/S`],
    ])('%s → %s', (link, expected) => {
        expect(resolveNextLink(T, current, link)).toEqual({ ok: true, url: expected })
    })

    it.each([
        ['https://evil.com/main/x.svc/S', 'leaves the tenant'],
        ['http://acme.ifs.cloud/main/x.svc/S', 'leaves the tenant'],
        ['https://acme.ifs.cloud:8443/main/x.svc/S', 'leaves the tenant'],
        ['https://user@acme.ifs.cloud/main/x.svc/S', 'leaves the tenant'],
        ['//evil.com/x', 'leaves the tenant'],
        ['../../../../auth/admin', 'dot segments'],
        ['', 'empty'],
        ['a b', 'spaces'],
    ])('refuses %s', (link, reason) => {
        const r = resolveNextLink(T, current, link)
        expect(r.ok).toBe(false)
        if (!r.ok) expect(r.reason).toContain(reason)
    })
})

describe('resolveNextLink: edges', () => {
    const current = `${ROOT}PurchaseOrderHandling.svc/PurchaseOrderSet?$top=10`
    it.each([
        // A colon in a relative link's query is not a scheme.
        ['PurchaseOrderSet?$skiptoken=a:b', `${ROOT}PurchaseOrderHandling.svc/PurchaseOrderSet?$skiptoken=a:b`],
        ['https://acme.ifs.cloud', `${T}/`],
        ['https://acme.ifs.cloud?$skip=1', `${T}/?$skip=1`],
        ['PurchaseOrderSet?$skip=1#frag', `${ROOT}PurchaseOrderHandling.svc/PurchaseOrderSet?$skip=1`],
    ])('%s → %s', (link, expected) => {
        expect(resolveNextLink(T, current, link)).toEqual({ ok: true, url: expected })
    })

    it('resolves a relative link against the tenant root when the current URL has no path', () => {
        expect(resolveNextLink(T, T, 'X.svc/S?$skip=1')).toEqual({ ok: true, url: `${T}/X.svc/S?$skip=1` })
    })

    it.each([
        [T, current, '   ', 'nextLink is empty'],
        [T, current, 42 as unknown as string, 'nextLink is empty'],
        [T, current, null as unknown as string, 'nextLink is empty'],
        ['acme.ifs.cloud', current, 'X', 'tenant URL is not absolute'],
        [T, 'not absolute', 'X', 'current URL is not absolute'],
        [T, current, 'https://[::1/x', 'nextLink is not a valid URL'],
        [T, current, '/main/./x.svc/S', 'nextLink contains dot segments'],
        [T, current, '/main/../x.svc/S', 'nextLink contains dot segments'],
        [T, current, '/main/%2e%2e/x.svc/S', 'nextLink contains dot segments'],
        [T, current, '/main/%2E%2E/x.svc/S', 'nextLink contains dot segments'],
        [T, current, 'https://@acme.ifs.cloud/x', 'nextLink leaves the tenant (https://acme.ifs.cloud)'],
    ])('tenant %s, current %s, link %j: %s', (tenant, cur, link, reason) => {
        expect(resolveNextLink(tenant, cur, link)).toEqual({ ok: false, reason })
    })
})

describe('dataUrl errors', () => {
    it('names the refused path', () => {
        expect(() => dataUrl(T, 'no-svc/Set')).toThrow('"no-svc/Set" is not a <Projection>.svc/<EntitySet> path')
    })
})

describe('NextLinkLoopDetector', () => {
    it('reports a URL seen before in the same read', () => {
        const d = new NextLinkLoopDetector()
        expect(d.visit('a')).toBe(true)
        expect(d.visit('b')).toBe(true)
        expect(d.visit('a')).toBe(false)
    })
})
