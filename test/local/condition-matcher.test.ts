import { compareText, conditionMatcher, toText } from '../../src/local/store/condition-matcher'

describe('conditionMatcher', () => {
    const row = { n: '10', s: '10', flag: '1', empty: null }

    it('compares values that both look numeric as numbers unless the column says text', () => {
        const byDefault = conditionMatcher()
        expect(byDefault.matches(row, { field: 's', op: '>', value: '9' })).toBe(true)
        const typed = conditionMatcher({ numericColumn: (f) => (f === 'n' ? true : f === 's' ? false : null) })
        expect(typed.matches(row, { field: 'n', op: '>', value: '9' })).toBe(true)
        expect(typed.matches(row, { field: 's', op: '>', value: '9' })).toBe(false)
        expect(typed.compare('s', '10', '9')).toBe(-1)
    })

    it('never matches an empty value with an ordering test, and sorts empty first', () => {
        const m = conditionMatcher()
        expect(m.matches(row, { field: 'empty', op: '<', value: 'z' })).toBe(false)
        expect(m.matches(row, { field: 'empty', op: '!=', value: 'z' })).toBe(true)
        expect(m.matches(row, { field: 'empty', op: 'ISEMPTY' })).toBe(true)
        expect(compareText(null, '')).toBe(-1)
    })

    it("reads booleans as '1'/'true', and orders against them only when asked to", () => {
        expect(conditionMatcher().matches(row, { field: 'flag', op: '=', value: true })).toBe(true)
        expect(conditionMatcher().matches(row, { field: 'flag', op: '!=', value: true })).toBe(false)
        expect(conditionMatcher().matches(row, { field: 'flag', op: '>=', value: true })).toBe(false)
        const asText = conditionMatcher({ orderBooleansAsText: true })
        expect(asText.matches(row, { field: 'flag', op: '>=', value: true })).toBe(true)
        expect(toText(false, 'true/false')).toBe('false')
        expect(toText('')).toBeNull()
    })

    it('matches an OR group when any member holds, and IN on a listed value', () => {
        const m = conditionMatcher()
        const any = {
            op: 'OR',
            any: [
                { field: 'empty', op: 'ISNOTEMPTY' },
                { field: 'n', op: 'IN', value: ['10'] },
            ],
        } as const
        expect(m.matches(row, any)).toBe(true)
        expect(m.matches(row, { field: 'n', op: 'IN', value: ['1'] })).toBe(false)
    })
})
