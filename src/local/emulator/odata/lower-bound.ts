import type { FilterNode } from './filter-ast'

/**
 * The smallest value of `field` (a string compared as text, e.g. Objversion) that any row
 * matching `node` can have, or null when the filter does not bound it. Lets the emulator start
 * a cursor query (`Objversion gt 'X' or (Objversion eq 'X' and Key gt 'K')`) from a binary search
 * in its (Objversion, key) index instead of scanning every row. Conservative: never too high.
 */
export function lowerBound(node: FilterNode, field: string): string | null {
    switch (node.op) {
        case 'and': {
            const a = lowerBound(node.left, field)
            const b = lowerBound(node.right, field)
            if (a === null) return b
            if (b === null) return a
            return a > b ? a : b
        }
        case 'or': {
            const a = lowerBound(node.left, field)
            const b = lowerBound(node.right, field)
            if (a === null || b === null) return null
            return a < b ? a : b
        }
        case 'not':
            return null
        case 'in': {
            if (node.left.kind !== 'field' || node.left.name !== field) return null
            let min: string | null = null
            for (const v of node.values) {
                if (v.type !== 'string') return null
                if (min === null || v.value < min) min = v.value
            }
            return min
        }
        default: {
            let op = node.op
            let lit = node.right
            let fld = node.left
            if (node.left.kind === 'literal' && node.right.kind === 'field') {
                // 'X' lt Field  ==  Field gt 'X'
                fld = node.right
                lit = node.left
                op = ({ eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' } as const)[op]
            }
            if (fld.kind !== 'field' || fld.name !== field || lit.kind !== 'literal') return null
            if (lit.literal.type !== 'string') return null
            // gt is exclusive, but a bound that is inclusive is still a valid (conservative) start.
            return op === 'eq' || op === 'gt' || op === 'ge' ? lit.literal.value : null
        }
    }
}
