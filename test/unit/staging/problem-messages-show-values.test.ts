import { named, shown } from '../../../src/server/core/staging/problem'
import { itMapsEachTitled } from '../../support/maps-each'

// How a raw IFS value appears inside a flag message: every expected text is written out here.

describe('named: a value inside a flag message', () => {
    itMapsEachTitled(named, [
        ['text as it is', 'INV-1', 'INV-1'],
        ['empty text', '', ''],
        ['a number', 12.5, '12.5'],
        ['null', null, 'null'],
        ['undefined (JSON has no text for it)', undefined, 'undefined'],
        ['an object as JSON', { a: 1 }, '{"a":1}'],
        ['an array as JSON', ['x', 2], '["x",2]'],
        ['true', true, 'true'],
        ['makes NUL visible', 'a\u0000b', 'a\\u0000b'],
        ['makes a line feed visible', 'two\nlines', 'two\\u000alines'],
        ['makes the last control character visible', '\u001f', '\\u001f'],
        ['makes a tab and a carriage return visible', '\t\r', '\\u0009\\u000d'],
    ])

    it('leaves the space and printable characters as they are', () => {
        expect(named(' ~\u007f\u00e4')).toBe(' ~\u007f\u00e4')
    })

    it('keeps 80 characters whole and cuts 81 to 77 and an ellipsis', () => {
        const eighty = 'abcdefghij'.repeat(8)
        expect(named(eighty)).toBe(eighty)
        expect(named(eighty + 'k')).toBe('abcdefghij'.repeat(7) + 'abcdefg...')
        expect(named(eighty + 'k')).toHaveLength(80)
    })

    it('cuts after making control characters visible (a visible escape counts six)', () => {
        const value = '\u0001'.repeat(14)
        expect(named(value)).toBe('\\u0001'.repeat(12) + '\\u000...')
    })
})

describe('shown: a value in quotes', () => {
    it.each([
        ['', '""'],
        [' ', '" "'],
        ['A B', '"A B"'],
        [7, '"7"'],
        ['x\ny', '"x\\u000ay"'],
    ])('%j is shown as %s', (value, expected) => {
        expect(shown(value)).toBe(expected)
    })
})
