import * as path from 'path'
import type { IfsKey as Key, ManifestLine } from '../../src/local/emulator/dataset/line-manifest'
import { STAGING_KEY } from '../../src/tables'
import { emulatorForBlock } from '../support/emulator-for-block'
import { queryDatabase } from '../support/query-database'
import { syncReportOf } from '../support/run-cli'

/**
 * Issue 18, end to end: the CLI against the emulator over HTTP with lines at their default settings
 * (nothing about lines configured), the staged line rows judged by the emulator's line manifest
 * alone: every line of every document staged exactly once with IFS's values, a changed line
 * brought up to date, a closed line marked closed and a deleted one marked removed.
 */
jest.setTimeout(180_000)

const ORDER_LINES = 'sn_fcms_intg_imp_order_line'
const INVOICE_LINES = 'sn_spend_intg_imp_invoice_line'

type PoLine = Extract<ManifestLine, { kind: 'purchase_order_line' }>
type InvoiceLine = Extract<ManifestLine, { kind: 'invoice_item' }>

const block = emulatorForBlock({
    args: ['--seed', '61', '--invoices', '14', '--orders', '14', '--bad-share', '0', '--lines-per-document', '1..6'],
    clientSecret: `lines-e2e-${process.pid}-${Date.now().toString(36)}`,
    tempPrefix: 'mlc-lines-e2e-',
})
const CONNECTION = {
    name: 'Lines end to end',
    companies: ['10', '20'],
    limits: { pageSize: 6, lookbackSeconds: 0, maxInlineWaitSeconds: 5 },
    database: 'lines.db',
}

async function sync(): Promise<{ status: string; inserted: number; updated: number }> {
    return syncReportOf(await block.sync(CONNECTION))
}

function all(sql: string): Record<string, string | null>[] {
    return queryDatabase(path.join(block.dir, 'lines.db'), sql)
}

const sourceKey = (key: Key) => JSON.stringify(Object.fromEntries(key))

/** The staged document's staging key by its IFS key. */
function stagingKeys(): Map<string, string> {
    const rows = all(`SELECT source_key, key FROM ${STAGING_KEY.name} WHERE state = 'staged'`)
    return new Map(rows.map((r) => [r.source_key as string, r.key as string]))
}

/**
 * Per connector key: the number of import rows and the newest one, by insertion order (rowid):
 * sys_created_on has whole seconds, so rows of two quick syncs can share it (cli-line-changes).
 */
function lineRows(table: string): Map<string, { rows: number; newest: Record<string, string | null> }> {
    const out = new Map<string, { rows: number; newest: Record<string, string | null> }>()
    for (const r of all(`SELECT * FROM ${table} ORDER BY rowid`)) {
        const k = r.u_ml_connector_key as string
        out.set(k, { rows: (out.get(k)?.rows ?? 0) + 1, newest: r })
    }
    return out
}

/** The connector key of a manifest line and the values its newest row must hold. */
function expected(staged: string, line: PoLine | InvoiceLine) {
    if (line.kind === 'purchase_order_line')
        return {
            table: ORDER_LINES,
            ref: `${staged}:${line.values.lineNo}/${line.values.releaseNo}`,
            values: {
                u_quantity: String(line.values.quantity),
                u_unit_price: String(line.values.unitPrice),
                u_line_amount: String(line.values.netAmount),
            },
        }
    return {
        table: INVOICE_LINES,
        ref: `${staged}:${line.values.itemId}`,
        values: {
            u_line_quantity: String(line.values.quantity),
            u_line_unit_price: String(line.values.unitPrice),
            u_subtotal: String(line.values.netAmount),
        },
    }
}

/** A line IFS holds is open unless its state is Closed or Cancelled (invoice lines have no state). */
function stateIn(line: PoLine | InvoiceLine): string {
    return line.kind === 'purchase_order_line' && /^(closed|cancelled)$/i.test(line.values.state ?? '')
        ? 'closed'
        : 'open'
}

