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

describe('NextLinkLoopDetector', () => {
    it('reports a URL seen before in the same read', () => {
        const d = new NextLinkLoopDetector()
        expect(d.visit('a')).toBe(true)
        expect(d.visit('b')).toBe(true)
        expect(d.visit('a')).toBe(false)
    })
})
