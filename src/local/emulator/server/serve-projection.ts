import type { IncomingMessage, ServerResponse } from 'node:http'
import { deflateSync, gzipSync } from 'node:zlib'
import type { FilterNode } from '../odata/filter-ast'
import type { EmulatorDataset } from '../dataset/emulator-dataset'
import type { EmulatorRow } from '../dataset/row'
import { OBJVERSION } from '../dataset/schemas'
import type { FaultInjector } from '../faults/fault-injector'
import type { FaultRule } from '../faults/fault-plan'
import { badRequest, ODataError } from '../odata/odata-error'
import { decodeQuery, parseQueryOptions, type QueryOptions } from '../odata/query-options'
import type { EntitySchema } from '../odata/entity-schema'
import type { EmulatorStats } from './emulator-stats'
import { sendJson, sendText } from './http-io'
import type { Target } from './resolve-target'
import { nextLinkIn, type NextLinkStyle } from './next-link-style'

/** Hard ceiling of IFS pages, whatever a client prefers. */
export const PAGE_SIZE_CEILING = 5000

export interface ProjectionContext {
    baseUrl: string
    data: EmulatorDataset
    faults: FaultInjector
    stats: EmulatorStats
    maxPageSize: number
    /** How `@odata.nextLink` is written; absolute when not given. */
    nextLinks?: NextLinkStyle
}

export interface RequestParts {
    rawPath: string
    rawQuery: string
    decodedPath: string
}

/** `W/"<stamp>"`: the set's stamp (Objversion unless its schema names another). */
const etagOf = (row: EmulatorRow, schema: EntitySchema): string => `W/"${String(row[schema.stamp ?? OBJVERSION])}"`

function contextUrl(ctx: ProjectionContext, parts: RequestParts, target: Target): string {
    const svc = parts.rawPath.slice(0, parts.rawPath.indexOf('.svc/') + 5)
    return `${ctx.baseUrl}${svc}$metadata#${target.contextName}`
}

/** One request on a projection path: the HTTP exchange and what its path names. */
export interface ProjectionRequest {
    req: IncomingMessage
    res: ServerResponse
    /** The request's body (read before routing; PATCH uses it). */
    body: string
    parts: RequestParts
    target: Target
}

/** Where one page starts and how many rows it may hold. */
interface PageWindow {
    opts: QueryOptions
    /** The client's `odata.maxpagesize`, null when it did not ask. */
    preferred: number | null
    pageSize: number
    /** Rows `$top` still allows, counting those served by earlier pages. */
    remaining: number
    limit: number
    offset: number
}

/** The body faults fired for one page, looked up by kind. */
type FiredFaults = <K extends FaultRule['kind']>(kind: K) => Extract<FaultRule, { kind: K }> | undefined

/** GET on a collection: one server-driven page. */
export function serveCollection(ctx: ProjectionContext, request: ProjectionRequest): void {
    const { res, parts, target } = request
    const window = pageWindow(ctx, request)
    const { opts } = window
    changeRowsAhead(ctx, request, window)
    const page = target.collection.query(opts, { offset: window.offset, limit: window.limit })
    const served = opts.skipToken + page.rows.length
    const more = page.more && served < window.remaining + opts.skipToken
    const has = pageFaults(ctx, request, more && page.rows.length > 0)
    let nextLink: string | null = null
    if (has('looping_next_link')) nextLink = ctx.baseUrl + parts.rawPath + (parts.rawQuery ? `?${parts.rawQuery}` : '')
    else if (more) {
        const query = withSkipToken(parts.rawQuery, has('repeat_row') ? served - 1 : served)
        nextLink = nextLinkIn(ctx.nextLinks ?? 'absolute', { baseUrl: ctx.baseUrl, rawPath: parts.rawPath, query })
    }

    const body: Record<string, unknown> = { '@odata.context': contextUrl(ctx, parts, target) }
    if (page.count !== null) body['@odata.count'] = page.count
    if (!has('missing_value')) body.value = page.rows.map((r) => project(r, opts.select, target.collection.schema))
    if (nextLink) body['@odata.nextLink'] = nextLink
    ctx.stats.rowsServed += page.rows.length

    const headers: Record<string, string> = {}
    if (window.preferred !== null) headers['Preference-Applied'] = `odata.maxpagesize=${window.pageSize}`
    sendPage(res, { text: spoilPage(JSON.stringify(body), body.value !== undefined, has), headers, has })
}

/** The query options (less the company conditions when a fault ignores them) and the page's bounds. */
function pageWindow(ctx: ProjectionContext, { req, parts, target }: ProjectionRequest): PageWindow {
    const parsed = parseQueryOptions(decodeQuery(parts.rawQuery), target.collection.schema)
    // A server that ignores part of the filter: the company conditions are dropped before the query.
    const ignoresCompany =
        target.objectType !== null &&
        ctx.faults.fire('body', target.kind, parts.decodedPath, (r) => r.kind === 'ignore_company_filter').length > 0
    const opts = ignoresCompany ? { ...parsed, filter: withoutField(parsed.filter, 'Company') } : parsed
    const prefer = req.headers.prefer
    const preferred = preferredPageSize(Array.isArray(prefer) ? prefer.join(',') : prefer)
    const pageSize = Math.min(preferred ?? ctx.maxPageSize, ctx.maxPageSize, PAGE_SIZE_CEILING)
    const remaining = opts.top === null ? Number.POSITIVE_INFINITY : Math.max(0, opts.top - opts.skipToken)
    return {
        opts,
        preferred,
        pageSize,
        remaining,
        limit: Math.min(pageSize, remaining),
        offset: opts.skip + opts.skipToken,
    }
}

