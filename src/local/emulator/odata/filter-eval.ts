import type { FilterNode, Literal, Operand } from './filter-ast'
import type { EmulatorRow, RowValue } from '../dataset/row'
import { compareText, type Collation } from './collation'

/**
 * Evaluates a parsed filter on one row, comparing text by `collation`. A value of the wrong type
 * (a bad row) matches nothing.
 */
export function matches(node: FilterNode, row: EmulatorRow, collation: Collation = 'binary'): boolean {
    switch (node.op) {
        case 'and':
            return matches(node.left, row, collation) && matches(node.right, row, collation)
        case 'or':
            return matches(node.left, row, collation) || matches(node.right, row, collation)
        case 'not':
            return !matches(node.arg, row, collation)
        case 'in': {
            const v = valueOf(node.left, row)
            return node.values.some((lit) => compare(v, literalValue(lit), collation) === 0)
        }
        default: {
            const c = compare(valueOf(node.left, row), valueOf(node.right, row), collation)
            if (node.op === 'ne') return c !== 0
            return c !== null && !Number.isNaN(c) && HOLDS[node.op](c)
        }
    }
}

/** Whether a comparison holds, given compare()'s result (ne is decided before: it holds on null). */
const HOLDS: Readonly<Record<Exclude<FilterNode['op'], 'and' | 'or' | 'not' | 'in' | 'ne'>, (c: number) => boolean>> = {
    eq: (c) => c === 0,
    gt: (c) => c > 0,
    ge: (c) => c >= 0,
    lt: (c) => c < 0,
    le: (c) => c <= 0,
}

type Comparable = string | number | boolean | null | { instant: number }

function valueOf(o: Operand, row: EmulatorRow): Comparable {
    if (o.kind === 'literal') return literalValue(o.literal)
    const v: RowValue | undefined = row[o.name]
    return v === undefined ? null : v
}

function literalValue(l: Literal): Comparable {
    switch (l.type) {
        case 'null':
            return null
        case 'datetime':
            return { instant: l.epochMs }
        default:
            return l.value
    }
}

/** 0 equal, <0 / >0 ordered, null when incomparable (type mismatch, or null against a value). */
function compare(a: Comparable, b: Comparable, collation: Collation): number | null {
    if (a === null || b === null) return a === b ? 0 : null
    if (typeof a === 'object' || typeof b === 'object') {
        const ia = instantOf(a)
        const ib = instantOf(b)
        return ia === null || ib === null ? null : ia - ib
    }
    return typeof a === typeof b ? compareScalars(a, b, collation) : null
}

/** Two values of the same scalar type. */
function compareScalars(a: string | number | boolean, b: string | number | boolean, collation: Collation): number {
    if (typeof a === 'number') return a - (b as number)
    if (typeof a === 'boolean') return a === b ? 0 : a ? 1 : -1
    return compareText(a, b as string, collation)
}

function instantOf(v: Comparable): number | null {
    if (v !== null && typeof v === 'object') return v.instant
    if (typeof v === 'string') {
        const t = Date.parse(v)
        return Number.isNaN(t) ? null : t
    }
    return null
}
