/**
 * How the emulated database compares text. IFS runs on Oracle (binary comparison by default); a
 * server on SQL Server's default collation (`..._CI_AS`) compares case-insensitively and ignores
 * trailing spaces, in `$filter` and in `$orderby` alike. The engine must lose no row either way.
 */
export type Collation = 'binary' | 'case-insensitive'

export const COLLATIONS: readonly Collation[] = ['binary', 'case-insensitive']

export function isCollation(value: unknown): value is Collation {
    return typeof value === 'string' && (COLLATIONS as readonly string[]).includes(value)
}

/** Text as the collation sees it. */
function collated(text: string, collation: Collation): string {
    return collation === 'binary' ? text : text.replace(/ +$/, '').toLowerCase()
}

/**
 * <0, 0 or >0, by Unicode code point (Oracle's binary order on UTF-8; JavaScript's `<` compares
 * UTF-16 units and puts emoji before U+E000..U+FFFF). Under `case-insensitive`, `'PO-1'`, `'po-1'`
 * and `'PO-1 '` compare equal.
 */
export function compareText(a: string, b: string, collation: Collation): number {
    const x = collated(a, collation)
    const y = collated(b, collation)
    if (x === y) return 0
    const n = Math.min(x.length, y.length)
    for (let i = 0; i < n; i++) {
        const cx = x.charCodeAt(i)
        const cy = y.charCodeAt(i)
        if (cx !== cy) return codePointRank(cx) - codePointRank(cy)
    }
    return x.length - y.length
}

/** Surrogates (code points above U+FFFF) rank after U+E000..U+FFFF. */
function codePointRank(unit: number): number {
    if (unit >= 0xe000) return unit - 0x800
    return unit >= 0xd800 ? unit + 0x2000 : unit
}
