import Database from 'better-sqlite3'
import * as path from 'path'
import { FLAG, STAGING_KEY } from '../../src/tables'
import { startEmulatorProcess } from '../support/emulator-process'
import type { EmulatorProcess } from '../support/emulator-process'
import { runCli, tempDir, writeJson } from '../support/run-cli'

/**
 * A line read that fails fails its page like a failed page read: nothing of the page is staged,
 * the cursor stays behind it and the run says why; once IFS answers again, the next run stages
 * every document (judged by the emulator's manifests), so nothing is lost.
 */
jest.setTimeout(120_000)

const SECRET = `lines-fail-${process.pid}-${Date.now().toString(36)}`
const env = { ML_CONNECTOR_CLIENT_SECRET: SECRET }
const LINE_SET = 'PurchaseOrderLineNopartSet'
const PAGE_SIZE = 10

let emulator: EmulatorProcess
let config: string
let database: string

beforeAll(async () => {
    emulator = await startEmulatorProcess(
        ['--seed', '43', '--invoices', '0', '--orders', '35', '--lines-per-document', '1..4'],
        {
            clientSecret: SECRET,
        }
    )
    const dir = tempDir('mlc-lines-fail-')
    database = path.join(dir, 'lines.db')
    config = writeJson(path.join(dir, 'lines.json'), {
        name: 'Lines failing',
        fieldMapPreset: 's2p_import',
        ifs: { url: emulator.url, realm: 'ifs', clientId: 'ml-connector', insecureLocalEmulator: true },
        companies: ['10', '20'],
        limits: { pageSize: PAGE_SIZE, maxInlineWaitSeconds: 5 },
        // Receipts (on with purchase orders) would be read after the failed page; this test is about lines.
        objects: {
            purchaseOrders: { source: { lines: true } },
            supplierInvoices: { enabled: false },
            receipts: { enabled: false },
        },
        database,
    })
})
afterAll(async () => {
    await emulator?.stop()
})

/** Source keys of the documents staged or flagged so far. */
function handled(): Set<string> {
    const db = new Database(database, { readonly: true })
    try {
        const keys = db.prepare(`SELECT source_key FROM ${STAGING_KEY.name}`).all() as { source_key: string }[]
        const flags = db.prepare(`SELECT source_key FROM ${FLAG.name}`).all() as { source_key: string }[]
        return new Set([...keys, ...flags].map((r) => r.source_key))
    } finally {
        db.close()
    }
}

test('a refused line read stops at the page before it; the next run stages everything', async () => {
    // The first line request is answered; every later one is refused (400 is not retried). The
    // first request reads on past the first page's orders (a line stream, line-stream.ts), so it
    // may hold the lines of later pages too: those are staged, and the first page that needs a
    // request of its own fails whole.
    await emulator.control.setFaults({ rules: [{ kind: 'echo', status: 400, path: LINE_SET, after: 1 }] })
    const failed = await runCli(['sync', '--config', config, '--json'], env)
    const report = JSON.parse(failed.stdout).report as { status: string; message: string }
    expect(report.status).toBe('failed')
    expect(report.message).toContain(
        `purchase_order: IFS answered HTTP 400 for /main/ifsapplications/projection/v1/PurchaseOrderHandling.svc/${LINE_SET}`
    )
    expect(failed.code).not.toBe(0)
    const before = handled().size
    expect(before % PAGE_SIZE).toBe(0)
    expect(before).toBeGreaterThan(0)
    expect(before).toBeLessThan(35)

    await emulator.control.clearFaults()
    const again = await runCli(['sync', '--config', config, '--json'], env)
    expect(JSON.parse(again.stdout).report.status).toBe('succeeded')
    const manifest = await emulator.control.get<{ documents: { objectType: string; key: [string, unknown][] }[] }>(
        'manifest'
    )
    const orders = manifest.documents.filter((d) => d.objectType === 'purchase_order')
    expect(orders).toHaveLength(35)
    const now = handled()
    for (const d of orders) expect(now.has(JSON.stringify(Object.fromEntries(d.key)))).toBe(true)
})
