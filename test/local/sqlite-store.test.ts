import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { LocalPlatform } from '../../src/local/store/local-platform'
import { SqliteStore, newSysId } from '../../src/local/store/sqlite-store'
import { StoreError } from '../../src/server/ports/store'
import type { Condition } from '../../src/server/ports/store'
import { AUDIT, CONNECTION, CONNECTION_TYPE, FLAG, RUN, STAGING_KEY } from '../../src/tables'

const TARGET = {
    name: 'sn_apo_invoice',
    columns: [
        { name: 'number', kind: 'string' as const, maxLength: 10, mandatory: true },
        { name: 'amount', kind: 'decimal' as const, mandatory: false },
        { name: 'invoice_date', kind: 'date' as const, mandatory: false },
    ],
}

let now = Date.UTC(2026, 0, 2, 3, 4, 5)
const nowMs = () => now
let store: SqliteStore

beforeEach(() => {
    now = Date.UTC(2026, 0, 2, 3, 4, 5)
    store = new SqliteStore({ path: ':memory:', targetTables: [TARGET], nowMs })
})
afterEach(() => store.close())

function errorOf(fn: () => unknown): StoreError {
    try {
        fn()
    } catch (error) {
        if (error instanceof StoreError) return error
        throw error
    }
    throw new Error('expected a StoreError')
}

