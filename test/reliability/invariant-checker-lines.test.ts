import Database from 'better-sqlite3'
import * as path from 'path'
import type { LineManifest } from '../../src/local/emulator/dataset/line-manifest'
import type { Manifest } from '../../src/local/emulator/dataset/manifest'
import type { RowValue } from '../../src/local/emulator/dataset/row'
import { startEmulator } from '../../src/local/emulator/start-emulator'
import type { RunningEmulator } from '../../src/local/emulator/start-emulator'
import { checkInvariants, doubledOf, lostOf, storedSourceKey, wrongOf } from '../../src/local/faults/invariants'
import type { InvariantReport } from '../../src/local/faults/invariants'
import type { LineReport } from '../../src/local/faults/line-check'
import { seedSupplierMaster } from '../../src/local/faults/seed-supplier-master'
import { emulatorTenant } from '../support/emulator-for-block'
import { runCli, tempDir, writeJson } from '../support/run-cli'
import { insertRow, plantedCopy } from '../support/synced-database'
import { FLAG } from '../../src/tables'

/**
 * The invariant checker's line and receipt judge (faults/line-check.ts, as the reliability world
 * runs it through checkInvariants): two real syncs of the default preset with lines and receipts
 * on — between them IFS changes a PO line and a receipt and deletes a line of an order it
 * re-totals — must pass; then each test plants one fault into a copy of that database (a line or a
 * receipt lost, doubled, or left with its old values; a deleted line left unmarked) and expects
 * exactly it reported, and counted in the suite's lost / doubled / wrong columns.
 */
jest.setTimeout(120_000)

const NAME = 'Line checker'
const COMPANIES = ['10', '20']
const SECRET = `line-checker-${process.pid}-secret`
const ORDER_LINES = 'sn_shop_purchase_order_line'
/** The removal sweep's bound this world configures: several runs go round the staged documents. */
const CHECKS_PER_RUN = 15

type Key = [string, RowValue][]
const values = (key: Key): RowValue[] => key.map(([, v]) => v)

let emulator: RunningEmulator
let dir: string
let database: string
let manifest: Manifest
let lines: LineManifest
/** What IFS changed between the two syncs: PO number and line number of each, and the first values. */
let changed: { orderNo: string; line: string; quantityBefore: number; quantityNow: number }
let deleted: { orderNo: string; line: string }
let receipt: { key: Key; orderNo: string; line: string; receiptNo: string; quantityNow: number }
/** What IFS deleted without touching a header: a PO line, a receipt, an order and an invoice whole. */
let silent: { line: { orderNo: string; line: string }; receipt: Key; order: Key; invoice: Key }
/** Syncs finished since those deletions. */
let runsSince = 0

async function sync(config: string): Promise<void> {
    const run = await runCli(['sync', '--config', config, '--json'], { ML_CONNECTOR_CLIENT_SECRET: SECRET })
    if (run.code !== 0) throw new Error(`sync failed: ${run.stdout}${run.stderr}`)
}

type PoLine = Extract<LineManifest['documents'][number]['lines'][number], { kind: 'purchase_order_line' }>

/** Orders the transform accepts whose lines are all good and open, with at least two lines. */
function changeableOrders(): LineManifest['documents'] {
    const accepted = new Set(
        manifest.documents
            .filter(
                (d) =>
                    d.objectType === 'purchase_order' &&
                    d.expected.outcome === 'staged' &&
                    d.expected.importTransform === 'accepted'
            )
            .map((d) => JSON.stringify(values(d.key)))
    )
    return lines.documents.filter(
        (d) =>
            d.objectType === 'purchase_order' &&
            d.check.outcome === 'staged' &&
            accepted.has(JSON.stringify(values(d.key))) &&
            d.lines.length >= 2
    )
}

const lineNo = (l: PoLine) => `${l.values.lineNo}/${l.values.releaseNo}`

