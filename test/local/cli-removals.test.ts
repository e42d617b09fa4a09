import Database from 'better-sqlite3'
import * as path from 'path'
import { AUDIT } from '../../src/tables'
import type { LineManifest } from '../../src/local/emulator/dataset/line-manifest'
import { startEmulatorProcess } from '../support/emulator-process'
import type { EmulatorProcess } from '../support/emulator-process'
import { runCli, tempDir, writeJson } from '../support/run-cli'

/**
 * Issue 18: IFS OData has no deletion feed, so a PO line or a receipt deleted in IFS — with no
 * change to any header — is found by the removal sweep: each run reads the line keys (receipt
 * keys) of a bounded number of staged documents and marks what IFS no longer shows. Over real HTTP
 * against the emulator, judged by the emulator's line manifest (its `removedLines` are what IFS
 * deleted), never by the engine. A first sync is all read in that run: the sweep asks IFS nothing.
 */
jest.setTimeout(180_000)

const SECRET = `removals-${process.pid}-${Date.now().toString(36)}`
const env = { ML_CONNECTOR_CLIENT_SECRET: SECRET }
const ORDER_LINES = 'sn_fcms_intg_imp_order_line'
const RECEIPTS = 'sn_fcms_intg_imp_receipt'

type Key = LineManifest['removedLines'][number]['key']
type Row = Record<string, string | null>
interface Report {
    status: string
    inserted: number
    updated: number
    flagged: number
}
interface Stats {
    requests: { data: number }
    byPath: Record<string, number>
}

let emulator: EmulatorProcess
let dir: string

beforeAll(async () => {
    emulator = await startEmulatorProcess(
        ['--seed', '71', '--invoices', '0', '--orders', '12', '--bad-share', '0', '--lines-per-document', '2..4'],
        { clientSecret: SECRET }
    )
    dir = tempDir('mlc-removals-')
})
afterAll(async () => {
    await emulator?.stop()
})

/** Orders with their lines and receipts (both at their defaults), no lookback: a run reads only what changed. */
function config(name: string, removalChecksPerRun?: number): { file: string; database: string } {
    const database = path.join(dir, `${name}.db`)
    const file = writeJson(path.join(dir, `${name}.json`), {
        name,
        fieldMapPreset: 's2p_import',
        ifs: { url: emulator.url, realm: 'ifs', clientId: 'ml-connector', insecureLocalEmulator: true },
        companies: ['10', '20'],
        limits: { pageSize: 5, lookbackSeconds: 0, maxInlineWaitSeconds: 5, removalChecksPerRun },
        objects: { supplierInvoices: { enabled: false } },
        database,
    })
    return { file, database }
}

async function sync(c: { file: string }): Promise<Report> {
    const result = await runCli(['sync', '--config', c.file, '--json'], env)
    expect(result.stderr).toBe('')
    return JSON.parse(result.stdout).report as Report
}

function query(database: string, sql: string, ...params: unknown[]): Row[] {
    const db = new Database(database, { readonly: true })
    try {
        return db.prepare(sql).all(...params) as Row[]
    } finally {
        db.close()
    }
}

/** A first sync on a fresh database: the line manifest then, and the staging key of each IFS key (JSON). */
async function firstSync(name: string) {
    const c = config(name)
    expect((await sync(c)).status).toBe('succeeded')
    const manifest = await emulator.control.get<LineManifest>('line-manifest')
    const keys = new Map(
        query(c.database, `SELECT key, source_key FROM x_mlc_ifs_s2p_staging_key WHERE state = 'staged'`).map((r) => [
            r.source_key!,
            r.key!,
        ])
    )
    return { c, manifest, keys }
}

/** Data requests (documents, lines, receipts) of one first sync on a fresh database. */
async function firstSyncRequests(c: { file: string }): Promise<number> {
    await emulator.control.post('reset')
    expect((await sync(c)).status).toBe('succeeded')
    return (await emulator.control.get<Stats>('stats')).requests.data
}

const sourceKey = (key: Key) => JSON.stringify(Object.fromEntries(key))
const values = (key: Key) => key.map(([, v]) => v)

