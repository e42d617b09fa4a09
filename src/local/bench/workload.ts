import { DATASET_DEFAULTS } from '../emulator/dataset/dataset-options'
import { DEFAULT_ENTITY_SET_PATHS } from '../emulator/server/entity-set-paths'

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
}

export const BENCH_SIZES: readonly number[] = [1_000, 10_000, 100_000]

/** `rows` source rows, half supplier invoices and half purchase orders, 5% of them bad. */
export function workloadOf(rows: number): Workload {
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
        pageSize: 5000,
        requestsPerMinute: 1000,
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

/** The services the bench's connection reads (each `$metadata` is read once per run). */
const SERVICE_ROOTS = new Set(Object.values(DEFAULT_ENTITY_SET_PATHS).map((p) => p.slice(0, p.indexOf('.svc')))).size

const pages = (rows: number, pageSize: number) => Math.max(1, Math.ceil(rows / pageSize))

/**
 * The fewest IFS requests that can do a first sync: every document page full (the last one may
 * be short, and an empty set still costs one request), each master-data set read once in full
 * pages (suppliers, and GL accounts and cost centers per company), each service's `$metadata`
 * once (the run-start check), one token.
 */
export function minimumRequests(w: Workload): RequestFigures {
    const data = pages(w.invoices, w.pageSize) + pages(w.orders, w.pageSize)
    const perCompany = pages(w.glAccountsPerCompany, w.pageSize) + pages(w.costCentersPerCompany, w.pageSize)
    const masterData = pages(w.suppliers, w.pageSize) + w.companies.length * perCompany
    const metadata = SERVICE_ROOTS
    return { token: 1, data, masterData, metadata, total: 1 + data + masterData + metadata }
}

/**
 * The target for a second run over unchanged data: one data request per object type (to learn
 * that nothing changed), at most the master data of a first run, each `$metadata` once, one token.
 */
export function secondRunCeiling(w: Workload): RequestFigures {
    const { masterData, metadata } = minimumRequests(w)
    return { token: 1, data: 2, masterData, metadata, total: 1 + 2 + masterData + metadata }
}
