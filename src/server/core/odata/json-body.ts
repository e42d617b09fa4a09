/**
 * Reading an HTTP body as the JSON object an OData service promises, refusing what only looks like
 * one. Pure TypeScript (runs on the instance): a UTF-8 byte-order mark is dropped; a body that is
 * still compressed, declared as something other than JSON (an HTML login or proxy page), not an
 * object, or that names a top-level key twice is refused with the reason. JSON.parse keeps the
 * last of duplicated keys, so `{"value":[...rows],"value":[]}` would otherwise read as an empty page.
 */
export type JsonObjectRead = { ok: true; value: Record<string, unknown> } | { ok: false; problem: string }

const BOM = '\ufeff'

/** The body without a leading byte-order mark (decoded as U+FEFF, or as its three UTF-8 bytes read as Latin-1). */
export function stripBom(body: string): string {
    if (body.startsWith(BOM)) return body.slice(1)
    if (body.startsWith('\u00ef\u00bb\u00bf')) return body.slice(3)
    return body
}

/**
 * Whether a Content-Type names JSON: `application/json`, `application/<x>+json`, with any
 * parameters (`;odata.metadata=minimal`). An absent header is accepted (the body decides).
 */
export function isJsonContentType(contentType: string | undefined): boolean {
    if (contentType === undefined || contentType.trim() === '') return true
    const media = contentType.split(';')[0].trim().toLowerCase()
    return media === 'application/json' || (media.startsWith('application/') && media.endsWith('+json'))
}

/** What a body that is not JSON text looks like, for the failure message; null when it may be JSON. */
function notJsonText(body: string): string | null {
    if (
        body.charCodeAt(0) === 0x1f &&
        (body.length < 2 || body.charCodeAt(1) === 0x8b || body.charCodeAt(1) === 0xfffd)
    )
        return 'the body is compressed (gzip) and the HTTP layer did not decode it'
    const head = body.slice(0, 200).trimStart().toLowerCase()
    if (head.startsWith('<')) return 'the body is HTML or XML, not JSON'
    return null
}

/**
 * The first key named twice among the top-level members of a JSON object text, or null. Walks only
 * the structure (strings and brackets, by indexOf and a sticky scan), so it costs one pass with no
 * allocation per nested value; call it on text JSON.parse accepted.
 */
export function duplicateTopLevelKey(text: string): string | null {
    const seen: Record<string, true> = {}
    const special = /["[\]{}]/g
    let depth = 0
    let i = 0
    for (;;) {
        special.lastIndex = i
        const m = special.exec(text)
        if (m === null) return null
        const at = m.index
        const c = text[at]
        if (c === '"') {
            const end = closingQuote(text, at + 1)
            if (end < 0) return null
            const key = depth === 1 ? keyEndingAt(text, at, end) : null
            if (key !== null) {
                if (seen[key] === true) return key
                seen[key] = true
            }
            i = end + 1
            continue
        }
        if (c === '{' || c === '[') depth++
        else depth--
        i = at + 1
    }
}

/** The string between the quotes at `open` and `close` when it is a member's key (a colon follows), else null. */
function keyEndingAt(text: string, open: number, close: number): string | null {
    let j = close + 1
    while (j < text.length && isSpace(text.charCodeAt(j))) j++
    if (text[j] !== ':') return null
    const raw = text.slice(open + 1, close)
    return raw.indexOf('\\') >= 0 ? decodeJsonString(raw) : raw
}

function isSpace(c: number): boolean {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
}

/** Index of the quote that ends a string starting at `from`, or -1. */
function closingQuote(text: string, from: number): number {
    let i = from
    for (;;) {
        const q = text.indexOf('"', i)
        if (q < 0) return -1
        let backslashes = 0
        for (let k = q - 1; k >= from && text[k] === '\\'; k--) backslashes++
        if (backslashes % 2 === 0) return q
        i = q + 1
    }
}

function decodeJsonString(raw: string): string {
    try {
        return JSON.parse('"' + raw + '"') as string
    } catch {
        return raw
    }
}

/** The body as a JSON object, or why it is not one (the reasons name what was received, never its content). */
export function readJsonObject(body: string, contentType: string | undefined): JsonObjectRead {
    const text = stripBom(body)
    const odd = notJsonText(text)
    if (odd !== null) return { ok: false, problem: odd }
    if (!isJsonContentType(contentType)) {
        const media = (contentType ?? '').split(';')[0].trim().slice(0, 60)
        return { ok: false, problem: `the answer is declared as ${media}, not JSON` }
    }
    let json: unknown
    try {
        json = JSON.parse(text)
    } catch {
        return { ok: false, problem: text.trim() === '' ? 'the body is empty' : 'the body is not JSON' }
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return { ok: false, problem: 'the body is not a JSON object' }
    const twice = duplicateTopLevelKey(text)
    if (twice !== null)
        return {
            ok: false,
            problem: `the body names "${twice.slice(0, 60)}" twice at the top level, so it cannot be read safely`,
        }
    return { ok: true, value: json as Record<string, unknown> }
}
