import type { ObjectType } from '../../../tables/object-types'
import type { AuditTrail } from '../audit/audit-trail'
import type { DocumentSource } from '../document-types/source-field'
import type { IfsReader, IfsRow } from '../ifs/ifs-reader'
import type { ODataLiteral } from '../odata/query'
import { withLineRows } from './document-line-rows'
import { dataUrl } from '../odata/data-url'
import type { ODataQuery } from '../odata/query'
import { keyRanges, rangeFilter } from './key-ranges'
import type { KeyRange } from './key-ranges'
import {
    batchParentKeys,
    batchWithinUrl,
    childQuery,
    lineRead,
    parentTextOf,
    parentTextOfRow,
    postingRead,
} from './line-queries'
import type { ChildRead } from './line-queries'
import { keyLiterals, keyText, rowKeyText } from './parent-key'
import type { LineStreams, StreamTake } from './line-stream'
import { streamRanges } from './line-stream'

/**
 * Rows per page of a line read: a page of documents has up to dozens of lines each, so line reads
 * ask for large pages (the answer's nextLinks are followed either way).
 */
export const LINE_PAGE_SIZE = 5000

export interface LineReadContext {
    /** The connection's reader: token, 401 refresh, backoff, rate limit and counters apply. */
    reader: IfsReader
    tenantUrl: string
    objectType: ObjectType
    /** The type's resolved source; its `lines` say where the lines are (none: rows pass unchanged). */
    source: DocumentSource
    /** Documents per line request at most (the URL bound splits further); the page size. */
    maxPerRequest: number
    /** Where skipped stray rows are recorded. */
    audit: Pick<AuditTrail, 'record'>
    /**
     * A partition run's line streams (line-stream.ts): consecutive pages share their line reads.
     * `morePages`: more header pages follow this one. Absent: each page's lines are read on their own.
     */
    stream?: { streams: LineStreams; morePages: boolean }
}

/**
 * Reads the lines (and posting rows) of a page of documents in bulk, with a `$filter` on the
 * documents' keys split only as the URL bound requires, and attaches them to their headers by
 * key. Where the page's keys are dense in key order (a page in stamp order is mostly a run of
 * consecutive numbers), a key range stands for them (key-ranges.ts): one filter for the whole run,
 * so the lines come in full answer pages rather than one short answer per URL of listed keys. A failed read throws like a failed page read (IfsError: the page is not staged and the
 * cursor does not move); a line row without its document's key throws MalformedResponse, since
 * the line could not be attached and would be lost.
 */
export function readLinesOf(headers: readonly IfsRow[], ctx: LineReadContext): IfsRow[] {
    const lines = ctx.source.lines
    if (!lines || headers.length === 0) return [...headers]
    const docKeys = ctx.source.keys
    const parents = new Map<string, ODataLiteral[]>()
    for (const h of headers) {
        const values = docKeys.map((k) => h[k.name])
        const text = keyText(docKeys, values)
        const literals = keyLiterals(docKeys, values)
        if (text !== null && literals !== null) parents.set(text, literals)
    }
    const lineRows = readChildren(ctx, lineRead(lines), parents)
    const postingRows = lines.postings ? readChildren(ctx, postingRead(lines), parents) : null
    const rows = headers.map((h) => {
        const key = rowKeyText(docKeys, h)
        if (key === null || !parents.has(key)) return h
        return withLineRows(h, {
            lines: lineRows.byParent.get(key) ?? [],
            postings: postingRows?.byParent.get(key) ?? [],
        })
    })
    // Rows for documents not asked for (a server ignoring the filter) are not this page's: skipped.
    const strays = lineRows.strays + (postingRows?.strays ?? 0)
    if (strays > 0)
        ctx.audit.record({
            operation: 'skip_out_of_query',
            objectType: ctx.objectType,
            rows: strays,
            message: `${strays} line or posting rows IFS returned for documents not asked for were skipped`,
        })
    return rows
}

/** Every row of `read` below the given documents, grouped by their document's key text. */
function readChildren(
    ctx: LineReadContext,
    read: ChildRead,
    parents: ReadonlyMap<string, readonly ODataLiteral[]>
): { byParent: Map<string, IfsRow[]>; strays: number } {
    const byParent = new Map<string, IfsRow[]>()
    // A row answered twice (by two ranges that overlap in text order, or a range and a listed key) is taken once.
    const taken = new Set<string>()
    let strays = 0
    const take = (inRange: boolean) => (rows: readonly IfsRow[]) => {
        for (const row of rows) {
            const key = parentTextOfRow(read, row, 'attached to its document')
            // A range also answers the documents between the page's keys: theirs are read with their own page.
            if (!parents.has(key)) {
                if (!inRange) strays++
                continue
            }
            const id = JSON.stringify(read.orderBy.map((f) => row[f] ?? null))
            if (taken.has(id)) continue
            taken.add(id)
            const list = byParent.get(key) ?? []
            list.push(row)
            byParent.set(key, list)
        }
    }
    const options = { objectType: ctx.objectType, maxPageSize: LINE_PAGE_SIZE }
    const { ranges, listed } = keyRanges([...parents.values()])
    const unstreamed = readStreamed(ctx, read, ranges, { inside: take(true), outside: take(false) })
    const { batches: rangeBatches, tooLong } = batchWithinUrl(
        unstreamed,
        (some) => dataUrl(ctx.tenantUrl, read.entitySet, rangeQuery(read, some), Number.POSITIVE_INFINITY),
        ranges.length
    )
    for (const batch of rangeBatches) ctx.reader.readAll(read.entitySet, rangeQuery(read, batch), take(true), options)
    // A text range is exact only where IFS orders the texts as we do: a document of one that got no
    // row is read again by its key, so another collation cannot lose its lines.
    const unanswered = ranges
        .filter((r) => r.text && !tooLong.includes(r))
        .flatMap((r) => r.keys)
        .filter((k) => !byParent.has(parentText(read, k)))
    const again = [...listed, ...tooLong.flatMap((r) => r.keys), ...unanswered]
    // Keys no request can carry are left out by keyLiterals, so every key fits a request alone.
    const { batches } = batchParentKeys(ctx.tenantUrl, read, again, ctx.maxPerRequest)
    for (const batch of batches) ctx.reader.readAll(read.entitySet, childQuery(read, batch), take(false), options)
    return { byParent, strays }
}

/**
 * A page's ranges are read as parts of their line set's stream (line-stream.ts); returns the ranges
 * left to read on their own (all of them without a stream).
 */
function readStreamed(
    ctx: LineReadContext,
    read: ChildRead,
    ranges: readonly KeyRange[],
    take: StreamTake
): readonly KeyRange[] {
    const stream = ctx.stream
    if (!stream) return ranges
    const { reader, tenantUrl, objectType } = ctx
    return streamRanges({ reader, tenantUrl, objectType, read, ...stream }, ranges, take)
}

/** The key text of a document's key literals ('' for none: no row is filed under it). */
function parentText(read: ChildRead, key: readonly ODataLiteral[]): string {
    return parentTextOf(read, key) ?? ''
}

/** The query for the rows of a batch of key ranges. */
function rangeQuery(read: ChildRead, ranges: readonly KeyRange[]): ODataQuery {
    const args = ranges.map((r) => rangeFilter(read.parentKeys, r))
    return {
        filter: args.length === 1 ? args[0] : { op: 'or', args },
        select: read.select,
        orderBy: read.orderBy.map((field) => ({ field })),
    }
}
