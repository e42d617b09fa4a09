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

type HostRule = {
    fails: (parts: UrlParts, suffix: string) => boolean
    reason: (parts: UrlParts, suffix: string) => string
}

const validPort = (port: string) => /^[0-9]{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535

/** The host checks shared by the tenant URL and the token URL, in order: the first that fails is the reason. */
const HOST_RULES: readonly HostRule[] = [
    { fails: (p) => p.scheme !== 'https', reason: () => 'must start with https://' },
    { fails: (p) => p.userinfo !== null, reason: () => 'must not contain a user name or password (user@host)' },
    {
        fails: (p) => p.host.startsWith('[') || p.host.includes(':'),
        reason: () => 'must name a host, not an IPv6 address',
    },
    { fails: (p) => IPV4ISH.test(p.host), reason: () => 'must name a host, not an IP address' },
    {
        fails: (p) => !p.host.split('.').every((l) => LABEL.test(l)),
        reason: (p) => `host "${p.host}" is not a valid DNS name`,
    },
    {
        fails: (p, suffix) => !p.host.endsWith('.' + suffix),
        reason: (p, suffix) => `host "${p.host}" is not under the allowed suffix "${suffix}"`,
    },
    { fails: (p) => p.port !== null && !validPort(p.port), reason: () => 'has an invalid port' },
    { fails: (p) => p.query !== null || p.fragment !== null, reason: () => 'must not contain ? or #' },
]

type OriginCheck = { ok: true; parts: UrlParts } | { ok: false; reason: string }

/**
 * What the tenant URL and a token URL override both pass: a valid allowed suffix, no spaces,
 * backslashes or escapes, an absolute URL (`notAbsolute` says what to write instead), and the
 * host rules.
 */
function checkOrigin(raw: string, allowedSuffix: string, notAbsolute: string): OriginCheck {
    const suffix = checkHostSuffix(allowedSuffix)
    if (!suffix.ok) return { ok: false, reason: `allowed host suffix ${suffix.reason}` }
    const text = raw.trim()
    if (/[\\\s%]/.test(text)) return { ok: false, reason: 'must not contain spaces, backslashes or % escapes' }
    const parts = parseAbsoluteUrl(text)
    if (!parts) return { ok: false, reason: notAbsolute }
    const broken = HOST_RULES.find((rule) => rule.fails(parts, suffix.suffix))
    return broken ? { ok: false, reason: broken.reason(parts, suffix.suffix) } : { ok: true, parts }
}

/**
 * The tenant URL: `https://<tenant>.<suffix>` and nothing else (no path, query, user info or IP
 * literal), so that no setting can point the connector's token and data requests elsewhere.
 * Returns the normalised origin without a trailing slash.
 */
export function checkTenantUrl(raw: string, allowedSuffix: string): UrlCheck {
    const origin = checkOrigin(raw, allowedSuffix, 'is not an absolute URL like https://<tenant>.ifs.cloud')
    if (!origin.ok) return origin
    const { parts } = origin
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
    const origin = checkOrigin(raw, allowedSuffix, 'is not an absolute https URL')
    if (!origin.ok) return origin
    const { parts } = origin
    const segments = parts.path.split('/')
    if (segments.some((s) => s === '.' || s === '..') || parts.path.includes('//')) {
        return { ok: false, reason: 'must not contain dot segments or empty path segments' }
    }
    if (parts.path === '' || parts.path === '/') return { ok: false, reason: 'must include the token endpoint path' }
    return { ok: true, url: originOf(parts) + parts.path }
}
