import * as path from 'path'
import type { IfsKey as Key, ManifestLine } from '../../src/local/emulator/dataset/line-manifest'
import { FLAG, STAGING_KEY, SYNC_STATE } from '../../src/tables'
import { emulatorForBlock } from '../support/emulator-for-block'
import { queryDatabase as query } from '../support/query-database'
import { syncReportOf } from '../support/run-cli'

/**
 * Issue 18: a PO line can change in IFS without its header's stamp, and a line can arrive before
 * its header. Over real HTTP against the emulator, with lines at their default (read, staged into
 * the import line table): a line changed by the emulator's churnLines re-stages exactly its
 * document on the next run and writes only that line's row; lines whose purchase order IFS does
 * not show yet wait for it (no flag within the wait), or are flagged naming the line and the
 * order once the wait is over, and the flag resolves itself when the order arrives. Expected
 * values come from the emulator's line manifest, never from the engine.
 */
jest.setTimeout(180_000)

const LINE_TABLE = 'sn_fcms_intg_imp_order_line'

interface Report {
    status: string
    inserted: number
    updated: number
    duplicates: number
    flagged: number
}

const block = emulatorForBlock({
    args: ['--seed', '53', '--invoices', '0', '--orders', '12', '--bad-share', '0', '--lines-per-document', '2..4'],
    clientSecret: `line-changes-${process.pid}-${Date.now().toString(36)}`,
    tempPrefix: 'mlc-line-changes-',
})

/** A connection at default line settings (none named), no lookback: each run reads only what changed. */
function config(name: string, headerWaitHours?: number): { connection: Record<string, unknown>; database: string } {
    const connection = {
        name,
        fieldMapPreset: 's2p_import',
        companies: ['10', '20'],
        limits: { pageSize: 5, lookbackSeconds: 0, maxInlineWaitSeconds: 5, headerWaitHours },
        objects: { supplierInvoices: { enabled: false } },
        database: `${name}.db`,
    }
    return { connection, database: path.join(block.dir, `${name}.db`) }
}

async function sync(c: { connection: Record<string, unknown> }): Promise<Report> {
    return syncReportOf<Report>(await block.sync(c.connection))
}

const sourceKey = (key: Key) => JSON.stringify(Object.fromEntries(key))

/** The staging key of a document, by its IFS key. */
function stagingKeyOf(database: string, key: Key): string | null {
    const rows = query<{ key: string; state: string }>(
        database,
        `SELECT key, state FROM ${STAGING_KEY.name} WHERE source_key = ?`,
        sourceKey(key)
    )
    return rows.find((r) => r.state === 'staged')?.key ?? null
}

/**
 * Every line import row, by connector key: how many rows and the newest one's values. Newest by
 * SQLite's rowid (insertion order): sys_created_on has whole seconds, and two syncs less than a
 * second apart gave the old and the new row of a changed line one time, leaving the random sys_id
 * to pick "the newest" (the old quantity half the time).
 */
function lineRows(database: string): Map<string, { rows: number; quantity: string | null; updatedOn: string }> {
    const rows = query<Record<string, string | null>>(
        database,
        `SELECT u_ml_connector_key, u_quantity, sys_updated_on FROM ${LINE_TABLE} ORDER BY rowid`
    )
    const out = new Map<string, { rows: number; quantity: string | null; updatedOn: string }>()
    for (const r of rows) {
        const k = r.u_ml_connector_key as string
        out.set(k, { rows: (out.get(k)?.rows ?? 0) + 1, quantity: r.u_quantity, updatedOn: r.sys_updated_on as string })
    }
    return out
}

/** A PO line's number as the line import table holds it (these documents are purchase orders). */
function lineNumber(l: ManifestLine): string {
    if (l.kind !== 'purchase_order_line') throw new Error(`not a PO line: ${JSON.stringify(l.key)}`)
    return `${l.values.lineNo}/${l.values.releaseNo}`
}

