import type { Comparison } from '../../../server/core/odata/query'

/** A literal after parsing: dates stay text (they compare as text), date-times become instants. */
export type Literal =
    | { type: 'string'; value: string }
    | { type: 'number'; value: number }
    | { type: 'date'; value: string }
    | { type: 'datetime'; value: string; epochMs: number }
    | { type: 'boolean'; value: boolean }
    | { type: 'null' }

export type Operand = { kind: 'field'; name: string } | { kind: 'literal'; literal: Literal }

export type FilterNode =
    | { op: Comparison; left: Operand; right: Operand }
    | { op: 'in'; left: Operand; values: readonly Literal[] }
    | { op: 'and' | 'or'; left: FilterNode; right: FilterNode }
    | { op: 'not'; arg: FilterNode }
