/**
 * A structured OData query. Only core/odata turns it into text, so escaping happens in one place.
 */
export type ODataLiteral =
    | { kind: 'string'; value: string }
    | { kind: 'number'; value: number }
    /** ISO date `YYYY-MM-DD`. */
    | { kind: 'date'; value: string }
    /** ISO date-time with offset, e.g. `2026-01-31T10:00:00Z`. */
    | { kind: 'datetime'; value: string }

export type Comparison = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'

export type FilterExpr =
    | { op: Comparison; field: string; value: ODataLiteral }
    | { op: 'in'; field: string; values: readonly ODataLiteral[] }
    | { op: 'and' | 'or'; args: readonly FilterExpr[] }
    | { op: 'not'; arg: FilterExpr }

export interface ODataQuery {
    filter?: FilterExpr
    select?: readonly string[]
    orderBy?: readonly { field: string; descending?: boolean }[]
    top?: number
    skip?: number
    count?: boolean
}
