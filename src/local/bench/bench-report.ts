import type { RoundTrips } from './counting-store'
import { TRANSFORM_TRIPS_PREFIX, sumTrips } from './counting-store'
import type { CoreResult } from './core-worker'
import type { E2eResult } from './e2e-worker'
import type { RequestFigures, Workload } from './workload'
import { requestsBySet } from './requests-by-set'
import type { SetRequests } from './requests-by-set'
import type { DataSetName } from './workload'
import {
    BENCH_DOCUMENT_TYPES,
    BENCH_LINE_SETS,
    BENCH_SCANNED_LINE_SETS,
    BENCH_SWEPT_TYPES,
    lineRowsOf,
    minimumBySet,
    minimumRequests,
    secondRunCeiling,
} from './workload'

const STAGING_KEY = 'x_mlc_ifs_s2p_staging_key'
const AUDIT = 'x_mlc_ifs_s2p_audit'
const FLAG = 'x_mlc_ifs_s2p_flag'
const DIMENSION_MAP = 'x_mlc_ifs_s2p_dimension_map'

/** The figures of one size, derived from what the workers counted. */
export interface SizeFigures {
    rows: number
    requests: {
        made: RequestFigures
        minimum: RequestFigures
        ratio: number
        /**
         * Data requests per set (headers per type, line sets, receipts): made as the emulator served
         * them, and the set's minimum; which set spent a request over the minimum. Absent in results
         * written before it was counted.
         */
        bySet?: Partial<Record<DataSetName, SetRequests>>
    }
    /** Store round trips per staged record (first run), by kind; `transform`: import-transform calls. */
    tripsPerStaged: { target: number; keys: number; transform: number; audit: number; total: number }
    /** Staging-key queries made while staging a page, per page. */
    dedupQueriesPerPage: number
    coreRowsPerSecond: number | null
    /** The same core bench, built from the baseline revision and run beside it (null: none asked). */
    coreBaselineRowsPerSecond: number | null
    e2eRowsPerSecond: number
    peakRssMb: number
    /** V8 heap in use after the first run and a full GC: flat across sizes when the sync streams. */
    retainedHeapMb: number | null
    second: { requests: RequestFigures; ceiling: RequestFigures; stagingWrites: number; bookkeepingWrites: number }
    flaggedShare: number
    falseFlags: number
    staged: number
    flagged: number
    /** Line rows (PO lines and invoice lines) and invoice posting rows the emulator served the first run. */
    lineRows: number
    postingRows: number
    /** Rows in the line import tables after the first run: every line of every staged document. */
    lineRowsStaged: number
    /** Receipts the emulator holds (all read by the first run) and rows in the receipt import table after it. */
    receipts: number
    receiptsStaged: number
}

export interface SizeResult {
    workload: Workload
    e2e: E2eResult
    core: CoreResult | null
    /** The core worker of the baseline revision on the same workload, when one was asked for. */
    baseline?: CoreResult | null
}

const isTarget = (targets: readonly string[]) => (name: string) => targets.includes(name)

/** Writes that stage something (targets, keys, flags, dimension maps), apart from run bookkeeping. */
export function stagingWrites(rowsWritten: Record<string, number>, targets: readonly string[]): number {
    let n = 0
    for (const [table, rows] of Object.entries(rowsWritten))
        if (targets.includes(table) || table === STAGING_KEY || table === FLAG || table === DIMENSION_MAP) n += rows
    return n
}

function totalWrites(rowsWritten: Record<string, number>): number {
    return Object.values(rowsWritten).reduce((a, b) => a + b, 0)
}

export function tripsPerStaged(
    trips: RoundTrips,
    staged: number,
    targets: readonly string[]
): SizeFigures['tripsPerStaged'] {
    const per = (n: number) => (staged === 0 ? 0 : n / staged)
    const target = sumTrips(trips, ['page'], isTarget(targets))
    const keys = sumTrips(trips, ['page'], (t) => t === STAGING_KEY)
    const transform = sumTrips(trips, ['page'], (t) => t.startsWith(TRANSFORM_TRIPS_PREFIX))
    const audit = sumTrips(trips, ['page', 'other'], (t) => t === AUDIT)
    const pageTotal = sumTrips(trips, ['page'], (t) => t !== AUDIT)
    return {
        target: per(target),
        keys: per(keys),
        transform: per(transform),
        audit: per(audit),
        total: per(pageTotal + audit),
    }
}

