import { sumRunReports } from '../run-totals'
import type { RunTotals } from '../run-totals'
import * as fs from 'fs'
import * as path from 'path'
import { randomBytes } from 'crypto'
import { resetCursor } from '../../../server/core/actions/reset-cursor'
import { FLAG_REASON_CHOICES } from '../../../tables/flag'
import { EXIT, scrubbedIo, table } from '../cli-io'
import type { CliIo } from '../cli-io'
import { spawnEmulatorChild } from '../emulator-child'
import { loadLocalConfig } from '../local-config'
import { openRuntime } from '../local-runtime'
import type { LocalRuntime } from '../local-runtime'
import { endedWell, syncOnce } from './sync'
import { seedModelSuppliers } from '../../s2p-model/seed-suppliers'
import type { ModelSupplier } from '../../s2p-model/seed-suppliers'
import type { SyncOutcome } from './sync'
import { lineRowCounts, lineRowsWritten } from '../line-rows-written'
import type { LineRowCounts } from '../line-rows-written'
import { matchStateCounts, receiptRowCount } from '../demo-match'
import type { MatchStateCounts } from '../demo-match'
import { DEMO_LINES_PER_DOCUMENT } from '../demo-dataset'

const DEMO_DIR = '.ml-connector'
const SECRET_ENV = 'ML_CONNECTOR_CLIENT_SECRET'
const DEMO_CLIENT_ID = 'ml-connector-demo'
/** A deferred demo run is continued in-process when the wait is at most this long. */
const MAX_CONTINUATION_WAIT_MS = 70_000
const MAX_RUNS_PER_SYNC = 20

/**
 * `npm start`: the emulator on a free port (child process), a config written to
 * .ml-connector/demo-config.json, a sync into .ml-connector/demo.db — the Source-to-Pay import
 * tables of the stand-in, whose modelled transform refuses documents of suppliers ServiceNow does
 * not know (the emulator says which: some are left out on purpose) — a second sync that stages
 * nothing new, and a third after a cursor reset that reads everything again and must recognise
 * every document as already staged. Ends by itself.
 */
export async function runDemo(argv: readonly string[], io: CliIo): Promise<number> {
    const invoices = numberFlag(argv, '--invoices') ?? 3000
    const orders = numberFlag(argv, '--orders') ?? 1500
    const dir = path.resolve(DEMO_DIR)
    fs.mkdirSync(dir, { recursive: true })
    const database = path.join(dir, 'demo.db')
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(database + suffix, { force: true })

    io.out(`Starting the IFS Cloud emulator (${invoices} supplier invoices, ${orders} purchase orders)...`)
    // A fresh secret per demo, handed to both sides through the environment as a real one would be.
    const secret = randomBytes(24).toString('base64url')
    const cli = process.argv[1]
    const emulator = await spawnEmulatorChild(cli, emulatorArgs(invoices, orders), {
        ...io.env,
        IFS_EMULATOR_CLIENT_SECRET: secret,
    })
    try {
        io.out(`IFS emulator at ${emulator.url}`)
        const configFile = path.join(dir, 'demo-config.json')
        fs.writeFileSync(configFile, JSON.stringify(demoConfig(emulator.url, database), null, 4) + '\n')
        const env = { ...io.env, [SECRET_ENV]: secret }
        const runtime = openRuntime(loadLocalConfig(configFile), { logLevel: 'warn', env, writeConnection: true })
        const safe = scrubbedIo(io, runtime.redactor)
        try {
            const suppliers = await serviceNowSuppliers(emulator.url)
            seedModelSuppliers(runtime.store, suppliers)
            safe.out(
                `ServiceNow's supplier master (modelled) holds ${suppliers.length} supplier/legal-entity pairs from the emulator; some IFS suppliers are left out on purpose.`
            )
            const lines: LineRowCounts[] = []
            const notes: SyncNotes[] = []
            const counted = (sync: () => Promise<SyncOutcome[]>) =>
                countingLines(runtime, lines, () => noting(runtime, notes, sync))
            safe.out('First sync...')
            const first = await counted(() => syncUntilDone(runtime, io))
            safe.out('Second sync (nothing new in IFS: nothing may be staged twice)...')
            const second = await counted(() => syncUntilDone(runtime, io))
            // The same reset an admin can do on the instance: IFS is read again from the start, and
            // the staging keys must recognise every document.
            resetCursor(runtime.ports, runtime.connectionSysId, 'demo')
            safe.out('Third sync after a cursor reset (every document read again)...')
            const reread = await counted(() => syncUntilDone(runtime, io))
            safe.out('')
            safe.out(renderDemoSummary([first, second, reread], lines, notes))
            safe.out('')
            safe.out(whereToLook(database, configFile))
            return [first, second, reread].every((runs) => endedWell(runs[runs.length - 1].report))
                ? EXIT.ok
                : EXIT.failed
        } finally {
            runtime.close()
        }
    } finally {
        await emulator.stop()
    }
}

