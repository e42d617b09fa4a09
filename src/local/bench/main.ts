import { spawn } from 'child_process'
import { randomBytes } from 'crypto'
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { spawnEmulatorChild } from '../cli/emulator-child'
import { baselineRev, buildBaseline } from './baseline-build'
import { BENCH_LINE_TABLES, BENCH_TARGET_TABLES } from './bench-config'
import type { BaselineBuild } from './baseline-build'
import { checkTargets, deriveFigures, renderTable } from './bench-report'
import type { SizeResult } from './bench-report'
import { runCore } from './core-worker'
import type { CoreResult } from './core-worker'
import { runE2e } from './e2e-worker'
import type { E2eInput, E2eResult } from './e2e-worker'
import { BENCH_PAGE_SIZE, BENCH_SIZES, workloadOf } from './workload'
import type { Workload } from './workload'

const USAGE = `Usage: node build/local/bench.js [options]   (npm run bench -- [options])
  --sizes N,N,...     documents per run (default ${BENCH_SIZES.join(',')})
  --page-size N       IFS page size and the connection's (default ${BENCH_PAGE_SIZE}); a small page
                      gives many pages from few documents: e.g. --sizes 2000,20000 --page-size 500
                      compares 10x the pages in minutes (memory and per-page time should stay flat)
  --heap-per-page     after each staged page a full GC and the heap still used (slower; figures
                      in the JSON's raw[].e2e.first.pages.memoryByPage[].gcHeapMb)
  --out FILE          where the JSON goes (default bench-results/latest.json)
  --strict            exit 1 on a missed target
  --baseline REV      the core bench of REV beside today's (default bench-results/baseline-rev.txt)
  --no-baseline       no baseline run
`

/** Marks the worker's result line on stdout (anything else there is ignored). */
const RESULT_MARK = '@@bench-result '
const CLIENT_ID = 'ml-connector-bench'
const SECRET_ENV = 'ML_CONNECTOR_CLIENT_SECRET'
/** build/local/bench.js → the repository root. */
const ROOT = path.resolve(__dirname, '..', '..')

/**
 * `npm run bench`: for each size, the emulator in one child process and the runner in another
 * (so each peak RSS is its own), then the core alone in a third; one table, one JSON file.
 * `--sizes 1000,10000` narrows the sizes; `--out FILE` moves the JSON; `--strict` exits 1 on a missed target.
 * The core figure is printed before and after: the core worker of a baseline revision (`--baseline
 * REV`, default bench-results/baseline-rev.txt; `--no-baseline` skips it) runs beside today's.
 */
async function main(argv: readonly string[]): Promise<number> {
    const sizes = listFlag(argv, '--sizes') ?? BENCH_SIZES
    const shape = shapeOf(argv)
    const out = path.resolve(valueFlag(argv, '--out') ?? path.join(ROOT, 'bench-results', 'latest.json'))
    const started = Date.now()
    const { results, baseline } = await measure(sizes, shape, baselineRev(argv, ROOT))
    // Line tables are targets too: a second run writing a line is a staging write.
    const figures = results.map((r) => deriveFigures(r, [...BENCH_TARGET_TABLES, ...BENCH_LINE_TABLES]))
    const checks = checkTargets(figures)
    const machine = {
        nproc: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
    }
    const date = new Date().toISOString()
    const durationMs = Date.now() - started
    fs.mkdirSync(path.dirname(out), { recursive: true })
    fs.writeFileSync(
        out,
        JSON.stringify({ date, machine, durationMs, baseline, figures, checks, raw: results }, null, 2) + '\n'
    )

    const print = (line = '') => process.stdout.write(line + '\n')
    print()
    print(`ml-connector bench, ${date} (${machine.nproc} CPUs, ${machine.memoryGb} GB, Node ${machine.node})`)
    print()
    print(renderTable(figures))
    if (baseline) print(`Baseline revision: ${baseline.rev} (${baseline.commit.slice(0, 12)})`)
    print()
    for (const c of checks) print(`${c.ok ? 'ok    ' : 'MISSED'} ${c.name}: ${c.detail}`)
    print()
    print(`Finished in ${(durationMs / 1000).toFixed(0)} s; figures in ${path.relative(process.cwd(), out) || out}`)
    // A measurement, not a test: exit 1 on a missed target only when asked to (--strict, for CI).
    return argv.includes('--strict') && !checks.every((c) => c.ok) ? 1 : 0
}

/** Every size end to end and core only (and the baseline revision's core, when one is given). */
async function measure(
    sizes: readonly number[],
    shape: { pageSize: number; heapPerPage: boolean },
    rev: string | null
): Promise<{ results: SizeResult[]; baseline: BaselineBuild | null }> {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ml-connector-bench-'))
    const results: SizeResult[] = []
    try {
        if (rev) log(`building the core bench of the baseline revision ${rev}`)
        const baseline = rev ? buildBaseline(rev, ROOT, tmp) : null
        for (const rows of sizes) {
            const workload: Workload = { ...workloadOf(rows, shape.pageSize), heapPerPage: shape.heapPerPage }
            const e2e = await endToEnd(workload, tmp)
            const before = baseline ? await coreOnly(workload, baseline) : null
            results.push({ workload, e2e, core: await coreOnly(workload), baseline: before })
        }
        return { results, baseline }
    } finally {
        fs.rmSync(tmp, { recursive: true, force: true })
    }
}

