import Database from 'better-sqlite3'
import * as fs from 'fs'
import * as path from 'path'
import { runCli, tempDir } from '../support/run-cli'
import { startEmulator } from '../../src/local/emulator/start-emulator'
import type { Manifest } from '../../src/local/emulator/dataset/manifest'
import { DEMO_LINES_PER_DOCUMENT } from '../../src/local/cli/demo-dataset'
import type { LineManifest } from '../../src/local/emulator/dataset/line-manifest'

// Lines are read by default: every document brings its lines, which takes longer than headers alone.
jest.setTimeout(120_000)

/**
 * The emulator's own manifests for the demo's dataset (seed 42 and the demo's lines per document, as
 * `npm start` runs it): documents and receipts.
 */
async function demoManifest(
    invoices: number,
    orders: number
): Promise<Manifest & { receipts: number; lines: LineManifest }> {
    const dataset = { seed: 42, invoices, orders, linesPerDocument: DEMO_LINES_PER_DOCUMENT }
    const emu = await startEmulator({ dataset })
    try {
        const lines = emu.control.lineManifest()
        return { ...emu.control.manifest(), receipts: lines.receipts.length, lines }
    } finally {
        await emu.close()
    }
}

const WORST_FIRST = ['waiting_for_po', 'waiting_for_receipt', 'ready', 'no_po_line'] as const

/**
 * The staged invoices' match readiness once purchase orders and receipts are staged, by the
 * manifests alone: a line waits for its PO when IFS lacks its PO line or the order is not staged
 * (flagged), for a receipt when IFS holds none of it; the invoice is its worst line.
 */
function expectedMatch(manifest: Manifest & { lines: LineManifest }): Record<string, number> {
    const id = (key: readonly (readonly [string, unknown])[]) => JSON.stringify(key)
    const staged = (type: string) => {
        const headers = new Set(
            manifest.documents
                .filter((d) => d.objectType === type && d.expected.outcome === 'staged')
                .map((d) => id(d.key))
        )
        expect(manifest.documents.filter((d) => d.expected.outcome === 'staged_or_flagged')).toEqual([])
        return manifest.lines.documents.filter(
            (d) => d.objectType === type && d.check.outcome === 'staged' && headers.has(id(d.key))
        )
    }
    const orders = new Set(staged('purchase_order').map((d) => String(d.key[0][1])))
    const counts: Record<string, number> = { ready: 0, waiting_for_po: 0, waiting_for_receipt: 0, no_po_line: 0 }
    for (const invoice of staged('supplier_invoice')) {
        const states = invoice.lines.map((l) => {
            if (l.kind !== 'invoice_item' || l.match.status === 'no_po') return 'no_po_line'
            const order = String(l.match.poLineKey?.[0][1])
            if (l.match.status === 'waiting_for_po' || !orders.has(order)) return 'waiting_for_po'
            return l.match.status === 'matched' ? 'ready' : 'waiting_for_receipt'
        })
        const state = WORST_FIRST.find((s) => states.includes(s)) ?? 'no_lines'
        counts[state] = (counts[state] ?? 0) + 1
    }
    return counts
}