/** Every manifest line staged exactly `rows(line)` times, its newest row holding IFS's values and state. */
async function judge(rowsOf: (ref: string) => number): Promise<number> {
    const manifest = await block.emulator.control.lineManifest()
    const keys = stagingKeys()
    const tables = new Map([ORDER_LINES, INVOICE_LINES].map((t) => [t, lineRows(t)]))
    let judged = 0
    for (const doc of manifest.documents) {
        const staged = keys.get(sourceKey(doc.key))
        expect({ doc: doc.key, staged: staged !== undefined }).toEqual({ doc: doc.key, staged: true })
        for (const line of doc.lines) {
            const want = expected(staged!, line)
            const got = tables.get(want.table)!.get(want.ref)
            expect({ ref: want.ref, rows: got?.rows }).toEqual({ ref: want.ref, rows: rowsOf(want.ref) })
            const values = Object.fromEntries(Object.keys(want.values).map((c) => [c, got?.newest[c]]))
            expect({ ref: want.ref, ...values }).toEqual({ ref: want.ref, ...want.values })
            expect({ ref: want.ref, state: got?.newest.u_ml_line_state }).toEqual({
                ref: want.ref,
                state: stateIn(line),
            })
            judged++
        }
    }
    return judged
}

test('every manifest line is staged once with its values; changed, closed and deleted lines follow IFS', async () => {
    expect((await sync()).status).toBe('succeeded')
    const judged = await judge(() => 1)
    expect(judged).toBeGreaterThan(28)

    // One PO line changed, one closed (both restamp the line only), one deleted with its order's
    // header changed (IFS re-totals the order); the other documents stay as they are.
    const manifest = await block.emulator.control.lineManifest()
    const orders = manifest.documents.filter(
        (d) =>
            d.objectType === 'purchase_order' && (d.lines as PoLine[]).filter((l) => stateIn(l) === 'open').length >= 2
    )
    const open = (d: (typeof orders)[number]) => (d.lines as PoLine[]).filter((l) => stateIn(l) === 'open')
    const [changed, closed, deleted] = [open(orders[0])[0], open(orders[1])[0], open(orders[2])[0]]
    const ifsKey = (l: PoLine) => l.key.map(([, v]) => v)
    await block.emulator.control.post('line-churn', { kind: 'purchase_order_line', keys: [ifsKey(changed)] })
    await block.emulator.control.post('line-remove', {
        kind: 'purchase_order_line',
        keys: [ifsKey(closed)],
        mode: 'close',
    })
    await block.emulator.control.post('line-remove', {
        kind: 'purchase_order_line',
        keys: [ifsKey(deleted)],
        mode: 'delete',
    })
    await block.emulator.control.post('churn', {
        objectType: 'purchase_order',
        keys: [orders[2].key.map(([, v]) => v)],
    })
    const second = await sync()
    expect(second).toMatchObject({ status: 'succeeded', inserted: 0, updated: 3 })

    const keys = stagingKeys()
    const refOf = (doc: (typeof orders)[number], l: PoLine) =>
        `${keys.get(sourceKey(doc.key))}:${l.values.lineNo}/${l.values.releaseNo}`
    const touched = new Set([refOf(orders[0], changed), refOf(orders[1], closed)])
    await judge((ref) => (touched.has(ref) ? 2 : 1))
    const closedRow = lineRows(ORDER_LINES).get(refOf(orders[1], closed))
    expect(closedRow?.newest.u_ml_line_state).toBe('closed')
    // The deleted line is in the manifest's removed lines, and its staged row says so.
    const after = await block.emulator.control.lineManifest()
    expect(after.removedLines.map((r) => sourceKey(r.key))).toContain(sourceKey(deleted.key))
    const removed = lineRows(ORDER_LINES).get(refOf(orders[2], deleted))
    expect(removed).toMatchObject({ rows: 2, newest: { u_ml_line_state: 'removed' } })
})
