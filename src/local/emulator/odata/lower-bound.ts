import type { FilterNode, Operand } from './filter-ast'

type ComparisonNode = Extract<FilterNode, { right: Operand }>
type InNode = Extract<FilterNode, { op: 'in' }>

/**
 * The smallest value of `field` (a string compared as text, e.g. Objversion) that any row
 * matching `node` can have, or null when the filter does not bound it. Lets the emulator start
 * a cursor query (`Objversion gt 'X' or (Objversion eq 'X' and Key gt 'K')`) from a binary search
 * in its (Objversion, key) index instead of scanning every row. Conservative: never too high.
 */
export function lowerBound(node: FilterNode, field: string): string | null {
    switch (node.op) {
        case 'and':
            return higher(lowerBound(node.left, field), lowerBound(node.right, field))
        case 'or':
            return lower(lowerBound(node.left, field), lowerBound(node.right, field))
        case 'not':
            return null
        case 'in':
            return boundOfIn(node, field)
        default:
            return boundOfComparison(node, field)
    }
}

/** Both hold: the higher bound, or the only one. */
function higher(a: string | null, b: string | null): string | null {
    if (a === null) return b
    if (b === null) return a
    return a > b ? a : b
}

/** Either holds: the lower bound, none when one side is unbounded. */
function lower(a: string | null, b: string | null): string | null {
    if (a === null || b === null) return null
    return a < b ? a : b
}

function boundOfIn(node: InNode, field: string): string | null {
    if (node.left.kind !== 'field' || node.left.name !== field) return null
    let min: string | null = null
    for (const v of node.values) {
        if (v.type !== 'string') return null
        if (min === null || v.value < min) min = v.value
    }
    return min
}

/** `'X' lt Field` is `Field gt 'X'`. */
const MIRRORED = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' } as const

function boundOfComparison(node: ComparisonNode, field: string): string | null {
    const mirrored = node.left.kind === 'literal' && node.right.kind === 'field'
    const op = mirrored ? MIRRORED[node.op] : node.op
    const fld = mirrored ? node.right : node.left
    const lit = mirrored ? node.left : node.right
    if (fld.kind !== 'field' || fld.name !== field || lit.kind !== 'literal') return null
    if (lit.literal.type !== 'string') return null
    // gt is exclusive, but a bound that is inclusive is still a valid (conservative) start.
    return op === 'eq' || op === 'gt' || op === 'ge' ? lit.literal.value : null
}
