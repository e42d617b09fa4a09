import type { ObjectType } from '../../../tables/object-types'
import type { StoredRecord } from '../../ports/store'
import type { PartitionConfig } from '../config/connection-config'
import type { IfsRow } from '../ifs/ifs-reader'
import { selectFor } from '../document-types/source-field'
import { dataUrl } from '../odata/data-url'
import { splitByUrlLength } from '../odata/request-bounds'
import { outsideQueryReason } from '../sync/row-scope'
import type { FlagBook } from './flag-book'
import { RETRY_BATCH, flagKeyValues, keysFilter } from './flag-retry-query'
import type { KeyValues } from './flag-retry-query'
import { sourceKeyOf } from './map-document'
import type { StagingContext } from './stager'

export interface FlagRereadOptions {
    ctx: StagingContext
    objectType: ObjectType
    partition: PartitionConfig
    book: FlagBook
}

/**
 * Reads flagged documents again from IFS by their keys, in as few requests as the URL length
 * allows, and returns the rows that were asked for. A flag without a readable key, or whose
 * document IFS no longer returns, stays flagged and its attempt is counted.
 */
export function rereadFlagged(flags: readonly StoredRecord[], o: FlagRereadOptions): IfsRow[] {
    const { ctx, objectType, book } = o
    const { source } = o.partition
    const keyed: { flag: StoredRecord; key: KeyValues }[] = []
    for (const flag of flags) {
        const key = flagKeyValues(source, flag)
        if (key) keyed.push({ flag, key })
        else book.countAttempt(flag)
    }
    const fetched = readByKeys(
        keyed.map((k) => k.key),
        o
    )
    // Rows the re-read did not ask for (a server ignoring the filter, another company) are skipped.
    const asked = new Set(keyed.map(({ flag }) => flag.source_key ?? ''))
    const companies = ctx.connection.companies
    const rows = fetched.filter(
        (r) =>
            asked.has(book.keyOf(sourceKeyOf(source, r))) &&
            outsideQueryReason(source, r, companies, { kind: 'start' }) === null
    )
    if (rows.length < fetched.length)
        ctx.audit.record({
            operation: 'skip_out_of_query',
            objectType,
            rows: fetched.length - rows.length,
            message: `${fetched.length - rows.length} rows IFS returned to a flag re-read were not among the documents asked for (or of another company); skipped`,
        })
    // Documents IFS no longer returns stay flagged; the attempt is counted.
    const returned = new Set(rows.map((r) => book.keyOf(sourceKeyOf(source, r))))
    for (const { flag } of keyed) if (!returned.has(flag.source_key ?? '')) book.countAttempt(flag)
    return rows
}

function readByKeys(keys: readonly KeyValues[], o: FlagRereadOptions): IfsRow[] {
    const { ctx, objectType, partition } = o
    const queryOf = (batch: readonly KeyValues[]) => ({
        select: selectFor(partition.source),
        filter: keysFilter(partition.source, batch),
    })
    const { tenantUrl } = ctx.connection
    const { batches } = splitByUrlLength(
        keys,
        (batch) => dataUrl(tenantUrl, partition.entitySetPath, queryOf(batch), Number.POSITIVE_INFINITY),
        RETRY_BATCH
    )
    const fetched: IfsRow[] = []
    for (const batch of batches)
        ctx.reader.readAll(
            partition.entitySetPath,
            queryOf(batch),
            (page) => {
                for (const row of page) fetched.push(row)
            },
            { objectType }
        )
    return fetched
}
