import { columnKindOf } from '../../../src/server/core/prerequisites/column-kind-of'

// The dictionary's internal types as the instance names them (Glide element descriptors and
// sys_dictionary.internal_type), written out here rather than read from the table under test.
describe('columnKindOf', () => {
    it('gives each known internal type its kind', () => {
        const expected = {
            string: 'string',
            url: 'string',
            choice: 'string',
            json: 'string',
            email: 'string',
            multi_two_lines: 'string',
            integer: 'integer',
            longint: 'integer',
            currency: 'decimal',
            float: 'decimal',
            boolean: 'boolean',
            glide_date: 'date',
            glide_date_time: 'datetime',
            due_date: 'datetime',
            reference: 'reference',
        }
        const kinds = Object.fromEntries(Object.keys(expected).map((type) => [type, columnKindOf(type)]))
        expect(kinds).toEqual(expected)
    })

    it.each(['glide_list', 'script', '', 'constructor', 'toString'])('%j is other', (internalType) => {
        expect(columnKindOf(internalType)).toBe('other')
    })
})
