import Database from 'better-sqlite3'
import * as path from 'path'
import { checkInvariants } from '../../src/local/faults/invariants'
import { runSyncOnce } from '../../src/local/faults/sync-driver'
import type { SyncTarget } from '../../src/local/faults/sync-driver'
import type { IfsRow } from '../../src/server/core/ifs/ifs-reader'
import { CONNECTION, FLAG, STAGING_KEY } from '../../src/tables'
import { CLI_PATH, startEmulatorProcess } from '../support/emulator-process'
import type { EmulatorProcess } from '../support/emulator-process'
import { tempDir, writeJson } from '../support/run-cli'

/**
 * Hardening item 5 end to end: rows IFS commits after a poll whose cursor already passed their
 * stamp, and changes whose stamp moved backwards, reach the SQLite file on the next `sync` with
 * the default lookback window; a further run writes nothing.
 */
jest.setTimeout(120_000)

const SECRET = `late-${process.pid}-${Date.now()}`
const NAME = 'Late'
const COMPANIES = ['10', '20']
let emulator: EmulatorProcess

beforeAll(async () => {
    emulator = await startEmulatorProcess(['--seed', '13', '--invoices', '150', '--orders', '110'], {
        clientSecret: SECRET,
    })
})
afterAll(async () => {
    await emulator?.stop()
})

function world(limits: Record<string, number> = {}): SyncTarget & { database: string } {
    const dir = tempDir('mlc-late-')
    const database = path.join(dir, 'late.db')
    const configFile = writeJson(path.join(dir, 'config.json'), {
        name: NAME,
        // The default preset (import tables), judged by faults/target-contract.ts IMPORT_TARGETS.
        ifs: { url: emulator.url, realm: 'ifs', clientId: 'ml-connector', insecureLocalEmulator: true },
        companies: COMPANIES,
        limits: { pageSize: 60, maxInlineWaitSeconds: 5, ...limits },
        // Headers judged by their manifest: receipts (on by default with purchase orders) have cli-receipts.test.ts.
        objects: { receipts: { enabled: false } },
        database,
    })
    return {
        cliPath: CLI_PATH,
        configFile,
        database,
        connectionName: NAME,
        env: { ML_CONNECTOR_CLIENT_SECRET: SECRET },
    }
}

async function sourceRows(): Promise<Record<'purchase_order' | 'supplier_invoice', IfsRow[]>> {
    return emulator.control.get<Record<'purchase_order' | 'supplier_invoice', IfsRow[]>>('documents')
}

function invariants(database: string) {
    return emulator.control
        .manifest()
        .then((manifest) =>
            checkInvariants(manifest, { database, connectionName: NAME, expectComplete: true, companies: COMPANIES })
        )
}

function counts(database: string) {
    const db = new Database(database, { readonly: true })
    try {
        const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n
        return {
            keys: n(`SELECT COUNT(*) AS n FROM ${STAGING_KEY.name}`),
            flags: n(`SELECT COUNT(*) AS n FROM ${FLAG.name}`),
            flagWrites: n(`SELECT COALESCE(SUM(attempts), 0) AS n FROM ${FLAG.name}`),
            targets:
                n('SELECT COUNT(*) AS n FROM sn_spend_intg_imp_invoice') +
                n('SELECT COUNT(*) AS n FROM sn_fcms_intg_imp_order'),
            lookback: n(`SELECT lookback_seconds AS n FROM ${CONNECTION.name}`),
        }
    } finally {
        db.close()
    }
}

// Several late commits: how many rows, how far behind the newest stamp, which object type.
const LATE: { objectType: 'purchase_order' | 'supplier_invoice'; count: number; secondsBehind: number }[] = [
    { objectType: 'purchase_order', count: 1, secondsBehind: 0 },
    { objectType: 'purchase_order', count: 3, secondsBehind: 45 },
    { objectType: 'supplier_invoice', count: 2, secondsBehind: 300 },
    { objectType: 'supplier_invoice', count: 1, secondsBehind: 590 },
]

test('with the default window, rows committed late and stamps moved back are staged by the next run, and the run after writes nothing', async () => {
    const w = world()
    const first = await runSyncOnce(w)
    expect(first.report?.status).toBe('succeeded')
    expect(counts(w.database).lookback).toBe(600)

    let late = 0
    for (const l of LATE) late += (await emulator.control.addLateRows(l.objectType, l.count, l.secondsBehind)).added
    // Two staged orders change and their stamps move back two minutes.
    const docs = await sourceRows()
    const keys = docs.purchase_order.slice(-5, -3).map((r) => [r.OrderNo as string])
    const moved = await emulator.control.restampBack('purchase_order', keys, 120)
    expect(moved.changed).toBe(2)

    const second = await runSyncOnce(w)
    expect(second.report).toMatchObject({ status: 'succeeded', inserted: late })
    // Each moved row is seen in its new version: the staged order carries its new amount, or
    // its flag (bad row, or changed after posting) holds the new version.
    const db = new Database(w.database, { readonly: true })
    try {
        for (const row of moved.rows) {
            // The order's latest import row (a transformed row is never edited: a change adds one).
            const staged = db
                .prepare(
                    'SELECT u_po_amount AS amount FROM sn_fcms_intg_imp_order WHERE u_erp_po_number = ? ORDER BY rowid DESC'
                )
                .get(row.OrderNo) as { amount: string } | undefined
            const flagged = db
                .prepare(`SELECT payload FROM ${FLAG.name} WHERE document_number = ? AND state = 'open'`)
                .all(row.OrderNo) as { payload: string }[]
            const seen =
                flagged.some((f) => f.payload.includes(String(row.Objversion))) ||
                staged?.amount === String(row.GrossAmount)
            expect({ order: row.OrderNo, seen }).toEqual({ order: row.OrderNo, seen: true })
        }
    } finally {
        db.close()
    }
    const report = await invariants(w.database)
    expect(report.problems).toEqual([])
    expect({ lost: report.lost, doubled: report.doubled }).toEqual({ lost: 0, doubled: 0 })

    const before = counts(w.database)
    const third = await runSyncOnce(w)
    expect(third.report).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0, flagged: 0 })
    expect(third.report!.read).toBeGreaterThan(0) // the window was read again
    expect(counts(w.database)).toEqual(before)
})

test.each([
    [0, 30],
    [60, 90],
])(
    'with limits.lookbackSeconds %i a row committed %i s late is missed (what the window is for)',
    async (window, behind) => {
        const w = world({ lookbackSeconds: window })
        expect((await runSyncOnce(w)).report?.status).toBe('succeeded')
        expect(counts(w.database).lookback).toBe(window)
        await emulator.control.addLateRows('purchase_order', 2, behind)
        const again = await runSyncOnce(w)
        expect(again.report).toMatchObject({ status: 'succeeded', inserted: 0 })
        expect((await invariants(w.database)).lost).toBe(2)
    }
)

test('a lookback outside 0..86400 is refused before anything is read', async () => {
    for (const bad of [-1, 86401, 100000]) {
        const w = world({ lookbackSeconds: bad })
        const r = await runSyncOnce(w)
        expect(r.code).not.toBe(0)
        expect(r.stdout + r.stderr).toMatch(/Lookback window \(s\) must be a whole number from 0 to 86400/)
    }
})
