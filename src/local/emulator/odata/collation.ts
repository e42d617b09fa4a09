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

/** -1, 0 or 1; under `case-insensitive`, `'PO-1'`, `'po-1'` and `'PO-1 '` compare equal. */
export function compareText(a: string, b: string, collation: Collation): number {
    const x = collated(a, collation)
    const y = collated(b, collation)
    return x < y ? -1 : x > y ? 1 : 0
}