export function deriveFigures(result: SizeResult, targets: readonly string[]): SizeFigures {
    const { workload: w, e2e, core } = result
    const first = e2e.first
    const minimum = minimumRequests(w, e2e.lineRows)
    const staged = first.inserted + first.updated
    // A staged line is a staged record too: the round trips are per header or line written.
    const records = staged + e2e.lineRowsStaged
    const dedup = sumTrips(first.roundTrips, ['page'], (t) => t === STAGING_KEY, ['query'])
    const seconds = first.wallMs / 1000
    const written = stagingWrites(e2e.second.rowsWritten, targets)
    return {
        rows: w.rows,
        requests: {
            made: first.ifs,
            minimum,
            ratio: first.ifs.total / minimum.total,
            bySet: requestsBySet(e2e.requestsByPath, minimumBySet(w, e2e.lineRows)),
        },
        tripsPerStaged: tripsPerStaged(first.roundTrips, records, targets),
        dedupQueriesPerPage: first.pages.pages === 0 ? 0 : dedup / first.pages.pages,
        coreRowsPerSecond: core ? core.rowsPerSecond : null,
        coreBaselineRowsPerSecond: result.baseline ? result.baseline.rowsPerSecond : null,
        e2eRowsPerSecond: first.read / seconds,
        peakRssMb: e2e.rssKb.afterFirst / 1024,
        retainedHeapMb: e2e.retainedHeapAfterFirst === null ? null : e2e.retainedHeapAfterFirst / 2 ** 20,
        second: {
            requests: e2e.second.ifs,
            ceiling: secondRunCeiling(w, {
                types: BENCH_DOCUMENT_TYPES,
                lineSets: BENCH_LINE_SETS,
                scannedLineSets: BENCH_SCANNED_LINE_SETS,
                sweptTypes: BENCH_SWEPT_TYPES,
            }),
            stagingWrites: written,
            bookkeepingWrites: totalWrites(e2e.second.rowsWritten) - written,
        },
        flaggedShare: e2e.badRows === 0 ? 1 : e2e.badRowsFlagged / e2e.badRows,
        falseFlags: e2e.falseFlags,
        staged,
        flagged: first.flagged,
        lineRows: lineRowsOf(e2e.lineRows),
        postingRows: e2e.lineRows.invoice_posting,
        lineRowsStaged: e2e.lineRowsStaged,
        receipts: e2e.lineRows.receipt,
        receiptsStaged: e2e.receiptsStaged,
    }
}

export interface TargetCheck {
    name: string
    ok: boolean
    detail: string
}

/** The data sets in the table's order, with their labels. */
const SET_LABELS: readonly [DataSetName, string][] = [
    ['supplier_invoice', 'invoice headers'],
    ['purchase_order', 'PO headers'],
    ['purchase_order_line', 'PO lines'],
    ['invoice_item', 'invoice lines'],
    ['invoice_posting', 'invoice posting rows'],
    ['receipt', 'receipts'],
]

/** The data sets that made more requests than their minimum (`; over: PO lines +1`), or ''. */
function overMinimum(s: SizeFigures): string {
    const over = SET_LABELS.flatMap(([name, label]) => {
        const set = s.requests.bySet?.[name]
        return set && set.made > set.minimum ? [`${label} +${set.made - set.minimum}`] : []
    })
    return over.length === 0 ? '' : `; over: ${over.join(', ')}`
}

/** The targets, checked over every size. */
export function checkTargets(sizes: readonly SizeFigures[]): TargetCheck[] {
    const checks: TargetCheck[] = []
    for (const s of sizes) {
        checks.push({
            name: `${s.rows} rows: IFS requests <= 1.05 x minimum (headers, line sets and receipts)`,
            ok: s.requests.ratio <= 1.05,
            detail: `${s.requests.made.total} made, minimum ${s.requests.minimum.total} (x${s.requests.ratio.toFixed(3)})${overMinimum(s)}`,
        })
        checks.push({
            name: `${s.rows} rows: <= 2.0 store round trips per staged record (import transform calls included)`,
            ok: s.tripsPerStaged.total <= 2,
            detail: `${s.tripsPerStaged.total.toFixed(3)} per staged record`,
        })
        checks.push({
            name: `${s.rows} rows: one dedup query per page`,
            ok: s.dedupQueriesPerPage === 1,
            detail: `${s.dedupQueriesPerPage.toFixed(2)} per page`,
        })
        const r = s.second.requests
        const c = s.second.ceiling
        checks.push({
            name: `${s.rows} rows: second run <= 1 data request per document type, line set and scanned line set + the removal sweep's key reads + master data + $metadata + token, no writes`,
            ok: withinCeiling(r, c) && s.second.stagingWrites === 0,
            detail: `${r.data} data, ${r.masterData} master data, ${r.metadata} $metadata, ${r.token} token; ${s.second.stagingWrites} staging writes`,
        })
        checks.push({
            name: `${s.rows} rows: flagged share 1.0`,
            ok: s.flaggedShare === 1 && s.falseFlags === 0,
            detail: `${s.flaggedShare.toFixed(3)} of bad rows flagged, ${s.falseFlags} good rows flagged`,
        })
    }
    const at = (rows: number) => sizes.find((s) => s.rows === rows)
    const big = at(100_000)
    const mid = at(10_000)
    if (big && mid)
        checks.push({
            name: 'peak RSS at 100,000 rows within 20% of 10,000',
            ok: big.peakRssMb <= mid.peakRssMb * 1.2,
            detail: `${big.peakRssMb.toFixed(0)} MB vs ${mid.peakRssMb.toFixed(0)} MB (x${(big.peakRssMb / mid.peakRssMb).toFixed(2)})`,
        })
    if (big && mid && big.retainedHeapMb !== null && mid.retainedHeapMb !== null)
        checks.push({
            name: 'heap retained after the run at 100,000 rows within 20% of 10,000 (the sync streams)',
            ok: big.retainedHeapMb <= mid.retainedHeapMb * 1.2,
            detail: `${big.retainedHeapMb.toFixed(1)} MB vs ${mid.retainedHeapMb.toFixed(1)} MB`,
        })
    return checks
}

