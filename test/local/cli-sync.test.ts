import Database from 'better-sqlite3'
import * as path from 'path'
import { checkInvariants } from '../../src/local/faults/invariants'
import type { InvariantReport } from '../../src/local/faults/invariants'
import { AUDIT, FLAG, RUN, STAGING_KEY } from '../../src/tables'
import { startEmulatorProcess } from '../support/emulator-process'
import type { EmulatorProcess } from '../support/emulator-process'
import { databaseBytes, runCli, tempDir, writeJson } from '../support/run-cli'

/**
 * The full local runner over real HTTP: the built CLI (`sync`) in one process, the emulator in
 * another, with faults switched on, then churn between runs. Asserts on the SQLite file itself.
 */
// Lines are read by default: each document brings 1..5 lines, which the faults hit too.
jest.setTimeout(120_000)

const SECRET = `it-secret-${process.pid}-${Date.now()}`
const INVOICES = 1200
const ORDERS = 600
let emulator: EmulatorProcess
let dir: string
let config: string

beforeAll(async () => {
    emulator = await startEmulatorProcess(
        ['--seed', '7', '--invoices', String(INVOICES), '--orders', String(ORDERS), '--lines-per-document', '1..5'],
        {
            clientSecret: SECRET,
        }
    )
    dir = tempDir('mlc-sync-')
    config = writeJson(path.join(dir, 'config.json'), {
        name: 'Integration',
        // The default preset: the import tables, judged by faults/target-contract.ts IMPORT_TARGETS.
        // The supplier master is not seeded: the modelled transform accepts every row.
        ifs: { url: emulator.url, realm: 'ifs', clientId: 'ml-connector', insecureLocalEmulator: true },
        companies: ['10', '20'],
        limits: { pageSize: 150, maxInlineWaitSeconds: 20 },
        // Headers judged by their manifest: receipts (on by default with purchase orders) have cli-receipts.test.ts.
        objects: { receipts: { enabled: false } },
        database: 'sync.db',
    })
})
afterAll(async () => {
    await emulator?.stop()
})

const env = { ML_CONNECTOR_CLIENT_SECRET: SECRET }

interface SyncJson {
    report: {
        status: string
        read: number
        inserted: number
        updated: number
        duplicates: number
        flagged: number
        errors: number
        throttles: number
        ifsRequests: number
        flaggedByReason: Record<string, number>
    }
}

function openDb() {
    return new Database(path.join(dir, 'sync.db'), { readonly: true })
}

function count(db: Database.Database, sql: string, ...params: unknown[]): number {
    return (db.prepare(sql).get(...params) as { n: number }).n
}

let outputs = ''

/** The store against the emulator's manifest (by IFS key): nothing lost or doubled, every value and outcome right. */
async function againstManifest(): Promise<InvariantReport> {
    const report = checkInvariants(await emulator.control.manifest(), {
        database: path.join(dir, 'sync.db'),
        connectionName: 'Integration',
        expectComplete: true,
        companies: ['10', '20'],
    })
    expect(report.problems).toEqual([])
    expect(report.sourceRows).toBe(INVOICES + ORDERS)
    return report
}

test('a first sync under 429s, 5xx, slow, malformed and truncated pages and a repeated row stages every good document once and flags every bad one', async () => {
    await emulator.control.setFaults({
        seed: 3,
        rules: [
            // Spaced apart so no single request fails more often than the client retries.
            { kind: 'throttle', retryAfterSeconds: 1, after: 2, count: 2 },
            { kind: 'server_error', status: 503, after: 7, count: 1 },
            { kind: 'slow', delayMs: 300, after: 10, count: 1 },
            { kind: 'malformed_json', after: 13, count: 1 },
            { kind: 'truncated_body', mode: 'cut', after: 16, count: 1 },
            { kind: 'server_error', status: 502, after: 19, count: 1 },
            // This rule sees about 20 requests (suppliers are read in one bulk pass): keep it within them.
            { kind: 'throttle', retryAfterSeconds: null, after: 17, count: 1 },
            { kind: 'repeat_row', path: 'PurchaseOrderSet', after: 1, count: 2 },
            // A 10 MB page travels through the blocking client's worker thread intact.
            { kind: 'huge_page', path: 'PostingProposalHeadSet', after: 3, count: 1 },
        ],
    })
    const result = await runCli(['sync', '--config', config, '--json'], env)
    outputs += result.stdout + result.stderr
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const { report } = JSON.parse(result.stdout) as SyncJson
    const stats = await emulator.control.stats<{ faultsInjected: Record<string, number> }>()
    expect(stats.faultsInjected).toMatchObject({ throttle: 3, server_error: 2, malformed_json: 1, truncated_body: 1 })
    expect(stats.faultsInjected.repeat_row).toBeGreaterThan(0)
    expect(stats.faultsInjected.huge_page).toBe(1)

    const { badRows } = await emulator.control.groundTruth<{ objectType: string; reason: string }>()
    const badByReason: Record<string, number> = {}
    for (const b of badRows) badByReason[b.reason] = (badByReason[b.reason] ?? 0) + 1
    expect(report.status).toBe('succeeded')
    expect(report.errors).toBe(0)
    expect(report.throttles).toBeGreaterThanOrEqual(3)
    expect(report.flagged).toBe(badRows.length)
    expect(report.flaggedByReason).toEqual(badByReason)
    expect(report.inserted).toBe(INVOICES + ORDERS - badRows.length)

    const db = openDb()
    try {
        const badInvoices = badRows.filter((b) => b.objectType === 'supplier_invoice').length
        expect(count(db, 'SELECT COUNT(*) AS n FROM sn_spend_intg_imp_invoice')).toBe(INVOICES - badInvoices)
        expect(count(db, 'SELECT COUNT(*) AS n FROM sn_fcms_intg_imp_order')).toBe(
            ORDERS - (badRows.length - badInvoices)
        )
        // Every row transformed into its own primary record.
        expect(count(db, 'SELECT COUNT(*) AS n FROM sn_shop_invoice')).toBe(INVOICES - badInvoices)
        expect(count(db, 'SELECT COUNT(*) AS n FROM sn_shop_purchase_order')).toBe(
            ORDERS - (badRows.length - badInvoices)
        )
        expect(count(db, `SELECT COUNT(*) AS n FROM ${STAGING_KEY.name} WHERE state = 'staged'`)).toBe(report.inserted)
        expect(count(db, `SELECT COUNT(DISTINCT key) AS n FROM ${STAGING_KEY.name}`)).toBe(
            count(db, `SELECT COUNT(*) AS n FROM ${STAGING_KEY.name}`)
        )
        expect(count(db, `SELECT COUNT(*) AS n FROM ${FLAG.name} WHERE state = 'open'`)).toBe(badRows.length)
        expect(count(db, `SELECT COUNT(*) AS n FROM ${RUN.name} WHERE status = 'succeeded'`)).toBe(1)
        expect(db.prepare(`SELECT sys_id FROM sn_spend_intg_imp_invoice LIMIT 1`).get()).toEqual({
            sys_id: expect.stringMatching(/^[0-9a-f]{32}$/),
        })
    } finally {
        db.close()
    }
    const checked = await againstManifest()
    expect(checked.valuesChecked).toBe(INVOICES + ORDERS - badRows.length)
    expect(checked.flagged).toBe(badRows.length)
})

