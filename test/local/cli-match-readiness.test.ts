import * as path from 'path'
import type { IfsKey as Key, LineManifest, ManifestLine } from '../../src/local/emulator/dataset/line-manifest'
import { STAGING_KEY } from '../../src/tables'
import { emulatorForBlock } from '../support/emulator-for-block'
import { queryDatabase } from '../support/query-database'
import type { DatabaseRow as Row } from '../support/query-database'
import { syncReportOf } from '../support/run-cli'

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

type InvoiceItem = Extract<ManifestLine, { kind: 'invoice_item' }>
interface HeaderManifest {
    documents: {
        objectType: string
        key: Key
        identity: { company: string | null; documentNumber: string | null }
        expected: { outcome: string; importTransform?: string }
    }[]
}
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

const sourceKey = (key: Key) => JSON.stringify(Object.fromEntries(key))
const value = (key: Key, name: string) => key.find(([n]) => n === name)?.[1]
const orderOf = (poLineKey: Key) => sourceKey([['OrderNo', value(poLineKey, 'OrderNo') ?? null]])

/** Documents of the manifests by outcome: staged with every line good, or not sure (staged or flagged). */
function documentsOf(objectType: string): { staged: Set<string>; unsure: Set<string> } {
    const header = new Map(
        headers.documents.filter((d) => d.objectType === objectType).map((d) => [sourceKey(d.key), d])
    )
    const staged = new Set<string>()
    const unsure = new Set<string>()
    for (const d of lines.documents.filter((l) => l.objectType === objectType)) {
        const outcome = header.get(sourceKey(d.key))?.expected.outcome
        if (d.check.outcome !== 'staged') continue
        if (outcome === 'staged') staged.add(sourceKey(d.key))
        if (outcome === 'staged_or_flagged') unsure.add(sourceKey(d.key))
    }
    return { staged, unsure }
}

const WORST_FIRST = ['waiting_for_po', 'waiting_for_receipt', 'receipt_not_checked', 'ready', 'no_po_line'] as const

/**
 * What each staged invoice's readiness must be, by the manifests: a line whose PO line IFS lacks,
 * or whose purchase order is not staged (not synced, or flagged), waits for the PO; one whose PO
 * line is staged is "receipt not checked" while receipts are not synced, else ready when IFS holds
 * a receipt of it (not cancelled) and waiting for one otherwise; the invoice is its worst line.
 * Invoices the manifest is not sure of, or citing such a purchase order, are left out (`unsure`).
 */
function expectedStates(at: { orders: boolean; receipts: boolean }) {
    const orders = documentsOf('purchase_order')
    const invoices = documentsOf('supplier_invoice')
    const expected = new Map<string, string>()
    const unsure = new Set(invoices.unsure)
    for (const doc of lines.documents.filter((d) => invoices.staged.has(sourceKey(d.key)))) {
        const items = doc.lines as InvoiceItem[]
        if (items.some((l) => l.match.poLineKey && orders.unsure.has(orderOf(l.match.poLineKey)))) {
            unsure.add(sourceKey(doc.key))
            continue
        }
        const states = items.map(({ match: m }) => {
            if (m.status === 'no_po') return 'no_po_line'
            if (m.status === 'waiting_for_po' || !at.orders || !orders.staged.has(orderOf(m.poLineKey!)))
                return 'waiting_for_po'
            if (!at.receipts) return 'receipt_not_checked'
            return m.status === 'matched' ? 'ready' : 'waiting_for_receipt'
        })
        expected.set(
            sourceKey(doc.key),
            states.length === 0 ? 'no_lines' : WORST_FIRST.find((s) => states.includes(s))!
        )
    }
    return { expected, unsure }
}

function expectStates(database: string, at: { orders: boolean; receipts: boolean }): Map<string, string> {
    const { expected, unsure } = expectedStates(at)
    const got = new Map(
        query(
            database,
            `SELECT source_key, match_state FROM ${STAGING_KEY.name} WHERE object_type = 'supplier_invoice'`
        ).map((r) => [r.source_key, r.match_state])
    )
    for (const [key, state] of expected) expect({ key, state: got.get(key) }).toEqual({ key, state })
    // Nothing staged that the manifest does not expect staged (or is not sure of).
    expect([...got.keys()].filter((k) => k !== null && !expected.has(k) && !unsure.has(k))).toEqual([])
    return expected
}

const tally = (m: Map<string, string>, ...states: string[]) => [...m.values()].filter((v) => states.includes(v)).length

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
    const orders = documentsOf('purchase_order').staged
    const invoices = documentsOf('supplier_invoice').staged
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
        String(value(line.key, 'ItemId'))
    )
    expect(invoiceLine).toMatchObject({
        u_purchase_order: String(value(poKey, 'OrderNo')),
        u_purchase_order_line: `${value(poKey, 'LineNo')}/${value(poKey, 'ReleaseNo')}`,
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
        line.match.receiptKeys.map((k) => String(value(k, 'ReceiptNo'))).sort()
    )
    expect(receipts.reduce((s, r) => s + Number(r.quantity_received), 0)).toBeCloseTo(line.match.receivedQty, 6)
})
