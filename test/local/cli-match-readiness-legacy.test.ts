import Database from 'better-sqlite3'
import { randomBytes } from 'crypto'
import * as path from 'path'
import { emulatorForBlock } from '../support/emulator-for-block'
import { documentsOf, expectStagedStates, orderOf, sourceKey, tally, valueOf } from '../support/match-manifest'
import type { HeaderManifest, InvoiceItem, LineManifest, Manifests } from '../support/match-manifest'
import { queryDatabase } from '../support/query-database'
import type { DatabaseRow as Row } from '../support/query-database'
import { syncReportOf } from '../support/run-cli'

/**
 * Issue 18, match readiness with the `legacy_procurement` preset: purchase orders go to the legacy
 * Procurement tables, whose lines (proc_po_item) carry no PO number of their own — each references
 * its proc_po record — and no receipts are staged. The local runner against the emulator (the
 * demo's data, fewer documents), the stand-in modelling proc_po and proc_po_item as the instance
 * has them and holding, as an instance would, a vendor company (core_company) for each supplier
 * of the purchase orders IFS holds. Every staged invoice's state is judged by the emulator's
 * manifests (`match` per invoice line), never by the connector: a line whose PO line is staged
 * reads "receipt not checked", one whose PO (line) is not, "waiting for PO".
 */
jest.setTimeout(300_000)

const block = emulatorForBlock({
    args: ['--seed', '42', '--invoices', '200', '--orders', '100', '--lines-per-document', '1..6'],
    clientSecret: `legacy-match-${process.pid}-${Date.now().toString(36)}`,
    tempPrefix: 'mlc-legacy-match-',
})
let manifests: Manifests

beforeAll(async () => {
    manifests = {
        lines: await block.emulator.control.get<LineManifest>('line-manifest'),
        headers: await block.emulator.control.get<HeaderManifest>('manifest'),
    }
})

/**
 * The instance's vendors before the first run: a core_company per supplier name of the purchase
 * orders the manifest expects staged (proc_po.vendor is found by that name).
 */
function seedVendors(database: string): void {
    // Written as the platform table is, without the connector's code (the runner adds its other
    // columns when it opens the file, as for the seeded supplier master of the reliability world).
    const db = new Database(path.join(block.dir, database))
    try {
        db.exec(
            'CREATE TABLE IF NOT EXISTS "core_company" ("sys_id" TEXT PRIMARY KEY NOT NULL, "name" TEXT, "vendor" TEXT)'
        )
        const insert = db.prepare('INSERT INTO "core_company" ("sys_id", "name", "vendor") VALUES (?, ?, \'1\')')
        const names = new Set(
            manifests.headers.documents
                .filter((d) => d.objectType === 'purchase_order' && d.expected.outcome === 'staged')
                .map((d) => d.expected.values?.supplierName)
        )
        for (const name of names) if (name) insert.run(randomBytes(16).toString('hex'), name)
    } finally {
        db.close()
    }
}

async function sync(database: string, orders: boolean): Promise<Record<string, number> | null> {
    const report = syncReportOf<{ status: string; matchReadiness?: Record<string, number> }>(
        await block.sync({
            name: 'Legacy procurement',
            fieldMapPreset: 'legacy_procurement',
            companies: ['10', '20'],
            database,
            objects: { supplierInvoices: { enabled: true }, purchaseOrders: { enabled: orders } },
        })
    )
    expect(report.status).toBe('succeeded')
    return report.matchReadiness ?? null
}

function query(database: string, sql: string, ...params: string[]): Row[] {
    return queryDatabase(path.join(block.dir, database), sql, ...params)
}

/** Every staged invoice's state is the manifests' (receipts never staged by this preset). */
function expectStates(database: string, orders: boolean): Map<string, string> {
    return expectStagedStates(path.join(block.dir, database), manifests, { orders, receipts: false })
}