async function endToEnd(workload: Workload, tmp: string): Promise<E2eResult> {
    const secret = randomBytes(18).toString('base64url')
    const cli = path.join(__dirname, 'cli.js')
    log(`${workload.rows} rows: starting the emulator`)
    const emulator = await spawnEmulatorChild(
        cli,
        [
            ...['--seed', String(workload.seed), '--invoices', String(workload.invoices)],
            ...['--orders', String(workload.orders), '--bad-share', String(workload.badShare)],
            ...['--client-id', CLIENT_ID, '--rate-limit', String(workload.requestsPerMinute)],
            ...['--max-page-size', String(workload.pageSize), '--companies', workload.companies.join(',')],
            ...['--lines-per-document', `${workload.linesPerDocument.min}..${workload.linesPerDocument.max}`],
        ],
        { ...process.env, IFS_EMULATOR_CLIENT_SECRET: secret }
    )
    try {
        log(`${workload.rows} rows: end to end (runner process, HTTP + SQLite)`)
        const input: E2eInput = {
            workload,
            emulatorUrl: emulator.url,
            clientId: CLIENT_ID,
            secretEnv: SECRET_ENV,
            database: path.join(tmp, `bench-${workload.rows}.db`),
        }
        return (await spawnWorker('e2e', input, { [SECRET_ENV]: secret })) as E2eResult
    } finally {
        await emulator.stop()
    }
}

/** The core alone, in this build or (given) in the baseline revision's. */
async function coreOnly(workload: Workload, baseline?: BaselineBuild): Promise<CoreResult> {
    log(`${workload.rows} rows: core only (in-memory ports)${baseline ? `, baseline ${baseline.rev}` : ''}`)
    return (await spawnWorker('core', workload, {}, baseline?.benchJs)) as CoreResult
}

function spawnWorker(
    kind: 'e2e' | 'core',
    input: unknown,
    env: Record<string, string>,
    script: string = __filename
): Promise<unknown> {
    return new Promise((resolve, reject) => {
        // --expose-gc lets the worker measure the heap it retains after a run (never before its peak).
        const child = spawn(process.execPath, ['--expose-gc', script, '--worker', kind, JSON.stringify(input)], {
            stdio: ['ignore', 'pipe', 'inherit'],
            env: { ...process.env, ...env },
        })
        let stdout = ''
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
        child.once('error', reject)
        child.once('exit', (code) => {
            const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARK))
            if (code === 0 && line) resolve(JSON.parse(line.slice(RESULT_MARK.length)))
            else reject(new Error(`the ${kind} worker exited with code ${code} and no result`))
        })
    })
}

function worker(kind: string | undefined, input: string | undefined): number {
    const parsed: unknown = JSON.parse(input ?? 'null')
    let result: unknown
    if (kind === 'e2e') result = runE2e(parsed as E2eInput)
    else if (kind === 'core') result = runCore(parsed as Workload)
    else throw new Error(`unknown worker ${kind}`)
    process.stdout.write(RESULT_MARK + JSON.stringify(result) + '\n')
    return 0
}

function log(line: string): void {
    process.stderr.write(`bench: ${line}\n`)
}

/** The page size (`--page-size`) and the opt-in heap sample (`--heap-per-page`) of every size's workload. */
function shapeOf(argv: readonly string[]): { pageSize: number; heapPerPage: boolean } {
    const pageSize = listFlag(argv, '--page-size')?.[0] ?? BENCH_PAGE_SIZE
    return { pageSize, heapPerPage: argv.includes('--heap-per-page') }
}

function valueFlag(argv: readonly string[], name: string): string | undefined {
    const i = argv.indexOf(name)
    return i >= 0 ? argv[i + 1] : undefined
}

function listFlag(argv: readonly string[], name: string): number[] | undefined {
    const text = valueFlag(argv, name)
    if (text === undefined) return undefined
    const sizes = text.split(',').map(Number)
    if (sizes.some((n) => !Number.isInteger(n) || n < 1))
        throw new Error(`${name} takes positive integers, got ${text}`)
    return sizes
}

/** A worker child, the usage, or the bench itself. */
async function dispatch(argv: readonly string[]): Promise<number> {
    if (argv[0] === '--worker') return worker(argv[1], argv[2])
    if (argv.includes('--help')) {
        process.stdout.write(USAGE)
        return 0
    }
    return main(argv)
}

dispatch(process.argv.slice(2)).then(
    (code) => {
        process.exitCode = code
    },
    (error: unknown) => {
        process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
        process.exitCode = 1
    }
)
