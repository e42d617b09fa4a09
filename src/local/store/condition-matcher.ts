import type { Condition, FieldCondition, FieldValue } from '../../server/ports/store'

/**
 * The Store port's conditions evaluated in memory, with GlideRecord's semantics: values are text
 * or null (empty), empty sorts first, an ordering test never matches an empty value, a boolean
 * matches '1'/'true' as true. Used by the in-memory stores (the bench's indexed store, the tests'
 * MemoryStore); SQLite translates the same conditions to SQL instead.
 */
export interface MatcherOptions {
    /**
     * Whether a field holds numbers: true compares as numbers, false as text, null (unknown
     * column, the default) as numbers only when both values look numeric.
     */
    numericColumn?: (field: string) => boolean | null
    /** How a boolean value reads as text: '1/0' (GlideRecord.getValue, the default) or 'true/false'. */
    booleans?: '1/0' | 'true/false'
    /**
     * An ordering test (<, <=, >, >=) against a boolean value: false (the default) never matches;
     * true compares the boolean's text like any other value (the tests' MemoryStore does).
     */
    orderBooleansAsText?: boolean
}

export interface ConditionMatcher {
    matches(row: Readonly<Record<string, string | null>>, condition: Condition): boolean
    /** Sort order of two values of `field`: negative, 0 or positive. */
    compare(field: string, a: string | null, b: string | null): number
}

/** A value as GlideRecord stores it: text, booleans as '1'/'0' (or 'true'/'false'), empty as null. */
export function toText(value: FieldValue | undefined, booleans: '1/0' | 'true/false' = '1/0'): string | null {
    if (value === null || value === undefined) return null
    if (typeof value === 'boolean') return booleans === 'true/false' ? String(value) : value ? '1' : '0'
    const text = String(value)
    return text === '' ? null : text
}

const looksNumeric = (t: string): boolean => t.trim() !== '' && !isNaN(Number(t))

/** Empty first, then numbers (per `numeric`, see MatcherOptions) or text. */
export function compareText(a: string | null, b: string | null, numeric: boolean | null = null): number {
    if (a === b) return 0
    if (a === null) return -1
    if (b === null) return 1
    if (numeric ?? (looksNumeric(a) && looksNumeric(b))) {
        const d = Number(a) - Number(b)
        if (!isNaN(d)) return Math.sign(d)
    }
    return a < b ? -1 : 1
}

type Ordering = '<' | '<=' | '>' | '>='
/** A test of a field against one value (=, !=, <, <=, >, >=). */
type Comparing = Exclude<FieldCondition, { op: 'IN' | 'ISEMPTY' | 'ISNOTEMPTY' }>

const ORDERINGS: Readonly<Record<Ordering, (d: number) => boolean>> = {
    '<': (d) => d < 0,
    '<=': (d) => d <= 0,
    '>': (d) => d > 0,
    '>=': (d) => d >= 0,
}

export function conditionMatcher(options: MatcherOptions = {}): ConditionMatcher {
    const numericColumn = options.numericColumn ?? (() => null)
    const compare = (field: string, a: string | null, b: string | null): number =>
        compareText(a, b, numericColumn(field))

    const comparing = (c: Comparing, actual: string | null): boolean => {
        if (typeof c.value === 'boolean') {
            const truthy = actual === '1' || actual === 'true'
            const same = truthy === c.value
            if (c.op === '=' || c.op === '!=') return c.op === '=' ? same : !same
            if (!options.orderBooleansAsText) return false
        }
        const expected = toText(c.value, options.booleans)
        if (c.op === '=') return compare(c.field, actual, expected) === 0
        if (c.op === '!=') return compare(c.field, actual, expected) !== 0
        if (actual === null || expected === null) return false
        return ORDERINGS[c.op](compare(c.field, actual, expected))
    }

    const matchesField = (row: Readonly<Record<string, string | null>>, c: FieldCondition): boolean => {
        const actual = row[c.field] ?? null
        switch (c.op) {
            case 'ISEMPTY':
                return actual === null
            case 'ISNOTEMPTY':
                return actual !== null
            case 'IN':
                return actual !== null && c.value.includes(actual)
            default:
                return comparing(c, actual)
        }
    }

    return {
        compare,
        matches: (row, c) => (c.op === 'OR' ? c.any.some((m) => matchesField(row, m)) : matchesField(row, c)),
    }
}
