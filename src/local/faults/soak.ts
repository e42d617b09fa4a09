import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import type { EmulatedType as ObjectType } from '../emulator/dataset/emulated-types'
import { EMULATED_TYPES } from '../emulator/dataset/emulated-types'
import { startEmulator } from '../emulator/start-emulator'
import type { RunningEmulator } from '../emulator/start-emulator'
import { formatCrashPoint, ROW_BY_ROW_ENV } from './crash-injector'
import type { CrashPoint } from './crash-injector'
import { checkInvariants, doubledOf, lostOf, wrongOf } from './invariants'
import type { InvariantReport } from './invariants'
import { namedSecrets, scanDatabase, scanTexts } from './secret-scan'
import { seedSupplierMaster } from './seed-supplier-master'
import { checkLines } from './line-check'
import type { LineReport } from './line-check'
import { renderSummary } from './summary'
import type { ScenarioResult } from './summary'
import { expireLease, runSyncOnce, syncUntilDone } from './sync-driver'
import type { SyncAttempt, SyncTarget } from './sync-driver'

/**
 * The long soak: one database, one emulator tenant of `rows` documents, and `kills` runs of the
 * real CLI each SIGKILLed at a random (seeded) store write or HTTP exchange; IFS keeps changing
 * in between. After every `checkEvery` kills the cursor rule is checked; at the end a clean run
 * finishes and everything is checked: nothing lost, nothing doubled, no secret anywhere.
 *
 *   node scripts/soak.js --rows 100000 --kills 200 [--seed 1] [--page-size 1000] [--check-every 10]
 *                        [--max-nth N] [--row-by-row] [--lines]
 */
export interface SoakOptions {
    rows: number
    kills: number
    seed: number
    pageSize: number
    checkEvery: number
    cliPath: string
    /** Highest N of a random crash point: how far a run gets before it dies. */
    maxNth: number
    /** Write like the instance (no page transactions): see ROW_BY_ROW_ENV. */
    rowByRow: boolean
    /**
     * Documents with their lines (1..LINES_PER_DOCUMENT each) and receipts: the connection reads and
     * stages them, IFS changes lines and receipts too, and the judge counts both (checkLines).
     */
    lines: boolean
}

/** Lines per document when the soak runs with lines: enough for several per page, quick to stage. */
const LINES_PER_DOCUMENT = { min: 1, max: 6 }

const SECRET_ENV = 'ML_CONNECTOR_CLIENT_SECRET'

/** The soak's workload between kills, per document type: rows changed and added for a step of n. */
const CHANGES_PER_STEP: Readonly<Record<ObjectType, (n: number) => { churn: number; add: number }>> = {
    supplier_invoice: (n) => ({ churn: n, add: n }),
    purchase_order: (n) => ({ churn: Math.ceil(n / 5), add: 0 }),
}

/** IFS changes after a run caught up, so the next runs have work again; the number of rows touched. */
function applyChanges(emulator: RunningEmulator, n: number, lines: boolean): number {
    let changes = 0
    for (const objectType of EMULATED_TYPES) {
        const step = CHANGES_PER_STEP[objectType](n)
        changes += emulator.control.churn(objectType, step.churn).length
        if (step.add > 0) changes += emulator.control.addRows(objectType, step.add).length
    }
    // A changed line is a changed document: it must be staged again, its line once. A corrected
    // receipt is staged again too, still one receipt.
    if (lines)
        for (const kind of ['purchase_order_line', 'invoice_item', 'receipt'] as const)
            changes += emulator.control.churnLines(kind, Math.ceil(n / 2)).length
    return changes
}
const NAME = 'Soak'
const COMPANIES = ['10', '20']
// The default preset's import tables and the primary tables their modelled transform writes.
const TABLES = [
    'x_mlc_ifs_s2p_staging_key',
    'sn_spend_intg_imp_invoice',
    'sn_fcms_intg_imp_order',
    'sn_shop_invoice',
    'sn_shop_purchase_order',
    'x_mlc_ifs_s2p_sync_state',
    'x_mlc_ifs_s2p_flag',
    'x_mlc_ifs_s2p_audit',
    'x_mlc_ifs_s2p_connection',
]
/** With lines: their import tables and the primary lines their transform writes; receipts likewise. */
const LINE_TABLES = [
    'sn_spend_intg_imp_invoice_line',
    'sn_fcms_intg_imp_order_line',
    'sn_shop_invoice_line',
    'sn_shop_purchase_order_line',
    'sn_fcms_intg_imp_receipt',
    'sn_shop_receipt',
]

