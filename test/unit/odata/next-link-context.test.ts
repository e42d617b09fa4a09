import { resolveNextLink } from '../../../src/server/core/odata/data-url'
import type { HttpRequest } from '../../../src/server/ports/http'
import { clientHarness } from '../ifs/client-harness'
import { jsonResponse } from '../../fakes/scripted-http'

/**
 * OData JSON 4.01 §4.4: a relative URL in a payload is relative to the context URL of the payload
 * (`@odata.context`), only without one to the request URL; RFC 3986 resolution drops the context
 * URL's last segment (`$metadata`) and its fragment, leaving the service root.
 */
const T = 'https://acme.ifs.cloud'
const ROOT = `${T}/main/ifsapplications/projection/v1/`
const SVC = `${ROOT}CodePartValuesHandling.svc/`
const NAV = "CompanyFinanceSet(Company='20')/CodeAArray"
const REQUEST = `${SVC}${NAV}?$select=CodeValue`
const CONTEXT = `${SVC}$metadata#CompanyFinanceSet('20')/CodeAArray`

describe('resolveNextLink against @odata.context', () => {
    it.each([
        // Relative to the service root, a navigation path with a key predicate keeps its place.
        [`${NAV}?$skiptoken=5`, CONTEXT, `${SVC}${NAV}?$skiptoken=5`],
        [
            'PurchaseOrderSet?$skiptoken=5',
            `${ROOT}P.svc/$metadata#PurchaseOrderSet`,
            `${ROOT}P.svc/PurchaseOrderSet?$skiptoken=5`,
        ],
        // An absolute path or URL does not depend on the base.
        [
            `/main/ifsapplications/projection/v1/CodePartValuesHandling.svc/${NAV}?$skiptoken=5`,
            CONTEXT,
            `${SVC}${NAV}?$skiptoken=5`,
        ],
        [`${SVC}${NAV}?$skiptoken=5`, CONTEXT, `${SVC}${NAV}?$skiptoken=5`],
        // A relative context URL resolves against the request URL first (§4.4: "for context URLs ... the request URL").
        [
            `${NAV}?$skiptoken=5`,
            `$metadata#CompanyFinanceSet('20')/CodeAArray`,
            `${SVC}CompanyFinanceSet(Company='20')/${NAV}?$skiptoken=5`,
        ],
        [
            `${NAV}?$skiptoken=5`,
            `/main/ifsapplications/projection/v1/CodePartValuesHandling.svc/$metadata#X`,
            `${SVC}${NAV}?$skiptoken=5`,
        ],
        // A query alone keeps the base's path: the context's `$metadata`, as RFC 3986 says.
        ['?$skiptoken=5', CONTEXT, `${SVC}$metadata?$skiptoken=5`],
    ])('%s with context %s → %s', (link, context, expected) => {
        expect(resolveNextLink(T, REQUEST, link, context)).toEqual({ ok: true, url: expected })
    })

    it('without a context URL, a relative link resolves against the request URL', () => {
        expect(resolveNextLink(T, REQUEST, 'CodeAArray?$skiptoken=5', null)).toEqual({
            ok: true,
            url: `${SVC}CompanyFinanceSet(Company='20')/CodeAArray?$skiptoken=5`,
        })
    })

    it.each([
        ['https://evil.example/x.svc/$metadata#S', 'leaves the tenant'],
        ['https://user@acme.ifs.cloud/x.svc/$metadata#S', 'leaves the tenant'],
    ])('refuses a relative link whose context URL %s is off the tenant', (context, reason) => {
        const r = resolveNextLink(T, REQUEST, 'S?$skiptoken=1', context)
        expect(r.ok).toBe(false)
        if (!r.ok) expect(r.reason).toContain(reason)
    })

    it('ignores a context URL that is not text or holds spaces: the request URL is the base', () => {
        const expected = `${SVC}CompanyFinanceSet(Company='20')/X?$skiptoken=1`
        expect(resolveNextLink(T, REQUEST, 'X?$skiptoken=1', '')).toEqual({ ok: true, url: expected })
        expect(resolveNextLink(T, REQUEST, 'X?$skiptoken=1', 'a b')).toEqual({ ok: true, url: expected })
    })
})

describe('IfsClient.readAll pages a navigation path with context-relative nextLinks', () => {
    const PATH = `CodePartValuesHandling.svc/${NAV}`
    const pageUrl = (token: string | null) =>
        `${SVC}${NAV.split("'").join('%27')}${token ? `?$skiptoken=${token}` : ''}`

    it('requests the link under the service root, not under the navigation path', () => {
        const h = clientHarness()
        const context = `${SVC}$metadata#CompanyFinanceSet('20')/CodeAArray`
        const served: string[] = []
        /** Answers with `body` and notes the URL it was asked for. */
        const page = (body: Record<string, unknown>) => (r: HttpRequest) => {
            served.push(r.url)
            return jsonResponse(200, body)
        }
        h.http.enqueue(
            page({ '@odata.context': context, value: [{ CodeValue: 'A' }], '@odata.nextLink': `${NAV}?$skiptoken=1` }),
            page({ '@context': context, value: [{ CodeValue: 'B' }], '@odata.nextLink': `${NAV}?$skiptoken=2` }),
            page({ '@odata.context': context, value: [{ CodeValue: 'C' }] })
        )
        const seen: unknown[] = []
        expect(h.client.readAll(PATH, {}, (rows) => seen.push(...rows.map((r) => r.CodeValue)))).toBe(3)
        expect(seen).toEqual(['A', 'B', 'C'])
        expect(served.slice(1)).toEqual([`${SVC}${NAV}?$skiptoken=1`, `${SVC}${NAV}?$skiptoken=2`])
        expect(served[0]).toBe(`${SVC}${NAV}`)
    })
})
