jest.mock('@servicenow/glide', () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide'])

import { GlideStore } from '../../../src/server/glide/glide-store'
import { StoreError } from '../../../src/server/ports/store'
import { convertForColumn } from '../../../src/server/core/staging/target-record'
import { isReservedNull } from '../../../src/server/core/domain/reserved-null'
import { freshWorld } from '../../doubles/glide/jest-glide'
import { thrownBy } from '../../support/thrown-by'

const TARGET = 'sn_apo_invoice'

function world() {
    const w = freshWorld()
    w.defineTable(TARGET, [
        { name: 'number', internalType: 'string', maxLength: 40 },
        { name: 'note', internalType: 'string', maxLength: 100 },
    ])
    return w
}

const refusal = (fn: () => unknown): StoreError => thrownBy(StoreError, fn)

// The Glide double clears a field given the text NULL, as GlideRecord does: without the guard these
// writes would silently blank the field.
describe('GlideStore never lets the text NULL blank a field', () => {
    it.each(['NULL', 'null', ' NULL ', 'Null'])(
        'refuses %j on insert, naming the field, and writes nothing',
        (value) => {
            const w = world()
            const store = new GlideStore()
            const error = refusal(() => store.insert(TARGET, { number: 'INV-1', note: value }))
            expect(error.code).toBe('rejected')
            expect(error.message).toContain(`${TARGET}.note`)
            expect(w.store.query(TARGET, {})).toEqual([])
        }
    )

    it.each(['NULL', 'null'])('refuses %j on update and keeps the stored value', (value) => {
        world()
        const store = new GlideStore()
        const id = store.insert(TARGET, { number: 'INV-1', note: 'kept' })
        expect(refusal(() => store.update(TARGET, id, { note: value })).message).toContain(`${TARGET}.note`)
        expect(store.get(TARGET, id)?.note).toBe('kept')
    })

    it('refuses it in updateWhere too', () => {
        world()
        const store = new GlideStore()
        const id = store.insert(TARGET, { number: 'INV-1', note: 'kept' })
        expect(() =>
            store.updateWhere(TARGET, [{ field: 'number', op: '=', value: 'INV-1' }], { note: 'NULL' })
        ).toThrow(StoreError)
        expect(store.get(TARGET, id)?.note).toBe('kept')
    })

    it.each(['NULLABLE', 'NUL', 'NULL-1', 'not null', ''])('stores %j as it is', (value) => {
        world()
        const store = new GlideStore()
        const id = store.insert(TARGET, { number: 'INV-1', note: value })
        expect(store.get(TARGET, id)?.note).toBe(value === '' ? null : value)
    })
})

describe('the stager flags a document whose value is the text NULL', () => {
    it.each(['NULL', 'null', ' NULL'])('%j becomes an invalid value with the column named', (value) => {
        const result = convertForColumn(
            value,
            { name: 'po_number', kind: 'string', maxLength: 40, mandatory: false },
            'The number'
        )
        expect(result).toMatchObject({ kind: 'bad', problem: { reason: 'invalid_value' } })
        if (result.kind === 'bad') expect(result.problem.message).toContain('po_number')
    })

    it.each([
        ['NULLX', false],
        ['NULL', true],
        [' null\t', true],
        [42, false],
        [null, false],
    ])('isReservedNull(%j) is %s', (value, expected) => {
        expect(isReservedNull(value)).toBe(expected)
    })
})
