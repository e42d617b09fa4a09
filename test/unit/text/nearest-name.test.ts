import { editDistance, nearestName } from '../../../src/server/core/text/nearest-name'

describe('editDistance', () => {
    test.each([
        ['', '', 0],
        ['', 'abc', 3],
        ['abc', '', 3],
        ['pageSize', 'pageSize', 0],
        ['pageSise', 'pageSize', 1],
        ['pageSze', 'pageSize', 1],
        ['pageSizze', 'pageSize', 1],
        ['dryRnu', 'dryRun', 1],
        ['kitten', 'sitting', 3],
        ['ca', 'abc', 3],
    ])('%j → %j is %i', (a, b, distance) => {
        expect(editDistance(a, b)).toBe(distance)
        expect(editDistance(b, a)).toBe(distance)
    })
})

describe('nearestName', () => {
    const limits = ['pageSize', 'requestsPerMinute', 'timeBudgetSeconds', 'overlapSeconds', 'lookbackSeconds']

    test('a slip of the keyboard finds the key that was meant', () => {
        expect(nearestName('pageSise', limits)).toBe('pageSize')
        expect(nearestName('requestPerMinute', limits)).toBe('requestsPerMinute')
        expect(nearestName('overlapSecs', limits)).toBe('overlapSeconds')
    })

    test('case differences are a slip too', () => {
        expect(nearestName('dryrun', ['name', 'dryRun', 'database'])).toBe('dryRun')
        expect(nearestName('PAGESIZE', limits)).toBe('pageSize')
    })

    test('a name far from every candidate has no suggestion', () => {
        expect(nearestName('colour', limits)).toBeNull()
        expect(nearestName('x', ['ab', 'cd'])).toBeNull()
        expect(nearestName('anything', [])).toBeNull()
    })

    test('the exact-case candidate wins a tie on the loose distance, then the earlier one', () => {
        expect(nearestName('ab', ['AB', 'ab'])).toBe('ab')
        expect(nearestName('abx', ['aby', 'abz'])).toBe('aby')
    })

    test('short names still allow one edit', () => {
        expect(nearestName('nme', ['name', 'ifs'])).toBe('name')
        expect(nearestName('if', ['name', 'ifs'])).toBe('ifs')
    })
})