/** Per line connector key: how many import rows and the newest one's state. */
function orderLines(database: string): Map<string, { rows: number; state: string | null }> {
    const out = new Map<string, { rows: number; state: string | null }>()
    for (const r of query(
        database,
        `SELECT u_ml_connector_key AS ref, u_ml_line_state AS state FROM ${ORDER_LINES} ORDER BY sys_created_on, sys_id`
    ))
        out.set(r.ref!, { rows: (out.get(r.ref!)?.rows ?? 0) + 1, state: r.state })
    return out
}

/** Per receipt (PO number, PO line, receipt number): the states of its staged rows. */
function receiptStates(database: string): Map<string, (string | null)[]> {
    const out = new Map<string, (string | null)[]>()
    for (const r of query(
        database,
        `SELECT u_erp_po_number AS po, u_erp_po_line_number AS line, u_erp_receipt_number AS no, u_state AS state FROM ${RECEIPTS} ORDER BY sys_created_on, sys_id`
    )) {
        const id = `${r.po}|${r.line}|${r.no}`
        out.set(id, [...(out.get(id) ?? []), r.state])
    }
    return out
}

type ManifestReceipt = LineManifest['receipts'][number]
const receiptId = (r: ManifestReceipt) =>
    `${r.values.orderNo}|${r.values.releaseNo ? `${r.values.lineNo}/${r.values.releaseNo}` : r.values.lineNo}|${r.values.receiptNo}`

test('a first sync makes no removal-check request: the same IFS requests as with the check off', async () => {
    const on = await firstSyncRequests(config('first-on'))
    const off = await firstSyncRequests(config('first-off', 0))
    expect(on).toBe(off)
    const audit = query(
        config('first-on').database,
        `SELECT message FROM ${AUDIT.name} WHERE operation = 'removal_check' AND message LIKE '%(0 read from IFS)%'`
    )
    // Purchase orders and receipts: every staged document was read in this run.
    expect(audit.length).toBe(2)
})

test('a PO line and a receipt deleted in IFS without a header change are marked removed on the next run, and only those', async () => {
    const { c, manifest, keys } = await firstSync('sweep')
    const order = manifest.documents.find((d) => d.objectType === 'purchase_order' && d.lines.length >= 2)!
    const line = order.lines[1]
    const receipt = manifest.receipts.find((r) => sourceKey(r.poLineKey) !== sourceKey(line.key))!
    const linesBefore = orderLines(c.database)
    const receiptsBefore = receiptStates(c.database)
    expect(receiptsBefore.get(receiptId(receipt))).toEqual([receipt.values.state])

    await emulator.control.post('line-remove', {
        kind: 'purchase_order_line',
        keys: [values(line.key)],
        mode: 'delete',
    })
    await emulator.control.post('line-remove', { kind: 'receipt', keys: [values(receipt.key)], mode: 'delete' })
    const after = await emulator.control.get<LineManifest>('line-manifest')
    // The judge: IFS deleted exactly these two, and changed no header.
    expect(after.removedLines.map((r) => [r.kind, sourceKey(r.key)]).sort()).toEqual(
        [
            ['purchase_order_line', sourceKey(line.key)],
            ['receipt', sourceKey(receipt.key)],
        ].sort()
    )

    const second = await sync(c)
    // The order is read again and staged (one line's "removed" row); the receipt's row is marked.
    expect(second).toMatchObject({ status: 'succeeded', inserted: 0, updated: 1, flagged: 0 })
    const lines = orderLines(c.database)
    const removedRefs = new Set(
        after.removedLines
            .filter((r) => r.kind === 'purchase_order_line')
            .map((r) => {
                const doc = manifest.documents.find((d) => sourceKey(d.key) === sourceKey(r.parentKey))!
                const l = doc.lines.find((x) => sourceKey(x.key) === sourceKey(r.key))!
                return `${keys.get(sourceKey(doc.key))}:${lineNo(l)}`
            })
    )
    expect(removedRefs.size).toBe(1)
    for (const [ref, was] of linesBefore)
        expect({ ref, ...lines.get(ref) }).toEqual(
            removedRefs.has(ref) ? { ref, rows: 2, state: 'removed' } : { ref, ...was }
        )
    const receipts = receiptStates(c.database)
    const goneIds = new Set(
        after.removedLines
            .filter((r) => r.kind === 'receipt')
            .map((r) => receiptId(manifest.receipts.find((x) => sourceKey(x.key) === sourceKey(r.key))!))
    )
    for (const [id, was] of receiptsBefore)
        expect({ id, states: receipts.get(id) }).toEqual({ id, states: goneIds.has(id) ? ['Removed'] : was })
    const audit = query(c.database, `SELECT message FROM ${AUDIT.name} WHERE operation = 'removal_check'`).map(
        (r) => r.message
    )
    expect(audit).toEqual(expect.arrayContaining([expect.stringMatching(/; 1 lines marked removed$/)]))
    expect(audit).toEqual(expect.arrayContaining([expect.stringMatching(/; 1 receipts marked removed$/)]))

    // Marked once: the next run writes nothing.
    const third = await sync(c)
    expect(third).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0 })
    expect(orderLines(c.database)).toEqual(lines)
    expect(receiptStates(c.database)).toEqual(receipts)
})

