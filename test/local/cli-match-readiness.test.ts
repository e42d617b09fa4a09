import Database from 'better-sqlite3'
import * as crypto from 'crypto'
import * as path from 'path'
import { STAGING_KEY } from '../../src/tables'
import { startEmulatorProcess } from '../support/emulator-process'
import type { EmulatorProcess } from '../support/emulator-process'
import { runCli, tempDir, writeJson } from '../support/run-cli'

/**
 * Issue 18, match readiness: the local runner (s2p_import, lines on) against the emulator. Invoices
 * staged before their purchase orders wait for the PO; once the POs are staged they wait for their
 * receipts; once receipts are staged they are ready — each invoice's state judged by the emulator's
 * line manifest (its `match` per invoice line), never by the connector. Then one invoice line is
 * matched to its PO line and receipts by querying the stand-in's tables alone.
 *
 * Receipts are put into the receipt stage by `stageReceipts` (the receipt document type is built
 * in parallel): when the connector stages receipts itself, that helper becomes "enable receipts
 * and run sync", and nothing else here changes.
 */
jest.setTimeout(180_000)

const SECRET = `match-${process.pid}-${Date.now().toString(36)}`
const env = { ML_CONNECTOR_CLIENT_SECRET: SECRET }
// The demo's seed (demo.ts), fewer documents, the emulator's default lines.
const DATA = ['--seed', '42', '--invoices', '60', '--orders', '40']

type Key = [string, string | number | null][]
type MatchStatus = 'no_po' | 'waiting_for_po' | 'waiting_for_receipt' | 'matched'
interface InvoiceItem {
    kind: 'invoice_item'
    key: Key
    match: { status: MatchStatus; poLineKey: Key | null; receiptKeys: Key[]; receivedQty: number }
}
interface LineManifest {
    documents: {
        objectType: 'purchase_order' | 'supplier_invoice'
        key: Key
        check: { outcome: string }
        lines: ({ kind: 'purchase_order_line'; key: Key } | InvoiceItem)[]
    }[]
    receipts: {
        key: Key
        values: {
            receiptNo: number
            orderNo: string
            lineNo: string
            releaseNo: string
            quantity: number
            state: string | null
        }
    }[]
}
interface HeaderManifest {
    documents: { objectType: string; key: Key; expected: { outcome: string } }[]
}

let emulator: EmulatorProcess
let dir: string
let database: string
let lines: LineManifest
let headers: HeaderManifest

beforeAll(async () => {
    emulator = await startEmulatorProcess(DATA, { clientSecret: SECRET })
    dir = tempDir('mlc-match-')
    database = path.join(dir, 'match.db')
    lines = await control<LineManifest>('line-manifest')
    headers = await control<HeaderManifest>('manifest')
})
afterAll(async () => {
    await emulator?.stop()
})

async function control<T>(what: string): Promise<T> {
    const res = await fetch(`${emulator.url}/__control/${what}`)
    if (!res.ok) throw new Error(`${what}: ${res.status}`)
    return (await res.json()) as T
}

interface MatchCounts {
    checked: number
    ready: number
    waiting_for_po: number
    waiting_for_receipt: number
}

async function sync(orders: boolean): Promise<MatchCounts | null> {
    const config = writeJson(path.join(dir, `config-${orders}.json`), {
        name: 'Match readiness',
        fieldMapPreset: 's2p_import',
        ifs: { url: emulator.url, realm: 'ifs', clientId: 'ml-connector', insecureLocalEmulator: true },
        companies: ['10', '20'],
        database,
        objects: {
            supplierInvoices: { source: { lines: true } },
            purchaseOrders: { enabled: orders, source: { lines: true } },
        },
    })
    const result = await runCli(['sync', '--config', config, '--json'], env)
    expect(result.stderr).toBe('')
    const { report } = JSON.parse(result.stdout)
    expect(report.status).toBe('succeeded')
    return report.matchReadiness ?? null
}

/**
 * The receipt stage as the receipt document type fills it: one row per IFS receipt that is not
 * cancelled, PO line as "LineNo/ReleaseNo". The swap point once receipts are staged by sync.
 */
