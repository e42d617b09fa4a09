/**
 * Last line of defence for secrets: every text that leaves the core (audit rows, run messages,
 * flags, logs, errors) passes through scrub(). Secrets are registered the moment they are known
 * (access tokens by the token manager; the client secret by the Node token source).
 *
 * A server that echoes a secret seldom echoes it raw, so every registered secret is matched in
 * each encoding a server plausibly writes, character by character and in any mix: raw,
 * percent-encoded (upper- or lower-case hex, `+` for a space, doubly encoded `%25XX`),
 * JSON-escaped (`\"`, `\\`, `\/`, `\n`..., `\uXXXX` including surrogate pairs), HTML entities,
 * and base64 / base64url (alone, or inside `client_id:secret` as HTTP Basic sends it). Letters
 * and digits are taken as written: no encoder escapes them.
 *
 * Length: a secret of any length is registered. One shorter than SHORT_SECRET_LENGTH is scrubbed
 * only where it stands as a whole token (no letter or digit right before or after it): a
 * one-character token must not blank out that letter in every word, and a short value inside a
 * longer word is not that value. Known contexts (Bearer and Basic credentials, `client_secret=`,
 * `"access_token": "..."`) are scrubbed whatever their value and length.
 *
 * Cost: the patterns of all secrets are compiled once into one regular expression (rebuilt only
 * when a secret is added), so a text is scanned once however many secrets are known; a text
 * without any secret's longest run of letters and digits is not scanned by it at all.
 * Platform-safe: no Buffer, TextEncoder or btoa; UTF-8 and base64 are encoded here.
 */
import { displayUrl } from '../odata/url-parts'

export class Redactor {
    private readonly secrets = new Set<string>()
    private dirty = false
    /** Secrets of SHORT_SECRET_LENGTH or more, in any encoding, anywhere. */
    private long: RegExp | null = null
    /** Shorter secrets, in any encoding, as whole tokens; group 1 is the character before. */
    private short: RegExp | null = null
    /** Literal fragments (base64 forms) replaced with split/join, longest first. */
    private literals: string[] = []
    /** A literal run every encoded form of a secret contains ('' when it has none), per regex. */
    private longProbes: string[] = []
    private shortProbes: string[] = []

    register(secret: string): void {
        if (typeof secret !== 'string' || secret === '' || this.secrets.has(secret)) return
        this.secrets.add(secret)
        this.dirty = true
    }

    scrub(text: string): string {
        let out = String(text)
        if (this.secrets.size > 0) {
            if (this.dirty) this.rebuild()
            if (this.long !== null && mayContain(out, this.longProbes)) out = out.replace(this.long, '***')
            if (this.short !== null && mayContain(out, this.shortProbes)) out = out.replace(this.short, '$1***')
            for (const l of this.literals) if (out.includes(l)) out = out.split(l).join('***')
        }
        // Credentials in known contexts, whether or not they were registered; no URL's user info.
        return displayUrl(out)
            .replace(/(Bearer(?:\s|%20|\+)+)[A-Za-z0-9\-._~+/%]+=*/gi, '$1***')
            .replace(/(Basic(?:\s|%20|\+)+)([A-Za-z0-9\-_+/%]+=*)/gi, (m: string, lead: string, cred: string) =>
                looksLikeCredential(cred) ? `${lead}***` : m
            )
            .replace(/((?:client_secret|access_token|refresh_token|id_token|password)(?:=|%3D))[^&\s"'<>]+/gi, '$1***')
            .replace(
                /("(?:access_token|client_secret|refresh_token|id_token|password)"\s*:\s*")(?:[^"\\]|\\.)*"/gi,
                '$1***"'
            )
            .replace(
                /(\\"(?:access_token|client_secret|refresh_token|id_token|password)\\"\s*:\s*\\")[^"]*?\\"/gi,
                '$1***\\"'
            )
    }

    private rebuild(): void {
        const sorted = [...this.secrets].sort((a, b) => b.length - a.length)
        const long: string[] = []
        const short: string[] = []
        const literals = new Set<string>()
        this.longProbes = []
        this.shortProbes = []
        for (const s of sorted) {
            if (s.length >= SHORT_SECRET_LENGTH) {
                long.push(encodedPattern(s))
                this.longProbes.push(longestAlnumRun(s))
            } else {
                short.push(encodedPattern(s))
                this.shortProbes.push(longestAlnumRun(s))
            }
            for (const b of base64Fragments(s)) literals.add(b)
        }
        this.long = long.length > 0 ? new RegExp(long.join('|'), 'g') : null
        // The character before is captured and given back (no lookbehind on the instance); the one
        // after is checked with a lookahead.
        this.short = short.length > 0 ? new RegExp(`(^|[^A-Za-z0-9])(?:${short.join('|')})(?![A-Za-z0-9])`, 'g') : null
        this.literals = [...literals].sort((a, b) => b.length - a.length)
        this.dirty = false
    }
}

function mayContain(text: string, probes: readonly string[]): boolean {
    for (const p of probes) if (p === '' || text.includes(p)) return true
    return false
}

/** A Basic credential, not the word after "Basic" in a sentence ("Basic authentication failed"). */
function looksLikeCredential(cred: string): boolean {
    return /[0-9+/=%_-]/.test(cred) || /[A-Z]/.test(cred.slice(1))
}

/** Below this length a secret is scrubbed only as a whole token (see the class comment). */
const SHORT_SECRET_LENGTH = 6

/** Shortest base64 fragment worth replacing on its own (shorter ones match ordinary words). */
const MIN_BASE64_FRAGMENT = 6

const ALNUM = /[A-Za-z0-9]/

function longestAlnumRun(s: string): string {
    // Exact, not a heuristic: every encoded form keeps letters and digits as written.
    let best = ''
    for (const r of s.split(/[^A-Za-z0-9]+/)) if (r.length > best.length) best = r
    return best
}

/** Regex source matching `s` with each character raw or in any of its encodings. */
function encodedPattern(s: string): string {
    let out = ''
    for (const ch of codePoints(s)) {
        if (ALNUM.test(ch)) out += ch
        else out += `(?:${charForms(ch).join('|')})`
    }
    return out
}

/** Each code point of `s` as a string: a surrogate pair together, a lone surrogate alone. */
function codePoints(s: string): string[] {
    const out: string[] = []
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i)
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1)
            if (d >= 0xdc00 && d <= 0xdfff) {
                out.push(s.slice(i, i + 2))
                i++
                continue
            }
        }
        out.push(s[i])
    }
    return out
}

