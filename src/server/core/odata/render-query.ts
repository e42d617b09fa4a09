import type { FilterExpr, ODataLiteral, ODataQuery } from './query'
import { Failure } from '../domain/failure'

/**
 * The only place that turns OData values into text. String literals double their quotes; the
 * whole option value is then percent-encoded once, so nothing a row or a setting holds can end a
 * literal or start another query option.
 */
export class ODataRenderError extends Failure {
    constructor(message: string) {
        super(message)
        this.name = 'ODataRenderError'
    }
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

function field(name: string): string {
    if (!FIELD.test(name)) throw new ODataRenderError(`"${name}" is not an OData property name`)
    return name
}

/** The body of a string literal, quotes doubled (also used for `{company}` key segments). */
export function escapeStringLiteral(value: string): string {
    return value.split("'").join("''")
}

export function renderLiteral(literal: ODataLiteral): string {
    switch (literal.kind) {
        case 'string':
            return `'${escapeStringLiteral(literal.value)}'`
        case 'number':
            if (!Number.isFinite(literal.value)) throw new ODataRenderError(`${literal.value} is not a finite number`)
            return String(literal.value)
        case 'date':
            if (!DATE.test(literal.value)) throw new ODataRenderError(`"${literal.value}" is not a date YYYY-MM-DD`)
            return literal.value
        case 'datetime':
            if (!DATETIME.test(literal.value))
                throw new ODataRenderError(`"${literal.value}" is not an ISO date-time with offset`)
            return literal.value
    }
}

function renderOperand(expr: FilterExpr): string {
    const text = renderFilter(expr)
    return expr.op === 'and' || expr.op === 'or' ? `(${text})` : text
}

export function renderFilter(expr: FilterExpr): string {
    switch (expr.op) {
        case 'and':
        case 'or':
            if (expr.args.length === 0) throw new ODataRenderError(`"${expr.op}" needs at least one operand`)
            if (expr.args.length === 1) return renderFilter(expr.args[0])
            return expr.args.map(renderOperand).join(` ${expr.op} `)
        case 'not':
            return `not (${renderFilter(expr.arg)})`
        case 'in':
            if (expr.values.length === 0) throw new ODataRenderError(`"in" on ${expr.field} needs at least one value`)
            return `${field(expr.field)} in (${expr.values.map(renderLiteral).join(',')})`
        default:
            return `${field(expr.field)} ${expr.op} ${renderLiteral(expr.value)}`
    }
}

function nonNegativeInteger(name: string, value: number): string {
    if (!Number.isInteger(value) || value < 0) throw new ODataRenderError(`${name} must be a whole number >= 0`)
    return String(value)
}

/**
 * encodeURIComponent throws on a lone UTF-16 surrogate (JSON can carry one: "\ud800"), which would
 * fail a whole page over one odd value; it becomes U+FFFD, so that literal simply matches nothing.
 */
function wellFormed(text: string): string {
    let out = ''
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i)
        const high = c >= 0xd800 && c <= 0xdbff
        const low = c >= 0xdc00 && c <= 0xdfff
        if (high && i + 1 < text.length) {
            const next = text.charCodeAt(i + 1)
            if (next >= 0xdc00 && next <= 0xdfff) {
                out += text[i] + text[i + 1]
                i++
                continue
            }
        }
        out += high || low ? '\ufffd' : text[i]
    }
    return out
}

/** `$filter=...&$select=...&$orderby=...&$top=...&$skip=...&$count=true`, values percent-encoded. */
export function renderQuery(query: ODataQuery): string {
    const parts: string[] = []
    const add = (name: string, value: string) => parts.push(`${name}=${encodeURIComponent(wellFormed(value))}`)
    if (query.filter) add('$filter', renderFilter(query.filter))
    if (query.select && query.select.length > 0) add('$select', query.select.map(field).join(','))
    if (query.orderBy && query.orderBy.length > 0) {
        add('$orderby', query.orderBy.map((o) => field(o.field) + (o.descending ? ' desc' : ' asc')).join(','))
    }
    if (query.top !== undefined) add('$top', nonNegativeInteger('$top', query.top))
    if (query.skip !== undefined) add('$skip', nonNegativeInteger('$skip', query.skip))
    if (query.count) add('$count', 'true')
    return parts.join('&')
}
