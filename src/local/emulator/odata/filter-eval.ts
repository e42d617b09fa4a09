import type { FilterNode, Literal, Operand } from './filter-ast'
import type { EmulatorRow, RowValue } from '../dataset/row'

/** Evaluates a parsed filter on one row. A value of the wrong type (a bad row) matches nothing. */
export function matches(node: FilterNode, row: EmulatorRow): boolean {
    switch (node.op) {
        case 'and':
            return matches(node.left, row) && matches(node.right, row)
        case 'or':
            return matches(node.left, row) || matches(node.right, row)
        case 'not':
            return !matches(node.arg, row)
        case 'in': {
            const v = valueOf(node.left, row)
            return node.values.some((lit) => compare(v, literalValue(lit)) === 0)
        }
        default: {
            const c = compare(valueOf(node.left, row), valueOf(node.right, row))
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
function compare(a: Comparable, b: Comparable): number | null {
    if (a === null || b === null) return a === b ? 0 : null
    if (typeof a === 'object' || typeof b === 'object') {
        const ia = instantOf(a)
        const ib = instantOf(b)
        return ia === null || ib === null ? null : ia - ib
    }
    return typeof a === typeof b ? compareScalars(a, b) : null
}

/** Two values of the same scalar type. */
function compareScalars(a: string | number | boolean, b: string | number | boolean): number {
    if (typeof a === 'number') return a - (b as number)
    if (typeof a === 'boolean') return a === b ? 0 : a ? 1 : -1
    const sb = b as string
    return a < sb ? -1 : a > sb ? 1 : 0
}

function instantOf(v: Comparable): number | null {
    if (v !== null && typeof v === 'object') return v.instant
    if (typeof v === 'string') {
        const t = Date.parse(v)
        return Number.isNaN(t) ? null : t
    }
    return null
}