test('one sync with orders on judges every invoice against the proc_po_item lines the same run staged', async () => {
    seedVendors('legacy.db')
    const counted = await sync('legacy.db', true)
    const states = expectStates('legacy.db', true)
    expect(tally(states, 'receipt_not_checked')).toBeGreaterThan(0)
    expect(tally(states, 'waiting_for_po')).toBeGreaterThan(0)
    expect(tally(states, 'ready', 'waiting_for_receipt')).toBe(0)
    expect(counted).toMatchObject({
        ready: 0,
        waiting_for_receipt: 0,
        receipt_not_checked: tally(states, 'receipt_not_checked'),
        waiting_for_po: tally(states, 'waiting_for_po'),
    })
    // The preset stages no receipts, and its purchase order lines are in proc_po_item.
    expect(query('legacy.db', 'SELECT COUNT(*) AS n FROM sn_fcms_intg_imp_receipt')[0].n).toBe(0)
    expect(query('legacy.db', 'SELECT COUNT(*) AS n FROM sn_fcms_intg_imp_order_line')[0].n).toBe(0)
})

test('an invoice staged before its purchase order waits for it; once the order is staged its receipt is not checked', async () => {
    seedVendors('phased.db')
    await sync('phased.db', false)
    const first = expectStates('phased.db', false)
    expect(tally(first, 'waiting_for_po')).toBeGreaterThan(3)
    const counted = await sync('phased.db', true)
    const second = expectStates('phased.db', true)
    expect(tally(second, 'receipt_not_checked')).toBeGreaterThan(0)
    // The run re-checked exactly the invoices that were waiting.
    expect(counted?.checked).toBe(tally(first, 'waiting_for_po'))
})

test('an invoice line is matched to its proc_po_item through the stand-in tables alone: proc_po by number, the item by its reference', () => {
    const orders = documentsOf(manifests, 'purchase_order').staged
    const invoices = documentsOf(manifests, 'supplier_invoice').staged
    const header = new Map(manifests.headers.documents.map((d) => [sourceKey(d.key), d]))
    const numbers = manifests.headers.documents.map((d) => d.identity.documentNumber)
    const unique = (n: string | null | undefined) => numbers.filter((m) => m === n).length === 1
    const candidates = manifests.lines.documents
        .filter((d) => invoices.has(sourceKey(d.key)))
        .filter((d) => unique(header.get(sourceKey(d.key))?.identity.documentNumber))
        .flatMap((d) => (d.lines as InvoiceItem[]).map((line) => ({ doc: d, line })))
        .filter(({ line: { match: m } }) => m.poLineKey !== null && m.status !== 'waiting_for_po')
        .filter(({ line: { match: m } }) => orders.has(orderOf(m.poLineKey!)))
    expect(candidates.length).toBeGreaterThan(0)
    const { doc, line } = candidates[0]
    const poKey = line.match.poLineKey!
    const sql = (text: string, ...params: string[]) => query('legacy.db', text, ...params)
    const [invoiceLine] = sql(
        'SELECT u_purchase_order, u_purchase_order_line FROM sn_spend_intg_imp_invoice_line WHERE u_external_invoice_number = ? AND u_erp_line_number = ? ORDER BY rowid DESC LIMIT 1',
        String(header.get(sourceKey(doc.key))?.identity.documentNumber),
        String(valueOf(line.key, 'ItemId'))
    )
    const poLine = `${valueOf(poKey, 'LineNo')}/${valueOf(poKey, 'ReleaseNo')}`
    expect(invoiceLine).toEqual({ u_purchase_order: String(valueOf(poKey, 'OrderNo')), u_purchase_order_line: poLine })
    // The legacy purchase order by its number, and its item: it references the order's record and
    // its connector key is the order's key followed by the line number.
    const [order] = sql(
        'SELECT sys_id, u_ml_connector_key FROM proc_po WHERE number = ?',
        invoiceLine.u_purchase_order!
    )
    const items = sql('SELECT u_ml_connector_key FROM proc_po_item WHERE purchase_order = ?', order.sys_id!)
    expect(items.map((i) => i.u_ml_connector_key)).toContain(`${order.u_ml_connector_key}:${poLine}`)
})