/** change_rows acts on continuation pages, before the page is read. */
function changeRowsAhead(ctx: ProjectionContext, { parts, target }: ProjectionRequest, window: PageWindow): void {
    const changes = ctx.faults.fire(
        'body',
        target.kind,
        parts.decodedPath,
        (r) => r.kind === 'change_rows' && window.opts.skipToken > 0 && target.objectType !== null
    )
    for (const change of changes) {
        if (change.kind !== 'change_rows' || !target.objectType) continue
        // Modify the rows this page is about to return: offset paging then skips or repeats rows.
        const ahead = target.collection.query(window.opts, { offset: window.offset, limit: change.rows ?? 1 })
        const keys = ahead.rows.map((r) => target.collection.schema.keys.map((k) => r[k] ?? null))
        ctx.data.churn(target.objectType, 0, keys)
    }
}

/** The other body faults of this page; repeat_row needs a next page to repeat a row on. */
function pageFaults(ctx: ProjectionContext, { parts, target }: ProjectionRequest, canRepeat: boolean): FiredFaults {
    const fired = ctx.faults.fire(
        'body',
        target.kind,
        parts.decodedPath,
        (r) => r.kind !== 'change_rows' && r.kind !== 'ignore_company_filter' && (r.kind !== 'repeat_row' || canRepeat)
    )
    return <K extends FaultRule['kind']>(kind: K) =>
        fired.find((r) => r.kind === kind) as Extract<FaultRule, { kind: K }> | undefined
}

/** The page's JSON as the fired faults spoil it (padded, malformed, a second value key, a BOM). */
function spoilPage(json: string, hasValue: boolean, has: FiredFaults): string {
    let text = json
    const huge = has('huge_page')
    if (huge) {
        const bytes = huge.bytes ?? 10 * 1024 * 1024
        // JSON whitespace keeps the page valid while making it as large as asked.
        if (Buffer.byteLength(text) < bytes)
            text = text.slice(0, -1) + ' '.repeat(bytes - Buffer.byteLength(text)) + '}'
    }
    if (has('malformed_json')) text = text.replace('"value":[', '"value":[,,').replace(/}$/, ',}')
    if (has('duplicate_value_key') && hasValue) text = text.slice(0, -1) + ',"value":[]}'
    if (has('bom')) text = '\ufeff' + text
    return text
}

/** A page's body and the headers it is sent with. */
interface PageBody {
    text: string
    headers: Record<string, string>
}

/** Sends the page, or what a fault sends instead (a sign-in page, a cut body, a compressed one). */
function sendPage(
    res: ServerResponse,
    page: { text: string; headers: Record<string, string>; has: FiredFaults }
): void {
    const { text, headers, has } = page
    if (has('html')) return sendHtml(res)
    const truncated = has('truncated_body')
    if (truncated) return sendTruncated(res, page, truncated.mode ?? 'cut')
    const compressed = has('compressed')
    if (compressed) return sendCompressed(res, page, compressed.encoding ?? 'gzip')
    sendText(res, 200, text, headers)
}

/** GET by key: one row with its ETag header. */
export function serveEntity(ctx: ProjectionContext, { res, parts, target }: ProjectionRequest): void {
    const opts = parseQueryOptions(decodeQuery(parts.rawQuery), target.collection.schema)
    const row = target.collection.get(target.key ?? [])
    if (!row) throw new ODataError(404, 'ODP_NOT_FOUND', `No ${target.collection.schema.name} with that key`)
    sendJson(
        res,
        200,
        { '@odata.context': contextUrl(ctx, parts, target), ...project(row, opts.select, target.collection.schema) },
        { ETag: etagOf(row, target.collection.schema) }
    )
}

/** PATCH by key, with IFS's optimistic concurrency: If-Match must carry the current ETag (or `*`). */
export function patchEntity(ctx: ProjectionContext, { req, res, body, parts, target }: ProjectionRequest): void {
    if (!target.objectType) throw new ODataError(405, 'ODP_METHOD_NOT_ALLOWED', 'Master data is read-only here')
    const row = target.collection.get(target.key ?? [])
    if (!row) throw new ODataError(404, 'ODP_NOT_FOUND', `No ${target.collection.schema.name} with that key`)
    checkIfMatch(req.headers['if-match'], row, target.collection.schema)
    const changes = patchChanges(body, target.collection.schema)
    const updated = ctx.data.update(target.objectType, target.key ?? [], changes) as EmulatorRow
    sendJson(
        res,
        200,
        { '@odata.context': contextUrl(ctx, parts, target), ...project(updated, null, target.collection.schema) },
        { ETag: etagOf(updated, target.collection.schema) }
    )
}

