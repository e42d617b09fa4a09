import type { ODataQuery } from '../odata/query'
import type { RequestContext } from './request-context'

export type IfsRow = Readonly<Record<string, unknown>>

/**
 * Reads from one IFS tenant through the connection's limiter, token manager and backoff. Used by
 * the sync engine for data pages and by staging for master data and flag re-reads.
 * Errors are thrown as the IfsError subtypes in core/ifs/ifs-errors (H1 defines them): a throttle
 * that cannot be waited out inline throws DeferRequested; the caller never sees a raw status.
 * Each call may say what it is made for (`context`: the object type), which labels its audit events.
 */
export interface IfsReader {
    /**
     * Reads every page of `entitySetPath` matching `query`, following @odata.nextLink, calling
     * onPage once per page in order. Returns the number of rows read.
     */
    readAll(
        entitySetPath: string,
        query: ODataQuery,
        onPage: (rows: readonly IfsRow[]) => void,
        context?: RequestContext
    ): number
    /** One page only (no nextLink following); for $top=1 checks and bounded re-reads. */
    readPage(
        entitySetPath: string,
        query: ODataQuery,
        context?: RequestContext
    ): { rows: readonly IfsRow[]; nextLink: string | null; context?: string | null }
}
