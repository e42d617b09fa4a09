import { flagSourceKey } from '../../server/core/staging/flag-book'
import type { Http } from '../../server/ports/http'
import type { Store } from '../../server/ports/store'
import { FLAG } from '../../tables/flag'
import { openRuntime } from '../cli/local-runtime'
import type { BadRowTruth } from '../emulator/dataset/ground-truth'
import type { EmulatorStats } from '../emulator/server/emulator-stats'
import { NodeWaiter } from '../node-ports/node-clock'
import { benchConfig } from './bench-config'
import { fullGcIf } from './page-probe'
import { measureRun, runPacing } from './run-figures'
import { everySupplierPair } from './bench-suppliers'
import { seedModelSuppliers } from '../s2p-model/seed-suppliers'
import type { ModelSupplier } from '../s2p-model/seed-suppliers'
import type { RunFigures } from './run-figures'
import type { LineRowCounts, RequestFigures, Workload } from './workload'
import { BENCH_LINE_TABLES, BENCH_RECEIPT_TABLE } from './bench-config'

export interface E2eInput {
    workload: Workload
    emulatorUrl: string
    clientId: string
    /** Environment variable holding the client secret (set by the parent). */
    secretEnv: string
    database: string
}

export interface E2eResult {
    first: RunFigures & { ifs: RequestFigures }
    second: RunFigures & { ifs: RequestFigures }
    /** The line sets' rows and receipts as the emulator holds them after the first run (the minimum's input). */
    lineRows: LineRowCounts
    /** Line rows in the line import tables after the first run (each staged line is one row). */
    lineRowsStaged: number
    /** Rows in the receipt import table after the first run (each staged receipt is one row). */
    receiptsStaged: number
    /** Data requests of the first run per entity set (the emulator's count by path): where they went. */
    dataRequestsBySet: Record<string, number>
    /** Every request of the first run by decoded path, as the emulator counted them (the figures' per-set source). */
    requestsByPath: Record<string, number>
    /** Bad rows the emulator generated, flagged ones among them, and flags on rows that are not bad. */
    badRows: number
    badRowsFlagged: number
    falseFlags: number
    /** Peak resident set size of this process (KB): before syncing, after the first run, after the second. */
    rssKb: { start: number; afterFirst: number; afterSecond: number }
    /** process.memoryUsage() after the first run (bytes): where the RSS sits. */
    memoryAfterFirst: NodeJS.MemoryUsage
    /**
     * V8 heap still in use after the first run once a full GC has run (bytes; null without
     * --expose-gc): what the runner holds on to, apart from garbage V8 has not collected yet.
     */
    retainedHeapAfterFirst: number | null
}

const peakRssKb = () => process.resourceUsage().maxRSS

/**
 * Child process of the bench, one per size: the local runner's own wiring (openRuntime: blocking
 * HTTP to the emulator, SQLite store), a first sync into a fresh database and a second one over
 * unchanged data, with the emulator's request counters read between them.
 */
export function runE2e(input: E2eInput): E2eResult {
    const rssStart = peakRssKb()
    const w = input.workload
    const config = benchConfig({
        name: `Bench ${w.rows}`,
        workload: w,
        ifs: { url: input.emulatorUrl, clientId: input.clientId, clientSecretEnv: input.secretEnv },
        database: input.database,
    })
    const runtime = openRuntime(config, { logLevel: 'warn', env: process.env, writeConnection: true })
    try {
        const control = new EmulatorControlClient(runtime.http, input.emulatorUrl)
        const pacing = runPacing(new NodeWaiter(120_000), fullGcIf(w.heapPerPage))
        seedModelSuppliers(runtime.store, everySupplierPair(control.serviceNowSuppliers()))
        control.reset()
        const first = measureRun(runtime.ports, runtime.connectionSysId, pacing)
        const firstStats = control.stats()
        const firstIfs = requestFigures(firstStats)
        const afterFirst = peakRssKb()
        const lineRows = control.lineCounts()
        const staged = stagedRows(runtime.store)
        const memoryAfterFirst = process.memoryUsage()
        // Only after the peak is read: a forced collection must not flatter the peak itself.
        const gc = (globalThis as { gc?: () => void }).gc
        let retainedHeapAfterFirst: number | null = null
        if (gc) {
            gc()
            retainedHeapAfterFirst = process.memoryUsage().heapUsed
        }

        const bad = control.groundTruth()
        const flagged = new Set(
            runtime.store
                .query(FLAG.name, { where: [{ field: 'state', op: 'IN', value: ['open', 'retrying'] }] })
                .map((f) => f.source_key ?? '')
        )
        const badKeys = new Set(bad.map((b) => flagSourceKey(b.sourceKey, runtime.ports.digest)))
        const badRowsFlagged = [...badKeys].filter((k) => flagged.has(k)).length
        const falseFlags = [...flagged].filter((k) => !badKeys.has(k)).length

        control.reset()
        const second = measureRun(runtime.ports, runtime.connectionSysId, pacing)
        const secondIfs = requestFigures(control.stats())
        return {
            first: { ...first, ifs: firstIfs },
            second: { ...second, ifs: secondIfs },
            lineRows,
            ...staged,
            ...whereRequestsWent(firstStats),
            badRows: badKeys.size,
            badRowsFlagged,
            falseFlags,
            rssKb: { start: rssStart, afterFirst, afterSecond: peakRssKb() },
            memoryAfterFirst,
            retainedHeapAfterFirst,
        }
    } finally {
        runtime.close()
    }
}

