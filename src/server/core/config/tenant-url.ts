import { originOf, parseAbsoluteUrl } from '../odata/url-parts'
import type { UrlParts } from '../odata/url-parts'

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string }

const LABEL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/
const IPV4ISH = /^[0-9.]+$|^0x/i

/** A DNS suffix such as `ifs.cloud`: at least two labels, the last one not numeric. */
export function checkHostSuffix(suffix: string): { ok: true; suffix: string } | { ok: false; reason: string } {
    const s = suffix.trim().toLowerCase().replace(/^\./, '')
    const labels = s.split('.')
    if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^[0-9]+$/.test(labels[labels.length - 1])) {
        return { ok: false, reason: `"${suffix}" is not a DNS suffix like ifs.cloud` }
    }
    return { ok: true, suffix: s }
}

/** The host checks shared by the tenant URL and the token URL. */
function checkOriginParts(parts: UrlParts, suffix: string): string | null {
    if (parts.scheme !== 'https') return 'must start with https://'
    if (parts.userinfo !== null) return 'must not contain a user name or password (user@host)'
    if (parts.host.startsWith('[') || parts.host.includes(':')) return 'must name a host, not an IPv6 address'
    if (IPV4ISH.test(parts.host)) return 'must name a host, not an IP address'
    const labels = parts.host.split('.')
    if (!labels.every((l) => LABEL.test(l))) return `host "${parts.host}" is not a valid DNS name`
    if (!parts.host.endsWith('.' + suffix)) return `host "${parts.host}" is not under the allowed suffix "${suffix}"`
    if (parts.port !== null && !/^[0-9]{1,5}$/.test(parts.port)) return 'has an invalid port'
    if (parts.port !== null && (Number(parts.port) < 1 || Number(parts.port) > 65535)) return 'has an invalid port'
    if (parts.query !== null || parts.fragment !== null) return 'must not contain ? or #'
    return null
}

/**
 * The tenant URL: `https://<tenant>.<suffix>` and nothing else (no path, query, user info or IP
 * literal), so that no setting can point the connector's token and data requests elsewhere.
 * Returns the normalised origin without a trailing slash.
 */
export function checkTenantUrl(raw: string, allowedSuffix: string): UrlCheck {
    const suffix = checkHostSuffix(allowedSuffix)
    if (!suffix.ok) return { ok: false, reason: `allowed host suffix ${suffix.reason}` }
    const text = raw.trim()
    if (/[\\\s%]/.test(text)) return { ok: false, reason: 'must not contain spaces, backslashes or % escapes' }
    const parts = parseAbsoluteUrl(text)
    if (!parts) return { ok: false, reason: 'is not an absolute URL like https://<tenant>.ifs.cloud' }
    const problem = checkOriginParts(parts, suffix.suffix)
    if (problem) return { ok: false, reason: problem }
    if (parts.path !== '' && parts.path !== '/')
        return { ok: false, reason: 'must not have a path (only https://<tenant>.<suffix>)' }
    return { ok: true, url: originOf(parts) }
}

/** `<tenant>/auth/realms/<realm>/protocol/openid-connect/token`, the realm percent-encoded. */
export function defaultTokenUrl(tenantUrl: string, realm: string): string {
    return `${tenantUrl}/auth/realms/${encodeURIComponent(realm)}/protocol/openid-connect/token`
}

/** A token URL override passes the same host checks, with a plain path (no dot segments). */
export function checkTokenUrl(raw: string, allowedSuffix: string): UrlCheck {
    const suffix = checkHostSuffix(allowedSuffix)
    if (!suffix.ok) return { ok: false, reason: `allowed host suffix ${suffix.reason}` }
    const text = raw.trim()
    if (/[\\\s%]/.test(text)) return { ok: false, reason: 'must not contain spaces, backslashes or % escapes' }
    const parts = parseAbsoluteUrl(text)
    if (!parts) return { ok: false, reason: 'is not an absolute https URL' }
    const problem = checkOriginParts(parts, suffix.suffix)
    if (problem) return { ok: false, reason: problem }
    const segments = parts.path.split('/')
    if (segments.some((s) => s === '.' || s === '..') || parts.path.includes('//')) {
        return { ok: false, reason: 'must not contain dot segments or empty path segments' }
    }
    if (parts.path === '' || parts.path === '/') return { ok: false, reason: 'must include the token endpoint path' }
    return { ok: true, url: originOf(parts) + parts.path }
}