function checkIfMatch(ifMatch: string | undefined, row: EmulatorRow, schema: EntitySchema): void {
    if (!ifMatch) throw new ODataError(428, 'ODP_PRECONDITION_REQUIRED', 'If-Match header required for PATCH')
    if (ifMatch !== '*' && !ifMatch.split(',').some((t) => t.trim() === etagOf(row, schema)))
        throw new ODataError(412, 'ODP_PRECONDITION_FAILED', 'The entity was modified by someone else (stale ETag)')
}

/** The PATCH body's properties, less annotations; keys, Objversion and unknown names are refused. */
function patchChanges(body: string, schema: EntitySchema): EmulatorRow {
    let changes: EmulatorRow
    try {
        changes = JSON.parse(body) as EmulatorRow
    } catch {
        throw badRequest('PATCH body is not JSON')
    }
    if (changes === null || typeof changes !== 'object' || Array.isArray(changes))
        throw badRequest('PATCH body must be an object')
    for (const [name, value] of Object.entries(changes)) {
        if (name.startsWith('@')) {
            delete changes[name]
            continue
        }
        if (!schema.fields.has(name)) throw badRequest(`Property '${name}' not found on ${schema.name}`)
        if (schema.keys.includes(name) || name === OBJVERSION) throw badRequest(`Property '${name}' cannot be changed`)
        if (value !== null && typeof value === 'object') throw badRequest(`Property '${name}' must be a scalar`)
    }
    return changes
}

function project(row: EmulatorRow, select: readonly string[] | null, schema: EntitySchema): Record<string, unknown> {
    const out: Record<string, unknown> = { '@odata.etag': etagOf(row, schema) }
    if (select) for (const f of select) out[f] = row[f] ?? null
    else Object.assign(out, row)
    return out
}

/** `Prefer: odata.maxpagesize=N` (among other preferences); null when absent or invalid. */
function preferredPageSize(prefer: string | undefined): number | null {
    if (!prefer) return null
    const m = /(?:^|[,;\s])odata\.maxpagesize\s*=\s*"?(\d+)"?/i.exec(prefer)
    if (!m) return null
    const n = Number(m[1])
    return n >= 1 ? n : null
}

/** The query with `$skiptoken` set to `token`. */
function withSkipToken(rawQuery: string, token: number): string {
    const kept = rawQuery.split('&').filter((p) => p && decodeURIComponentSafe(p.split('=')[0]) !== '$skiptoken')
    kept.push(`$skiptoken=${token}`)
    return kept.join('&')
}

function decodeURIComponentSafe(s: string): string {
    try {
        return decodeURIComponent(s)
    } catch {
        return s
    }
}

/** The page's head, then half its body: all of it promised and the connection dropped (`cut`), or half promised (`short`). */
function sendTruncated(res: ServerResponse, { text, headers }: PageBody, mode: 'cut' | 'short'): void {
    const bytes = Buffer.from(text, 'utf8')
    const half = bytes.subarray(0, Math.floor(bytes.length / 2))
    writeJsonHead(res, mode === 'cut' ? bytes.length : half.length, headers)
    if (mode === 'short') {
        res.end(half)
        return
    }
    res.write(half, () => res.socket?.destroy())
}

/** The filter without comparisons on `field` (in and-chains and at the top): what a careless server does. */
function withoutField(filter: FilterNode | null, field: string): FilterNode | null {
    if (filter === null) return null
    const names = (n: FilterNode): boolean => {
        if (n.op === 'and' || n.op === 'or' || n.op === 'not') return false
        const left = n.left as { kind: string; name?: string }
        return left.kind === 'field' && left.name === field
    }
    if (names(filter)) return null
    if (filter.op !== 'and') return filter
    const left = withoutField(filter.left, field)
    const right = withoutField(filter.right, field)
    if (left === null) return right
    if (right === null) return left
    return { op: 'and', left, right }
}

function sendHtml(res: ServerResponse): void {
    const page =
        '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form method="post"><input name="username"></form></body></html>'
    const bytes = Buffer.from(page, 'utf8')
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(bytes.length) })
    res.end(bytes)
}

function sendCompressed(res: ServerResponse, { text, headers }: PageBody, encoding: 'gzip' | 'deflate'): void {
    const raw = Buffer.from(text, 'utf8')
    const bytes = encoding === 'gzip' ? gzipSync(raw) : deflateSync(raw)
    writeJsonHead(res, bytes.length, { 'Content-Encoding': encoding, ...headers })
    res.end(bytes)
}

/** A 200 head of an OData JSON body whose Content-Length says `length` (true or not). */
function writeJsonHead(res: ServerResponse, length: number, headers: Record<string, string>): void {
    res.writeHead(200, {
        'Content-Type': 'application/json;odata.metadata=minimal',
        'OData-Version': '4.0',
        'Content-Length': String(length),
        ...headers,
    })
}