beforeAll(async () => {
    emulator = await startEmulator({
        dataset: { seed: 43, invoices: 40, orders: 30, badShare: 0, linesPerDocument: { min: 1, max: 4 } },
        clients: [{ clientId: 'ml-connector', clientSecret: SECRET }],
        rateLimitPerMinute: 1_000_000,
    })
    dir = tempDir('mlc-checker-lines-')
    database = path.join(dir, 'synced.db')
    const config = writeJson(path.join(dir, 'config.json'), {
        name: NAME,
        companies: COMPANIES,
        ifs: emulatorTenant(emulator.url),
        limits: { pageSize: 15, maxInlineWaitSeconds: 2, removalChecksPerRun: CHECKS_PER_RUN },
        database,
    })
    seedSupplierMaster(database, emulator.control.serviceNowSuppliers())
    await sync(config)
    manifest = emulator.control.manifest()
    lines = emulator.control.lineManifest()
    const [a, b] = changeableOrders()
    const [line] = a.lines as PoLine[]
    const gone = b.lines[1] as PoLine
    const [r] = lines.receipts
    // IFS changes a PO line and a receipt, and deletes a line of an order it re-totals (a new header stamp).
    emulator.control.churnLines('purchase_order_line', 1, [values(line.key)])
    emulator.control.churnLines('receipt', 1, [values(r.key)])
    emulator.control.removeLines('purchase_order_line', [values(gone.key)], 'delete')
    emulator.control.churn('purchase_order', 1, [values(b.key)])
    deleteWithoutHeaderChange()
    await sync(config)
    runsSince = 1
    // As many runs as the sweep bound implies for the largest kind, counted from the manifest alone.
    const staged = (ot: string) =>
        manifest.documents.filter((d) => d.objectType === ot && d.expected.outcome === 'staged').length
    const needed = Math.max(
        ...[staged('purchase_order'), staged('supplier_invoice'), lines.receipts.length].map((n) =>
            Math.ceil(n / CHECKS_PER_RUN)
        )
    )
    for (; runsSince < needed; runsSince++) await sync(config)
    manifest = emulator.control.manifest()
    lines = emulator.control.lineManifest()
    // IFS's values now, as its line manifest gives them.
    const same = (k: Key) => (l: { key: Key }) => JSON.stringify(l.key) === JSON.stringify(k)
    const now = lines.documents.flatMap((d) => d.lines).find(same(line.key)) as PoLine
    const rNow = lines.receipts.find(same(r.key))!
    changed = {
        orderNo: line.values.orderNo,
        line: lineNo(line),
        quantityBefore: line.values.quantity,
        quantityNow: now.values.quantity,
    }
    deleted = { orderNo: gone.values.orderNo, line: lineNo(gone) }
    receipt = {
        key: r.key,
        orderNo: r.values.orderNo,
        line: `${r.values.lineNo}/${r.values.releaseNo}`,
        receiptNo: String(r.values.receiptNo),
        quantityNow: rNow.values.quantity,
    }
})
/** IFS deletes a PO line, a receipt, an order and an invoice and changes no header (the sweep must find them). */
function deleteWithoutHeaderChange(): void {
    const [, , c, d] = changeableOrders()
    const orderNo = (doc: LineManifest['documents'][number]) => (doc.lines[0] as PoLine).values.orderNo
    const gone = c.lines[1] as PoLine
    const taken = new Set([receipt0(), orderNo(d)])
    const r = lines.receipts.find((x) => !taken.has(x.values.orderNo))!
    const accepted = new Set(
        manifest.documents
            .filter((m) => m.expected.outcome === 'staged' && m.expected.importTransform === 'accepted')
            .map((m) => JSON.stringify(values(m.key)))
    )
    const invoice = lines.documents.find(
        (x) => x.objectType === 'supplier_invoice' && accepted.has(JSON.stringify(values(x.key)))
    )!
    emulator.control.removeLines('purchase_order_line', [values(gone.key)], 'delete')
    emulator.control.removeLines('receipt', [values(r.key)], 'delete')
    emulator.control.deleteDocuments('purchase_order', [values(d.key)])
    emulator.control.deleteDocuments('supplier_invoice', [values(invoice.key)])
    silent = {
        line: { orderNo: gone.values.orderNo, line: lineNo(gone) },
        receipt: r.key,
        order: d.key,
        invoice: invoice.key,
    }
}

