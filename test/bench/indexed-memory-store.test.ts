import { IndexedMemoryStore } from '../../src/local/bench/indexed-memory-store'
import { AUDIT } from '../../src/tables'

/**
 * The bench's in-memory store answers equality and IN from hash indexes; with several such
 * conditions it reads through the narrowest one. Whichever it picks, the answer is the same rows.
 */
describe('IndexedMemoryStore with several keyed conditions', () => {
    function seeded(): IndexedMemoryStore {
        const store = new IndexedMemoryStore()
        // 200 rows of one object type, of which 3 carry operation 'error'.
        for (let i = 0; i < 200; i++)
            store.insert(AUDIT.name, {
                object_type: 'run',
                operation: i % 70 === 0 ? 'error' : 'info',
                message: `m${i}`,
            })
        store.insert(AUDIT.name, { object_type: 'other', operation: 'error', message: 'x' })
        return store
    }

    test('every condition holds on every row returned, in either order of the conditions', () => {
        const store = seeded()
        const a = store.query(AUDIT.name, {
            where: [
                { field: 'object_type', op: '=', value: 'run' },
                { field: 'operation', op: '=', value: 'error' },
            ],
        })
        const b = store.query(AUDIT.name, {
            where: [
                { field: 'operation', op: 'IN', value: ['error'] },
                { field: 'object_type', op: '=', value: 'run' },
            ],
        })
        expect(a.map((r) => r.message).sort()).toEqual(['m0', 'm140', 'm70'])
        expect(b.map((r) => r.message).sort()).toEqual(['m0', 'm140', 'm70'])
        expect(
            store.count(AUDIT.name, [
                { field: 'operation', op: '=', value: 'nope' },
                { field: 'object_type', op: '=', value: 'run' },
            ])
        ).toBe(0)
    })

    test('updating the field a query matched on moves the rows between index entries', () => {
        const store = seeded()
        const where = [
            { field: 'object_type', op: '=' as const, value: 'run' },
            { field: 'operation', op: '=' as const, value: 'error' },
        ]
        store.updateWhere(AUDIT.name, where, { operation: 'warn' })
        expect(store.count(AUDIT.name, where)).toBe(0)
        expect(store.count(AUDIT.name, [{ field: 'operation', op: '=', value: 'warn' }])).toBe(3)
        expect(store.count(AUDIT.name, [{ field: 'operation', op: '=', value: 'error' }])).toBe(1)
    })
})
