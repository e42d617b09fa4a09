/**
 * How the emulator writes `@odata.nextLink`. OData lets a server send it relative (JSON format
 * 4.01 §4.4): relative to the payload's `@odata.context`, i.e. the service root
 * (`CompanyFinanceSet(Company='20')/CodeAArray?$skiptoken=5`), or as an absolute path. A client
 * resolving against the request URL's directory instead breaks on navigation paths; the
 * `context-relative` style catches that.
 */
export type NextLinkStyle = 'absolute' | 'context-relative' | 'absolute-path'

const NEXT_LINK_STYLES: readonly NextLinkStyle[] = ['absolute', 'context-relative', 'absolute-path']

export function isNextLinkStyle(value: unknown): value is NextLinkStyle {
    return typeof value === 'string' && (NEXT_LINK_STYLES as readonly string[]).includes(value)
}

/** The link to `rawPath?query` (rawPath from the host on, under `<root><Projection>.svc/`) in `style`. */
export function nextLinkIn(style: NextLinkStyle, link: { baseUrl: string; rawPath: string; query: string }): string {
    const { baseUrl, rawPath, query } = link
    if (style === 'absolute') return `${baseUrl}${rawPath}?${query}`
    if (style === 'absolute-path') return `${rawPath}?${query}`
    return `${rawPath.slice(rawPath.indexOf('.svc/') + 5)}?${query}`
}
