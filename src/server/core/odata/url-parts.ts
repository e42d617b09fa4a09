/**
 * A minimal absolute-URL parser: the instance has no URL class, and the checks on tenant URLs
 * and nextLinks must see exactly the parts a server would (user info, host, port, path).
 */
export interface UrlParts {
    /** Lower case. */
    scheme: string
    userinfo: string | null
    /** Lower case; IPv6 literals keep their brackets. */
    host: string
    port: string | null
    /** As written, '' when absent. */
    path: string
    query: string | null
    fragment: string | null
}

const ABSOLUTE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/

export function parseAbsoluteUrl(text: string): UrlParts | null {
    const m = ABSOLUTE.exec(text)
    if (!m) return null
    let authority = m[2]
    let userinfo: string | null = null
    const at = authority.lastIndexOf('@')
    if (at >= 0) {
        userinfo = authority.slice(0, at)
        authority = authority.slice(at + 1)
    }
    let host = authority
    let port: string | null = null
    if (authority.startsWith('[')) {
        const close = authority.indexOf(']')
        if (close < 0) return null
        host = authority.slice(0, close + 1)
        const rest = authority.slice(close + 1)
        if (rest !== '') {
            if (!rest.startsWith(':')) return null
            port = rest.slice(1)
        }
    } else {
        const colon = authority.lastIndexOf(':')
        if (colon >= 0) {
            host = authority.slice(0, colon)
            port = authority.slice(colon + 1)
        }
    }
    return {
        scheme: m[1].toLowerCase(),
        userinfo,
        host: host.toLowerCase(),
        port,
        path: m[3],
        query: m[4] ?? null,
        fragment: m[5] ?? null,
    }
}

/** `https://host[:port]`, with the default port left out, so equal origins compare equal. */
export function originOf(parts: UrlParts): string {
    const defaultPort = parts.scheme === 'https' ? '443' : parts.scheme === 'http' ? '80' : ''
    const port = parts.port && parts.port !== defaultPort ? ':' + parts.port : ''
    return `${parts.scheme}://${parts.host}${port}`
}

/** The path of a URL without query or fragment, for audit rows and error messages (no secrets). */
export function pathOf(url: string): string {
    const parts = parseAbsoluteUrl(url)
    if (parts) return parts.path || '/'
    const cut = url.search(/[?#]/)
    return cut >= 0 ? url.slice(0, cut) : url
}

/** Whether a URL carries user info (`user:password@host`), by this parser's reading and a browser's. */
export function hasUserInfo(text: string): boolean {
    const parts = parseAbsoluteUrl(text.trim())
    if (parts && parts.userinfo !== null) return true
    // A browser reads `\` as `/` and stops the authority at it; either way an `@` there is user info.
    const authority = /^[A-Za-z][A-Za-z0-9+.-]*:[\\/]+([^/\\?#]*)/.exec(text.trim())
    return authority !== null && authority[1].includes('@')
}

/**
 * A URL as it may be printed (ping, errors, status): any user info is replaced by `***`, so a
 * password pasted into a URL never reaches a screen, a log or a record. Text that is not a URL
 * passes unchanged apart from the same replacement wherever `scheme://…@` occurs in it.
 */
export function displayUrl(text: string): string {
    const s = String(text)
    if (s.indexOf('@') < 0) return s
    // Linear on purpose: one regular expression for "scheme://userinfo@" backtracks quadratically
    // on a long run of letters (a 30 MB value in a flag payload took minutes).
    const separator = /:[\\/]{2,}/g
    let out = ''
    let from = 0
    for (let m = separator.exec(s); m !== null; m = separator.exec(s)) {
        if (!hasSchemeBefore(s, m.index)) continue
        const authority = m.index + m[0].length
        let end = authority
        while (end < s.length && !AUTHORITY_END.test(s[end])) end++
        const at = s.lastIndexOf('@', end - 1)
        if (at >= authority) {
            out += s.slice(from, authority) + '***'
            from = at
        }
        separator.lastIndex = Math.max(end, separator.lastIndex)
    }
    return out + s.slice(from)
}

const AUTHORITY_END = /[/\\?#\s"'<>]/
const SCHEME_CHAR = /[A-Za-z0-9+.-]/
const LETTER = /[A-Za-z]/
/** A URL scheme (a letter, then letters, digits, `+`, `.`, `-`; at most 64) ends right before `colon`. */
function hasSchemeBefore(s: string, colon: number): boolean {
    for (let i = colon - 1; i >= 0 && colon - i <= 64 && SCHEME_CHAR.test(s[i]); i--) if (LETTER.test(s[i])) return true
    return false
}

/**
 * A URL as shown in a message: scheme, host, port and path, never the user info (it may hold a
 * password), the query or the fragment. Text that is not an absolute URL is cut at `?`/`#` and
 * anything up to an `@` is dropped, so a malformed setting cannot leak its credentials either.
 */
export function endpointForMessage(url: string): string {
    const parts = parseAbsoluteUrl(url)
    if (parts) {
        const port = parts.port !== null && parts.port !== '' ? ':' + parts.port : ''
        return `${parts.scheme}://${parts.host}${port}${parts.path}`
    }
    const cut = url.search(/[?#]/)
    const head = cut >= 0 ? url.slice(0, cut) : url
    return head.slice(head.lastIndexOf('@') + 1)
}
