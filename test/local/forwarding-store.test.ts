import { ForwardingStore, type StoreCall } from '../../src/local/store/forwarding-store'
import { MemoryStore } from '../fakes/memory-store'

class LoggingStore extends ForwardingStore {
    readonly calls: string[] = []
    protected override around<T>(call: StoreCall, send: () => T): T {
        this.calls.push(`${call.method} ${JSON.stringify(call.args)}`)
        return send()
    }
}

describe('ForwardingStore', () => {
    it('passes every call to the inner store and shows each to around(), table first', () => {
        const inner = new MemoryStore()
        const store = new LoggingStore(inner)
        const id = store.insert('t', { a: 1 })
        store.insertMany('t', [{ a: 2 }])
        store.update('t', id, { a: 3 })
        store.updateWhere('t', [{ field: 'a', op: '=', value: 2 }], { a: 4 })
        expect(store.get('t', id)?.a).toBe('3')
        expect(store.query('t', { orderBy: [{ field: 'a' }] }).map((r) => r.a)).toEqual(['3', '4'])
        expect(store.count('t', [])).toBe(2)
        expect(inner.all('t').map((r) => r.a)).toEqual(['3', '4'])
        expect(store.calls.map((c) => c.split(' ')[0])).toEqual([
            'insert',
            'insertMany',
            'update',
            'updateWhere',
            'get',
            'query',
            'count',
        ])
        expect(store.calls[0]).toBe('insert ["t",{"a":1}]')
    })

    it("uses the inner store's transaction, or runs the work directly when it has none", () => {
        const grouped: string[] = []
        const withTx = Object.assign(new MemoryStore(), {
            atomically: <T>(work: () => T): T => {
                grouped.push('begin')
                return work()
            },
        })
        expect(new ForwardingStore(withTx).atomically?.(() => 7)).toBe(7)
        expect(grouped).toEqual(['begin'])
        expect(new ForwardingStore(new MemoryStore()).atomically?.(() => 8)).toBe(8)
    })
})
