import type { FilterNode, Literal, Operand } from './filter-ast'

/**
 * The values `field` can have in any row matching `node`, when the filter names them one by one
 * (`F eq 'A'`, `F in ('A','B')`, `or`-chains of those, or any of them `and` more), else null. Lets a
 * line set serve "the lines of these documents" from a per-value index instead of a scan of every
 * line. Conservative: a row outside the values never matches; the full filter still decides.
 * Strings and numbers only (what keys are).
 */
export function equalityValues(node: FilterNode, field: string): (string | number)[] | null {
    switch (node.op) {
        case 'and':
            return equalityValues(node.left, field) ?? equalityValues(node.right, field)
        case 'or': {
            const left = equalityValues(node.left, field)
            const right = left && equalityValues(node.right, field)
            return left && right ? [...left, ...right] : null
        }
        case 'in':
            return isField(node.left, field) ? plain(node.values) : null
        case 'eq':
            return equalTo(node.left, node.right, field) ?? equalTo(node.right, node.left, field)
        default:
            return null
    }
}

/** `field eq literal`: the literal's value. */
function equalTo(side: Operand, other: Operand, field: string): (string | number)[] | null {
    return isField(side, field) && other.kind === 'literal' ? plain([other.literal]) : null
}

const isField = (o: Operand, field: string): boolean => o.kind === 'field' && o.name === field

function plain(literals: readonly Literal[]): (string | number)[] | null {
    const out: (string | number)[] = []
    for (const l of literals) {
        if (l.type !== 'string' && l.type !== 'number') return null
        out.push(l.value)
    }
    return out
}
