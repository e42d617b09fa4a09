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
 * Resolves `@odata.nextLink` against the URL that returned it. Absolute links must stay on the
 * tenant's origin (a link elsewhere would receive our bearer token); relative links resolve like
 * a browser would, without dot segments.
 */
export function resolveNextLink(tenantUrl: string, currentUrl: string, nextLink: string): NextLinkResolution {
    if (typeof nextLink !== 'string' || nextLink.trim() === '') return { ok: false, reason: 'nextLink is empty' }
    if (/[\s\\]/.test(nextLink)) return { ok: false, reason: 'nextLink contains spaces or backslashes' }
    const tenant = parseAbsoluteUrl(tenantUrl)
    if (!tenant) return { ok: false, reason: 'tenant URL is not absolute' }
    const joined = joinNextLink(tenant, currentUrl, nextLink)
    if (!joined.ok) return joined
    const hash = joined.url.indexOf('#')
    const resolved = hash >= 0 ? joined.url.slice(0, hash) : joined.url
    const path = parseAbsoluteUrl(resolved)?.path ?? ''
    if (path.split('/').some((s) => s === '.' || s === '..' || s.toLowerCase() === '%2e%2e')) {
        return { ok: false, reason: 'nextLink contains dot segments' }
    }
    return { ok: true, url: resolved }
}

/** The link on the tenant's origin: absolute (only to the tenant itself), rooted, or relative to the current URL. */
function joinNextLink(tenant: UrlParts, currentUrl: string, nextLink: string): NextLinkResolution {
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(nextLink) || nextLink.startsWith('//'))
        return absoluteNextLink(tenant, nextLink)
    if (nextLink.startsWith('/')) return { ok: true, url: originOf(tenant) + nextLink }
    const current = parseAbsoluteUrl(currentUrl)
    if (!current) return { ok: false, reason: 'current URL is not absolute' }
    const dir = current.path.slice(0, current.path.lastIndexOf('/') + 1) || '/'
    return { ok: true, url: originOf(tenant) + dir + nextLink }
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
