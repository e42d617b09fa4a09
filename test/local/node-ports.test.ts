import { ProgressStore, progressLine } from '../../src/local/cli/progress'
import { blockThread, NodeWaiter } from '../../src/local/node-ports/node-clock'
import { NodeScheduler } from '../../src/local/node-ports/node-scheduler'
import { SqliteStore } from '../../src/local/store/sqlite-store'
import { AUDIT, RUN } from '../../src/tables'

test('NodeWaiter blocks for the asked time, never longer than its inline limit, and not at all for 0', () => {
    const blocked: number[] = []
    const waiter = new NodeWaiter(150, (ms) => blocked.push(ms))
    waiter.wait(60)
    waiter.wait(150)
    waiter.wait(151)
    waiter.wait(5000)
    waiter.wait(0)
    waiter.wait(-5)
    expect(blocked).toEqual([60, 150, 150, 150])
})

test('blockThread returns after its timeout (nobody notifies the cell)', () => {
    // Returning at all is the property: Atomics.wait without a timeout would hang this test.
    expect(blockThread(1)).toBeUndefined()
    expect(blockThread(0)).toBeUndefined()
})

test('NodeScheduler keeps the continuations the engine asks for', () => {
    const scheduler = new NodeScheduler()
    scheduler.scheduleContinuation('c1', 1234, 'throttled')
    expect(scheduler.continuations).toEqual([{ connectionSysId: 'c1', atMs: 1234, reason: 'throttled' }])
})

test('ProgressStore counts pages, rows, requests and throttles from audit rows and passes every call through', () => {
    const inner = new SqliteStore({ path: ':memory:' })
    const seen: number[] = []
    const store = new ProgressStore(inner, (c) => seen.push(c.rows))
    store.insertMany(AUDIT.name, [
        { operation: 'read_page', rows: 100, duration_ms: 12 },
        { operation: 'throttle', duration_ms: 3 },
        { operation: 'read_page', rows: 50, duration_ms: 9 },
        { operation: 'cursor_commit' },
    ])
    store.insert(RUN.name, { number: 'R1' })
    expect(store.counts).toEqual({ pages: 2, rows: 150, requests: 3, throttles: 1 })
    expect(seen).toEqual([150])
    expect(inner.count(AUDIT.name, [])).toBe(4)
    expect(store.query(RUN.name, {}).map((r) => r.number)).toEqual(['R1'])
    const lines: string[] = []
    progressLine((t) => lines.push(t))(store.counts)
    expect(lines[0]).toMatch(/^\r. read 150 rows in 2 pages \(3 requests, 1 throttles\)/)
    inner.close()
})
