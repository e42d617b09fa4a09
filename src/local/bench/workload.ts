import { DATASET_DEFAULTS } from '../emulator/dataset/dataset-options'
import { RECEIPT } from '../../server/core/document-types/receipt'
import { DEFAULT_ENTITY_SET_PATHS } from '../emulator/server/entity-set-paths'
import { DEFAULT_REMOVAL_CHECKS_PER_RUN } from '../../server/core/config/connection-config'
import { IFS_CLOUD_LINE_SETS } from '../emulator/dataset/line-schema'

/** One benchmark size: the emulator's dataset and the connection's limits, as IFS has them. */
export interface Workload {
    rows: number
    invoices: number
    orders: number
    badShare: number
    seed: number
    companies: readonly string[]
    suppliers: number
    glAccountsPerCompany: number
    costCentersPerCompany: number
    /** IFS's page-size ceiling, also the connection's page size. */
    pageSize: number
    requestsPerMinute: number
    /**
     * Lines per document, inclusive (the emulator draws each document's count from the seed): the
     * connection reads and stages them (source override `lines: true`).
     */
    linesPerDocument: { min: number; max: number }
    /**
     * Opt-in (`--heap-per-page`): after each staged page a full GC, then the heap still used is
     * recorded. Slows the run down; shows whether what is retained grows with the pages staged.
     */
    heapPerPage?: boolean
}

export const BENCH_SIZES: readonly number[] = [1_000, 10_000, 100_000]

/**
 * Lines per document in the bench: fewer than the emulator's default 1..30, so a 100,000-document
 * run stays minutes long; the request and memory targets are per line row and per page either way.
 */
const BENCH_LINES_PER_DOCUMENT = { min: 1, max: 8 }

/** IFS's page-size ceiling in the bench unless `--page-size` says otherwise. */
export const BENCH_PAGE_SIZE = 5000

/**
 * `rows` source rows (documents), half supplier invoices and half purchase orders, 5% of them bad;
 * each with lines. A smaller `pageSize` gives many pages from few rows: memory and per-page time
 * should depend on the page, not on how many pages were staged before it.
 */
export function workloadOf(rows: number, pageSize: number = BENCH_PAGE_SIZE): Workload {
    const invoices = Math.ceil(rows / 2)
    return {
        rows,
        invoices,
        orders: rows - invoices,
        badShare: 0.05,
        seed: 42,
        companies: DATASET_DEFAULTS.companies,
        suppliers: DATASET_DEFAULTS.suppliers,
        glAccountsPerCompany: DATASET_DEFAULTS.glAccountsPerCompany,
        costCentersPerCompany: DATASET_DEFAULTS.costCentersPerCompany,
        pageSize,
        requestsPerMinute: 1000,
        linesPerDocument: BENCH_LINES_PER_DOCUMENT,
    }
}

export interface RequestFigures {
    token: number
    data: number
    masterData: number
    /** `$metadata` reads: one per service root per run, for the run-start check. */
    metadata: number
    total: number
}

/**
 * The services the bench's connection reads (each `$metadata` is read once per run): the
 * emulator's document and master-data sets, and the receipt set's service.
 */
const SERVICE_ROOTS = new Set(
    [...Object.values(DEFAULT_ENTITY_SET_PATHS), RECEIPT.defaultEntitySet].map((p) => p.slice(0, p.indexOf('.svc')))
).size

const pages = (rows: number, pageSize: number) => Math.max(1, Math.ceil(rows / pageSize))

/**
 * The rows of each line set the bench's connection reads, and the receipts, as the emulator holds
 * them (its `line-counts`, read after the first run: the emulator makes lines and receipts on
 * their first read).
 */
export interface LineRowCounts {
    purchase_order_line: number
    invoice_item: number
    invoice_posting: number
    receipt: number
}

/** Line rows of the document lines themselves (posting rows apart). */
export function lineRowsOf(counts: LineRowCounts): number {
    return counts.purchase_order_line + counts.invoice_item
}

/** The entity sets a first sync reads data from: each document type's headers, each line set, the receipts. */
export type DataSetName = 'supplier_invoice' | 'purchase_order' | keyof LineRowCounts

/**
 * Where the bench's connection reads each data set (below the projection root): the emulator's
 * default paths, so the requests it served can be told apart by path.
 */
