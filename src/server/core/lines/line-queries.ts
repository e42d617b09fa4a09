import type { LineSource } from '../document-types/line-source'
import { lineSelect, postingSelect } from '../document-types/line-source'
import type { KeyField } from '../document-types/source-field'
import { MalformedResponse } from '../ifs/ifs-errors'
import type { IfsRow } from '../ifs/ifs-reader'
import { dataUrl } from '../odata/data-url'
import { keySetFilter } from '../odata/key-set-filter'
import type { ODataLiteral, ODataQuery } from '../odata/query'
import { MAX_REQUEST_URL_LENGTH } from '../odata/request-bounds'
import { keyText, rowKeyText } from './parent-key'

/** What one set of rows below a page of documents is read with: the set, its parent-key fields, select and order. */
export interface ChildRead {
    entitySet: string
    /** The rows' fields holding their document's key, in the document's key order. */
    parentKeys: readonly KeyField[]
    select: readonly string[]
    /** The rows' own key fields: a stable order, so a read's pages (nextLinks) neither skip nor repeat a row. */
    orderBy: readonly string[]
}

/** The query for the rows of one batch of documents. */
export function childQuery(read: ChildRead, keys: readonly (readonly ODataLiteral[])[]): ODataQuery {
    return {
        filter: keySetFilter(read.parentKeys, keys),
        select: read.select,
        orderBy: read.orderBy.map((field) => ({ field })),
    }
}

/**
 * The documents' keys in as few batches as the URL bound allows (request-bounds): each batch one
 * request plus the nextLinks of its answer, never a request per document. A URL only grows with
 * each key, so each batch is the longest run of keys that fits, found by doubling and bisection
 * (a few renders per batch, not one per key: a page may hold thousands of documents).
 */
export function batchParentKeys(
    tenantUrl: string,
    read: ChildRead,
    keys: readonly (readonly ODataLiteral[])[],
    maxPerBatch: number
): { batches: (readonly ODataLiteral[])[][]; tooLong: (readonly ODataLiteral[])[] } {
    const { batches, tooLong } = batchWithinUrl(
        keys,
        (some) => dataUrl(tenantUrl, read.entitySet, childQuery(read, some), Number.POSITIVE_INFINITY),
        maxPerBatch
    )
    return { batches, tooLong }
}

/**
 * Items (keys, key ranges) in as few batches as the URL bound allows, each the longest run that
 * fits; `url` renders a batch's request. An item that fits no URL alone is returned apart.
 */
export function batchWithinUrl<T>(
    items: readonly T[],
    url: (batch: readonly T[]) => string,
    maxPerBatch: number
): { batches: T[][]; tooLong: T[] } {
    const fits = (from: number, to: number) => url(items.slice(from, to)).length <= MAX_REQUEST_URL_LENGTH
    const batches: T[][] = []
    const tooLong: T[] = []
    const most = Math.max(1, maxPerBatch)
    for (let from = 0; from < items.length;) {
        if (!fits(from, from + 1)) {
            tooLong.push(items[from++])
            continue
        }
        const end = longestFit(from, Math.min(items.length, from + most), fits)
        batches.push(items.slice(from, end))
        from = end
    }
    return { batches, tooLong }
}

/** The largest `end` in (from, limit] with fits(from, end), given fits(from, from + 1). */
function longestFit(from: number, limit: number, fits: (from: number, to: number) => boolean): number {
    // fits(from, good) always; `bad` is past the limit or does not fit.
    let good = from + 1
    let bad = limit + 1
    for (let step = 1; good < limit; step *= 2) {
        const next = Math.min(limit, good + step)
        if (!fits(from, next)) {
            bad = next
            break
        }
        good = next
    }
    while (bad - good > 1) {
        const mid = Math.floor((good + bad) / 2)
        if (fits(from, mid)) good = mid
        else bad = mid
    }
    return good
}

/** How a page's lines are read: their set, parent keys, every mapped field, in line-key order. */
export function lineRead(lines: LineSource): ChildRead {
    return {
        entitySet: lines.entitySet,
        parentKeys: lines.parentKeys,
        select: lineSelect(lines),
        orderBy: lines.keys.map((k) => k.name),
    }
}

/** How a page's posting rows are read (lines whose source has posting rows). */
export function postingRead(lines: LineSource): ChildRead {
    const postings = lines.postings!
    return {
        entitySet: postings.entitySet,
        parentKeys: postings.parentKeys,
        select: postingSelect(postings),
        orderBy: postings.keys.map((k) => k.name),
    }
}

/** The key text (parent-key.ts) of a document's key literals; null for a key no text stands for. */
export function parentTextOf(read: ChildRead, key: readonly ODataLiteral[]): string | null {
    return keyText(
        read.parentKeys,
        key.map((l) => l.value)
    )
}

/**
 * The key text of the document a row of `read` belongs to. A row without it is a malformed answer
 * (thrown): it could not be `usedFor` anything, and dropping it would lose it silently.
 */
export function parentTextOfRow(read: ChildRead, row: IfsRow, usedFor: string): string {
    const key = rowKeyText(read.parentKeys, row)
    if (key === null)
        throw new MalformedResponse(
            read.entitySet,
            `a row without its document's key (${read.parentKeys.map((k) => k.name).join(', ')}) cannot be ${usedFor}`
        )
    return key
}
