import type { ObjectType } from '../../../tables/object-types'
import type { DocumentSource } from '../document-types/source-field'
import { selectFor } from '../document-types/source-field'
import type { IfsReader, IfsRow } from '../ifs/ifs-reader'
import type { ODataLiteral } from '../odata/query'
import { outsideQueryReason } from '../sync/row-scope'
import { batchParentKeys, childQuery } from './line-queries'
import type { ChildRead } from './line-queries'
import { keyText } from './parent-key'

export interface DocumentsByKeyContext {
    reader: IfsReader
    tenantUrl: string
    objectType: ObjectType
    /** The documents' entity set and names (the partition's). */
    entitySet: string
    source: DocumentSource
    /** The connection's companies: a document of another company is not this connection's. */
    companies: readonly string[]
    /** Documents per request at most (the URL bound splits further). */
    maxPerRequest: number
}

/**
 * Reads documents by their keys in bulk: a `$filter` on the keys split only as the URL bound
 * requires (line-queries), never a request per document. `keys` maps each document's key text
 * (parent-key.ts) to its literals. Returns the header rows IFS holds for them, each once, and the
 * key texts it does not show (not saved yet, removed, or of a company outside the connection).
 */
export function readDocumentsByKey(
    ctx: DocumentsByKeyContext,
    keys: ReadonlyMap<string, readonly ODataLiteral[]>
): { found: IfsRow[]; missing: string[] } {
    const { source } = ctx
    const read: ChildRead = {
        entitySet: ctx.entitySet,
        parentKeys: source.keys,
        select: selectFor(source),
        orderBy: source.keys.map((k) => k.name),
    }
    const found = new Map<string, IfsRow>()
    const take = (rows: readonly IfsRow[]) => {
        for (const row of rows) {
            const text = keyText(
                source.keys,
                source.keys.map((k) => row[k.name])
            )
            // Rows not asked for, or of another company (a server ignoring part of a filter), are not taken.
            if (text === null || !keys.has(text) || found.has(text)) continue
            if (outsideQueryReason(source, row, ctx.companies, { kind: 'start' }) !== null) continue
            found.set(text, row)
        }
    }
    const { batches } = batchParentKeys(ctx.tenantUrl, read, [...keys.values()], ctx.maxPerRequest)
    for (const batch of batches)
        ctx.reader.readAll(ctx.entitySet, childQuery(read, batch), take, { objectType: ctx.objectType })
    return { found: [...found.values()], missing: [...keys.keys()].filter((k) => !found.has(k)) }
}
