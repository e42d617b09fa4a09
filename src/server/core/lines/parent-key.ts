import type { SourceField } from '../document-types/source-field'
import type { ODataLiteral } from '../odata/query'
import { requestValueProblem } from '../odata/request-bounds'
import { readAmount } from '../staging/source-values'

/**
 * A document's key as the lines that belong to it hold it, in one comparable text: the values of
 * the key fields by kind (a number key `4` and `"4"` are one key; text exactly as IFS holds it,
 * case and spaces included, as IFS compares keys). Null when a value is missing or not of its kind.
 */
export function keyText(fields: readonly Pick<SourceField, 'kind'>[], values: readonly unknown[]): string | null {
    return joinedKey(fields, (i) => values[i])
}

/**
 * keyText of a row's own fields (`fields[i].name`), without the values array keyText takes: lines
 * are grouped by it row by row, tens of thousands per page.
 */
export function rowKeyText(
    fields: readonly Pick<SourceField, 'kind' | 'name'>[],
    row: Readonly<Record<string, unknown>>
): string | null {
    return joinedKey(fields, (i) => row[fields[i].name])
}

/** JSON.stringify of the key values' array, written out as it goes (no array per key). */
function joinedKey(fields: readonly Pick<SourceField, 'kind'>[], valueAt: (i: number) => unknown): string | null {
    let text = '['
    for (let i = 0; i < fields.length; i++) {
        const value = keyValue(fields[i].kind, valueAt(i))
        if (value === null) return null
        text += (i === 0 ? '' : ',') + JSON.stringify(value)
    }
    return text + ']'
}

function keyValue(kind: SourceField['kind'], raw: unknown): string | number | null {
    if (kind === 'number') {
        const n = readAmount(raw)
        return n.kind === 'ok' ? n.value : null
    }
    if (typeof raw === 'string' && raw !== '') return raw
    if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw)
    return null
}

/**
 * The key values as OData literals for a `$filter`, or null when one cannot be sent (missing, not
 * of its kind, or a value no request can carry: such a document is flagged by its own mapping).
 */
export function keyLiterals(
    fields: readonly Pick<SourceField, 'kind'>[],
    values: readonly unknown[]
): ODataLiteral[] | null {
    const out: ODataLiteral[] = []
    for (let i = 0; i < fields.length; i++) {
        const value = keyValue(fields[i].kind, values[i])
        if (value === null) return null
        if (typeof value === 'number') out.push({ kind: 'number', value })
        else if (requestValueProblem(value) !== null) return null
        else out.push({ kind: 'string', value })
    }
    return out
}