function stageReceipts(receipts: LineManifest['receipts']): number {
    const db = new Database(database)
    try {
        const insert = db.prepare(
            `INSERT INTO sn_fcms_intg_imp_receipt (sys_id, sys_created_on, u_erp_po_number, u_erp_po_line_number, u_erp_receipt_number, u_quantity_received, u_ml_connector_key)
             VALUES (?, datetime('now'), ?, ?, ?, ?, ?)`
        )
        const live = receipts.filter((r) => r.values.state !== 'Cancelled')
        for (const { key, values: v } of live)
            insert.run(
                crypto.randomBytes(16).toString('hex'),
                v.orderNo,
                `${v.lineNo}/${v.releaseNo}`,
                String(v.receiptNo),
                String(v.quantity),
                `receipt:${JSON.stringify(key)}`
            )
        return live.length
    } finally {
        db.close()
    }
}

const sourceKey = (key: Key) => JSON.stringify(Object.fromEntries(key))
const value = (key: Key, name: string) => key.find(([n]) => n === name)?.[1]

/** A document of the manifests that is staged with its lines: header good, every line good. */
function stagedDocuments(objectType: string): Set<string> {
    const good = new Set(
        headers.documents
            .filter((d) => d.objectType === objectType && d.expected.outcome === 'staged')
            .map((d) => sourceKey(d.key))
    )
    return new Set(
        lines.documents
            .filter((d) => d.objectType === objectType && d.check.outcome === 'staged' && good.has(sourceKey(d.key)))
            .map((d) => sourceKey(d.key))
    )
}

const WORST_FIRST = ['waiting_for_po', 'waiting_for_receipt', 'ready', 'no_po_line'] as const

/**
 * What each staged invoice's readiness must be, by the line manifest: a line whose PO line IFS
 * lacks, or whose purchase order is not staged (not synced yet, or flagged), waits for the PO; one
 * whose PO line is staged waits for a receipt until receipts are staged and IFS holds one; the
 * invoice is its worst line.
 */
function expectedStates(ordersStaged: boolean, receiptsStaged: boolean): Map<string, string> {
    const orders = ordersStaged ? stagedDocuments('purchase_order') : new Set<string>()
    const out = new Map<string, string>()
    for (const doc of lines.documents) {
        if (doc.objectType !== 'supplier_invoice' || !stagedDocuments('supplier_invoice').has(sourceKey(doc.key)))
            continue
        const states = doc.lines.map((l) => {
            const m = (l as InvoiceItem).match
            if (m.status === 'no_po') return 'no_po_line'
            const order = m.poLineKey && sourceKey([['OrderNo', value(m.poLineKey, 'OrderNo') ?? null]])
            if (m.status === 'waiting_for_po' || !order || !orders.has(order)) return 'waiting_for_po'
            return receiptsStaged && m.status === 'matched' ? 'ready' : 'waiting_for_receipt'
        })
        out.set(sourceKey(doc.key), states.length === 0 ? 'no_lines' : WORST_FIRST.find((s) => states.includes(s))!)
    }
    return out
}

function stagedStates(): Map<string, string | null> {
    const db = new Database(database, { readonly: true })
    try {
        const rows = db
            .prepare(`SELECT source_key, match_state FROM ${STAGING_KEY.name} WHERE object_type = 'supplier_invoice'`)
            .all() as { source_key: string; match_state: string | null }[]
        return new Map(rows.map((r) => [r.source_key, r.match_state]))
    } finally {
        db.close()
    }
}

function expectStates(expected: Map<string, string>): void {
    const got = stagedStates()
    for (const [key, state] of expected) expect({ key, state: got.get(key) }).toEqual({ key, state })
    expect(got.size).toBe(expected.size)
}

