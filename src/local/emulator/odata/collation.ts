/**
 * How the emulated database compares text. IFS runs on Oracle (binary comparison by default); a
 * server on SQL Server's default collation (`..._CI_AS`) compares case-insensitively and ignores
 * trailing spaces, in `$filter` and in `$orderby` alike. The engine must lose no row either way.
 */
export type Collation = 'binary' | 'case-insensitive'

const COLLATIONS: readonly Collation[] = ['binary', 'case-insensitive']

export function isCollation(value: unknown): value is Collation {
    return typeof value === 'string' && (COLLATIONS as readonly string[]).includes(value)
}

/** Text as the collation sees it. */
function collated(text: string, collation: Collation): string {
    return collation === 'binary' ? text : text.replace(/ +$/, '').toLowerCase()
}

/**
 * <0, 0 or >0: the UTF-8 bytes compared, i.e. Unicode code point order (Oracle's binary order on
 * AL32UTF8; JavaScript's `<` compares UTF-16 units and puts emoji before U+E000..U+FFFF). Under
 * `case-insensitive`, `'PO-1'`, `'po-1'` and `'PO-1 '` compare equal.
 */
export function compareText(a: string, b: string, collation: Collation): number {
    const x = collated(a, collation)
    const y = collated(b, collation)
    if (x === y) return 0
    let i = 0
    while (i < x.length && i < y.length && x.charCodeAt(i) === y.charCodeAt(i)) i++
    if (i === x.length || i === y.length) return x.length - y.length
    // Below the surrogates UTF-16 units are code points; from there on the bytes decide.
    if (x.charCodeAt(i) < 0xd800 && y.charCodeAt(i) < 0xd800) return x.charCodeAt(i) - y.charCodeAt(i)
    // Never cut a surrogate pair: a lone half would encode as U+FFFD on both sides.
    const from = i > 0 && (x.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? i - 1 : i
    return Buffer.compare(Buffer.from(x.slice(from), 'utf8'), Buffer.from(y.slice(from), 'utf8'))
}
