import * as path from 'path'
import { emulatorForBlock } from '../support/emulator-for-block'
import { queryDatabase } from '../support/query-database'
import type { DatabaseRow as Row } from '../support/query-database'
import { syncReportOf } from '../support/run-cli'
import { documentsOf, expectStagedStates, orderOf, sourceKey, tally, valueOf } from '../support/match-manifest'
import type { HeaderManifest, InvoiceItem, LineManifest, Manifests } from '../support/match-manifest'

/**
 * Issue 18, match readiness, on the demo's data (seed 42, 1..6 lines a document, as `npm start`
 * runs it; fewer documents): the local runner (s2p_import) against the emulator, with the receipts
 * the connector itself stages from it. Every staged invoice's state is judged by the emulator's
 * line manifest (its `match` per invoice line: PO line and receipt keys IFS holds), never by the
 * connector. One sync with everything on, as the demo does, must judge every invoice at once even
 * though invoices are read before their purchase orders and receipts; syncs that turn purchase
 * orders, then receipts, on show the waits. Then one demo invoice line is matched to its PO line
 * and receipts by querying the stand-in's Source-to-Pay tables alone.
 */
jest.setTimeout(300_000)

interface MatchCounts {
    checked: number
    ready: number
    waiting_for_po: number
    waiting_for_receipt: number
}

const block = emulatorForBlock({
    args: ['--seed', '42', '--invoices', '400', '--orders', '200', '--lines-per-document', '1..6'],
    clientSecret: `match-${process.pid}-${Date.now().toString(36)}`,
    tempPrefix: 'mlc-match-',
})
let lines: LineManifest
let headers: HeaderManifest

beforeAll(async () => {
    lines = await block.emulator.control.lineManifest()
    headers = await block.emulator.control.get<HeaderManifest>('manifest')
})

/** One sync into `database`; purchase orders and receipts on or off (receipts default: as purchase orders). */
async function sync(database: string, objects: { orders: boolean; receipts?: boolean }): Promise<MatchCounts | null> {
    const report = syncReportOf<{ status: string; matchReadiness?: MatchCounts }>(
        await block.sync({
            name: 'Match readiness',
            fieldMapPreset: 's2p_import',
            companies: ['10', '20'],
            database,
            objects: {
                supplierInvoices: { enabled: true },
                purchaseOrders: { enabled: objects.orders },
                ...(objects.receipts === undefined ? {} : { receipts: { enabled: objects.receipts } }),
            },
        })
    )
    expect(report.status).toBe('succeeded')
    return report.matchReadiness ?? null
}

function query(database: string, sql: string, ...params: string[]): Row[] {
    return queryDatabase(path.join(block.dir, database), sql, ...params)
}

const manifests = (): Manifests => ({ lines, headers })

/** Every staged invoice's state is the manifests' (test/support/match-manifest.ts). */
function expectStates(database: string, at: { orders: boolean; receipts: boolean }): Map<string, string> {
    return expectStagedStates(path.join(block.dir, database), manifests(), at)
}

/** Every receipt IFS holds is in the receipt stage (by PO number, PO line and receipt number). */
function expectReceiptsStaged(database: string): void {
    const staged = new Set(
        query(
            database,
            'SELECT u_erp_po_number, u_erp_po_line_number, u_erp_receipt_number FROM sn_fcms_intg_imp_receipt'
        ).map((r) => `${r.u_erp_po_number}|${r.u_erp_po_line_number}|${r.u_erp_receipt_number}`)
    )
    expect(lines.receipts.length).toBeGreaterThan(0)
    for (const { values: v } of lines.receipts)
        expect(staged).toContain(`${v.orderNo}|${v.lineNo}/${v.releaseNo}|${v.receiptNo}`)
}

test('one sync with everything on (as the demo) judges every invoice by what the same run staged', async () => {
    const counted = await sync('demo.db', { orders: true })
    expectReceiptsStaged('demo.db')
    const states = expectStates('demo.db', { orders: true, receipts: true })
    expect(tally(states, 'ready')).toBeGreaterThan(0)
    expect(tally(states, 'waiting_for_receipt')).toBeGreaterThan(0)
    // The run's counts: each staged invoice once, in its final state.
    expect(counted).toMatchObject({
        ready: tally(states, 'ready'),
        waiting_for_po: tally(states, 'waiting_for_po'),
        waiting_for_receipt: tally(states, 'waiting_for_receipt'),
    })
})

