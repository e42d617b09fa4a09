import { CountingStore } from '../../src/local/bench/counting-store'
import { ProgressStore } from '../../src/local/cli/progress'
import { CrashCounter, CrashingStore } from '../../src/local/faults/crash-injector'
import type { CrashPoint } from '../../src/local/faults/crash-injector'
import type { Condition } from '../../src/server/ports/store'
import { CONNECTION, RUN } from '../../src/tables'
import { MemoryStore } from '../fakes/memory-store'

/** The Store decorators pass updateWhere on, each doing its own job around it. */
class Killed extends Error {}
const kill = (): never => {
    throw new Killed('killed')
}

function twoConnections() {
    const inner = new MemoryStore()
    const ids = ['a', 'b'].map((name) => inner.insert(CONNECTION.name, { name }))
    const owners = () => ids.map((id) => inner.get(CONNECTION.name, id)?.lease_owner ?? null)
    return { inner, ids, owners }
}

const ALL_FREE: Condition[] = [{ field: 'lease_owner', op: 'ISEMPTY' }]

describe('CrashingStore', () => {
    const crashing = (point: CrashPoint) => {
        const w = twoConnections()
        return { ...w, store: new CrashingStore(w.inner, new CrashCounter(point, kill), true) }
    }

    test('counts updateWhere as a write: killed before it, nothing changed', () => {
        const w = crashing({ on: 'store-write', when: 'before', nth: 2 })
        w.store.insert(RUN.name, { number: 'R1' })
        expect(() => w.store.updateWhere(CONNECTION.name, ALL_FREE, { lease_owner: 'X' })).toThrow(Killed)
        expect(w.owners()).toEqual([null, null])
    })

    test('killed after it, every matching record changed', () => {
        const w = crashing({ on: 'store-write', when: 'after', nth: 1, table: CONNECTION.name })
        w.store.insert(RUN.name, { number: 'R1' })
        expect(() => w.store.updateWhere(CONNECTION.name, ALL_FREE, { lease_owner: 'X' })).toThrow(Killed)
        expect(w.owners()).toEqual(['X', 'X'])
    })
})

describe('CountingStore', () => {
    test('one round trip per updateWhere; the rows written are the records it matched', () => {
        const w = twoConnections()
        const store = new CountingStore(w.inner)
        store.updateWhere(CONNECTION.name, [{ field: 'sys_id', op: '=', value: w.ids[0] }], { lease_owner: 'X' })
        store.updateWhere(CONNECTION.name, ALL_FREE, { lease_owner: 'Y' })
        store.updateWhere(CONNECTION.name, ALL_FREE, { lease_owner: 'Z' })
        expect(w.owners()).toEqual(['X', 'Y'])
        const { roundTrips, rowsWritten } = store.snapshot()
        expect(roundTrips.other[CONNECTION.name]).toEqual({ updateWhere: 3 })
        expect(rowsWritten[CONNECTION.name]).toBe(2)
    })
})

describe('ProgressStore', () => {
    test('passes updateWhere on', () => {
        const w = twoConnections()
        const seen: unknown[] = []
        new ProgressStore(w.inner, (c) => seen.push(c)).updateWhere(CONNECTION.name, ALL_FREE, { lease_owner: 'X' })
        expect(w.owners()).toEqual(['X', 'X'])
        expect(seen).toEqual([])
    })
})
