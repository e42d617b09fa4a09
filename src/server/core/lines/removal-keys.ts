import type { ObjectType } from '../../../tables/object-types'
import type { LineSource } from '../document-types/line-source'
import type { KeyField } from '../document-types/source-field'
import type { IfsReader, IfsRow } from '../ifs/ifs-reader'
import type { ODataLiteral } from '../odata/query'
import { lineNumberOf } from '../staging/map-lines'
import { batchParentKeys, childQuery, parentTextOf, parentTextOfRow } from './line-queries'
import type { ChildRead } from './line-queries'
import { LINE_PAGE_SIZE } from './line-reader'

/** How the removal sweep reads keys: the connection's reader (token, backoff, counters) and bounds. */
export interface KeyReadContext {
    reader: IfsReader
    tenantUrl: string
    objectType: ObjectType
    /** Documents per request at most (the URL bound splits further): the page size. */
    maxPerRequest: number
}

/** A document whose line numbers IFS sent in a form mapping cannot read: nothing can be concluded. */
export type ShownLines = ReadonlySet<string> | 'unreadable'

/**
 * The line numbers (`3`, `3/2`, as map-lines numbers them) IFS shows now for each of the documents,
 * by the document's key text; a document absent from the map has no line in IFS. Only the keys and
 * numbers are selected, in the URL-bound batches of a page's line read, never a request per
 * document. A row without its document's key throws MalformedResponse: the sweep stops, unmarked.
 */
export function readLineKeys(
    ctx: KeyReadContext,
    lines: LineSource,
    documents: readonly (readonly ODataLiteral[])[]
): Map<string, ShownLines> {
    const numbers = [lines.fields.lineNumber, lines.fields.releaseNumber].flatMap((f) => (f ? [f.name] : []))
    const read: ChildRead = {
        entitySet: lines.entitySet,
        parentKeys: lines.parentKeys,
        select: Array.from(
            new Set([...lines.parentKeys.map((k) => k.name), ...lines.keys.map((k) => k.name), ...numbers])
        ),
        orderBy: lines.keys.map((k) => k.name),
    }
    const shown = new Map<string, Set<string> | 'unreadable'>()
    const unsent = eachRow(ctx, read, documents, (row, parent) => {
        const seen = shown.get(parent)
        if (seen === 'unreadable') return
        const n = lineNumberOf(lines, row)
        if (n === null) shown.set(parent, 'unreadable')
        else shown.set(parent, (seen ?? new Set<string>()).add(n))
    })
    for (const text of unsent) shown.set(text, 'unreadable')
    return shown
}

/**
 * The key texts of the documents (receipts, or the headers of documents with lines) IFS shows now,
 * their own keys selected and nothing else.
 */
export function readDocumentKeys(
    ctx: KeyReadContext,
    set: { entitySet: string; keys: readonly KeyField[] },
    documents: readonly (readonly ODataLiteral[])[]
): Set<string> {
    const names = set.keys.map((k) => k.name)
    const read: ChildRead = { entitySet: set.entitySet, parentKeys: set.keys, select: names, orderBy: names }
    const shown = new Set<string>()
    const unsent = eachRow(ctx, read, documents, (_row, key) => shown.add(key))
    // A key no URL can carry was not asked: it is not taken for gone.
    for (const text of unsent) shown.add(text)
    return shown
}

/**
 * Every row `read` answers for the documents, with its document's key text; rows of others
 * skipped. Returns the key texts of documents no request could carry (not asked, so unknown).
 */
function eachRow(
    ctx: KeyReadContext,
    read: ChildRead,
    documents: readonly (readonly ODataLiteral[])[],
    onRow: (row: IfsRow, parent: string) => void
): string[] {
    const asked = new Set(documents.map((d) => parentTextOf(read, d)))
    const take = (rows: readonly IfsRow[]) => {
        for (const row of rows) {
            const parent = parentTextOfRow(read, row, 'compared with what is staged')
            // A server ignoring part of the filter: rows of documents not asked for say nothing here.
            if (asked.has(parent)) onRow(row, parent)
        }
    }
    const { batches, tooLong } = batchParentKeys(ctx.tenantUrl, read, documents, ctx.maxPerRequest)
    const options = { objectType: ctx.objectType, maxPageSize: LINE_PAGE_SIZE }
    for (const batch of batches) ctx.reader.readAll(read.entitySet, childQuery(read, batch), take, options)
    return tooLong.flatMap((d) => {
        const text = parentTextOf(read, d)
        return text === null ? [] : [text]
    })
}