test('a PO line changed without its header re-stages exactly its document and writes only that line', async () => {
    const c = config('changes')
    const first = await sync(c)
    expect(first.status).toBe('succeeded')
    const manifest = await block.emulator.control.lineManifest()
    const orders = manifest.documents.filter((d) => d.objectType === 'purchase_order' && d.lines.length >= 2)
    const doc = orders[0]
    const key = stagingKeyOf(c.database, doc.key)!
    expect(key).not.toBeNull()
    const before = lineRows(c.database)
    // Every line of every order staged once by the first run.
    for (const d of manifest.documents.filter((x) => x.objectType === 'purchase_order'))
        for (const l of d.lines) expect(before.get(`${stagingKeyOf(c.database, d.key)}:${lineNumber(l)}`)?.rows).toBe(1)

    const changedLine = doc.lines[1]
    const churned = await block.emulator.control.post<{ changed: number }>('line-churn', {
        kind: 'purchase_order_line',
        keys: [changedLine.key.map(([, v]) => v)],
    })
    expect(churned.changed).toBe(1)
    const after = await block.emulator.control.lineManifest()
    const now = after.documents.find((d) => sourceKey(d.key) === sourceKey(doc.key))!
    const newValues = now.lines.find((l) => sourceKey(l.key) === sourceKey(changedLine.key))!.values
    expect(newValues.quantity).not.toBe(changedLine.values.quantity)

    const second = await sync(c)
    // Exactly that document: updated once, nothing new, nothing else touched.
    expect(second).toMatchObject({ status: 'succeeded', inserted: 0, updated: 1, flagged: 0 })
    const rows = lineRows(c.database)
    const changedRef = `${key}:${lineNumber(changedLine)}`
    expect(rows.get(changedRef)).toMatchObject({ rows: 2, quantity: String(newValues.quantity) })
    for (const [ref, was] of before) if (ref !== changedRef) expect({ ref, ...rows.get(ref) }).toEqual({ ref, ...was })
    expect(rows.size).toBe(before.size)

    // Nothing changed since: the next run writes nothing.
    const third = await sync(c)
    expect(third).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0 })
    expect(lineRows(c.database)).toEqual(rows)
})

test('lines before their header wait for it, are flagged once the wait is over, and the flag resolves itself', async () => {
    const patient = config('patient')
    const impatient = config('impatient', 0)
    for (const c of [patient, impatient]) expect((await sync(c)).status).toBe('succeeded')
    const added = await block.emulator.control.post<{ rows: Record<string, unknown>[] }>('lines-before-header', {
        objectType: 'purchase_order',
        count: 1,
    })
    const orderNo = added.rows[0].OrderNo as string
    const key: Key = [['OrderNo', orderNo]]
    const flagOf = (database: string) =>
        query<{ reason: string; message: string; state: string }>(
            database,
            `SELECT reason, message, state FROM ${FLAG.name} WHERE source_key = ?`,
            sourceKey(key)
        )
    const waiting = (database: string) =>
        query<{ waiting_lines: string | null }>(
            database,
            `SELECT waiting_lines FROM ${SYNC_STATE.name} WHERE object_type = 'purchase_order'`
        )[0]?.waiting_lines ?? null

    // Within the wait: no flag, the order's key is remembered, re-checked each run.
    for (let run = 0; run < 2; run++) {
        expect((await sync(patient)).status).toBe('succeeded')
        expect(flagOf(patient.database)).toEqual([])
        expect(waiting(patient.database)).toContain(orderNo)
    }
    // A wait of 0 hours: flagged at once, naming the line and the order's key.
    expect((await sync(impatient)).flagged).toBe(1)
    const [flag] = flagOf(impatient.database)
    expect(flag).toMatchObject({ reason: 'missing_header', state: 'open' })
    expect(flag.message).toMatch(new RegExp(`^Line 1/1 of purchase order OrderNo ${orderNo} changed in IFS`))
    expect(stagingKeyOf(impatient.database, key)).toBeNull()

    await block.emulator.control.post('release-headers', { objectType: 'purchase_order' })
    const manifest = await block.emulator.control.lineManifest()
    const doc = manifest.documents.find((d) => sourceKey(d.key) === sourceKey(key))!
    for (const c of [patient, impatient]) {
        const report = await sync(c)
        expect(report).toMatchObject({ status: 'succeeded', inserted: 1 })
        const staged = stagingKeyOf(c.database, key)
        expect(staged).not.toBeNull()
        const rows = lineRows(c.database)
        for (const l of doc.lines) expect(rows.get(`${staged}:${lineNumber(l)}`)?.rows).toBe(1)
        expect(waiting(c.database)).toBeNull()
    }
    expect(flagOf(patient.database)).toEqual([])
    expect(flagOf(impatient.database).map((f) => f.state)).toEqual(['resolved'])
})