/** The code point of one of codePoints' items; a lone surrogate is U+FFFD, as encoders write it. */
function scalarValue(ch: string): number {
    const cp = ch.codePointAt(0) as number
    return cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp
}

/** Case-insensitive hex digits as a regex: `2f` → `2[fF]`. */
function hexPattern(hex: string): string {
    let out = ''
    for (const h of hex) out += /[a-f]/i.test(h) ? `[${h.toLowerCase()}${h.toUpperCase()}]` : h
    return out
}

function hex(n: number, width: number): string {
    let s = n.toString(16)
    while (s.length < width) s = '0' + s
    return s
}

function escapeRegex(s: string): string {
    return s.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&')
}

const JSON_SHORT: Readonly<Record<string, string>> = {
    '"': '\\"',
    '\\': '\\\\',
    '/': '\\/',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f',
}

/** The characters JSON.stringify escapes in a string that is already JSON text. */
function jsonEscape(s: string): string {
    return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
}

const HTML_NAMED: Readonly<Record<string, string>> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
}

/** Every way one non-alphanumeric character is written by URL, form, JSON and HTML encoders. */
function charForms(ch: string): string[] {
    const forms = new Set<string>([escapeRegex(ch)])
    const bytes = utf8Bytes(ch)
    // Percent-encoding (either hex case), and the same doubly encoded.
    forms.add(bytes.map((b) => '%' + hexPattern(hex(b, 2))).join(''))
    forms.add(bytes.map((b) => '%25' + hexPattern(hex(b, 2))).join(''))
    if (ch === ' ') forms.add('\\+')
    // JSON string escapes, and the same escaped again (a JSON document quoted inside a JSON string).
    const units: number[] = []
    for (let i = 0; i < ch.length; i++) units.push(ch.charCodeAt(i))
    if (JSON_SHORT[ch]) {
        forms.add(escapeRegex(JSON_SHORT[ch]))
        forms.add(escapeRegex(jsonEscape(JSON_SHORT[ch])))
    }
    for (const lead of ['\\', '\\\\'])
        forms.add(units.map((u) => escapeRegex(lead) + 'u' + hexPattern(hex(u, 4))).join(''))
    // HTML: named, decimal and hex character references.
    if (HTML_NAMED[ch]) forms.add(escapeRegex(HTML_NAMED[ch]))
    const cp = ch.codePointAt(0) as number
    forms.add(`&#0*${cp};`)
    forms.add(`&#[xX]0*${hexPattern(cp.toString(16))};`)
    return [...forms]
}

/** UTF-8 bytes of a string (lone surrogates as U+FFFD, as encoders do). */
export function utf8Bytes(s: string): number[] {
    const out: number[] = []
    for (const ch of codePoints(s)) {
        const cp = scalarValue(ch)
        if (cp < 0x80) out.push(cp)
        else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63))
        else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
        else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
    }
    return out
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Standard base64 without padding. */
export function base64(bytes: readonly number[]): string {
    let out = ''
    for (let i = 0; i < bytes.length; i += 3) {
        const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
        const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2
        for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63]
    }
    return out
}

/**
 * The base64 characters determined by the secret alone, wherever its bytes sit in an encoded
 * stream (three alignments: alone, or after `client_id:` in a Basic credential), in standard and
 * URL-safe alphabets, of the raw and the form-encoded secret (RFC 6749 §2.3.1 encodes first).
 */
export function base64Fragments(secret: string): string[] {
    const out = new Set<string>()
    const sources = new Set([secret, uriComponentEncode(secret), formEncode(secret)])
    for (const source of sources) {
        const bytes = utf8Bytes(source)
        for (let pad = 0; pad < 3; pad++) {
            const padded = [...new Array<number>(pad).fill(0), ...bytes]
            const encoded = base64(padded)
            const first = Math.ceil((8 * pad) / 6)
            const end = Math.floor((8 * (pad + bytes.length)) / 6)
            const fragment = encoded.slice(first, end)
            if (fragment.length < MIN_BASE64_FRAGMENT) continue
            out.add(fragment)
            out.add(fragment.replace(/\+/g, '-').replace(/\//g, '_'))
        }
    }
    return [...out]
}

/** Percent-encodes every UTF-8 byte of `s` except the ASCII characters `keep` matches. */
function percentEncode(s: string, keep: RegExp): string {
    let out = ''
    for (const b of utf8Bytes(s)) {
        const c = String.fromCharCode(b)
        out += b < 0x80 && keep.test(c) ? c : '%' + hex(b, 2).toUpperCase()
    }
    return out
}

/** encodeURIComponent, without its URIError on a lone surrogate. */
export function uriComponentEncode(s: string): string {
    return percentEncode(s, /[A-Za-z0-9\-_.!~*'()]/)
}

/** application/x-www-form-urlencoded as browsers and URLSearchParams write it. */
export function formEncode(s: string): string {
    return percentEncode(s, /[A-Za-z0-9\-_.* ]/).replace(/ /g, '+')
}