/** The order of the receipt IFS changes between the syncs (kept, so its receipt stays). */
const receipt0 = () => lines.receipts[0].values.orderNo

afterAll(async () => {
    await emulator?.close()
})

let copies = 0
/** A copy of the synced database with `plant` applied. */
function planted(plant?: (db: Database.Database) => void): string {
    return plantedCopy(database, path.join(dir, `copy-${++copies}.db`), plant)
}

function check(file: string, since = runsSince): InvariantReport {
    return checkInvariants(manifest, {
        database: file,
        connectionName: NAME,
        expectComplete: true,
        companies: COMPANIES,
        supplierMasterSeeded: true,
        lines,
        removals: { checksPerRun: CHECKS_PER_RUN, runsSince: since },
    })
}

/** The line judge's fault counts, and the suite's columns they land in. */
function faults(r: InvariantReport): Record<string, number> {
    const l = r.lines as LineReport
    return {
        lost: l.lost,
        doubled: l.doubled,
        wrong: l.wrong,
        lostOf: lostOf(r),
        doubledOf: doubledOf(r),
        wrongOf: wrongOf(r),
    }
}
const only = (kind: 'lost' | 'doubled' | 'wrong') => ({
    lost: 0,
    doubled: 0,
    wrong: 0,
    lostOf: 0,
    doubledOf: 0,
    wrongOf: 0,
    [kind]: 1,
    [`${kind}Of`]: 1,
})

/** The primary record of a PO line, found by the columns the README gives it (order number, line number). */
function orderLine(db: Database.Database, orderNo: string, line: string): Record<string, unknown> {
    return db
        .prepare(
            `SELECT DISTINCT l.* FROM ${ORDER_LINES} l JOIN sn_fcms_intg_imp_order h ON h.sys_target_sys_id = l.purchase_order
             WHERE h.u_erp_po_number = ? AND l.line_number = ?`
        )
        .get(orderNo, line) as Record<string, unknown>
}

test('two real syncs with changed, deleted and received lines pass, every line and receipt judged', () => {
    const r = check(planted())
    expect(r.problems).toEqual([])
    expect(faults(r)).toEqual({ lost: 0, doubled: 0, wrong: 0, lostOf: 0, doubledOf: 0, wrongOf: 0 })
    expect(r.lines!.linesJudged).toBeGreaterThan(60)
    expect(r.lines!.receiptsJudged).toBeGreaterThan(5)
    // The deleted line's order changed after the deletion; the others changed no header, and the
    // sweep's runs have passed: a line, a receipt, an order with its receipts, an invoice, judged marked.
    expect(r.lines!.removedJudged).toBeGreaterThanOrEqual(5)
    // Before the sweep's runs have passed, only the line whose order changed is judged.
    expect(check(planted(), 0).lines!.removedJudged).toBe(1)
    // The changed line is current: IFS gave it a new quantity and its record holds that one.
    expect(changed.quantityNow).not.toBe(changed.quantityBefore)
    const db = new Database(database, { readonly: true })
    try {
        expect(orderLine(db, changed.orderNo, changed.line).quantity).toBe(changed.quantityNow)
        expect(orderLine(db, deleted.orderNo, deleted.line).state).toBe('removed')
    } finally {
        db.close()
    }
})

