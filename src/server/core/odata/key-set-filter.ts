import type { FilterExpr, ODataLiteral } from './query'

/**
 * One `$filter` that matches any key of a batch: `OrderNo in ('A','B')` for a one-field key; for a
 * compound one the keys grouped by their leading fields, the last field listed:
 * `(Company eq '10' and InvoiceId in (4,5,9)) or (...)` (OData has no tuple `in`). A key costs its
 * last value in the URL, not the whole key again, so a request carries several times the documents.
 * Every read by a batch of keys goes through it, so a flagged document's re-read and the lines read
 * below a page of documents build the same filter for the same keys.
 */
export function keySetFilter(
    fields: readonly { readonly name: string }[],
    keys: readonly (readonly ODataLiteral[])[]
): FilterExpr {
    const last = fields.length - 1
    if (last === 0) return { op: 'in', field: fields[0].name, values: keys.map((k) => k[0]) }
    const groups = new Map<string, { leading: readonly ODataLiteral[]; values: ODataLiteral[] }>()
    for (const k of keys) {
        const leading = k.slice(0, last)
        const id = JSON.stringify(leading)
        const group = groups.get(id) ?? { leading, values: [] }
        group.values.push(k[last])
        groups.set(id, group)
    }
    const args = Array.from(groups.values(), ({ leading, values }) => ({
        op: 'and' as const,
        args: [
            ...fields.slice(0, last).map((f, i) => ({ op: 'eq' as const, field: f.name, value: leading[i] })),
            values.length === 1
                ? { op: 'eq' as const, field: fields[last].name, value: values[0] }
                : { op: 'in' as const, field: fields[last].name, values },
        ],
    }))
    return args.length === 1 ? args[0] : { op: 'or', args }
}
