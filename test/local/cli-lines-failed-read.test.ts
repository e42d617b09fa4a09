import * as path from 'path'
import { FLAG, STAGING_KEY } from '../../src/tables'
import { emulatorForBlock } from '../support/emulator-for-block'
import { queryDatabase } from '../support/query-database'

/**
 * A line read that fails fails its page like a failed page read: nothing of the page is staged,
 * the cursor stays behind it and the run says why; once IFS answers again, the next run stages
 * every document (judged by the emulator's manifests), so nothing is lost.
 */
jest.setTimeout(120_000)

const LINE_SET = 'PurchaseOrderLineNopartSet'
const PAGE_SIZE = 10

const block = emulatorForBlock({
    args: ['--seed', '43', '--invoices', '0', '--orders', '35', '--lines-per-document', '1..4'],
    clientSecret: `lines-fail-${process.pid}-${Date.now().toString(36)}`,
    tempPrefix: 'mlc-lines-fail-',
})
const CONNECTION = {
    name: 'Lines failing',
    fieldMapPreset: 's2p_import',
    companies: ['10', '20'],
    limits: { pageSize: PAGE_SIZE, maxInlineWaitSeconds: 5 },
    // Receipts (on with purchase orders) would be read after the failed page; this test is about lines.
    objects: {
        purchaseOrders: { source: { lines: true } },
        supplierInvoices: { enabled: false },
        receipts: { enabled: false },
    },
    database: 'lines.db',
}

/** Source keys of the documents staged or flagged so far. */
function handled(): Set<string> {
    const database = path.join(block.dir, 'lines.db')
    const keys = queryDatabase<{ source_key: string }>(database, `SELECT source_key FROM ${STAGING_KEY.name}`)
    const flags = queryDatabase<{ source_key: string }>(database, `SELECT source_key FROM ${FLAG.name}`)
    return new Set([...keys, ...flags].map((r) => r.source_key))
}

test('a refused line read stops at the page before it; the next run stages everything', async () => {
    // The first line request is answered; every later one is refused (400 is not retried). The
    // first request reads on past the first page's orders (a line stream, line-stream.ts), so it
    // may hold the lines of later pages too: those are staged, and the first page that needs a
    // request of its own fails whole.
    await block.emulator.control.setFaults({ rules: [{ kind: 'echo', status: 400, path: LINE_SET, after: 1 }] })
    const failed = await block.sync(CONNECTION)
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

    await block.emulator.control.clearFaults()
    const again = await block.sync(CONNECTION)
    expect(JSON.parse(again.stdout).report.status).toBe('succeeded')
    const manifest = await block.emulator.control.manifest()
    const orders = manifest.documents.filter((d) => d.objectType === 'purchase_order')
    expect(orders).toHaveLength(35)
    const now = handled()
    for (const d of orders) expect(now.has(JSON.stringify(Object.fromEntries(d.key)))).toBe(true)
})
