import * as path from 'path'
import type { LineManifest } from '../../src/local/emulator/dataset/line-manifest'
import { emulatorForBlock } from '../support/emulator-for-block'
import { queryDatabase } from '../support/query-database'
import type { DatabaseRow as Row } from '../support/query-database'
import { syncReportOf } from '../support/run-cli'

/**
 * Receipts end to end: the local runner with the default preset against the emulator, judged by
 * the emulator's own line manifest (what IFS holds), never by the connector's maps. Every receipt
 * is staged exactly once into the receipt stage with its PO line numbered as the order line stage
 * numbers PO lines ("line/release"); a second run stages none again; a receipt IFS corrects is
 * staged again, and only it.
 */
const block = emulatorForBlock({
    args: ['--seed', '23', '--invoices', '5', '--orders', '25'],
    clientSecret: `receipts-${process.pid}-${Date.now()}`,
    tempPrefix: 'mlc-receipts-',
})
const CONNECTION = {
    name: 'Receipts',
    companies: ['10', '20'],
    database: 'receipts.db',
    // PO lines read too, so a receipt's PO line reference can resolve. Receipts are not named:
    // they are on by default with purchase orders.
    objects: { purchaseOrders: { source: { lines: true } } },
    // Small pages: receipts sharing a stamp span pages, ordered by the four keys (text and number).
    limits: { pageSize: 7 },
}

/** A receipt as the emulator's line manifest lists it. */
type ManifestReceipt = LineManifest['receipts'][number]

async function sync(): Promise<{ status: string }> {
    return syncReportOf(await block.sync(CONNECTION))
}

async function manifestReceipts(): Promise<ManifestReceipt[]> {
    return (await block.emulator.control.lineManifest()).receipts
}

function query(sql: string): Row[] {
    return queryDatabase(path.join(block.dir, 'receipts.db'), sql)
}

/** The receipt as the receipt stage must hold it, from the manifest alone. */
function expectedRow(r: ManifestReceipt) {
    const v = r.values
    return {
        u_erp_source: 'IFS Cloud',
        u_erp_receipt_number: String(v.receiptNo),
        u_erp_po_number: v.orderNo,
        // How the order line stage numbers the PO line (line, then release after a slash).
        u_erp_po_line_number: v.releaseNo ? `${v.lineNo}/${v.releaseNo}` : v.lineNo,
        u_quantity_received: String(v.quantity),
        u_receipt_date: v.arrivalDate,
        u_state: v.state,
        u_type: 'goods',
    }
}

const identity = (row: Row) => `${row.u_erp_po_number}|${row.u_erp_po_line_number}|${row.u_erp_receipt_number}`
const identityOf = (r: ManifestReceipt) => {
    const e = expectedRow(r)
    return `${e.u_erp_po_number}|${e.u_erp_po_line_number}|${e.u_erp_receipt_number}`
}

/** The latest receipt stage row of each receipt (an import table keeps a row per submission). */
function latestRows(): Map<string, Row> {
    const latest = new Map<string, Row>()
    for (const row of query('SELECT * FROM sn_fcms_intg_imp_receipt ORDER BY rowid')) latest.set(identity(row), row)
    return latest
}

test('every receipt IFS holds is staged once, with its values and its PO line numbered as PO lines are', async () => {
    expect((await sync()).status).toBe('succeeded')
    const receipts = await manifestReceipts()
    expect(receipts.length).toBeGreaterThan(0)
    const rows = query('SELECT * FROM sn_fcms_intg_imp_receipt')
    // Exactly once each: as many rows as receipts, no receipt twice.
    expect(rows).toHaveLength(receipts.length)
    expect(new Set(rows.map(identity)).size).toBe(receipts.length)
    const staged = latestRows()
    for (const r of receipts) {
        const row = staged.get(identityOf(r))
        expect(row).toMatchObject(expectedRow(r))
        expect(row?.u_ml_connector_key).toMatch(/^[0-9a-f]{64}$/)
        expect(row?.sys_import_state).toBe('inserted')
    }
    // The modelled transform made a Source-to-Pay receipt of each, referencing its PO line where
    // ServiceNow holds one (the order line stage's record for the same PO number and line number).
    const poLines = new Map(
        query(
            "SELECT u_erp_po_number, u_erp_po_line_number, sys_target_sys_id FROM sn_fcms_intg_imp_order_line WHERE sys_import_state IN ('inserted', 'updated')"
        ).map((l) => [`${l.u_erp_po_number}|${l.u_erp_po_line_number}`, l.sys_target_sys_id])
    )
    const shopReceipts = query('SELECT * FROM sn_shop_receipt')
    expect(shopReceipts).toHaveLength(receipts.length)
    let linked = 0
    for (const s of shopReceipts) {
        const line = poLines.get(`${s.po_number}|${s.po_line_number}`) ?? null
        expect(s.purchase_order_line).toBe(line)
        if (line !== null) linked++
    }
    // Staged PO lines are found: a receipt is matched to its PO line through the staged data alone.
    expect(linked).toBeGreaterThan(0)
})

test('a second run over unchanged receipts stages none again', async () => {
    const before = query('SELECT COUNT(*) AS n FROM sn_fcms_intg_imp_receipt')[0].n
    expect((await sync()).status).toBe('succeeded')
    expect(query('SELECT COUNT(*) AS n FROM sn_fcms_intg_imp_receipt')[0].n).toBe(before)
})

test('a receipt IFS corrects is staged again with its new quantity, and only it', async () => {
    const before = latestRows()
    const changed = await block.emulator.control.post<{ changed: number }>('line-churn', { kind: 'receipt', count: 2 })
    expect(changed.changed).toBe(2)
    const receipts = await manifestReceipts()
    expect((await sync()).status).toBe('succeeded')
    const after = latestRows()
    const restaged = receipts.filter((r) => {
        const was = before.get(identityOf(r))
        return was !== undefined && was.sys_id !== after.get(identityOf(r))?.sys_id
    })
    // The two corrected receipts, judged by the quantity IFS holds now, not by what was staged.
    expect(restaged).toHaveLength(2)
    for (const r of receipts) {
        const row = after.get(identityOf(r))
        expect(row).toMatchObject(expectedRow(r))
    }
    for (const r of restaged) expect(before.get(identityOf(r))?.u_quantity_received).not.toBe(String(r.values.quantity))
    // One Source-to-Pay receipt per receipt still: the correction updated it.
    expect(query('SELECT COUNT(*) AS n FROM sn_shop_receipt')[0].n).toBe(receipts.length)
})