const fmt = (n: number, digits = 0) =>
    n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })

/** A row per data set: requests made / minimum ('-' for results without the count per set). */
const SET_ROWS: [string, (s: SizeFigures) => string][] = SET_LABELS.map(([name, label]) => [
    `    ${label} made / minimum`,
    (s) => {
        const set = s.requests.bySet?.[name]
        return set ? `${set.made} / ${set.minimum}` : '-'
    },
])

/** One Markdown table, a column per size (it prints as well as it pastes into the README). */
export function renderTable(sizes: readonly SizeFigures[]): string {
    const rows: [string, (s: SizeFigures) => string][] = [
        ['IFS requests made / minimum', (s) => `${s.requests.made.total} / ${s.requests.minimum.total}`],
        ['  ratio (target <= 1.05)', (s) => s.requests.ratio.toFixed(3)],
        [
            '  data / master data / $metadata / token',
            (s) =>
                `${s.requests.made.data} / ${s.requests.made.masterData} / ${s.requests.made.metadata} / ${s.requests.made.token}`,
        ],
        ...SET_ROWS,
        ['Store round trips per staged record (header or line)', (s) => s.tripsPerStaged.total.toFixed(2)],
        [
            '  target / keys / import transform / audit',
            (s) =>
                `${s.tripsPerStaged.target.toFixed(2)} / ${s.tripsPerStaged.keys.toFixed(2)} / ${s.tripsPerStaged.transform.toFixed(3)} / ${s.tripsPerStaged.audit.toFixed(3)}`,
        ],
        ['Dedup queries per page (target 1)', (s) => s.dedupQueriesPerPage.toFixed(2)],
        ['Core throughput (rows/s, in memory)', (s) => (s.coreRowsPerSecond === null ? '-' : fmt(s.coreRowsPerSecond))],
        [
            '  same, at the baseline revision (before)',
            (s) => (s.coreBaselineRowsPerSecond === null ? '-' : fmt(s.coreBaselineRowsPerSecond)),
        ],
        ['End-to-end throughput (rows/s, HTTP + SQLite)', (s) => fmt(s.e2eRowsPerSecond)],
        ['Peak RSS of the runner (MB)', (s) => fmt(s.peakRssMb)],
        [
            '  heap retained after the run, after a full GC (MB)',
            (s) => (s.retainedHeapMb === null ? '-' : fmt(s.retainedHeapMb, 1)),
        ],
        [
            'Second run: requests data / master / $metadata / token',
            (s) =>
                `${s.second.requests.data} / ${s.second.requests.masterData} / ${s.second.requests.metadata} / ${s.second.requests.token}`,
        ],
        ['Second run: staging writes (target 0)', (s) => String(s.second.stagingWrites)],
        ['Second run: run bookkeeping rows', (s) => String(s.second.bookkeepingWrites)],
        ['Flagged share (flagged bad / bad, target 1.0)', (s) => s.flaggedShare.toFixed(3)],
        ['Staged / flagged (first run)', (s) => `${fmt(s.staged)} / ${fmt(s.flagged)}`],
        ['Line rows read / posting rows read', (s) => `${fmt(s.lineRows)} / ${fmt(s.postingRows)}`],
        ['Line rows staged (first run)', (s) => fmt(s.lineRowsStaged)],
        ['Receipts read / staged (first run)', (s) => `${fmt(s.receipts)} / ${fmt(s.receiptsStaged)}`],
    ]
    const header = ['', ...sizes.map((s) => `${fmt(s.rows)} rows`)]
    const body = rows.map(([label, cell]) => [label, ...sizes.map(cell)])
    const widths = header.map((_, i) => Math.max(...[header, ...body].map((r) => r[i].length)))
    const line = (cells: readonly string[]) =>
        `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`
    const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ')} |`
    return [line(header), rule, ...body.map(line)].join('\n')
}

/** Every kind of request of a second run at or under its ceiling. */
function withinCeiling(made: RequestFigures, ceiling: RequestFigures): boolean {
    return (
        made.data <= ceiling.data &&
        made.masterData <= ceiling.masterData &&
        made.metadata <= ceiling.metadata &&
        made.token <= ceiling.token
    )
}
