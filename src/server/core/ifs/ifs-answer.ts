import type { HttpResult } from '../../ports/http'
import type { Redactor } from '../audit/redactor'
import { readJsonObject, stripBom } from '../odata/json-body'
import type { IfsRow } from './ifs-reader'

/** Reading IFS's answers: pages, entities with their ETag, and IFS's own error text. */
export type HttpResponse = Extract<HttpResult, { kind: 'response' }>

/** A body read as what the call wanted, with the rows it holds for the audit, or why it could not be. */
export type Parsed<T> = { ok: true; value: T; rows?: number } | { ok: false; problem: string }

/** A page of rows; `context` is its `@odata.context`, the base of a relative nextLink (null when absent). */
export type IfsPage = { rows: readonly IfsRow[]; nextLink: string | null; context?: string | null }

const MESSAGE_MAX = 500

/** IFS error bodies are `{"error":{"code":..,"message":..}}`; fall back to a clipped text body. */
export function ifsMessageOf(body: string, redactor: Redactor): string | null {
    let text: string | null = null
    try {
        const parsed = JSON.parse(stripBom(body)) as { error?: { message?: unknown; code?: unknown } }
        const m = parsed?.error?.message
        const c = parsed?.error?.code
        if (typeof m === 'string') text = typeof c === 'string' ? `${c}: ${m}` : m
    } catch {
        text = body.trim() === '' ? null : body.trim()
    }
    if (text === null) return null
    const clean = redactor.scrub(text)
    return clean.length > MESSAGE_MAX ? clean.slice(0, MESSAGE_MAX - 1) + '…' : clean
}

export function parsePage(res: HttpResponse): Parsed<IfsPage> {
    // BOM, compressed or HTML bodies, duplicated top-level keys: see core/odata/json-body.
    const read = readJsonObject(res.body, res.headers['content-type'])
    if (!read.ok) return read
    const o = read.value
    if (!Array.isArray(o.value)) return { ok: false, problem: 'there is no "value" array' }
    if (!o.value.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))) {
        return { ok: false, problem: '"value" holds something other than rows' }
    }
    const next = o['@odata.nextLink']
    if (next !== undefined && next !== null && typeof next !== 'string')
        return { ok: false, problem: '"@odata.nextLink" is not a string' }
    return {
        ok: true,
        value: {
            rows: o.value as IfsRow[],
            nextLink: (next as string | undefined) ?? null,
            context: contextOf(o) ?? undefined,
        },
        rows: o.value.length,
    }
}

/** `@odata.context` (OData 4.0), or `@context` (4.01 without the prefix); null when absent or not text. */
function contextOf(o: Record<string, unknown>): string | null {
    const context = o['@odata.context'] ?? o['@context']
    return typeof context === 'string' ? context : null
}

/** One entity and its ETag (from the body's `@odata.etag`, else the ETag header). */
export function parseEntityWithEtag(res: HttpResponse): Parsed<{ row: IfsRow; etag: string }> {
    const read = readJsonObject(res.body, res.headers['content-type'])
    if (!read.ok) return { ok: false, problem: read.problem }
    const row = read.value as IfsRow
    const etag = typeof row['@odata.etag'] === 'string' ? (row['@odata.etag'] as string) : res.headers['etag']
    if (!etag) return { ok: false, problem: 'the entity has no ETag' }
    return { ok: true, value: { row, etag }, rows: 1 }
}
