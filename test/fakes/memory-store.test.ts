import { MemoryStore } from './memory-store'
import { FakeClock, FakeWaiter } from './fake-clock'
import { StoreError } from '../../src/server/ports/store'
import { CONNECTION, RUN } from '../../src/tables'

describe('MemoryStore (test fake)', () => {
    it('returns strings and nulls like getValue, fills table defaults, and copies records', () => {
        const store = new MemoryStore()
        const id = store.insert(CONNECTION.name, { name: 'A', page_size: 100, active: true, client_id: '' })
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        const rec = store.get(CONNECTION.name, id)!
        expect(rec.page_size).toBe('100')
        expect(rec.active).toBe('1')
        expect(rec.client_id).toBeNull()
        expect(rec.request_ceiling).toBe('1000')
        expect(rec.allowed_host_suffix).toBe('ifs.cloud')
        ;(rec as Record<string, string | null>).name = 'changed'
        expect(store.get(CONNECTION.name, id)!.name).toBe('A')
    })

    it('filters, orders numerically on integer columns, limits, and matches booleans', () => {
        const store = new MemoryStore()
        store.insert(RUN.name, { number: 'R1', read_count: 9 })
        store.insert(RUN.name, { number: 'R2', read_count: 10 })
        store.insert(RUN.name, { number: 'R3', read_count: 2 })
        const rows = store.query(RUN.name, {
            where: [{ field: 'read_count', op: '>', value: 2 }],
            orderBy: [{ field: 'read_count', descending: true }],
        })
        expect(rows.map((r) => r.number)).toEqual(['R2', 'R1'])
        expect(store.query(RUN.name, { orderBy: [{ field: 'read_count' }], limit: 1 })[0].number).toBe('R3')
        expect(store.count(RUN.name, [{ field: 'number', op: 'IN', value: ['R1', 'R3'] }])).toBe(2)
        store.insert(CONNECTION.name, { name: 'x', active: false })
        expect(store.count(CONNECTION.name, [{ field: 'active', op: '=', value: true }])).toBe(0)
        expect(store.count(CONNECTION.name, [{ field: 'active', op: '=', value: false }])).toBe(1)
        expect(store.count(CONNECTION.name, [{ field: 'last_error', op: 'ISEMPTY' }])).toBe(1)
    })

    it('updates, clears with null, enforces unique indexes and lets a hook simulate a crash', () => {
        const store = new MemoryStore({ unique: { t: [['k']] } })
        const a = store.insert('t', { k: '1', v: 'x' })
        expect(() => store.insert('t', { k: '1' })).toThrow(StoreError)
        store.update('t', a, { v: null })
        expect(store.get('t', a)!.v).toBeNull()
        store.beforeWrite = (op) => {
            if (op === 'update') throw new Error('crash')
        }
        expect(() => store.update('t', a, { v: 'y' })).toThrow('crash')
        expect(store.get('t', a)!.v).toBeNull()
        expect(() => new MemoryStore({ knownTables: [] }).insert('nope', {})).toThrow(StoreError)
    })

    it('updateWhere changes every match as one statement: a crash at any match leaves all unchanged', () => {
        const store = new MemoryStore()
        const ids = ['1', '2', '3'].map((k) => store.insert('t', { k, v: k === '2' ? 'keep' : null }))
        const values = () => ids.map((id) => store.get('t', id)!.v)
        const free = [
            {
                op: 'OR',
                any: [
                    { field: 'v', op: 'ISEMPTY' },
                    { field: 'k', op: '=', value: '2' },
                ],
            },
        ] as const
        let seen = 0
        store.beforeWrite = (op, table, _values, sysId) => {
            expect([op, table]).toEqual(['update', 't'])
            if (sysId === ids[2]) throw new Error('crash')
            seen++
        }
        expect(() => store.updateWhere('t', free, { v: 'set' })).toThrow('crash')
        expect(seen).toBe(2)
        expect(values()).toEqual([null, 'keep', null])
        store.beforeWrite = null
        store.updateWhere('t', free, { v: 'set' })
        expect(values()).toEqual(['set', 'set', 'set'])
        expect(store.writes.filter((w) => w.op === 'update').map((w) => w.sysId)).toEqual(ids)
        store.updateWhere('t', [{ field: 'k', op: 'IN', value: [] }], { v: 'none' })
        expect(values()).toEqual(['set', 'set', 'set'])
    })

    it('fake waiter advances the fake clock and refuses waits above its inline limit', () => {
        const clock = new FakeClock(1000)
        const waiter = new FakeWaiter(clock, 500)
        waiter.wait(200)
        expect(clock.nowMs()).toBe(1200)
        expect(() => waiter.wait(501)).toThrow()
    })
})