/** mulberry32: a small seeded generator, so a failing soak can be replayed with its seed. */
function seeded(seed: number): () => number {
    let a = seed >>> 0
    return () => {
        a = (a + 0x6d2b79f5) >>> 0
        let t = a
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}

function randomPoint(rnd: () => number, maxNth: number, lines: boolean): CrashPoint {
    const nth = 1 + Math.floor(rnd() * maxNth)
    const pick = rnd()
    if (pick < 0.15) return { on: 'http', when: rnd() < 0.5 ? 'before' : 'after', nth: 1 + Math.floor(nth / 50) }
    if (pick < 0.55) return { on: 'store-write', when: rnd() < 0.5 ? 'before' : 'after', nth }
    const tables = lines ? [...TABLES, ...LINE_TABLES] : TABLES
    const table = tables[Math.floor(rnd() * tables.length)]
    const per = table.includes('sync_state') || table.includes('connection') ? Math.max(1, Math.floor(nth / 200)) : nth
    return { on: 'store-write', when: rnd() < 0.5 ? 'before' : 'after', nth: Math.max(1, Math.floor(per / 3)), table }
}

function log(text: string): void {
    process.stderr.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${text}\n`)
}

/** One soak's emulator, files and sync target, and the runs' output kept for the secret scan. */
interface SoakSetup {
    options: SoakOptions
    secret: string
    emulator: RunningEmulator
    database: string
    target: SyncTarget
    outputs: Record<string, string>
}

/** What a soak ends with: the verdict, the judges' reports, and the database they judged. */
interface SoakOutcome {
    result: ScenarioResult
    report: InvariantReport
    lines: LineReport | null
    judgeLines: LineJudge | null
    database: string
}

interface SoakTally {
    kills: number
    attempts: number
    changes: number
    cursorProblems: number
}

export async function soak(options: SoakOptions): Promise<SoakOutcome> {
    const setup = await prepareSoak(options)
    const started = Date.now()
    log(
        `${options.rows} invoices + ${Math.ceil(options.rows / 5)} orders, ${options.kills} kills, seed ${options.seed}` +
            `${options.rowByRow ? ', row by row (as on the instance)' : ''}${options.lines ? ', with lines' : ''}, db ${setup.database}`
    )
    try {
        const tally = await killUntilDone(setup)
        const outcome = await finishSoak(setup, tally)
        log(`done in ${Math.round((Date.now() - started) / 1000)} s, ${tally.attempts} killed/changed runs`)
        return outcome
    } finally {
        await setup.emulator.close()
    }
}

async function prepareSoak(options: SoakOptions): Promise<SoakSetup> {
    const secret = `soak-${process.pid}-${Date.now().toString(36)}`
    const emulator = await startEmulator({
        dataset: {
            seed: options.seed,
            invoices: options.rows,
            orders: Math.ceil(options.rows / 5),
            ...(options.lines ? { linesPerDocument: LINES_PER_DOCUMENT } : {}),
        },
        clients: [{ clientId: 'ml-connector', clientSecret: secret }],
        rateLimitPerMinute: 1_000_000,
    })
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlc-soak-'))
    const database = path.join(dir, 'soak.db')
    const configFile = path.join(dir, 'config.json')
    fs.writeFileSync(
        configFile,
        JSON.stringify({
            name: NAME,
            // The default preset (s2p_import) and transform mode (run_now): the import tables, judged by
            // faults/target-contract.ts IMPORT_TARGETS and import-set-check.ts.
            ifs: { url: emulator.url, realm: emulator.realm, clientId: 'ml-connector', insecureLocalEmulator: true },
            companies: COMPANIES,
            limits: { pageSize: options.pageSize, maxInlineWaitSeconds: 5 },
            database,
            ...(options.lines
                ? {
                      objects: {
                          supplierInvoices: { source: { lines: true } },
                          purchaseOrders: { source: { lines: true } },
                      },
                  }
                : {}),
        })
    )
    // ServiceNow's supplier master as the emulator describes it: the transform refuses what the manifest says.
    seedSupplierMaster(database, emulator.control.serviceNowSuppliers())
    const target: SyncTarget = {
        cliPath: options.cliPath,
        configFile,
        database,
        connectionName: NAME,
        env: options.rowByRow ? { [SECRET_ENV]: secret, [ROW_BY_ROW_ENV]: '1' } : { [SECRET_ENV]: secret },
    }
    return { options, secret, emulator, database, target, outputs: {} }
}

/** Runs the sync with a random kill point until the asked number of kills happened. */
async function killUntilDone(setup: SoakSetup): Promise<SoakTally> {
    const { options, emulator, database, target, outputs } = setup
    const rnd = seeded(options.seed)
    const tally: SoakTally = { kills: 0, attempts: 0, changes: 0, cursorProblems: 0 }
    // Adapts to how much work a run has: halved when a run finished before its crash point.
    let maxNth = options.maxNth
    while (tally.kills < options.kills) {
        const point = formatCrashPoint(randomPoint(rnd, maxNth, options.lines))
        const attempt = await runSyncOnce(target, point)
        keepOutput(outputs, `run ${++tally.attempts} (${point})`, attempt)
        if (attempt.signal === 'SIGKILL') {
            tally.kills++
            maxNth = Math.min(options.maxNth, Math.ceil(maxNth * 1.2))
            expireLease(database, NAME)
            if (tally.kills % options.checkEvery === 0) tally.cursorProblems += checkCursorMidway(setup, tally)
        } else if (attempt.report?.status === 'succeeded') {
            // Caught up before the crash point: IFS changes, so the next runs have work again.
            maxNth = Math.max(20, Math.floor(maxNth / 2))
            tally.changes += applyChanges(emulator, Math.max(10, Math.floor(options.rows / 100)), options.lines)
        } else if (attempt.code !== 0) {
            throw new Error(
                `run ${tally.attempts} (${point}) ended with ${attempt.code}: ${attempt.stdout}${attempt.stderr}`
            )
        }
    }
    return tally
}

function keepOutput(outputs: Record<string, string>, label: string, a: SyncAttempt): void {
    outputs[`${label} stdout`] = a.stdout
    outputs[`${label} stderr`] = a.stderr
}

/** Between kills the store may be incomplete, but the cursor must never be ahead of what is staged. */
function checkCursorMidway(setup: SoakSetup, tally: SoakTally): number {
    const r = checkInvariants(setup.emulator.control.manifest(), {
        database: setup.database,
        connectionName: NAME,
        expectComplete: false,
        companies: COMPANIES,
        supplierMasterSeeded: true,
    })
    const bad = r.behindCursorUnhandled + r.doubled + r.stagedAndFlagged + r.orphans
    log(`${tally.kills} kills, ${tally.attempts} runs; cursor check: ${bad === 0 ? 'ok' : r.problems.join('; ')}`)
    return bad
}

/** The line judge over the emulator's manifests as they stand at the end (kept for a test's planted faults). */
type LineJudge = (database: string) => LineReport

function lineJudge(emulator: RunningEmulator): LineJudge {
    const manifest = emulator.control.manifest()
    const lines = emulator.control.lineManifest()
    return (database) => checkLines(manifest, lines, database, { companies: COMPANIES })
}

/** Syncs to the end without faults, then judges the store and scans every output for secrets. */
async function finishSoak(setup: SoakSetup, tally: SoakTally): Promise<SoakOutcome> {
    const { options, emulator, database, target, outputs, secret } = setup
    const final = await syncUntilDone(target, { maxWaitMs: 120_000 })
    final.attempts.forEach((a, i) => {
        keepOutput(outputs, `final ${i + 1}`, a)
        log(`final run ${i + 1}: ${a.report?.status ?? a.code} ${a.report?.message ?? ''}`.trim())
    })
    const report = checkInvariants(emulator.control.manifest(), {
        database,
        connectionName: NAME,
        expectComplete: true,
        companies: COMPANIES,
        supplierMasterSeeded: true,
    })
    log(
        `judged: ${report.sourceRows} documents, ${report.staged} staged (${report.producedChecked} transformed and checked, ` +
            `${report.refusedByTransform} refused by the transform as the manifest expects), ${report.flagged} flagged`
    )
    const { judgeLines, lines } = linesAtEnd(setup)
    const secrets = namedSecrets(secret, emulator.control.issuedTokens())
    const findings = [...scanTexts(outputs, secrets), ...scanDatabase(database, secrets)]
    const result: ScenarioResult = {
        name: `soak: ${options.rows} rows${judgeLines ? ` with ${lines.linesJudged} lines and ${lines.receiptsJudged} receipts` : ''}, ${tally.kills} kills, ${tally.changes} IFS changes`,
        faultsInjected: tally.kills,
        killPointsSurvived: tally.kills,
        recordsLost: lostOf(report) + tally.cursorProblems + lines.lost,
        recordsDoubled: doubledOf(report) + lines.doubled,
        recordsWrong: wrongOf(report) + lines.wrong,
        secretsFound: findings.length,
    }
    for (const p of [...report.problems, ...lines.problems]) log(`problem: ${p}`)
    for (const f of findings) log(`secret: ${f.which} in ${f.where}`)
    process.stdout.write(`\n${renderSummary('ml-connector soak', [result])}\n`)
    return { result, report, lines: judgeLines ? lines : null, judgeLines, database }
}

/** With lines: the line judge's verdict at the end (none judged without lines). */
function linesAtEnd(setup: SoakSetup): { judgeLines: LineJudge | null; lines: LineReport } {
    if (!setup.options.lines)
        return {
            judgeLines: null,
            lines: { linesJudged: 0, receiptsJudged: 0, removedJudged: 0, lost: 0, doubled: 0, wrong: 0, problems: [] },
        }
    const judgeLines = lineJudge(setup.emulator)
    const lines = judgeLines(setup.database)
    log(
        `lines judged: ${lines.linesJudged}, receipts judged: ${lines.receiptsJudged}, lost ${lines.lost}, doubled ${lines.doubled}, wrong ${lines.wrong}`
    )
    return { judgeLines, lines }
}

function arg(argv: readonly string[], name: string, fallback: number): number {
    const i = argv.indexOf(`--${name}`)
    if (i < 0) return fallback
    const n = Number(argv[i + 1])
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number >= 1`)
    return n
}

