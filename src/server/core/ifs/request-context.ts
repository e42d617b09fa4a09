import type { ObjectType } from '../../../tables/object-types'

/**
 * What a request to IFS is made for, passed with each call of the reader (never set on it): the
 * object type whose work needs the request labels its audit events. Master-data look-ups, the
 * connection check and flag work outside a partition pass none.
 */
export interface RequestContext {
    readonly objectType?: ObjectType
    /**
     * The page size this read asks IFS for (`Prefer: odata.maxpagesize`); the connection's page
     * size when absent. Line reads ask for more: a page of documents has many lines.
     */
    readonly maxPageSize?: number
}

export const NO_REQUEST_CONTEXT: RequestContext = {}

/**
 * One request in flight: where it goes, for what, and how far its retries have got. Created per
 * exchange and handed to every step of it (retry, throttle, deferral), so nothing about a request
 * lives on the client between calls.
 */
export class RequestAttempt {
    /** Retries made so far (a token refresh after a 401 is not one). */
    retry = 0
    /** IFS answered 401 once and the token was dropped: a second 401 is final. */
    refreshedAfter401 = false

    constructor(
        readonly path: string,
        readonly context: RequestContext
    ) {}

    get objectType(): ObjectType | undefined {
        return this.context.objectType
    }
}
