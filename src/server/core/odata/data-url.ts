import { escapeStringLiteral, ODataRenderError } from './render-query'
import { renderQuery } from './render-query'
import type { ODataQuery } from './query'
import { originOf, parseAbsoluteUrl } from './url-parts'
import type { UrlParts } from './url-parts'
import { MAX_REQUEST_URL_LENGTH } from './request-bounds'

const PROJECTION_ROOT = '/main/ifsapplications/projection/v1/'

const SEGMENT_PATH = /^[A-Za-z0-9_]+\.svc(\/[A-Za-z0-9_]+(\([^/?#]*\))?)*$/

/**
 * `<tenant>/main/ifsapplications/projection/v1/<path>?<query>`. The path is configuration (it
 * differs by IFS release) and is checked so it cannot leave the projection root. A URL longer than
 * `maxLength` (MAX_REQUEST_URL_LENGTH unless a batch splitter is measuring) is refused.
 */
export function dataUrl(
    tenantUrl: string,
    entitySetPath: string,
    query?: ODataQuery,
    maxLength: number = MAX_REQUEST_URL_LENGTH
): string {
    if (!SEGMENT_PATH.test(entitySetPath) || entitySetPath.includes('..')) {
        throw new ODataRenderError(`"${entitySetPath}" is not a <Projection>.svc/<EntitySet> path`)
    }
    // Key predicates may hold quotes, spaces or non-ASCII: percent-encode everything but the syntax.
    const path = encodeURI(entitySetPath).split('?').join('%3F').split('#').join('%23')
    const qs = query ? renderQuery(query) : ''
    const url = `${tenantUrl}${PROJECTION_ROOT}${path}${qs ? '?' + qs : ''}`
    // The last guard: batched look-ups split themselves below this, and row values are bounded.
    if (url.length > maxLength)
        throw new ODataRenderError(
            `The request for ${entitySetPath} would be ${url.length} characters long, more than the ${maxLength} the connector sends; it was not sent`
        )
    return url
}

/** Fills `{company}` in a master-data path with the company as a string-literal body. */
export function withCompany(entitySetPath: string, company: string): string {
    return entitySetPath.split('{company}').join(escapeStringLiteral(company))
}

export type NextLinkResolution = { ok: true; url: string } | { ok: false; reason: string }

/**
 * Resolves `@odata.nextLink` as OData JSON 4.01 §4.4 says: a relative link is relative to the
 * payload's context URL (`@odata.context`; RFC 3986 resolution, so `…/X.svc/$metadata#Set` gives
 * the service root `…/X.svc/`), and only without one to the request URL. A context URL may itself
 * be relative (to the request URL). Against the request URL's directory instead, a link like
 * `CompanyFinanceSet(Company='20')/CodeAArray?$skiptoken=5` read from that navigation path would
 * repeat the path. The resolved link must stay on the tenant's origin (a link elsewhere would
 * receive our bearer token) and hold no dot segments.
 */
export function resolveNextLink(
    tenantUrl: string,
    requestUrl: string,
    nextLink: string,
    contextUrl: string | null = null
): NextLinkResolution {
    const refused = unusableLink(nextLink)
    if (refused !== null) return { ok: false, reason: refused }
    const tenant = parseAbsoluteUrl(tenantUrl)
    if (!tenant) return { ok: false, reason: 'tenant URL is not absolute' }
    const joined = isAbsoluteReference(nextLink)
        ? absoluteNextLink(tenant, nextLink)
        : relativeNextLink(tenant, { requestUrl, contextUrl, nextLink })
    return joined.ok ? withoutFragmentOrDots(joined.url) : joined
}

function relativeNextLink(
    tenant: UrlParts,
    link: { requestUrl: string; contextUrl: string | null; nextLink: string }
): NextLinkResolution {
    const base = baseUrlOf(tenant, link.requestUrl, link.contextUrl)
    return base.ok ? joinUrl(tenant, base.url, link.nextLink) : base
}

/** The URL to request: its fragment dropped; refused with dot segments (they could climb out of the projection root). */
function withoutFragmentOrDots(url: string): NextLinkResolution {
    const hash = url.indexOf('#')
    const resolved = hash >= 0 ? url.slice(0, hash) : url
    const path = parseAbsoluteUrl(resolved)?.path ?? ''
    if (path.split('/').some((s) => s === '.' || s === '..' || s.toLowerCase() === '%2e%2e')) {
        return { ok: false, reason: 'nextLink contains dot segments' }
    }
    return { ok: true, url: resolved }
}

/** Why a nextLink cannot be a URL at all, or null. */
function unusableLink(nextLink: unknown): string | null {
    if (typeof nextLink !== 'string' || nextLink.trim() === '') return 'nextLink is empty'
    return /[\s\\]/.test(nextLink) ? 'nextLink contains spaces or backslashes' : null
}

/** A URL with a scheme, or a network-path reference (`//host/…`). */
function isAbsoluteReference(reference: string): boolean {
    return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(reference) || reference.startsWith('//')
}

/** The base of relative links: the context URL (resolved against the request URL), else the request URL. */
function baseUrlOf(tenant: UrlParts, requestUrl: string, contextUrl: string | null): NextLinkResolution {
    if (!parseAbsoluteUrl(requestUrl)) return { ok: false, reason: 'current URL is not absolute' }
    if (typeof contextUrl !== 'string' || contextUrl.trim() === '' || /[\s\\]/.test(contextUrl))
        return { ok: true, url: requestUrl }
    const context = joinUrl(tenant, requestUrl, contextUrl)
    return context.ok ? context : { ok: false, reason: `@odata.context: ${context.reason}` }
}

/**
 * `reference` on the tenant's origin: absolute (only to the tenant itself), rooted, a query alone
 * (the base's path), or relative to the base's directory (RFC 3986 §5.2; the base's query and
 * fragment, such as a context URL's `$metadata#…`, play no part).
 */
function joinUrl(tenant: UrlParts, baseUrl: string, reference: string): NextLinkResolution {
    if (isAbsoluteReference(reference)) return absoluteNextLink(tenant, reference)
    const base = parseAbsoluteUrl(baseUrl)
    if (!base) return { ok: false, reason: 'current URL is not absolute' }
    if (originOf(base) !== originOf(tenant))
        return { ok: false, reason: `nextLink leaves the tenant (${originOf(base)})` }
    if (reference.startsWith('/')) return { ok: true, url: originOf(tenant) + reference }
    if (reference.startsWith('?')) return { ok: true, url: originOf(tenant) + (base.path || '/') + reference }
    const dir = base.path.slice(0, base.path.lastIndexOf('/') + 1) || '/'
    return { ok: true, url: originOf(tenant) + dir + reference }
}

function absoluteNextLink(tenant: UrlParts, nextLink: string): NextLinkResolution {
    const parts = parseAbsoluteUrl(nextLink.startsWith('//') ? tenant.scheme + ':' + nextLink : nextLink)
    if (!parts) return { ok: false, reason: 'nextLink is not a valid URL' }
    if (parts.userinfo !== null || originOf(parts) !== originOf(tenant)) {
        return { ok: false, reason: `nextLink leaves the tenant (${originOf(parts)})` }
    }
    return { ok: true, url: originOf(tenant) + (parts.path || '/') + (parts.query !== null ? '?' + parts.query : '') }
}

/** Remembers the links followed in one read, so a server that sends the same nextLink twice is caught. */
export class NextLinkLoopDetector {
    private readonly seen = new Set<string>()

    /** False when this URL was already requested in this read. */
    visit(url: string): boolean {
        if (this.seen.has(url)) return false
        this.seen.add(url)
        return true
    }
}
