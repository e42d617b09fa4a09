/** What a request is, for stats, rate limits and fault targeting. */
export type RequestKind = 'token' | 'data' | 'master_data' | 'metadata' | 'control' | 'other'

/** Which requests a fault rule hits, and how often. */
interface FaultTarget {
    /** Substring of the decoded request path; every path when absent. */
    path?: string
    /** Default: data and master_data. */
    requests?: readonly RequestKind[]
    /** Let this many eligible requests through first: `after: 4, count: 1` hits the 5th only. */
    after?: number
    /** Fire at most this many times; unlimited when absent. */
    count?: number
    /** Chance (0..1) that an eligible request is hit, drawn from the plan's seeded generator. */
    probability?: number
}

type FaultEffect =
    /** 429; `retryAfterSeconds: null` sends no Retry-After header. Default 1 second. */
    | { kind: 'throttle'; retryAfterSeconds?: number | null }
    | { kind: 'server_error'; status?: 500 | 502 | 503 | 504 }
    | { kind: 'unauthorized' }
    /** Waits before answering (the answer itself is normal). */
    | { kind: 'slow'; delayMs: number }
    | { kind: 'malformed_json' }
    /** `cut`: declares the full length, sends half, closes the socket. `short`: a shorter, consistent length. */
    | { kind: 'truncated_body'; mode?: 'cut' | 'short' }
    /** A page whose JSON has no `value` array. */
    | { kind: 'missing_value' }
    /** `@odata.nextLink` pointing at the page just served. */
    | { kind: 'looping_next_link' }
    /** The last row of this page comes again as the first row of the next page. */
    | { kind: 'repeat_row' }
    /** On a continuation page: the next `rows` rows of the result are modified just before it is read. */
    | { kind: 'change_rows'; rows?: number }
    /** A page padded to `bytes` (default 10 MB) of valid JSON. */
    | { kind: 'huge_page'; bytes?: number }
    /** The page starts with a UTF-8 byte-order mark (valid JSON otherwise). */
    | { kind: 'bom' }
    /** The page compressed with `encoding` (default gzip) and a Content-Encoding header, offered or not. */
    | { kind: 'compressed'; encoding?: 'gzip' | 'deflate' }
    /** A 200 answer with a `text/html` sign-in page instead of JSON (a proxy or login portal). */
    | { kind: 'html' }
    /** The page's JSON names `value` twice: the rows, then an empty array (JSON.parse keeps the last). */
    | { kind: 'duplicate_value_key' }
    /** The server ignores the `Company` conditions of `$filter`: rows of every company come back. */
    | { kind: 'ignore_company_filter' }
    /**
     * An error answer (`status`, default 400) whose message echoes the credential the request
     * carried — the client secret of a token request, the bearer token of any other — written in
     * `encoding` (default url), as careless servers do. `text` sends it as a plain-text body.
     */
    | { kind: 'echo'; encoding?: EchoEncoding; status?: number }
    /** `$metadata` names property `from` as `to` (the rows keep `from`): a tenant whose names differ from the mapping. */
    | { kind: 'rename_in_metadata'; from: string; to: string }

export type EchoEncoding =
    'raw' | 'url' | 'url_lower' | 'form' | 'json' | 'json_unicode' | 'html' | 'base64' | 'basic' | 'text'

export const ECHO_ENCODINGS: readonly EchoEncoding[] = [
    'raw',
    'url',
    'url_lower',
    'form',
    'json',
    'json_unicode',
    'html',
    'base64',
    'basic',
    'text',
]

export type FaultRule = FaultTarget & FaultEffect
export type FaultKind = FaultEffect['kind']

export interface FaultPlan {
    /** Seed of the probability draws. */
    seed?: number
    rules: readonly FaultRule[]
}

export const FAULT_KINDS: readonly FaultKind[] = [
    'throttle',
    'server_error',
    'unauthorized',
    'slow',
    'malformed_json',
    'truncated_body',
    'missing_value',
    'looping_next_link',
    'repeat_row',
    'change_rows',
    'huge_page',
    'echo',
    'bom',
    'compressed',
    'html',
    'duplicate_value_key',
    'ignore_company_filter',
    'rename_in_metadata',
]

/** Faults decided before the request is served (they replace or delay the answer). */
export const STATUS_FAULTS: ReadonlySet<FaultKind> = new Set([
    'throttle',
    'server_error',
    'unauthorized',
    'slow',
    'echo',
])