describe('SqliteStore record semantics', () => {
    test('insert gives a 32-hex sys_id, sys_created_on/sys_updated_on and dictionary defaults', () => {
        const id = store.insert(RUN.name, { number: 'RUN1' })
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        const row = store.get(RUN.name, id)!
        expect(row.sys_created_on).toBe('2026-01-02 03:04:05')
        expect(row.sys_updated_on).toBe('2026-01-02 03:04:05')
        expect(row.status).toBe('running')
        expect(row.read_count).toBe('0')
        expect(row.message).toBeNull()
        expect(store.insert(RUN.name, {})).not.toBe(id)
    })

    test('sys_ids are 32 lower-case hex characters and unique across the random pool refills', () => {
        const ids = Array.from({ length: 2000 }, () => newSysId())
        expect(ids.every((id) => /^[0-9a-f]{32}$/.test(id))).toBe(true)
        expect(new Set(ids).size).toBe(ids.length)
    })

    test('values come back as strings or null; booleans as 1/0', () => {
        const id = store.insert(CONNECTION.name, {
            name: 'c',
            active: false,
            page_size: 250,
            dry_run: 'true',
            last_error: '',
        })
        const row = store.get(CONNECTION.name, id)!
        expect(row.active).toBe('0')
        expect(row.dry_run).toBe('1')
        expect(row.page_size).toBe('250')
        expect(row.last_error).toBeNull()
        // A boolean left out gets its dictionary default (true), read back as 1.
        const typeRow = store.insert(CONNECTION_TYPE.name, { connection: id, object_type: 'purchase_order' })
        expect(store.get(CONNECTION_TYPE.name, typeRow)!.active).toBe('1')
        const targetId = store.insert(TARGET.name, { number: 'A', amount: '12.50', invoice_date: '2026-01-01' })
        expect(store.get(TARGET.name, targetId)).toMatchObject({ amount: '12.5', invoice_date: '2026-01-01' })
    })

    test('update changes the values and sys_updated_on, not sys_created_on', () => {
        const id = store.insert(RUN.name, { number: 'RUN1' })
        now += 60_000
        store.update(RUN.name, id, { status: 'succeeded', read_count: 7 })
        const row = store.get(RUN.name, id)!
        expect(row).toMatchObject({ status: 'succeeded', read_count: '7', sys_created_on: '2026-01-02 03:04:05' })
        expect(row.sys_updated_on).toBe('2026-01-02 03:05:05')
        expect(errorOf(() => store.update(RUN.name, 'f'.repeat(32), { status: 'failed' })).code).toBe('rejected')
    })

    test('a value longer than its column is refused, never cut', () => {
        expect(errorOf(() => store.insert(TARGET.name, { number: '12345678901' })).code).toBe('rejected')
        const id = store.insert(TARGET.name, { number: '1234567890' })
        expect(errorOf(() => store.update(TARGET.name, id, { number: 'x'.repeat(11) })).code).toBe('rejected')
        expect(store.get(TARGET.name, id)!.number).toBe('1234567890')
        const tooLong = 'x'.repeat(STAGING_KEY.columns.key.options.maxLength + 1)
        expect(errorOf(() => store.insert(STAGING_KEY.name, { key: tooLong })).message).toMatch(/do not fit/)
    })

    test('values of the wrong type are refused', () => {
        expect(errorOf(() => store.insert(TARGET.name, { amount: '1.234,5x' })).code).toBe('rejected')
        expect(errorOf(() => store.insert(TARGET.name, { invoice_date: '02.01.2026' })).code).toBe('rejected')
        expect(errorOf(() => store.insert(RUN.name, { read_count: 1.5 })).code).toBe('rejected')
        expect(errorOf(() => store.insert(RUN.name, { started_at: '2026-01-02T03:04:05Z' })).code).toBe('rejected')
    })

    test('unknown tables and columns are errors, not silent no-ops', () => {
        expect(errorOf(() => store.insert('sn_nothing', { a: 1 })).code).toBe('no_such_table')
        expect(errorOf(() => store.query('sn_nothing', {})).code).toBe('no_such_table')
        expect(errorOf(() => store.insert(RUN.name, { no_such_column: 1 })).code).toBe('rejected')
        expect(
            errorOf(() => store.query(RUN.name, { where: [{ field: 'x" OR 1=1 --', op: '=', value: 1 }] })).code
        ).toBe('rejected')
    })

    test('the staging key is unique', () => {
        store.insert(STAGING_KEY.name, { key: 'k1', state: 'pending' })
        expect(errorOf(() => store.insert(STAGING_KEY.name, { key: 'k1' })).code).toBe('duplicate_key')
        expect(store.count(STAGING_KEY.name, [])).toBe(1)
    })

    test('insertMany writes in one transaction: a refused row leaves nothing behind', () => {
        const ids = store.insertMany(AUDIT.name, [{ message: 'a' }, { message: 'b' }])
        expect(ids).toHaveLength(2)
        expect(store.query(AUDIT.name, {}).map((r) => r.message)).toEqual(['a', 'b'])
        expect(errorOf(() => store.insertMany(STAGING_KEY.name, [{ key: 'a' }, { key: 'b' }, { key: 'a' }])).code).toBe(
            'duplicate_key'
        )
        expect(store.count(STAGING_KEY.name, [])).toBe(0)
    })

    test('queries: operators, IN, empty checks, numeric order, limit; values are bound, not spliced', () => {
        for (const [n, reason, count] of [
            ['F1', 'unknown_gl_account', 5],
            ['F2', 'missing_field', 40],
            ['F3', 'unknown_gl_account', 300],
            ["F4' OR '1'='1", null, 2],
        ] as const)
            store.insert(FLAG.name, { number: n, reason, attempts: count })
        const numbers = (where: Parameters<SqliteStore['query']>[1]) =>
            store.query(FLAG.name, where).map((r) => r.number)
        expect(numbers({ where: [{ field: 'reason', op: '=', value: 'unknown_gl_account' }] })).toEqual(['F1', 'F3'])
        expect(numbers({ where: [{ field: 'reason', op: '!=', value: 'unknown_gl_account' }] })).toEqual([
            'F2',
            "F4' OR '1'='1",
        ])
        expect(numbers({ where: [{ field: 'number', op: 'IN', value: ['F2', 'F3', 'nope'] }] })).toEqual(['F2', 'F3'])
        expect(numbers({ where: [{ field: 'number', op: 'IN', value: [] }] })).toEqual([])
        expect(numbers({ where: [{ field: 'reason', op: 'ISEMPTY' }] })).toEqual(["F4' OR '1'='1"])
        expect(store.count(FLAG.name, [{ field: 'reason', op: 'ISNOTEMPTY' }])).toBe(3)
        expect(
            numbers({ where: [{ field: 'attempts', op: '>', value: 10 }], orderBy: [{ field: 'attempts' }] })
        ).toEqual(['F2', 'F3'])
        expect(numbers({ orderBy: [{ field: 'attempts', descending: true }], limit: 2 })).toEqual(['F3', 'F2'])
        expect(numbers({ where: [{ field: 'number', op: '=', value: "F4' OR '1'='1" }] })).toEqual(["F4' OR '1'='1"])
        expect(store.count(FLAG.name, [{ field: 'state', op: '=', value: 'open' }])).toBe(4)
    })

    test('updateWhere: one UPDATE on every matching record, OR groups, sys_updated_on stamped', () => {
        const ids = [
            ['F1', 'unknown_gl_account', 5],
            ['F2', null, 40],
            ['F3', 'missing_field', 300],
        ].map(([number, reason, attempts]) => store.insert(FLAG.name, { number, reason, attempts }))
        now += 60_000
        store.updateWhere(
            FLAG.name,
            [
                { field: 'attempts', op: '<', value: 100 },
                {
                    op: 'OR',
                    any: [
                        { field: 'reason', op: 'ISEMPTY' },
                        { field: 'reason', op: 'ISNOTEMPTY' },
                        { field: 'number', op: 'IN', value: [] },
                    ],
                },
            ],
            { state: 'ignored', reason: null }
        )
        const rows = ids.map((id) => store.get(FLAG.name, id)!)
        expect(rows.map((r) => [r.state, r.reason])).toEqual([
            ['ignored', null],
            ['ignored', null],
            ['open', 'missing_field'],
        ])
        expect(rows.map((r) => r.sys_updated_on)).toEqual([
            '2026-01-02 03:05:05',
            '2026-01-02 03:05:05',
            '2026-01-02 03:04:05',
        ])
        // Values travel as parameters; nothing matching changes nothing and is no error.
        store.updateWhere(FLAG.name, [{ field: 'number', op: '=', value: "F1' OR '1'='1" }], { state: 'open' })
        store.updateWhere(FLAG.name, [{ op: 'OR', any: [{ field: 'number', op: 'IN', value: [] }] }], { state: 'open' })
        expect(store.count(FLAG.name, [{ field: 'state', op: '=', value: 'ignored' }])).toBe(2)
        expect(errorOf(() => store.updateWhere(FLAG.name, [], { number: 'x'.repeat(500) })).code).toBe('rejected')
        expect(errorOf(() => store.updateWhere(FLAG.name, [{ field: 'nope', op: 'ISEMPTY' }], {})).code).toBe(
            'rejected'
        )
        expect(store.count(FLAG.name, [{ field: 'number', op: 'IN', value: ['F1', 'F2', 'F3'] }])).toBe(3)
    })

    test('updateWhere across two connections to one file: the later conditional update sees the earlier one', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlc-store-'))
        const file = path.join(dir, 'cas.db')
        const a = new SqliteStore({ path: file })
        const b = new SqliteStore({ path: file })
        const id = a.insert(CONNECTION.name, { name: 'c' })
        const freeOrMine = (me: string): Condition[] => [
            { field: 'sys_id', op: '=', value: id },
            {
                op: 'OR',
                any: [
                    { field: 'lease_owner', op: 'ISEMPTY' },
                    { field: 'lease_owner', op: '=', value: me },
                ],
            },
        ]
        b.updateWhere(CONNECTION.name, freeOrMine('B'), { lease_owner: 'B' })
        a.updateWhere(CONNECTION.name, freeOrMine('A'), { lease_owner: 'A' })
        expect(a.get(CONNECTION.name, id)!.lease_owner).toBe('B')
        b.updateWhere(CONNECTION.name, freeOrMine('B'), { lease_owner: null })
        a.updateWhere(CONNECTION.name, freeOrMine('A'), { lease_owner: 'A' })
        expect(b.get(CONNECTION.name, id)!.lease_owner).toBe('A')
        a.close()
        b.close()
        fs.rmSync(dir, { recursive: true, force: true })
    })

    test('a file database keeps records across reopen and adds new target tables', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlc-store-'))
        const file = path.join(dir, 'x.db')
        const first = new SqliteStore({ path: file })
        const id = first.insert(RUN.name, { number: 'R' })
        first.close()
        const second = new SqliteStore({ path: file, targetTables: [TARGET] })
        expect(second.get(RUN.name, id)!.number).toBe('R')
        expect(second.describe(TARGET.name)!.map((c) => c.name)).toContain('amount')
        second.close()
        fs.rmSync(dir, { recursive: true, force: true })
    })
})

describe('LocalPlatform', () => {
    test('describes tables from the schema and answers plugins and roles from its configuration', () => {
        const platform = new LocalPlatform(store, {
            activePlugins: ['com.snc.sn_shop'],
            roles: ['admin'],
            userName: 'local',
        })
        expect(platform.describeTable('nope')).toBeNull()
        expect(platform.describeTable(TARGET.name)).toEqual(
            expect.arrayContaining([{ name: 'number', kind: 'string', maxLength: 10, mandatory: true }])
        )
        const key = platform.describeTable(STAGING_KEY.name)!.find((c) => c.name === 'key')
        expect(key).toEqual({ name: 'key', kind: 'string', maxLength: 64, mandatory: true })
        expect(platform.isPluginActive('com.snc.sn_shop')).toBe(true)
        expect(platform.isPluginActive('sn_ap_apm')).toBe(false)
        expect(platform.runAsUserHasRole('admin')).toBe(true)
        expect(platform.runAsUserHasRole('itil')).toBe(false)
        expect(platform.runAsUserName()).toBe('local')
    })
})