export const BENCH_DATA_SET_PATHS: Readonly<Record<DataSetName, string>> = {
    supplier_invoice: DEFAULT_ENTITY_SET_PATHS.supplier_invoice,
    purchase_order: DEFAULT_ENTITY_SET_PATHS.purchase_order,
    purchase_order_line: IFS_CLOUD_LINE_SETS.purchase_order_line.path,
    invoice_item: IFS_CLOUD_LINE_SETS.invoice_item.path,
    invoice_posting: IFS_CLOUD_LINE_SETS.invoice_posting.path,
    receipt: IFS_CLOUD_LINE_SETS.receipt.path,
}

/**
 * The fewest data requests of a first sync per set: every page full (the last one may be short,
 * and an empty set still costs one request). `lines`: the line sets' and receipts' rows, from the
 * emulator; null for a connection without lines or receipts (headers only).
 */
export function minimumBySet(w: Workload, lines: LineRowCounts | null): Partial<Record<DataSetName, number>> {
    const rows: Partial<Record<DataSetName, number>> = { supplier_invoice: w.invoices, purchase_order: w.orders }
    if (lines !== null) Object.assign(rows, lines)
    const out: Partial<Record<DataSetName, number>> = {}
    for (const [name, n] of Object.entries(rows) as [DataSetName, number][]) out[name] = pages(n, w.pageSize)
    return out
}

/**
 * The fewest IFS requests that can do a first sync: every document page, every line-set page and
 * every receipt page full (minimumBySet), each master-data set read once in full pages (suppliers,
 * and GL accounts and cost centers per company), each service's `$metadata` once (the run-start
 * check), one token.
 *
 * No request of the line scan (the lines changed without their header, by each line set's own
 * stamp) is counted: on a first sync every line comes with its document's page, so the scan has
 * nothing to find and needs no request (the engine starts each line cursor after the lines it
 * read); the second run's ceiling allows one per line set.
 */
export function minimumRequests(w: Workload, lines: LineRowCounts | null): RequestFigures {
    const data = Object.values(minimumBySet(w, lines)).reduce((a, b) => a + b, 0)
    const perCompany = pages(w.glAccountsPerCompany, w.pageSize) + pages(w.costCentersPerCompany, w.pageSize)
    const masterData = pages(w.suppliers, w.pageSize) + w.companies.length * perCompany
    const metadata = SERVICE_ROOTS
    return { token: 1, data, masterData, metadata, total: 1 + data + masterData + metadata }
}

/** The line sets the bench's connection reads: PO lines, invoice lines and their posting rows. */
export const BENCH_LINE_SETS = 3

/**
 * Of those, the sets the line scan reads by their own stamp after the pages (lines changed without
 * their header): PO lines and invoice lines; posting rows are read with their invoice line's document.
 */
export const BENCH_SCANNED_LINE_SETS = 2

/**
 * The types the removal sweep checks each run (core/lines/removal-sweep): invoices and orders (their
 * line keys) and receipts (their own keys), DEFAULT_REMOVAL_CHECKS_PER_RUN documents each.
 */
export const BENCH_SWEPT_TYPES = 3

/**
 * Document keys one sweep request carries at least: the longest, a receipt's four-part key, takes
 * under 150 characters of a `$filter`, and a request's URL is bounded at 8192 (request-bounds).
 */
const SWEEP_KEYS_PER_REQUEST = 50

/** The document types the bench's connection reads: invoices, orders and receipts. */
export const BENCH_DOCUMENT_TYPES = 3

/**
 * The target for a second run over unchanged data: one data request per document type (to learn
 * that nothing changed), one per line set (the lines of the rows the lookback window reads again)
 * and one per scanned line set (the line scan learning that no line changed without its header),
 * at most the master data of a first run, each `$metadata` once, one token.
 */
export function secondRunCeiling(
    w: Workload,
    sets: { types: number; lineSets: number; scannedLineSets: number; sweptTypes: number }
): RequestFigures {
    const { masterData, metadata } = minimumRequests(w, null)
    const sweep = sets.sweptTypes * Math.ceil(DEFAULT_REMOVAL_CHECKS_PER_RUN / SWEEP_KEYS_PER_REQUEST)
    const data = sets.types + sets.lineSets + sets.scannedLineSets + sweep
    return { token: 1, data, masterData, metadata, total: 1 + data + masterData + metadata }
}