test('after churn in IFS, the second sync reads the changed rows (and the lookback window) and inserts nothing', async () => {
    await emulator.control.clearFaults()
    const before = openDb()
    const invoicesBefore = count(before, 'SELECT COUNT(*) AS n FROM sn_shop_invoice')
    const documentsBefore = count(
        before,
        'SELECT COUNT(DISTINCT u_third_party_import_id) AS n FROM sn_spend_intg_imp_invoice'
    )
    before.close()
    expect((await emulator.control.churn('supplier_invoice', 20)).changed).toBe(20)
    expect((await emulator.control.churn('purchase_order', 10)).changed).toBe(10)

    const result = await runCli(['sync', '--config', config, '--json'], env)
    outputs += result.stdout + result.stderr
    expect(result.code).toBe(0)
    const { report } = JSON.parse(result.stdout) as SyncJson
    expect(report.status).toBe('succeeded')
    // The 30 changed rows, plus the unchanged ones of the lookback window re-read as duplicates.
    expect(report.read).toBeGreaterThanOrEqual(30)
    expect(report.inserted).toBe(0)
    expect(report.updated).toBeGreaterThan(0)
    expect(report.updated + report.flagged + report.duplicates).toBe(report.read)
    // A changed document goes in as a new import row with the same key, coalesced onto its invoice.
    const after = openDb()
    expect(count(after, 'SELECT COUNT(DISTINCT u_third_party_import_id) AS n FROM sn_spend_intg_imp_invoice')).toBe(
        documentsBefore
    )
    expect(count(after, 'SELECT COUNT(*) AS n FROM sn_shop_invoice')).toBe(invoicesBefore)
    after.close()

    const third = await runCli(['sync', '--config', config, '--json'], env)
    outputs += third.stdout + third.stderr
    expect(third.code).toBe(0)
    const thirdReport = JSON.parse(third.stdout).report as SyncJson['report']
    expect(thirdReport).toMatchObject({ inserted: 0, updated: 0, flagged: 0 })
    expect(thirdReport.duplicates).toBe(thirdReport.read)
    // The churned amounts and states reached the staged records: every value is the manifest's.
    expect((await againstManifest()).wrongValues).toBe(0)
})

test('status shows the runs and open flags by reason', async () => {
    const result = await runCli(['status', '--config', config, '--json'])
    expect(result.code).toBe(0)
    const status = JSON.parse(result.stdout) as { runs: unknown[]; openFlagsByReason: Record<string, number> }
    expect(status.runs).toHaveLength(3)
    const db = openDb()
    for (const [reason, n] of Object.entries(status.openFlagsByReason))
        expect(n).toBe(count(db, `SELECT COUNT(*) AS n FROM ${FLAG.name} WHERE state = 'open' AND reason = ?`, reason))
    db.close()
    const text = await runCli(['status', '--config', config])
    expect(text.stdout).toMatch(/Open flags by reason:/)
    expect(text.stdout).toMatch(/Unknown GL account: \d+/)
})

test('the secret never appears in the CLI output, the database files or the audit rows', () => {
    expect(outputs.length).toBeGreaterThan(0)
    expect(outputs).not.toContain(SECRET)
    expect(databaseBytes(dir)).not.toContain(SECRET)
    const db = openDb()
    const audit = db.prepare(`SELECT * FROM ${AUDIT.name}`).all() as Record<string, unknown>[]
    expect(audit.length).toBeGreaterThan(0)
    expect(JSON.stringify(audit)).not.toContain(SECRET)
    expect(JSON.stringify(audit)).not.toMatch(/client_secret=(?!\*)/)
    db.close()
})