function emulatorArgs(invoices: number, orders: number): string[] {
    const counts = ['--invoices', String(invoices), '--orders', String(orders)]
    const lines = `${DEMO_LINES_PER_DOCUMENT.min}..${DEMO_LINES_PER_DOCUMENT.max}`
    return ['--seed', '42', ...counts, '--lines-per-document', lines, '--client-id', DEMO_CLIENT_ID]
}

/** Runs one sync and records the line rows it wrote: the import line tables' rows before and after. */
async function countingLines(
    runtime: LocalRuntime,
    into: LineRowCounts[],
    sync: () => Promise<SyncOutcome[]>
): Promise<SyncOutcome[]> {
    const before = lineRowCounts(runtime.store, 's2p_import')
    const outcomes = await sync()
    into.push(lineRowsWritten(before, lineRowCounts(runtime.store, 's2p_import')))
    return outcomes
}

/** Per sync: the receipts it staged (receipt stage rows written), and the invoices' match readiness after it. */
interface SyncNotes {
    receipts: number
    match: MatchStateCounts
}

async function noting(
    runtime: LocalRuntime,
    into: SyncNotes[],
    sync: () => Promise<SyncOutcome[]>
): Promise<SyncOutcome[]> {
    const before = receiptRowCount(runtime.store)
    const outcomes = await sync()
    into.push({
        receipts: receiptRowCount(runtime.store) - before,
        match: matchStateCounts(runtime.store, runtime.connectionSysId),
    })
    return outcomes
}

function demoConfig(emulatorUrl: string, database: string): object {
    return {
        name: 'Demo (IFS emulator)',
        ifs: {
            url: emulatorUrl,
            realm: 'ifs',
            clientId: DEMO_CLIENT_ID,
            clientSecretEnv: SECRET_ENV,
            insecureLocalEmulator: true,
        },
        companies: ['10', '20'],
        // The Source-to-Pay import tables (the preset's default targets); their transform runs in the run.
        objects: { supplierInvoices: { enabled: true }, purchaseOrders: { enabled: true } },
        fieldMapPreset: 's2p_import',
        transformMode: 'run_now',
        limits: { pageSize: 1000, requestsPerMinute: 1000, maxInlineWaitSeconds: 60 },
        database,
    }
}

/** One sync as a user sees it: runs continued in-process while the engine defers briefly. */
async function syncUntilDone(runtime: LocalRuntime, io: CliIo): Promise<SyncOutcome[]> {
    const outcomes: SyncOutcome[] = []
    for (let i = 0; i < MAX_RUNS_PER_SYNC; i++) {
        const outcome = syncOnce(runtime, {
            progress: io.isTty ? (t) => process.stderr.write(t) : null,
            trigger: i === 0 ? 'local' : 'continuation',
        })
        outcomes.push(outcome)
        const wait = outcome.continueAtMs === null ? null : outcome.continueAtMs - Date.now()
        if (outcome.report.status !== 'deferred' || wait === null || wait > MAX_CONTINUATION_WAIT_MS) break
        io.out(
            `  deferred by the engine (${outcome.report.message}); continuing in ${Math.ceil(Math.max(0, wait) / 1000)} s`
        )
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait) + 50))
    }
    return outcomes
}

function total(outcomes: readonly SyncOutcome[]): RunTotals & { status: string } {
    return { ...sumRunReports(outcomes.map((o) => o.report)), status: outcomes[outcomes.length - 1].report.status }
}

