import type { ConnectionConfig, PartitionConfig } from '../config/connection-config'
import type { DocumentSource, SourceField } from '../document-types/source-field'
import { companyFieldOf, selectFor } from '../document-types/source-field'
import { MalformedResponse } from '../ifs/ifs-errors'
import type { IfsReader } from '../ifs/ifs-reader'
import { dataUrl, NextLinkLoopDetector, resolveNextLink } from '../odata/data-url'
import type { FilterExpr, ODataLiteral, ODataQuery } from '../odata/query'
import { pathOf } from '../odata/url-parts'
import type { Cursor, KeyValue, ReadFrom } from './cursor'
import { CursorError } from './cursor'
import type { PlacedPage } from './page-placement'
import { placePage } from './page-placement'
import { PositionsRead } from './positions-read'
import { stampLiteral } from './stamp'

function literal(field: SourceField, value: KeyValue): ODataLiteral {
    if (field.kind === 'number') {
        const n = typeof value === 'number' ? value : Number(value)
        if (!Number.isFinite(n)) throw new CursorError(`Cursor value "${value}" of ${field.name} is not a number`)
        return { kind: 'number', value: n }
    }
    if (field.kind === 'date') return { kind: 'date', value: String(value) }
    if (field.kind === 'datetime') return { kind: 'datetime', value: String(value) }
    return { kind: 'string', value: String(value) }
}

/** `k1 > v1 or (k1 eq v1 and (k2 > v2 ...))`: after the cursor's key (or at it: `ge` on the last), among equal stamps. */
function keysAfter(
    keys: readonly SourceField[],
    values: readonly KeyValue[],
    i: number,
    inclusive: boolean
): FilterExpr {
    const last = i === keys.length - 1
    const after: FilterExpr = {
        op: last && inclusive ? 'ge' : 'gt',
        field: keys[i].name,
        value: literal(keys[i], values[i]),
    }
    if (last) return after
    const eq: FilterExpr = { op: 'eq', field: keys[i].name, value: literal(keys[i], values[i]) }
    return { op: 'or', args: [after, { op: 'and', args: [eq, keysAfter(keys, values, i + 1, inclusive)] }] }
}

/**
 * Rows strictly after the cursor in (modified, keys) order; `inclusive`, the cursor's own key too,
 * so a server that ties other keys with it (a case-insensitive collation) sends those again.
 */
export function afterCursorFilter(
    source: Pick<DocumentSource, 'modified' | 'keys'>,
    cursor: Cursor,
    inclusive = false
): FilterExpr {
    if (cursor.keys.length !== source.keys.length) {
        throw new CursorError(`Cursor has ${cursor.keys.length} key values, ${source.keys.length} expected`)
    }
    const m = source.modified
    return {
        op: 'or',
        args: [
            { op: 'gt', field: m.name, value: stampLiteral(m, cursor.modified) },
            {
                op: 'and',
                args: [
                    { op: 'eq', field: m.name, value: stampLiteral(m, cursor.modified) },
                    keysAfter(source.keys, cursor.keys, 0, inclusive),
                ],
            },
        ],
    }
}

/**
 * The query of one data page: position filter and companies, `$select` of the mapped fields,
 * `$orderby` modified then keys (the cursor's order). No `$top`: the page size is asked for with
 * `Prefer: odata.maxpagesize` (server-driven paging), so the absence of a nextLink means the end.
 */
export function pageQuery(source: DocumentSource, from: ReadFrom, companies: readonly string[]): ODataQuery {
    const parts: FilterExpr[] = []
    // A type without a company of its own (receipts) is read for every company.
    const company = companyFieldOf(source)
    if (companies.length > 0 && company !== null)
        parts.push({ op: 'in', field: company.name, values: companies.map((c) => literal(company, c)) })
    if (from.kind === 'after' || from.kind === 'at_or_after')
        parts.push(afterCursorFilter(source, from.cursor, from.kind === 'at_or_after'))
    if (from.kind === 'from_stamp') {
        parts.push({ op: 'ge', field: source.modified.name, value: stampLiteral(source.modified, from.modified) })
    }
    return {
        filter: parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { op: 'and', args: parts },
        select: selectFor(source),
        orderBy: [{ field: source.modified.name }, ...source.keys.map((k) => ({ field: k.name }))],
    }
}

