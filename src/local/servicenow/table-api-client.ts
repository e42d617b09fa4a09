import { displayUrl } from '../../server/core/odata/url-parts'
import type { Http } from '../../server/ports/http'

export type TableApiAuth = { kind: 'basic'; user: string; password: string } | { kind: 'bearer'; token: string }

class TableApiError extends Error {
    constructor(
        message: string,
        readonly status: number | null
    ) {
        super(message)
        this.name = 'TableApiError'
    }
}

/** A condition of the encoded query; values are checked, never spliced in raw (see domain facts). */
export interface EncodedCondition {
    field: string
    value: string
}

const SAFE_FIELD = /^[a-z_][a-z0-9_.]*$/
/** Characters that would change an encoded query's meaning (^ joins, = and friends compare). */
const UNSAFE_VALUE = /[\^=<>!@\n\r]/

/** Table and field names are checked, and values must not hold encoded-query operators. */
function refuseUnsafe(table: string, where: readonly EncodedCondition[]): void {
    if (!SAFE_FIELD.test(table)) throw new TableApiError(`"${table}" is not a table name`, null)
    for (const c of where) {
        if (!SAFE_FIELD.test(c.field) || UNSAFE_VALUE.test(c.value))
            throw new TableApiError(`refusing to query ${table} with ${c.field}="${c.value}"`, null)
    }
}

/** What to check for the usual refusals: the credentials (401) or the user's roles (403). */
const STATUS_HINTS: Readonly<Record<number, (table: string) => string>> = {
    401: () => ' (check the user and password/OAuth settings)',
    403: (table) => ` (the user may not read ${table}: an ACL or role is missing)`,
}

function statusError(table: string, status: number, body: ReturnType<typeof parseEnvelope>): TableApiError {
    const detail = body?.error ? [body.error.message, body.error.detail].filter(Boolean).join(': ') : ''
    const hint = STATUS_HINTS[status]?.(table) ?? ''
    return new TableApiError(`Table API ${table}: HTTP ${status}${detail ? ` ${detail}` : ''}${hint}`, status)
}

/** A thin ServiceNow Table API client over the blocking Http: `GET /api/now/table/<table>`. */
export class TableApiClient {
    constructor(
        private readonly http: Http,
        private readonly instanceUrl: string,
        private readonly auth: TableApiAuth,
        private readonly timeoutMs = 30000
    ) {}

    /** Rows matching every condition (AND), only the named fields. */
    list(
        table: string,
        where: readonly EncodedCondition[],
        fields: readonly string[],
        limit = 100
    ): Record<string, string>[] {
        refuseUnsafe(table, where)
        const params = new URLSearchParams({
            sysparm_query: where.map((c) => `${c.field}=${c.value}`).join('^'),
            sysparm_fields: fields.join(','),
            sysparm_limit: String(limit),
            sysparm_exclude_reference_link: 'true',
        })
        const url = `${this.instanceUrl}/api/now/table/${table}?${params.toString()}`
        const result = this.http.send({
            method: 'GET',
            url,
            headers: { accept: 'application/json', authorization: this.authorization() },
            timeoutMs: this.timeoutMs,
        })
        if (result.kind === 'transport_error')
            throw new TableApiError(
                `cannot reach ${displayUrl(this.instanceUrl)} (${result.reason}): ${result.message}`,
                null
            )
        const body = parseEnvelope(result.body)
        if (result.status !== 200) throw statusError(table, result.status, body)
        if (!body || !Array.isArray(body.result))
            throw new TableApiError(`Table API ${table}: unexpected body`, result.status)
        return body.result as Record<string, string>[]
    }

    private authorization(): string {
        return this.auth.kind === 'basic'
            ? `Basic ${Buffer.from(`${this.auth.user}:${this.auth.password}`).toString('base64')}`
            : `Bearer ${this.auth.token}`
    }
}

type Envelope = { result?: unknown; error?: { message?: string; detail?: string } }

function parseEnvelope(text: string): Envelope | null {
    try {
        const value: unknown = JSON.parse(text)
        return value && typeof value === 'object' ? (value as Envelope) : null
    } catch {
        return null
    }
}