function renderDemoSummary(
    syncs: readonly (readonly SyncOutcome[])[],
    lines: readonly LineRowCounts[],
    notes: readonly SyncNotes[]
): string {
    const totals = syncs.map(total)
    const reasons = [...new Set(totals.flatMap((t) => Object.keys(t.flaggedByReason)))]
    const label = (r: string) => FLAG_REASON_CHOICES[r as keyof typeof FLAG_REASON_CHOICES]?.label ?? r
    const row = (name: string, value: (t: ReturnType<typeof total>, i: number) => string) => [
        name,
        ...totals.map(value),
    ]
    const rows: string[][] = [
        row('status', (t) => t.status),
        row('runs', (_, i) => String(syncs[i].length)),
        row('read', (t) => String(t.read)),
        row('staged', (t) => String(t.inserted + t.updated)),
        row('  inserted', (t) => String(t.inserted)),
        row('  updated', (t) => String(t.updated)),
        row('rejected by the transform', (t) => String(t.rejected)),
        row('duplicates', (t) => String(t.duplicates)),
        row('line rows written', (_, i) => String(Object.values(lines[i]).reduce((n, c) => n + c, 0))),
        ...Object.keys(lines[0] ?? {}).map((type) => row(`  ${type}`, (_, i) => String(lines[i][type] ?? 0))),
        row('receipts staged', (_, i) => String(notes[i]?.receipts ?? 0)),
        // Where the staged invoices stand for the three-way match after the sync (waiting is not a failure).
        row('invoices judged for match', (_, i) => String(notes[i]?.match.judged ?? 0)),
        row('  ready', (_, i) => String(notes[i]?.match.ready ?? 0)),
        row('  waiting for PO', (_, i) => String(notes[i]?.match.waiting_for_po ?? 0)),
        row('  waiting for receipt', (_, i) => String(notes[i]?.match.waiting_for_receipt ?? 0)),
        row('flagged', (t) => String(t.flagged)),
        ...reasons.map((r) => row(`  ${label(r)}`, (t) => String(t.flaggedByReason[r] ?? 0))),
        row('errors', (t) => String(t.errors)),
        row('IFS requests', (t) => String(t.ifsRequests)),
        row('throttles', (t) => String(t.throttles)),
        row('elapsed', (t) => `${(t.elapsedMs / 1000).toFixed(1)} s`),
    ]
    const headers = ['', 'first sync', 'second sync', 'after reset'].slice(0, syncs.length + 1)
    const later = totals.slice(1)
    const stagedAgain = later.reduce((n, t) => n + t.inserted + t.updated, 0)
    const linesAgain = lines.slice(1).reduce((n, l) => n + Object.values(l).reduce((m, c) => m + c, 0), 0)
    const verdict =
        stagedAgain === 0 && linesAgain === 0
            ? 'Nothing was staged twice: the later syncs inserted and updated nothing, no line row either' +
              (later.some((t) => t.duplicates > 0)
                  ? ', and every document read again was recognised as a duplicate.'
                  : '.')
            : `The later syncs staged ${stagedAgain} documents and ${linesAgain} line rows again.`
    return [table(headers, rows), '', verdict].join('\n')
}

/** What the emulator says ServiceNow's supplier master holds (its control endpoint, loopback only). */
async function serviceNowSuppliers(emulatorUrl: string): Promise<ModelSupplier[]> {
    const res = await fetch(`${emulatorUrl}/__control/servicenow-suppliers`)
    if (!res.ok) throw new Error(`the emulator did not list ServiceNow's suppliers (HTTP ${res.status})`)
    return ((await res.json()) as { suppliers: ModelSupplier[] }).suppliers
}

function whereToLook(database: string, configFile: string): string {
    const rel = (p: string) => path.relative(process.cwd(), p) || p
    const sql =
        'select u_external_invoice_number, sys_import_state, sys_import_state_comment from sn_spend_intg_imp_invoice limit 5'
    return [
        'Where to look:',
        `  database     ${rel(database)}  (sqlite3 ${rel(database)} "${sql}")`,
        '  tables       sn_spend_intg_imp_invoice, sn_fcms_intg_imp_order (import rows and their transform state),',
        '               sn_fcms_intg_imp_order_line, sn_spend_intg_imp_invoice_line, sn_fcms_intg_imp_receipt (lines, receipts),',
        '               sn_shop_invoice, sn_shop_purchase_order, sn_shop_receipt (what the transform produced),',
        '               x_mlc_ifs_s2p_flag (flagged rows and why, transform refusals included),',
        '               x_mlc_ifs_s2p_run (runs), x_mlc_ifs_s2p_audit (every request), x_mlc_ifs_s2p_staging_key',
        `  status       node bin/ml-connector.js status --config ${rel(configFile)}`,
        '  your tenant  copy the config, point ifs.url at https://<tenant>.ifs.cloud, export the secret and run',
        '               node bin/ml-connector.js ping --config <file>, then sync --config <file>',
    ].join('\n')
}

function numberFlag(argv: readonly string[], name: string): number | undefined {
    const i = argv.indexOf(name)
    if (i < 0) return undefined
    const n = Number(argv[i + 1])
    return Number.isInteger(n) && n >= 0 ? n : undefined
}