/** Deletes the receipt IFS corrected between the syncs from its primary table. */
function deleteReceipt(db: Database.Database): void {
    db.prepare('DELETE FROM sn_shop_receipt WHERE po_number = ? AND po_line_number = ? AND receipt_number = ?').run(
        receipt.orderNo,
        receipt.line,
        receipt.receiptNo
    )
}

/** The first record of `table` (by sys_id), inserted again under another sys_id. */
function doubleFirst(table: string, sysId: string): (db: Database.Database) => void {
    return (db) => {
        const row = db.prepare(`SELECT * FROM ${table} ORDER BY sys_id LIMIT 1`).get() as Record<string, unknown>
        insertRow(db, table, { ...row, sys_id: sysId })
    }
}

/**
 * One fault planted into a copy of the synced database: what it does, the one fault kind the judge
 * must count, and the one problem it must report (a function: the values are the syncs').
 */
type PlantedFault = [
    title: string,
    plant: (db: Database.Database) => void,
    kind: 'lost' | 'doubled' | 'wrong',
    problem: () => unknown,
]

const PLANTED: PlantedFault[] = [
    [
        'an invoice line deleted from its primary table is lost',
        (db) => {
            const row = db.prepare(`SELECT sys_id FROM sn_shop_invoice_line ORDER BY sys_id LIMIT 1`).get() as {
                sys_id: string
            }
            db.prepare('DELETE FROM sn_shop_invoice_line WHERE sys_id = ?').run(row.sys_id)
        },
        'lost',
        () => expect.stringMatching(/^supplier_invoice .* line .* has no primary line record$/),
    ],
    [
        'a second primary record of one invoice line is doubled',
        doubleFirst('sn_shop_invoice_line', 'planted-double-line'),
        'doubled',
        () => expect.stringMatching(/^supplier_invoice .* line .*: 2 primary line records$/),
    ],
    [
        'a receipt deleted from its primary table is lost',
        deleteReceipt,
        'lost',
        () => `receipt ${receipt.receiptNo} of ${receipt.orderNo} line ${receipt.line} has no primary receipt record`,
    ],
    [
        'a second record of one receipt is doubled',
        doubleFirst('sn_shop_receipt', 'planted-double-receipt'),
        'doubled',
        () => expect.stringMatching(/^receipt .*: 2 primary receipt records$/),
    ],
    [
        'a changed PO line left with its old quantity is wrong',
        (db) => {
            const row = orderLine(db, changed.orderNo, changed.line)
            db.prepare(`UPDATE ${ORDER_LINES} SET quantity = ? WHERE sys_id = ?`).run(
                changed.quantityBefore,
                row.sys_id
            )
        },
        'wrong',
        () =>
            `purchase_order ${changed.orderNo} line ${changed.line} holds quantity = ${changed.quantityBefore} (expected ${changed.quantityNow})`,
    ],
    [
        'a corrected receipt left with its old quantity is wrong',
        (db) => {
            db.prepare(
                'UPDATE sn_shop_receipt SET quantity_received = quantity_received + 1 WHERE po_number = ? AND po_line_number = ? AND receipt_number = ?'
            ).run(receipt.orderNo, receipt.line, receipt.receiptNo)
        },
        'wrong',
        () =>
            `receipt ${receipt.receiptNo} of ${receipt.orderNo} line ${receipt.line} holds quantity_received = ${receipt.quantityNow + 1} (expected ${receipt.quantityNow})`,
    ],
    [
        'a line IFS deleted, its order read again, still shown open is wrong',
        (db) => {
            const row = orderLine(db, deleted.orderNo, deleted.line)
            db.prepare(`UPDATE ${ORDER_LINES} SET state = 'open' WHERE sys_id = ?`).run(row.sys_id)
        },
        'wrong',
        () => `purchase_order ${deleted.orderNo} line ${deleted.line} was deleted in IFS, but its record says "open"`,
    ],
    [
        'a receipt flagged instead of staged, though nothing is wrong with it, is wrong (not lost)',
        (db) => {
            deleteReceipt(db)
            const flag = db.prepare(`SELECT * FROM ${FLAG.name} LIMIT 1`).get() as Record<string, unknown>
            insertRow(db, FLAG.name, {
                ...flag,
                sys_id: 'planted-receipt-flag',
                object_type: 'receipt',
                source_key: storedSourceKey(receipt.key),
                reason: 'invalid_value',
                state: 'open',
            })
        },
        'wrong',
        () =>
            `receipt ${receipt.receiptNo} of ${receipt.orderNo} line ${receipt.line} is flagged invalid_value, but nothing is wrong with it in IFS`,
    ],
]

