import type { FilterExpr, ODataLiteral } from './query'

/**
 * One `$filter` that matches any key of a batch: `OrderNo in ('A','B')` for a one-field key,
 * `(Company eq '10' and InvoiceId eq 4) or ...` for a compound one (OData has no tuple `in`).
 * Every read by a batch of keys goes through it, so a flagged document's re-read and the lines read
 * below a page of documents build the same filter for the same keys.
 */
export function keySetFilter(
    fields: readonly { readonly name: string }[],
    keys: readonly (readonly ODataLiteral[])[]
): FilterExpr {
    if (fields.length === 1) return { op: 'in', field: fields[0].name, values: keys.map((k) => k[0]) }
    return {
        op: 'or',
        args: keys.map((k) => ({
            op: 'and' as const,
            args: fields.map((f, i) => ({ op: 'eq' as const, field: f.name, value: k[i] })),
        })),
    }
}