test('an invoice staged before its PO waits for it, then for its receipt, then is ready; every state by the manifest', async () => {
    await sync(false)
    const first = expectedStates(false, false)
    expect([...first.values()].filter((s) => s === 'waiting_for_po').length).toBeGreaterThan(3)
    expectStates(first)

    await sync(true)
    const second = expectedStates(true, false)
    expect([...second.values()].filter((s) => s === 'waiting_for_receipt').length).toBeGreaterThan(0)
    expectStates(second)

    expect(stageReceipts(lines.receipts)).toBeGreaterThan(0)
    const counted = await sync(true)
    const third = expectedStates(true, true)
    expect([...third.values()].filter((s) => s === 'ready').length).toBeGreaterThan(0)
    expectStates(third)
    // The run re-checked exactly the invoices that were waiting, and counts what it found.
    const tally = (m: Map<string, string>, s: string) => [...m.values()].filter((v) => v === s).length
    expect(counted).toMatchObject({
        checked: tally(second, 'waiting_for_po') + tally(second, 'waiting_for_receipt'),
        ready: tally(third, 'ready'),
        waiting_for_po: tally(third, 'waiting_for_po'),
        waiting_for_receipt: tally(third, 'waiting_for_receipt'),
    })
})

test('one invoice line is matched to its PO line and receipts through the staged rows alone', () => {
    // An invoice line IFS matches (PO line and receipts held), of an invoice and a PO both staged.
    const orders = stagedDocuments('purchase_order')
    const invoices = stagedDocuments('supplier_invoice')
    const candidates = lines.documents
        .filter((d) => d.objectType === 'supplier_invoice' && invoices.has(sourceKey(d.key)))
        .flatMap((d) => d.lines.map((l) => ({ doc: d, line: l as InvoiceItem })))
        .filter(
            ({ line }) =>
                line.match.status === 'matched' &&
                orders.has(sourceKey([['OrderNo', value(line.match.poLineKey!, 'OrderNo') ?? null]]))
        )
    expect(candidates.length).toBeGreaterThan(0)
    const { doc, line } = candidates[0]
    const poKey = line.match.poLineKey!

    const db = new Database(database, { readonly: true })
    try {
        const key = db
            .prepare(`SELECT key, match_state, match_summary FROM ${STAGING_KEY.name} WHERE source_key = ?`)
            .get(sourceKey(doc.key)) as { key: string; match_state: string; match_summary: string }
        const itemId = String(value(line.key, 'ItemId'))
        const invoiceLine = db
            .prepare(
                `SELECT u_purchase_order, u_purchase_order_line FROM sn_spend_intg_imp_invoice_line WHERE u_ml_connector_key = ?`
            )
            .get(`${key.key}:${itemId}`) as { u_purchase_order: string; u_purchase_order_line: string }
        expect(invoiceLine).toEqual({
            u_purchase_order: String(value(poKey, 'OrderNo')),
            u_purchase_order_line: `${value(poKey, 'LineNo')}/${value(poKey, 'ReleaseNo')}`,
        })
        const poLines = db
            .prepare(
                `SELECT u_erp_po_number FROM sn_fcms_intg_imp_order_line WHERE u_erp_po_number = ? AND u_erp_po_line_number = ?`
            )
            .all(invoiceLine.u_purchase_order, invoiceLine.u_purchase_order_line)
        expect(poLines.length).toBeGreaterThan(0)
        const receipts = db
            .prepare(
                `SELECT u_erp_receipt_number AS no, u_quantity_received AS qty FROM sn_fcms_intg_imp_receipt WHERE u_erp_po_number = ? AND u_erp_po_line_number = ?`
            )
            .all(invoiceLine.u_purchase_order, invoiceLine.u_purchase_order_line) as { no: string; qty: string }[]
        expect(receipts.map((r) => r.no).sort()).toEqual(
            line.match.receiptKeys.map((k) => String(value(k, 'ReceiptNo'))).sort()
        )
        expect(receipts.reduce((s, r) => s + Number(r.qty), 0)).toBeCloseTo(line.match.receivedQty, 6)
        // The staging key says what the line is ready for, and never mentions a line IFS matches as missing.
        expect(key.match_summary).not.toContain(`Line ${itemId}: waiting`)
    } finally {
        db.close()
    }
})