/** One page read by the pager, placed against the position it was read from. */
export interface KeysetPage {
    /** Rows IFS sent, before placement. */
    read: number
    placed: PlacedPage
    /** Server-driven paging: null when nothing more matched. */
    nextLink: string | null
    /** A nextLink that is unusable or repeats a page: raise once this page is safely staged. */
    loop: MalformedResponse | null
    /**
     * The page showed the server collating keys (see placePage): the pager reads its stamp again
     * in the server's order, so more pages follow whatever the nextLink says.
     */
    rereads: boolean
}

interface KeysetPagerOptions {
    /** The connection's reader; each read passes the partition's object type, which labels its audit events. */
    reader: IfsReader
    connection: Pick<ConnectionConfig, 'tenantUrl' | 'companies'>
    partition: Pick<PartitionConfig, 'objectType' | 'entitySetPath' | 'source'>
}

/**
 * Pages through one partition by keyset: each page is a fresh query after the last row placed,
 * not a server skip-link. IFS warns that paging while rows change can skip or repeat rows, and a
 * keyset read cannot skip a row that moved. The only place the engine reads data pages from IFS.
 *
 * Keys compare exactly here (`'PO-1'`, `'po-1'` and `'PO-1 '` are three documents). A server that
 * sorts and filters keys by a collation that ties them (SQL Server's default ignores case and
 * trailing spaces) would make `key gt 'PO-1'` leave the twins behind. When a page shows such an
 * order, the pager reads that stamp again from its start and, for the rest of the read, takes rows
 * in the server's order, asks `ge` on the last key, and knows repeats by identity (PositionsRead);
 * staging recognises the rows it sees twice by staging key and payload hash.
 */
export class KeysetPager {
    private from: ReadFrom = { kind: 'start' }
    private readonly requested = new NextLinkLoopDetector()
    /** Set once a page showed the server's collation: positions read at the current stamp. */
    private collated: PositionsRead | null = null

    constructor(private readonly options: KeysetPagerOptions) {}

    /** Sets where the first page starts (see readStart). */
    startAt(from: ReadFrom): void {
        this.from = from
    }

    /** The next page after the last row placed; null when IFS has no more rows. */
    next(): KeysetPage | null {
        const { reader, connection, partition } = this.options
        const query = pageQuery(partition.source, this.from, connection.companies)
        const url = dataUrl(connection.tenantUrl, partition.entitySetPath, query)
        this.requested.visit(url)
        const page = reader.readPage(partition.entitySetPath, query, { objectType: partition.objectType })
        if (page.rows.length === 0) return null
        const placed = placePage({
            partition,
            from: this.from,
            companies: connection.companies,
            rows: page.rows,
            collated: this.collated ?? undefined,
        })
        const loop = this.loopOf(url, page.nextLink, page.context ?? null)
        const rereads = placed.collationMismatchAt !== null
        if (rereads) {
            this.collated = new PositionsRead()
            this.from = { kind: 'from_stamp', modified: placed.collationMismatchAt as string }
        } else if (placed.last !== null)
            this.from = { kind: this.collated ? 'at_or_after' : 'after', cursor: placed.last }
        return {
            read: page.rows.length,
            placed,
            nextLink: page.nextLink,
            loop: loop === null ? null : new MalformedResponse(pathOf(url), loop),
            rereads,
        }
    }

    /**
     * The engine pages by keyset, so a nextLink only says "more may follow"; one that points at a
     * page already requested is a server loop.
     */
    private loopOf(url: string, nextLink: string | null, context: string | null): string | null {
        if (nextLink === null) return null
        const next = resolveNextLink(this.options.connection.tenantUrl, url, nextLink, context)
        if (!next.ok) return next.reason
        return this.requested.visit(next.url) ? null : 'the nextLink repeats a page already read'
    }
}