/** A PO line's number as the order line stage holds it: line, then release after a slash. */
function lineNo(l: LineManifest['documents'][number]['lines'][number]): string {
    const v = l.values as { lineNo: string; releaseNo: string }
    return `${v.lineNo}/${v.releaseNo}`
}

test('a purchase order IFS deletes whole is marked removed on the next run: its stage rows, every line, its receipts and its staging key; once', async () => {
    const { c, manifest, keys } = await firstSync('whole')
    const order = manifest.documents.find(
        (d) =>
            d.objectType === 'purchase_order' &&
            d.lines.length >= 2 &&
            manifest.receipts.some((r) => r.values.orderNo === orderNoOf(d)) &&
            keys.has(sourceKey(d.key))
    )!
    const orderKey = keys.get(sourceKey(order.key))!
    const linesBefore = orderLines(c.database)
    const receiptsBefore = receiptStates(c.database)

    await emulator.control.post('document-remove', { objectType: 'purchase_order', keys: [values(order.key)] })
    const after = await emulator.control.get<LineManifest>('line-manifest')
    // The judge: IFS deleted that order whole, with its lines and their receipts.
    expect(after.removedDocuments.map((d) => [d.objectType, sourceKey(d.key)])).toEqual([
        ['purchase_order', sourceKey(order.key)],
    ])
    const goneReceipts = new Set(manifest.receipts.filter((r) => r.values.orderNo === orderNoOf(order)).map(receiptId))
    expect(goneReceipts.size).toBeGreaterThan(0)

    const second = await sync(c)
    expect(second).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0, flagged: 0 })
    const removedAt = new Map(
        query(
            c.database,
            `SELECT key, removed_at FROM x_mlc_ifs_s2p_staging_key WHERE object_type = 'purchase_order'`
        ).map((r) => [r.key!, r.removed_at])
    )
    for (const [key, at] of removedAt) expect({ key, marked: at !== null }).toEqual({ key, marked: key === orderKey })
    const headers = query(
        c.database,
        `SELECT u_third_party_import_id AS key, u_po_status AS state FROM sn_fcms_intg_imp_order`
    )
    for (const h of headers) if (h.key === orderKey) expect(h.state).toBe('Removed')
    expect(headers.filter((h) => h.key !== orderKey).every((h) => h.state !== 'Removed')).toBe(true)
    const lines = orderLines(c.database)
    const ofOrder = [...linesBefore.keys()].filter((ref) => ref.startsWith(`${orderKey}:`))
    expect(ofOrder.length).toBe(order.lines.length)
    for (const [ref, was] of linesBefore)
        expect({ ref, ...lines.get(ref) }).toEqual(
            ofOrder.includes(ref) ? { ref, rows: was.rows, state: 'removed' } : { ref, ...was }
        )
    const receipts = receiptStates(c.database)
    for (const [id, was] of receiptsBefore)
        expect({ id, states: receipts.get(id) }).toEqual({ id, states: goneReceipts.has(id) ? ['Removed'] : was })
    const audit = query(c.database, `SELECT message FROM ${AUDIT.name} WHERE operation = 'removal_check'`).map(
        (r) => r.message
    )
    expect(audit).toEqual(
        expect.arrayContaining([
            expect.stringMatching(/; 1 documents deleted in IFS as a whole marked removed, with their lines$/),
        ])
    )

    // Marked once: the next run writes nothing.
    const third = await sync(c)
    expect(third).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0 })
    expect(orderLines(c.database)).toEqual(lines)
    expect(receiptStates(c.database)).toEqual(receipts)
})

/** A purchase order's number: its one IFS key. */
const orderNoOf = (d: LineManifest['documents'][number]): string => String(d.key[0][1])
