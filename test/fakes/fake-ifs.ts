import type { HttpRequest, HttpResult } from '../../src/server/ports/http'
import { parseFilter } from '../../src/local/emulator/odata/filter-parser'
import { matches } from '../../src/local/emulator/odata/filter-eval'
import { compareText, type Collation } from '../../src/local/emulator/odata/collation'
import type { EmulatorRow } from '../../src/local/emulator/dataset/row'
import { jsonResponse } from './scripted-http'
import { SOURCE_PRESETS } from '../../src/server/core/document-types/source-presets'

export type FakeRow = Record<string, unknown>

const ROOT = '/main/ifsapplications/projection/v1/'

/**
 * A fake IFS OData server for unit tests: it evaluates the $filter, $orderby, $select, $top and
 * $skip it is sent, honours `Prefer: odata.maxpagesize` (and its own page cap) with `$skip`
 * nextLinks, checks the bearer token, and records what was asked. Tests change `sets` between
 * requests (onRequest) to model rows changing while the connector pages.
 */
export class FakeIfs {
    readonly sets = new Map<string, FakeRow[]>()
    /** When non-empty, only these bearer tokens are accepted (401 otherwise). */
    readonly validTokens = new Set<string>()
    /** Server-side page cap; nextLinks appear when a page is cut by it or by maxpagesize. */
    serverPageSize = Number.POSITIVE_INFINITY
    /** Return nextLinks relative to the service root instead of absolute. */
    relativeNextLinks = false
    /** How text compares in $filter and $orderby; ties keep the order rows were set in (SQL Server's is arbitrary). */
    collation: Collation = 'binary'
    readonly served: { path: string; params: Record<string, string>; prefer: string | undefined; rows: number }[] = []
    onRequest: ((n: number) => void) | null = null

    /**
     * Lines are read by default, so the default preset's line and posting sets are there from the
     * start, empty: a document has no lines until a test gives it some (test/fakes/fake-lines.ts).
     */
    constructor(readonly tenantUrl: string = 'https://acme.ifs.cloud') {
        for (const set of presetLineSets()) this.sets.set(set, [])
    }

    handle = (request: HttpRequest): HttpResult => {
        this.onRequest?.(this.served.length)
        const auth = request.headers['Authorization'] ?? ''
        if (this.validTokens.size > 0 && !this.validTokens.has(auth.replace(/^Bearer /, ''))) {
            return jsonResponse(401, { error: { code: 'UNAUTHORIZED', message: 'Token expired' } })
        }
        if (!request.url.startsWith(this.tenantUrl + ROOT)) {
            return jsonResponse(404, { error: { code: 'NOT_FOUND', message: 'No such service' } })
        }
        const rest = request.url.slice((this.tenantUrl + ROOT).length)
        const q = rest.indexOf('?')
        const path = decodeURI(q >= 0 ? rest.slice(0, q) : rest)
        const params: Record<string, string> = {}
        if (q >= 0) {
            for (const part of rest.slice(q + 1).split('&')) {
                const eq = part.indexOf('=')
                params[decodeURIComponent(part.slice(0, eq))] = decodeURIComponent(part.slice(eq + 1))
            }
        }
        const data = this.sets.get(path)
        if (!data)
            return jsonResponse(404, { error: { code: 'ODP_NOT_FOUND', message: `Entity set ${path} does not exist` } })
        let rows = data.slice()
        if (params.$filter) {
            // The emulator's parser without a schema (rows here are ad hoc), and its evaluator.
            const filter = parseFilter(params.$filter)
            rows = rows.filter((row) => matches(filter, row as EmulatorRow, this.collation))
        }
        if (params.$orderby) {
            const order = params.$orderby.split(',').map((o) => {
                const [field, dir] = o.trim().split(' ')
                return { field, desc: dir === 'desc' }
            })
            rows.sort((a, b) => {
                for (const o of order) {
                    const x = a[o.field] as string | number
                    const y = b[o.field] as string | number
                    const c =
                        typeof x === 'string' && typeof y === 'string'
                            ? compareText(x, y, this.collation)
                            : x === y
                              ? 0
                              : x < y
                                ? -1
                                : 1
                    if (c !== 0) return c * (o.desc ? -1 : 1)
                }
                return 0
            })
        }
        const skip = Number(params.$skip ?? 0)
        const top = params.$top === undefined ? Number.POSITIVE_INFINITY : Number(params.$top)
        const m = /odata\.maxpagesize=(\d+)/.exec(request.headers['Prefer'] ?? '')
        const pageCap = Math.min(m ? Number(m[1]) : Number.POSITIVE_INFINITY, this.serverPageSize)
        const wanted = rows.slice(skip, skip + top)
        const page = wanted.slice(0, pageCap)
        const select = params.$select ? params.$select.split(',') : null
        const value = page.map((r) => {
            if (!select) return { ...r }
            const out: FakeRow = {}
            for (const f of select) if (f in r) out[f] = r[f]
            return out
        })
        // The context URL is `<service root>$metadata#<set>` (OData 4.0 §10); relative nextLinks resolve against it.
        const svc = path.slice(0, path.indexOf('.svc/') + 5)
        const body: Record<string, unknown> = {
            '@odata.context': `${this.tenantUrl}${ROOT}${svc}$metadata#${path.slice(svc.length)}`,
            value,
        }
        if (page.length < wanted.length) {
            const next: Record<string, string> = { ...params, $skip: String(skip + page.length) }
            if (params.$top !== undefined) next.$top = String(top - page.length)
            const qs = Object.entries(next)
                .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
                .join('&')
            const relative = path.slice(svc.length)
            body['@odata.nextLink'] = this.relativeNextLinks
                ? `${relative}?${qs}`
                : `${this.tenantUrl}${ROOT}${path}?${qs}`
        }
        this.served.push({ path, params, prefer: request.headers['Prefer'], rows: value.length })
        return jsonResponse(200, body)
    }
}

/** The entity sets of the default preset's lines and posting rows. */
function presetLineSets(): string[] {
    const sets: string[] = []
    for (const lines of Object.values(SOURCE_PRESETS.ifs_cloud.lines)) {
        if (!lines) continue
        sets.push(lines.entitySet)
        if (lines.postings) sets.push(lines.postings.entitySet)
    }
    return sets
}