test.each(PLANTED)('%s', (_title, plant, kind, problem) => {
    const r = check(planted(plant))
    expect(faults(r)).toEqual(only(kind))
    expect(r.problems).toEqual([problem()])
})

test('without the line manifest the checker judges headers only', () => {
    const r = checkInvariants(manifest, {
        database: planted((db) => db.prepare('DELETE FROM sn_shop_receipt').run()),
        connectionName: NAME,
        expectComplete: true,
        companies: COMPANIES,
        supplierMasterSeeded: true,
    })
    expect(r.lines).toBeNull()
    expect(r.problems).toEqual([])
})

describe('deletions IFS made without a header change, once the sweep had its runs', () => {
    test('a line deleted without a header change whose record still holds its values is wrong', () => {
        const r = check(
            planted((db) => {
                const row = orderLine(db, silent.line.orderNo, silent.line.line)
                db.prepare(`UPDATE ${ORDER_LINES} SET state = 'open' WHERE sys_id = ?`).run(row.sys_id)
            })
        )
        expect(faults(r)).toEqual(only('wrong'))
        expect(r.problems).toEqual([
            `purchase_order ${silent.line.orderNo} line ${silent.line.line} was deleted in IFS, but its record says "open"`,
        ])
    })

    test('a receipt deleted in IFS whose stage row is not marked is wrong', () => {
        const v = Object.fromEntries(silent.receipt) as Record<string, RowValue>
        const r = check(
            planted((db) => {
                db.prepare(
                    `UPDATE sn_fcms_intg_imp_receipt SET u_state = 'Received' WHERE u_erp_po_number = ? AND u_erp_receipt_number = ?`
                ).run(String(v.OrderNo), String(v.ReceiptNo))
            })
        )
        expect(faults(r)).toEqual(only('wrong'))
        expect(r.problems).toEqual([
            expect.stringMatching(/^receipt .* was deleted in IFS, but its stage row says "Received"$/),
        ])
    })

    test('an order deleted whole whose staging key or line rows are not marked is wrong, once each', () => {
        const sourceKey = JSON.stringify(Object.fromEntries(silent.order))
        const unmarkKey = (db: Database.Database) =>
            db.prepare(`UPDATE x_mlc_ifs_s2p_staging_key SET removed_at = NULL WHERE source_key = ?`).run(sourceKey)
        const r = check(planted(unmarkKey))
        expect(faults(r)).toEqual(only('wrong'))
        expect(r.problems).toEqual([
            `purchase_order ${sourceKey} was deleted in IFS, but its staging key has no removed_at`,
        ])
        const lineOpen = check(
            planted((db) => {
                const { key } = db
                    .prepare(`SELECT key FROM x_mlc_ifs_s2p_staging_key WHERE source_key = ?`)
                    .get(sourceKey) as { key: string }
                db.prepare(
                    `UPDATE sn_fcms_intg_imp_order_line SET u_ml_line_state = 'open' WHERE u_ml_connector_key = ?`
                ).run(`${key}:1/1`)
            })
        )
        expect(faults(lineOpen)).toEqual(only('wrong'))
        expect(lineOpen.problems).toEqual([
            expect.stringMatching(/^purchase_order .* was deleted in IFS, but its line .*:1\/1 says "open"$/),
        ])
    })
})
