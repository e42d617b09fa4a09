import { SqliteStore } from '../../src/local/store/sqlite-store'
import { FLAG, STAGING_KEY } from '../../src/tables'

/**
 * The stand-in keeps prepared statements for reuse: a run must not keep one per IN-list length or
 * per distinct SQL text to its end (each holds native memory), and IN must still answer by index.
 */
const INDEXED = {
    name: 'u_line_stage',
    columns: [
        { name: 'u_key', kind: 'string' as const, maxLength: 40, mandatory: false },
        { name: 'u_qty', kind: 'integer' as const, mandatory: false },
    ],
    indexes: [['u_key']],
}

let store: SqliteStore
beforeEach(() => {
    store = new SqliteStore({ path: ':memory:', targetTables: [INDEXED] })
})
afterEach(() => store.close())

test('IN lists of 1 to 300 values share one statement shape', () => {
    for (let i = 0; i < 300; i++) store.insert(STAGING_KEY.name, { key: `k${i}` })
    const before = store.cachedStatements
    for (let n = 1; n <= 300; n++) {
        const keys = Array.from({ length: n }, (_, i) => `k${i}`)
        expect(store.count(STAGING_KEY.name, [{ field: 'key', op: 'IN', value: keys }])).toBe(n)
    }
    // The count statement for IN is one entry, whatever the length.
    expect(store.cachedStatements - before).toBe(1)
})

test('the statement cache stays bounded under many distinct statements', () => {
    const id = store.insert(INDEXED.name, { u_key: 'a', u_qty: 1 })
    // A query with n conditions is its own SQL text: 250 distinct statements.
    for (let n = 1; n <= 250; n++) {
        const where = Array.from({ length: n }, () => ({ field: 'u_qty', op: '<' as const, value: 2 }))
        expect(store.query(INDEXED.name, { where }).map((r) => r.sys_id)).toEqual([id])
    }
    expect(store.cachedStatements).toBeGreaterThan(0)
    expect(store.cachedStatements).toBeLessThanOrEqual(200)
    // A statement dropped from the cache is prepared again when asked for.
    expect(store.count(INDEXED.name, [{ field: 'u_qty', op: '<', value: 2 }])).toBe(1)
})

test('IN compares numbers as numbers and text as text; an empty list matches nothing', () => {
    for (const [key, qty] of [
        ['a', 5],
        ['b', 40],
        ['c', 300],
    ] as const)
        store.insert(INDEXED.name, { u_key: key, u_qty: qty })
    const keys = (field: string, value: string[]) =>
        store.query(INDEXED.name, { where: [{ field, op: 'IN', value }] }).map((r) => r.u_key)
    expect(keys('u_qty', ['40', '300', '7'])).toEqual(['b', 'c'])
    expect(keys('u_qty', ['40.0'])).toEqual(['b'])
    expect(keys('u_key', ['c', 'a', 'zz'])).toEqual(['a', 'c'])
    expect(keys('u_key', ["a' OR '1'='1"])).toEqual([])
    expect(store.count(FLAG.name, [{ field: 'number', op: 'IN', value: [] }])).toBe(0)
})

test('an IN on an indexed column is answered by its index, not by a scan', () => {
    const plan = store.db
        .prepare(`EXPLAIN QUERY PLAN SELECT * FROM "u_line_stage" WHERE "u_key" IN (SELECT value FROM json_each(?))`)
        .all('["a"]') as { detail: string }[]
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING INDEX u_line_stage_idx_u_key/)
})