export async function main(argv: readonly string[], cliPath: string): Promise<number> {
    const rows = arg(argv, 'rows', 100_000)
    const options: SoakOptions = {
        rows,
        kills: arg(argv, 'kills', 200),
        seed: arg(argv, 'seed', 1),
        pageSize: arg(argv, 'page-size', 1000),
        checkEvery: arg(argv, 'check-every', 10),
        maxNth: arg(argv, 'max-nth', Math.max(50, Math.min(6000, rows))),
        rowByRow: argv.includes('--row-by-row'),
        lines: argv.includes('--lines'),
        cliPath,
    }
    // Every random choice (crash points, IFS churn, the dataset) follows the seed: a failure replays.
    const replay = () => log(`FAILED with seed ${options.seed}; replay: ${replayCommand(options)}`)
    try {
        const { result } = await soak(options)
        const failed = result.recordsLost + result.recordsDoubled + (result.recordsWrong ?? 0) + result.secretsFound
        if (failed === 0) return 0
        replay()
        return 1
    } catch (e) {
        replay()
        throw e
    }
}

/** The command that runs the same soak again: same seed, same crash points, same IFS changes. */
export function replayCommand(o: SoakOptions): string {
    return (
        `npm run soak -- --rows ${o.rows} --kills ${o.kills} --seed ${o.seed} --page-size ${o.pageSize} ` +
        `--check-every ${o.checkEvery} --max-nth ${o.maxNth}${o.rowByRow ? ' --row-by-row' : ''}${o.lines ? ' --lines' : ''}`
    )
}
