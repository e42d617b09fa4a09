import { runJob } from '../../../src/server/core/sync/run-job'
import { createStager } from '../../../src/server/core/staging/create-stager'
import { TARGET_TABLE_SCHEMAS } from '../../../src/server/core/staging/field-maps'
import { CONNECTION, FLAG } from '../../../src/tables'
import { FakeClock } from '../../fakes/fake-clock'
import { FakeIfs } from '../../fakes/fake-ifs'
import type { FakeRow } from '../../fakes/fake-ifs'
import { fakePorts, permissivePlatform } from '../../fakes/fake-ports'
import { FakeTokenSource } from '../../fakes/fake-tokens'
import { MemoryStore } from '../../fakes/memory-store'
import { ScriptedHttp } from '../../fakes/scripted-http'
import { orderRow, glPath, ccPath, SUPPLIER_PATH } from '../staging/staging-world'
import { PO_SET, stamp } from './job-harness'
import { ACME_CONNECTION, ORDERS_ONLY, insertTypeRows } from '../../support/connection-types'

const MINUTE = 60_000

/**
 * The whole job with the real stager: an open flag whose document is fixed in IFS with a stamp
 * behind the cursor beyond the lookback window is found by the hourly re-check, in one batched
 * request; a run over unchanged data in between asks IFS for no master data beyond the first run's.
 */
function world() {
    const clock = new FakeClock()
    clock.set(Date.UTC(2026, 0, 15, 8, 5, 0))
    const store = new MemoryStore({ nowMs: () => clock.nowMs() })
    const ifs = new FakeIfs()
    ifs.sets.set(SUPPLIER_PATH, [{ SupplierId: 'S1', Name: 'Acme Ltd' }])
    ifs.sets.set(glPath('10'), [{ CodeValue: '4000', Description: 'Goods', ValidFrom: null, ValidUntil: null }])
    ifs.sets.set(ccPath('10'), [{ CodeValue: '100', Description: 'Sales', ValidFrom: null, ValidUntil: null }])
    const http = new ScriptedHttp(ifs.handle, { clock, latencyMs: 0 })
    const tokens = new FakeTokenSource(3600, (t) => ifs.validTokens.add(t))
    const ports = {
        ...fakePorts({ http, tokens, store, clock }),
        platform: {
            ...permissivePlatform,
            describeTable: (t: string) =>
                (TARGET_TABLE_SCHEMAS[t as keyof typeof TARGET_TABLE_SCHEMAS] ?? null)?.map((c) => ({
                    ...c,
                    mandatory: false,
                })) ?? null,
        },
    }
    const connection = store.insert(CONNECTION.name, {
        ...ACME_CONNECTION,
        // Its type rows stage into the brief's tables (support/connection-types.ts).
        field_map_preset: 'brief',
    })
    insertTypeRows(store, connection, ORDERS_ONLY)
    const rows: FakeRow[] = [
        orderRow('PO-1', { Objversion: stamp(0) }),
        orderRow('PO-2', { Objversion: stamp(1), CodeA: 'X' }),
        orderRow('PO-3', { Objversion: stamp(2), CodeB: '4711' }),
    ]
    ifs.sets.set(PO_SET, rows)
    let seen = 0
    /** One run; the requests it made, by kind. */
    const run = () => {
        const report = runJob(ports, { trigger: 'schedule' }, createStager, { random: () => 0.5 })
        const made = http.requests.slice(seen)
        seen = http.requests.length
        const to = (path: string) => made.filter((r) => decodeURI(r.url).includes(path)).length
        return {
            report: report.connections[0],
            data: to(PO_SET),
            master: to(SUPPLIER_PATH) + to(glPath('10')) + to(ccPath('10')),
        }
    }
    const flag = (doc: string) => store.all(FLAG.name).find((f) => f.document_number === doc)!
    const fix = (no: string, overrides: Record<string, unknown>) => {
        const i = rows.findIndex((r) => r.OrderNo === no)
        rows[i] = { ...rows[i], ...overrides }
    }
    return { clock, store, run, flag, fix }
}

describe('runJob: the hourly re-check of open flags', () => {
    it('stages a document fixed in IFS behind the lookback window at the first re-check due, and keeps a still bad one flagged with its new reason', () => {
        const w = world()
        const first = w.run()
        expect(first.report).toMatchObject({ status: 'succeeded', inserted: 1, flagged: 2 })
        expect(first.master).toBeGreaterThan(0)

        // Both fixed in IFS, stamped an hour behind the cursor: beyond the 600 s window.
        w.fix('PO-2', { CodeA: '4000', Objversion: '20260115070000' })
        w.fix('PO-3', { CodeB: '100', VendorNo: 'NOPE', Objversion: '20260115070001' })

        // 15 minutes later: the window re-reads PO-1..3 as stored, nothing due. Unchanged data
        // costs one data request and no master data beyond the first run's.
        w.clock.advance(15 * MINUTE)
        const second = w.run()
        expect(second.report).toMatchObject({ inserted: 0, updated: 0, flagged: 0, resolved: 0 })
        expect(second.data).toBe(1)
        expect(second.master).toBeLessThanOrEqual(first.master)
        expect(w.flag('PO-2').state).toBe('open')

        // An hour after the flags' last read: one batched re-read for both, besides the page.
        w.clock.advance(45 * MINUTE)
        const third = w.run()
        expect(third.data).toBe(2)
        // The run reports re-checked documents as resolved flags (the page itself staged nothing new).
        expect(third.report).toMatchObject({ resolved: 1 })
        expect(w.flag('PO-2')).toMatchObject({ state: 'resolved' })
        expect(w.store.all('proc_po').map((t) => [t.po_number, t.gl_account])).toEqual([
            ['PO-1', '4000'],
            ['PO-2', '4000'],
        ])
        expect(w.flag('PO-3')).toMatchObject({ state: 'open', reason: 'unknown_supplier', attempts: '2' })

        // Read just now: the next run asks for the page only.
        w.clock.advance(15 * MINUTE)
        const fourth = w.run()
        expect(fourth.data).toBe(1)
        expect(fourth.report).toMatchObject({ inserted: 0, flagged: 0, resolved: 0 })
    })
})
