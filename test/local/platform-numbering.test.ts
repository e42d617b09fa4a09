import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { SqliteStore } from '../../src/local/store/sqlite-store'
import { IndexedMemoryStore } from '../../src/local/bench/indexed-memory-store'
import { RunRecord } from '../../src/server/core/sync/run-record'
import { FLAG, RUN } from '../../src/tables'
import type { Store } from '../../src/server/ports/store'
import { MemoryStore } from '../fakes/memory-store'

const clock = { nowMs: () => Date.UTC(2026, 0, 2) }

/** Stores emulate the instance's sys_number: prefix + counter from 1000, seven digits, per table. */
describe.each<[string, () => Store]>([
    ['SqliteStore', () => new SqliteStore({ path: ':memory:' })],
    ['MemoryStore', () => new MemoryStore()],
    ['IndexedMemoryStore', () => new IndexedMemoryStore()],
])('platform numbering in %s', (_name, make) => {
    it('numbers runs and flags from their own counters, never from a count', () => {
        const store = make()
        const runs = [0, 1, 2].map(() => RunRecord.start(store, clock, 'c'.repeat(32), 'local'))
        expect(runs.map((r) => store.get(RUN.name, r.sysId)?.number)).toEqual([
            'IFSRUN0001000',
            'IFSRUN0001001',
            'IFSRUN0001002',
        ])
        const flag = store.insert(FLAG.name, { state: 'open' })
        expect(store.get(FLAG.name, flag)?.number).toBe('IFSFLG0001000')
        // A deleted-and-recounted table would repeat numbers with count-based numbering; counters do not.
        store.updateWhere(RUN.name, [], { status: 'failed' })
        expect(store.get(RUN.name, RunRecord.start(store, clock, 'c'.repeat(32), 'local').sysId)?.number).toBe(
            'IFSRUN0001003'
        )
    })
})

describe('SqliteStore numbering across processes', () => {
    it('two stores on one database file never hand out the same run number', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'numbering-'))
        const file = path.join(dir, 'db.sqlite')
        const a = new SqliteStore({ path: file })
        const b = new SqliteStore({ path: file })
        try {
            const numbers: string[] = []
            for (let i = 0; i < 6; i++) {
                const store = i % 2 === 0 ? a : b
                numbers.push(store.get(RUN.name, store.insert(RUN.name, { status: 'running' }))!.number!)
            }
            expect(new Set(numbers).size).toBe(6)
            expect(numbers[0]).toBe('IFSRUN0001000')
            expect(numbers[5]).toBe('IFSRUN0001005')
        } finally {
            a.close()
            b.close()
            fs.rmSync(dir, { recursive: true, force: true })
        }
    })
})

describe('SqliteStore indexes from src/tables', () => {
    it('creates the flag look-up index on source_key_hash (and every other declared index)', () => {
        const store = new SqliteStore({ path: ':memory:' })
        try {
            const indexes = store.db.prepare(`PRAGMA index_list("${FLAG.name}")`).all() as { name: string }[]
            const names = indexes.map((i) => i.name)
            for (const declared of FLAG.indexes) expect(names).toContain(declared.name)
            const columns = store.db.prepare('PRAGMA index_info("x_mlc_ifs_s2p_flag_source_key_hash")').all() as {
                name: string
            }[]
            expect(columns.map((c) => c.name)).toEqual(['source_key_hash'])
            // The query the flag book runs uses it.
            const plan = store.db
                .prepare(`EXPLAIN QUERY PLAN SELECT * FROM "${FLAG.name}" WHERE "source_key_hash" IN (?, ?)`)
                .all('a', 'b') as { detail: string }[]
            expect(plan.map((p) => p.detail).join(' ')).toContain('x_mlc_ifs_s2p_flag_source_key_hash')
        } finally {
            store.close()
        }
    })
})