test('an invoice staged before its PO waits for it; its receipt is not checked while receipts are off, then it is ready or waits for one', async () => {
    await sync('phased.db', { orders: false })
    const first = expectStates('phased.db', { orders: false, receipts: false })
    expect(tally(first, 'waiting_for_po')).toBeGreaterThan(3)

    let counted = await sync('phased.db', { orders: true, receipts: false })
    const second = expectStates('phased.db', { orders: true, receipts: false })
    expect(tally(second, 'receipt_not_checked')).toBeGreaterThan(0)
    // The run re-checked exactly the invoices that were waiting.
    expect(counted?.checked).toBe(tally(first, 'waiting_for_po', 'waiting_for_receipt'))

    counted = await sync('phased.db', { orders: true, receipts: true })
    expectReceiptsStaged('phased.db')
    const third = expectStates('phased.db', { orders: true, receipts: true })
    expect(tally(third, 'ready')).toBeGreaterThan(0)
    expect(counted).toMatchObject({
        checked: tally(second, 'waiting_for_po', 'waiting_for_receipt', 'receipt_not_checked'),
        ready: tally(third, 'ready'),
        waiting_for_po: tally(third, 'waiting_for_po'),
        waiting_for_receipt: tally(third, 'waiting_for_receipt'),
    })
})

test("a demo invoice line is matched to its PO line and receipts through the stand-in's Source-to-Pay tables alone", () => {
    // An invoice line IFS matches (its PO line and receipts held), of an invoice and a PO both
    // staged and accepted by the transform, the invoice's number unique (the line table's join).
    const header = new Map(headers.documents.map((d) => [sourceKey(d.key), d]))
    const accepted = (key: string) => header.get(key)?.expected.importTransform === 'accepted'
    const numbers = headers.documents
        .filter((d) => d.objectType === 'supplier_invoice')
        .map((d) => d.identity.documentNumber)
    const unique = (n: string | null | undefined) => numbers.filter((m) => m === n).length === 1
    const orders = documentsOf(manifests(), 'purchase_order').staged
    const invoices = documentsOf(manifests(), 'supplier_invoice').staged
    const candidates = lines.documents
        .filter((d) => invoices.has(sourceKey(d.key)) && accepted(sourceKey(d.key)))
        .filter((d) => unique(header.get(sourceKey(d.key))?.identity.documentNumber))
        .flatMap((d) => (d.lines as InvoiceItem[]).map((line) => ({ doc: d, line })))
        .filter(({ line: { match: m } }) => m.status === 'matched' && orders.has(orderOf(m.poLineKey!)))
        .filter(({ line: { match: m } }) => accepted(orderOf(m.poLineKey!)))
    expect(candidates.length).toBeGreaterThan(0)
    const { doc, line } = candidates[0]
    const poKey = line.match.poLineKey!
    const invoiceNumber = String(header.get(sourceKey(doc.key))?.identity.documentNumber)
    const sql = (text: string, ...params: string[]) => query('demo.db', text, ...params)

    // The invoice line's import row, by invoice number and line number, cites the PO line...
    const [invoiceLine] = sql(
        'SELECT u_purchase_order, u_purchase_order_line, sys_target_sys_id FROM sn_spend_intg_imp_invoice_line WHERE u_external_invoice_number = ? AND u_erp_line_number = ? ORDER BY rowid DESC LIMIT 1',
        invoiceNumber,
        String(valueOf(line.key, 'ItemId'))
    )
    expect(invoiceLine).toMatchObject({
        u_purchase_order: String(valueOf(poKey, 'OrderNo')),
        u_purchase_order_line: `${valueOf(poKey, 'LineNo')}/${valueOf(poKey, 'ReleaseNo')}`,
    })
    // ...and the transform made a Source-to-Pay invoice line of it that cites the same.
    const [shopInvoiceLine] = sql(
        'SELECT po_number, po_line_number FROM sn_shop_invoice_line WHERE sys_id = ?',
        invoiceLine.sys_target_sys_id ?? ''
    )
    expect(shopInvoiceLine).toEqual({
        po_number: invoiceLine.u_purchase_order,
        po_line_number: invoiceLine.u_purchase_order_line,
    })
    // The PO line staged under that PO number and line number, and its Source-to-Pay record.
    const [poLine] = sql(
        'SELECT sys_target_sys_id FROM sn_fcms_intg_imp_order_line WHERE u_erp_po_number = ? AND u_erp_po_line_number = ? ORDER BY rowid DESC LIMIT 1',
        invoiceLine.u_purchase_order!,
        invoiceLine.u_purchase_order_line!
    )
    expect(poLine?.sys_target_sys_id).toBeTruthy()
    // The receipts ServiceNow holds of that PO line: exactly those IFS holds, their quantities summed.
    const receipts = sql(
        "SELECT receipt_number, quantity_received FROM sn_shop_receipt WHERE purchase_order_line = ? AND (state IS NULL OR state <> 'Cancelled')",
        poLine.sys_target_sys_id!
    )
    expect(receipts.map((r) => r.receipt_number).sort()).toEqual(
        line.match.receiptKeys.map((k) => String(valueOf(k, 'ReceiptNo'))).sort()
    )
    expect(receipts.reduce((s, r) => s + Number(r.quantity_received), 0)).toBeCloseTo(line.match.receivedQty, 6)
})
