/**
 * Bounds on what the connector puts into a request URL, in one place. Every value that comes from
 * IFS rows or flags (supplier numbers, document keys, stamps, companies) and ends up in a `$filter`
 * or a key segment is checked against them, and every batched look-up is split so its URL stays
 * under MAX_REQUEST_URL_LENGTH. One bad value is flagged on its own row; it never makes a request
 * too large for IFS (or any proxy before it) to accept.
 */

/**
 * Longest request URL the connector sends, in characters (all ASCII once percent-encoded). 8 KB is
 * the smallest common limit of servers and proxies in front of IFS Cloud (Apache's and nginx's
 * default request line / header buffers); batched look-ups are split to stay under it.
 */
export const MAX_REQUEST_URL_LENGTH = 8192

/**
 * Longest value (UTF-16 code units) taken into a request. IFS key and code columns are short
 * (VARCHAR2(20..50)); 200 leaves room for any real one, and even 200 characters of three-byte
 * UTF-8 (1,800 percent-encoded) fit a URL several times over.
 */
export const MAX_REQUEST_VALUE_LENGTH = 200

/**
 * Why a value cannot go into a request, or null when it can: too long, a control character, or a
 * lone UTF-16 surrogate (no URL encoding exists for it). The text is for a flag's message.
 */
export function requestValueProblem(value: string): string | null {
    if (value.length > MAX_REQUEST_VALUE_LENGTH)
        return `is ${value.length} characters long; at most ${MAX_REQUEST_VALUE_LENGTH} can be sent to IFS in a query`
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i)
        if (c < 0x20 || c === 0x7f)
            return `holds a control character (U+${hex4(c)}), which cannot be sent to IFS in a query`
        if (c >= 0xd800 && c <= 0xdbff) {
            const next = i + 1 < value.length ? value.charCodeAt(i + 1) : 0
            if (next >= 0xdc00 && next <= 0xdfff) {
                i++
                continue
            }
            return 'holds a broken character (a lone UTF-16 surrogate), which cannot be sent to IFS in a query'
        }
        if (c >= 0xdc00 && c <= 0xdfff)
            return 'holds a broken character (a lone UTF-16 surrogate), which cannot be sent to IFS in a query'
    }
    return null
}

function hex4(c: number): string {
    return ('000' + c.toString(16).toUpperCase()).slice(-4)
}

/**
 * Splits items into consecutive batches whose rendered URL stays within `maxLength` (and at most
 * `maxItems` items each). `urlOf` renders the URL of a candidate batch. An item too large to go
 * even alone is returned in `tooLong` and never sent. Greedy; renders O(n) times per batch, fine
 * for the few hundred values of a page.
 */
export function splitByUrlLength<T>(
    items: readonly T[],
    urlOf: (batch: readonly T[]) => string,
    maxItems: number,
    maxLength: number = MAX_REQUEST_URL_LENGTH
): { batches: T[][]; tooLong: T[] } {
    const batches: T[][] = []
    const tooLong: T[] = []
    let current: T[] = []
    for (const item of items) {
        const candidate = [...current, item]
        if (candidate.length <= maxItems && urlOf(candidate).length <= maxLength) {
            current = candidate
            continue
        }
        if (current.length > 0) batches.push(current)
        current = []
        if (urlOf([item]).length <= maxLength) current = [item]
        else tooLong.push(item)
    }
    if (current.length > 0) batches.push(current)
    return { batches, tooLong }
}