function requestFigures(stats: EmulatorStats): RequestFigures {
    const r = stats.requests
    return {
        token: r.token,
        data: r.data,
        masterData: r.master_data,
        metadata: r.metadata,
        total: r.token + r.data + r.master_data + r.metadata + r.other,
    }
}

/** Line rows and receipts in their import tables: what the first run staged of them. */
function stagedRows(store: Store): Pick<E2eResult, 'lineRowsStaged' | 'receiptsStaged'> {
    return {
        lineRowsStaged: BENCH_LINE_TABLES.reduce((n, table) => n + store.count(table, []), 0),
        receiptsStaged: store.count(BENCH_RECEIPT_TABLE, []),
    }
}

/** Where the first run's requests went: by decoded path (the figures' per-set source) and by entity set name. */
function whereRequestsWent(stats: EmulatorStats): Pick<E2eResult, 'dataRequestsBySet' | 'requestsByPath'> {
    return { dataRequestsBySet: bySet(stats), requestsByPath: stats.byPath }
}

/** Requests per entity set (`.../PurchaseOrderSet`), from the emulator's count by path. */
function bySet(stats: EmulatorStats): Record<string, number> {
    const out: Record<string, number> = {}
    for (const [path, n] of Object.entries(stats.byPath)) {
        if (!path.includes('.svc/')) continue
        const set = path.slice(path.lastIndexOf('/') + 1)
        out[set] = (out[set] ?? 0) + n
    }
    return out
}

/** The emulator's /__control endpoint over the runner's own blocking HTTP. */
class EmulatorControlClient {
    constructor(
        private readonly http: Http,
        private readonly url: string
    ) {}

    reset(): void {
        this.call('POST', 'reset')
    }

    stats(): EmulatorStats {
        return this.call('GET', 'stats') as EmulatorStats
    }

    serviceNowSuppliers(): ModelSupplier[] {
        return (this.call('GET', 'servicenow-suppliers') as { suppliers: ModelSupplier[] }).suppliers
    }

    lineCounts(): LineRowCounts {
        const counts = this.call('GET', 'line-counts') as Partial<LineRowCounts>
        const of = (kind: keyof LineRowCounts) => {
            const n = counts[kind]
            if (typeof n !== 'number') throw new Error(`emulator line-counts without ${kind}`)
            return n
        }
        return {
            purchase_order_line: of('purchase_order_line'),
            invoice_item: of('invoice_item'),
            invoice_posting: of('invoice_posting'),
            receipt: of('receipt'),
        }
    }

    groundTruth(): BadRowTruth[] {
        return (this.call('GET', 'ground-truth') as { badRows: BadRowTruth[] }).badRows
    }

    private call(method: 'GET' | 'POST', action: string): unknown {
        const result = this.http.send({
            method,
            url: `${this.url}/__control/${action}`,
            headers: { 'Content-Type': 'application/json' },
            body: method === 'POST' ? '{}' : undefined,
            timeoutMs: 60_000,
        })
        if (result.kind !== 'response' || result.status !== 200)
            throw new Error(
                `emulator control ${action} failed: ${result.kind === 'response' ? result.status : result.message}`
            )
        return JSON.parse(result.body)
    }
}