test('demo (npm start) stages into the import tables, flags transform refusals with the platform message, stages nothing twice and ends by itself', async () => {
    const cwd = tempDir('mlc-demo-')
    const result = await runCli(['demo', '--invoices', '400', '--orders', '200'], {}, cwd)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const out = result.stdout
    expect(out).toMatch(/IFS emulator at http:\/\/127\.0\.0\.1:\d+/)
    const row = (label: string) => {
        const line = out.split('\n').find((l) => l.startsWith(label + ' '))
        if (!line) throw new Error(`no "${label}" row in:\n${out}`)
        return line
            .trim()
            .split(/\s{2,}/)
            .slice(1)
    }
    const [readFirst, readSecond, readAfterReset] = row('read').map(Number)
    const [stagedFirst, stagedSecond, stagedAfterReset] = row('staged').map(Number)
    const [rejectedFirst, rejectedSecond, rejectedAfterReset] = row('rejected by the transform').map(Number)
    const [, duplicatesSecond, duplicatesAfterReset] = row('duplicates').map(Number)
    const [flaggedFirst] = row('flagged').map(Number)
    // 600 invoices and orders, and the receipts of the orders (on by default with purchase orders).
    const manifest = await demoManifest(400, 200)
    expect(manifest.receipts).toBeGreaterThan(0)
    const documents = 600 + manifest.receipts
    expect(readFirst).toBe(documents)
    // Every document is staged or flagged; a row the transform refused is flagged, not staged.
    expect(stagedFirst + flaggedFirst).toBe(documents)
    expect(stagedFirst).toBeGreaterThan(0)
    expect(rejectedFirst).toBeGreaterThan(0)
    expect(rejectedFirst).toBeLessThanOrEqual(flaggedFirst)
    // The second sync re-reads the lookback window behind the cursor: every row of it a duplicate.
    expect(readSecond).toBeGreaterThan(0)
    expect(readSecond).toBeLessThan(readFirst)
    expect(duplicatesSecond).toBe(readSecond)
    expect([stagedSecond, rejectedSecond]).toEqual([0, 0])
    // After a cursor reset every document comes again; the staging keys recognise each one.
    expect(readAfterReset).toBe(documents)
    expect([stagedAfterReset, rejectedAfterReset]).toEqual([0, 0])
    // Staged documents by staging key, flagged ones because their open flag already holds that row.
    expect(duplicatesAfterReset).toBe(stagedFirst + flaggedFirst)
    // Receipts: every one IFS holds staged by the first sync, none again.
    expect(row('receipts staged').map(Number)).toEqual([manifest.receipts, 0, 0])
    // Match readiness of the staged invoices, by the manifests; the later syncs change nothing.
    const match = expectedMatch(manifest)
    expect(match.ready).toBeGreaterThan(0)
    expect(match.waiting_for_receipt).toBeGreaterThan(0)
    const shown = (label: string) => row(label).map(Number)
    expect(shown('  ready')).toEqual([match.ready, match.ready, match.ready])
    expect(shown('  waiting for PO')).toEqual(Array(3).fill(match.waiting_for_po))
    expect(shown('  waiting for receipt')).toEqual(Array(3).fill(match.waiting_for_receipt))
    const judged = Object.values(match).reduce((n, c) => n + c, 0)
    expect(shown('invoices judged for match')).toEqual([judged, judged, judged])
    expect(out).toMatch(/Nothing was staged twice/)
    expect(out).toMatch(/Where to look:/)

    const file = path.join(cwd, '.ml-connector', 'demo.db')
    expect(fs.existsSync(file)).toBe(true)
    const db = new Database(file, { readonly: true })
    const all = <T>(sql: string) => db.prepare(sql).all() as T[]
    const keys = all<{ object_type: string; target_table: string; transform_state: string | null }>(
        'SELECT object_type, target_table, transform_state FROM x_mlc_ifs_s2p_staging_key'
    )
    const flags = all<{ reason: string; company: string; document_number: string; message: string }>(
        'SELECT reason, company, document_number, message FROM x_mlc_ifs_s2p_flag'
    )
    db.close()
    // A key per staged or refused document; a refused one says so.
    expect(keys).toHaveLength(stagedFirst + rejectedFirst)
    expect(keys.filter((k) => k.transform_state === 'error')).toHaveLength(rejectedFirst)
    expect(flags).toHaveLength(flaggedFirst)

    // The transform's refusals are flags with the platform's message...
    const refused = flags.filter((f) => f.reason === 'transform_rejected')
    expect(refused).toHaveLength(rejectedFirst)
    for (const f of refused)
        expect(f.message).toMatch(
            /^ServiceNow's import transform refused .+: Supplier \S+ is not known in ServiceNow for legal entity \S+\.$/
        )
    // ...and exactly the documents the emulator's manifest expects refused, for the types staged into import tables.
    const importTypes = new Set(keys.filter((k) => k.transform_state !== null).map((k) => k.object_type))
    const expected = manifest.documents.filter(
        (d) =>
            importTypes.has(d.objectType) &&
            d.expected.outcome === 'staged' &&
            d.expected.importTransform === 'rejected'
    )
    const asPair = (company: string | null, number: string | null) => `${company}|${number}`
    expect(refused.map((f) => asPair(f.company, f.document_number)).sort()).toEqual(
        expected.map((d) => asPair(d.identity.company, d.identity.documentNumber)).sort()
    )

    // The config the demo wrote names the secret's variable, never the secret.
    const config = JSON.parse(fs.readFileSync(path.join(cwd, '.ml-connector', 'demo-config.json'), 'utf8'))
    expect(config.ifs.clientSecretEnv).toBe('ML_CONNECTOR_CLIENT_SECRET')
    expect(JSON.stringify(config)).not.toMatch(/"clientSecret"/)
})
