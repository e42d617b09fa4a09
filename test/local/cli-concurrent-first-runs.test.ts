import Database from 'better-sqlite3'
import * as path from 'path'
import { checkInvariants } from '../../src/local/faults/invariants'
import { startSync } from '../../src/local/faults/sync-driver'
import type { SyncAttempt } from '../../src/local/faults/sync-driver'
import { CONNECTION, RUN, STAGING_KEY } from '../../src/tables'
import { CLI_PATH, startEmulatorProcess } from '../support/emulator-process'
import type { EmulatorProcess } from '../support/emulator-process'
import { tempDir, writeJson } from '../support/run-cli'

/**
 * Hardening item 4: several `ml-connector sync` processes started at the same instant on a fresh
 * database. Before the fix they created the connection row two or three times (every document
 * staged once per row) or died on "database is locked". Each case starts N processes together and
 * checks the SQLite file itself: one connection row, every document exactly once, every process
 * ending 0 with "succeeded" or a clean "skipped" naming the lease holder.
 */
jest.setTimeout(120_000)

const SECRET = `race-${process.pid}-${Date.now()}`
const NAME = 'Race'

interface Case {
    seed: number
    invoices: number
    orders: number
    processes: number
    pageSize: number
}

// Process counts 2..6, a case with no purchase orders, pages from one row per type to many.
const CASES: Case[] = [
    { seed: 3, invoices: 160, orders: 90, processes: 5, pageSize: 40 },
    { seed: 17, invoices: 40, orders: 0, processes: 2, pageSize: 500 },
    { seed: 29, invoices: 90, orders: 120, processes: 6, pageSize: 25 },
]

function count(database: string, sql: string): number {
    const db = new Database(database, { readonly: true })
    try {
        return (db.prepare(sql).get() as { n: number }).n
    } finally {
        db.close()
    }
}

describe.each(CASES)('$processes sync processes at once, seed $seed', (c) => {
    let emulator: EmulatorProcess
    let database: string
    let attempts: SyncAttempt[]
    let target: Parameters<typeof startSync>[0]

    beforeAll(async () => {
        emulator = await startEmulatorProcess(
            ['--seed', String(c.seed), '--invoices', String(c.invoices), '--orders', String(c.orders)],
            { clientSecret: SECRET }
        )
        const dir = tempDir('mlc-race-')
        database = path.join(dir, 'race.db')
        const configFile = writeJson(path.join(dir, 'config.json'), {
            name: NAME,
            // The default preset (import tables), judged by faults/target-contract.ts IMPORT_TARGETS.
            ifs: { url: emulator.url, realm: 'ifs', clientId: 'ml-connector', insecureLocalEmulator: true },
            companies: ['10', '20'],
            limits: { pageSize: c.pageSize, maxInlineWaitSeconds: 5 },
            // Headers judged by their manifest: receipts (on by default with purchase orders) have cli-receipts.test.ts.
            objects: { receipts: { enabled: false } },
            database,
        })
        target = {
            cliPath: CLI_PATH,
            configFile,
            database,
            connectionName: NAME,
            env: { ML_CONNECTOR_CLIENT_SECRET: SECRET },
        }
        // Spawned in the same tick: the processes open the fresh file within milliseconds of each other.
        const started = Array.from({ length: c.processes }, () => startSync(target))
        attempts = await Promise.all(started.map((p) => p.done))
    })
    afterAll(async () => {
        await emulator?.stop()
    })

    test('every process ends 0: one succeeded, the others succeeded after it or were skipped by the lease', () => {
        for (const a of attempts) {
            expect({
                code: a.code,
                stderr: a.stderr.includes('locked') || a.stderr.includes('already exists'),
            }).toEqual({
                code: 0,
                stderr: false,
            })
            expect(['succeeded', 'skipped']).toContain(a.report?.status)
            if (a.report?.status === 'skipped') expect(a.report.message).toMatch(/is being synced by node:\d+/)
        }
        expect(attempts.filter((a) => a.report?.status === 'succeeded').length).toBeGreaterThanOrEqual(1)
    })

    test('one connection row, run records only for the runs that held the lease', () => {
        expect(count(database, `SELECT COUNT(*) AS n FROM ${CONNECTION.name}`)).toBe(1)
        const ran = attempts.filter((a) => a.report?.status === 'succeeded').length
        expect(count(database, `SELECT COUNT(*) AS n FROM ${RUN.name}`)).toBe(ran)
    })

    test('every document staged or flagged exactly once', async () => {
        const rows = await emulator.control.manifest()
        const report = checkInvariants(rows, {
            database,
            connectionName: NAME,
            expectComplete: true,
            companies: ['10', '20'],
        })
        expect(report.problems).toEqual([])
        expect({ lost: report.lost, doubled: report.doubled }).toEqual({ lost: 0, doubled: 0 })
        expect(report.staged + report.flagged).toBe(c.invoices + c.orders)
        expect(count(database, `SELECT COUNT(*) AS n FROM ${STAGING_KEY.name}`)).toBe(report.staged)
        const targets =
            count(database, 'SELECT COUNT(*) AS n FROM sn_spend_intg_imp_invoice') +
            count(database, 'SELECT COUNT(*) AS n FROM sn_fcms_intg_imp_order')
        expect(targets).toBe(report.staged)
    })

    test('a run after the race finds nothing new to write', async () => {
        const again = await startSync(target).done
        expect(again.code).toBe(0)
        expect(again.report).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0 })
    })
})
