jest.mock('@servicenow/glide', () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide'])

import { GlideStore } from '../../../src/server/glide/glide-store'
import { StoreError } from '../../../src/server/ports/store'
import type { StoredRecord } from '../../../src/server/ports/store'
import { freshWorld } from '../../doubles/glide/jest-glide'
import { GlideWorld } from '../../doubles/glide/glide-world'
import { MemoryStore } from '../../fakes/memory-store'

const TARGET = 'sn_apo_invoice'

function worldWithTarget(store = new MemoryStore({ booleans: 'true/false' })): GlideWorld {
    const world = freshWorld(new GlideWorld(store))
    world.defineTable(TARGET, [
        { name: 'number', internalType: 'string', maxLength: 40 },
        { name: 'amount', internalType: 'decimal' },
        { name: 'note', internalType: 'string', maxLength: 100 },
    ])
    return world
}

describe('GlideStore over GlideRecord', () => {
    it('inserts and reads back values as strings, empty values as null', () => {
        worldWithTarget()
        const store = new GlideStore()
        const id = store.insert(TARGET, { number: 'INV-1', amount: 12.5, note: null })
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        expect(store.get(TARGET, id)).toEqual({ sys_id: id, number: 'INV-1', amount: '12.5', note: null })
        expect(store.get(TARGET, 'f'.repeat(32))).toBeNull()
    })

    it('keeps a sys_id given by the caller (setNewGuidValue)', () => {
        worldWithTarget()
        const store = new GlideStore()
        const wanted = '0123456789abcdef0123456789abcdef'
        expect(store.insert(TARGET, { sys_id: wanted, number: 'X' })).toBe(wanted)
        expect(store.get(TARGET, wanted)?.number).toBe('X')
    })

    it('translates structured conditions, ordering and limits', () => {
        worldWithTarget()
        const store = new GlideStore()
        for (const [number, amount, note] of [
            ['A', 1, 'x'],
            ['B', 5, null],
            ['C', 9, 'y'],
            ['D', 3, 'z'],
        ] as const)
            store.insert(TARGET, { number, amount, note })
        const numbers = (rows: StoredRecord[]) => rows.map((r) => r.number)

        expect(
            numbers(store.query(TARGET, { where: [{ field: 'number', op: 'IN', value: ['A', 'C', 'Q'] }] }))
        ).toEqual(['A', 'C'])
        expect(numbers(store.query(TARGET, { where: [{ field: 'note', op: 'ISEMPTY' }] }))).toEqual(['B'])
        expect(numbers(store.query(TARGET, { where: [{ field: 'note', op: 'ISNOTEMPTY' }] }))).toEqual(['A', 'C', 'D'])
        expect(numbers(store.query(TARGET, { where: [{ field: 'amount', op: '>=', value: 3 }] }))).toEqual([
            'B',
            'C',
            'D',
        ])
        expect(numbers(store.query(TARGET, { orderBy: [{ field: 'number', descending: true }], limit: 2 }))).toEqual([
            'D',
            'C',
        ])
        expect(store.count(TARGET, [{ field: 'amount', op: '<', value: 5 }])).toBe(2)
    })

    it('matches IN values that contain commas exactly (JSON source keys), as an OR of equalities', () => {
        worldWithTarget()
        const store = new GlideStore()
        for (const number of [
            '{"Company":"10","InvoiceId":1}',
            '{"Company":"10","InvoiceId":2}',
            '10',
            '"InvoiceId":1}',
        ])
            store.insert(TARGET, { number })
        const wanted = ['{"Company":"10","InvoiceId":1}', '{"Company":"10","InvoiceId":3}']
        const rows = store.query(TARGET, { where: [{ field: 'number', op: 'IN', value: wanted }] })
        expect(rows.map((r) => r.number)).toEqual(['{"Company":"10","InvoiceId":1}'])
        expect(store.count(TARGET, [{ field: 'number', op: 'IN', value: wanted }])).toBe(1)
    })

    it('matches an empty IN list against nothing instead of dropping the condition', () => {
        worldWithTarget()
        const store = new GlideStore()
        store.insert(TARGET, { number: 'A' })
        expect(store.query(TARGET, { where: [{ field: 'number', op: 'IN', value: [] }] })).toEqual([])
        expect(store.count(TARGET, [{ field: 'number', op: 'IN', value: [] }])).toBe(0)
    })

    it('treats values literally: encoded-query syntax in a value selects nothing extra', () => {
        worldWithTarget()
        const store = new GlideStore()
        store.insert(TARGET, { number: 'A' })
        store.insert(TARGET, { number: 'B^ORnumber=A' })
        const rows = store.query(TARGET, { where: [{ field: 'number', op: '=', value: 'B^ORnumber=A' }] })
        expect(rows.map((r) => r.number)).toEqual(['B^ORnumber=A'])
    })

    it('inserts many rows in order, one insert each', () => {
        worldWithTarget()
        const store = new GlideStore()
        const ids = store.insertMany(TARGET, [{ number: '1' }, { number: '2' }, { number: '3' }])
        expect(ids.map((id) => store.get(TARGET, id)?.number)).toEqual(['1', '2', '3'])
    })

    it('updates only the given fields', () => {
        worldWithTarget()
        const store = new GlideStore()
        const id = store.insert(TARGET, { number: 'A', note: 'old', amount: 1 })
        store.update(TARGET, id, { note: 'new' })
        expect(store.get(TARGET, id)).toMatchObject({ number: 'A', note: 'new', amount: '1' })
    })

    it('raises StoreError when the table refuses a record', () => {
        worldWithTarget(new MemoryStore({ unique: { [TARGET]: [['number']] } }))
        const store = new GlideStore()
        store.insert(TARGET, { number: 'A' })
        const refused = (() => {
            try {
                store.insert(TARGET, { number: 'A' })
            } catch (error) {
                return error
            }
        })()
        expect(refused).toBeInstanceOf(StoreError)
        expect((refused as StoreError).code).toBe('duplicate_key')
        expect(() => store.update(TARGET, 'f'.repeat(32), { note: 'x' })).toThrow(StoreError)
    })

    describe('updateWhere (GlideRecord.updateMultiple)', () => {
        function seeded() {
            const world = worldWithTarget()
            const store = new GlideStore()
            const ids = [
                ['A', 1, 'x'],
                ['B', 5, null],
                ['C', 9, 'y'],
            ].map(([number, amount, note]) => store.insert(TARGET, { number, amount, note }))
            const notes = () => ids.map((id) => store.get(TARGET, id)?.note ?? null)
            const spy = jest.spyOn(world.store, 'updateWhere')
            return { world, store, ids, notes, spy }
        }

        it('sets the values on every matching record, as one updateMultiple', () => {
            const { store, notes, spy } = seeded()
            store.updateWhere(TARGET, [{ field: 'amount', op: '>=', value: 5 }], { note: 'big' })
            expect(notes()).toEqual(['x', 'big', 'big'])
            expect(spy).toHaveBeenCalledTimes(1)
        })

        it('ORs a group whose emptiness test is not first, and ANDs it with the rest', () => {
            const { store, notes, ids } = seeded()
            store.updateWhere(
                TARGET,
                [
                    { field: 'sys_id', op: 'IN', value: [ids[0], ids[1]] },
                    {
                        op: 'OR',
                        any: [
                            { field: 'number', op: '=', value: 'C' },
                            { field: 'amount', op: '<', value: 2 },
                            { field: 'note', op: 'ISEMPTY' },
                        ],
                    },
                ],
                { note: 'hit' }
            )
            expect(notes()).toEqual(['hit', 'hit', 'y'])
        })

        it('an OR group with IN values containing commas matches them exactly', () => {
            const { store, ids } = seeded()
            const odd = store.insert(TARGET, { number: '{"a":1,"b":2}' })
            store.updateWhere(
                TARGET,
                [{ op: 'OR', any: [{ field: 'number', op: 'IN', value: ['{"a":1,"b":2}', 'zz,A'] }] }],
                { note: 'json' }
            )
            expect(store.get(TARGET, odd)?.note).toBe('json')
            expect(store.get(TARGET, ids[0])?.note).toBe('x')
        })

        it("clears a field with 'NULL', since updateMultiple skips empty values", () => {
            const { store, notes } = seeded()
            store.updateWhere(TARGET, [{ field: 'number', op: 'IN', value: ['A', 'C'] }], { note: null })
            expect(notes()).toEqual([null, null, null])
        })

        it('changes nothing when nothing matches, or the IN list is empty (Glide would drop it)', () => {
            const { store, notes, spy } = seeded()
            store.updateWhere(TARGET, [{ field: 'number', op: '=', value: 'Q' }], { note: 'no' })
            store.updateWhere(TARGET, [{ field: 'number', op: 'IN', value: [] }], { note: 'no' })
            store.updateWhere(TARGET, [{ op: 'OR', any: [{ field: 'number', op: 'IN', value: [] }] }], { note: 'no' })
            expect(notes()).toEqual(['x', null, 'y'])
            expect(spy).toHaveBeenCalledTimes(1)
        })

        it('is a compare-and-set: the second of two identical conditional updates matches nothing', () => {
            const { store, ids } = seeded()
            const free = [
                { field: 'sys_id', op: '=', value: ids[1] },
                {
                    op: 'OR',
                    any: [
                        { field: 'note', op: 'ISEMPTY' },
                        { field: 'note', op: '=', value: 'me' },
                    ],
                },
            ] as const
            store.updateWhere(TARGET, free, { note: 'first' })
            store.updateWhere(TARGET, free, { note: 'second' })
            expect(store.get(TARGET, ids[1])?.note).toBe('first')
        })

        it('refuses a field the table lacks instead of letting the instance drop the term', () => {
            const { store, notes, spy } = seeded()
            for (const [where, values] of [
                [[{ field: 'numbr', op: '=', value: 'A' }], { note: 'no' }],
                [
                    [
                        {
                            op: 'OR',
                            any: [
                                { field: 'number', op: '=', value: 'A' },
                                { field: 'nte', op: 'ISEMPTY' },
                            ],
                        },
                    ],
                    {},
                ],
                [[{ field: 'number', op: '=', value: 'A' }], { nte: 'no' }],
            ] as const)
                expect(() => store.updateWhere(TARGET, where, values)).toThrow(
                    expect.objectContaining({ code: 'rejected' })
                )
            expect(notes()).toEqual(['x', null, 'y'])
            expect(spy).not.toHaveBeenCalled()
        })

        it('refuses an OR of two emptiness tests, which addOrCondition cannot express', () => {
            const { store, notes } = seeded()
            const where = [
                {
                    op: 'OR',
                    any: [
                        { field: 'note', op: 'ISEMPTY' },
                        { field: 'number', op: 'ISNOTEMPTY' },
                    ],
                },
            ] as const
            expect(() => store.updateWhere(TARGET, where, { note: 'no' })).toThrow(StoreError)
            expect(notes()).toEqual(['x', null, 'y'])
        })

        it('queries and counts with OR groups too', () => {
            const { store } = seeded()
            const where = [
                {
                    op: 'OR',
                    any: [
                        { field: 'amount', op: '>', value: 8 },
                        { field: 'note', op: 'ISEMPTY' },
                    ],
                },
            ] as const
            expect(store.query(TARGET, { where }).map((r) => r.number)).toEqual(['B', 'C'])
            expect(store.count(TARGET, where)).toBe(2)
        })
    })

    it('raises no_such_table for a table the instance does not have', () => {
        worldWithTarget()
        const store = new GlideStore()
        expect(() => store.insert('sn_missing_table', { a: 1 })).toThrow(
            expect.objectContaining({ code: 'no_such_table' })
        )
        expect(() => store.query('sn_missing_table', {})).toThrow(StoreError)
    })
})
