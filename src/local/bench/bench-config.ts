import { parseLocalConfig } from '../cli/local-config'
import type { LocalConfig } from '../cli/local-config'
import type { Workload } from './workload'

export interface BenchConnection {
    name: string
    workload: Workload
    /** The `ifs` section: the emulator's (or a never-contacted) loopback URL and its client. */
    ifs: Readonly<Record<string, unknown>>
    database?: string
}

/** The receipt import table of the default preset (s2p_import): receipts are staged there. */
export const BENCH_RECEIPT_TABLE = 'sn_fcms_intg_imp_receipt'

/** The import tables the default preset (s2p_import) writes, which the bench's connection targets. */
export const BENCH_TARGET_TABLES: readonly string[] = [
    'sn_spend_intg_imp_invoice',
    'sn_fcms_intg_imp_order',
    BENCH_RECEIPT_TABLE,
]

/** The preset's line import tables: the bench's documents stage their lines there. */
export const BENCH_LINE_TABLES: readonly string[] = ['sn_spend_intg_imp_invoice_line', 'sn_fcms_intg_imp_order_line']

/**
 * The connection both bench workers run: invoices, orders and receipts into the default preset's import
 * tables (s2p_import), whose transform the connector runs once per page and reads back (run_now),
 * the workload's page size and request ceiling, and an hour's budget so no run stops for time.
 */
export function benchConfig(connection: BenchConnection): LocalConfig {
    const w = connection.workload
    return parseLocalConfig(
        {
            name: connection.name,
            ifs: { realm: 'ifs', insecureLocalEmulator: true, ...connection.ifs },
            companies: [...w.companies],
            objects: {
                // Lines read and staged with their documents, under the preset's names.
                supplierInvoices: { enabled: true, targetTable: BENCH_TARGET_TABLES[0], source: { lines: true } },
                purchaseOrders: { enabled: true, targetTable: BENCH_TARGET_TABLES[1], source: { lines: true } },
                // Receipts as the app ships them (on with purchase orders): the minimum counts their set too.
                receipts: { enabled: true, targetTable: BENCH_RECEIPT_TABLE },
            },
            fieldMapPreset: 's2p_import',
            transformMode: 'run_now',
            limits: {
                pageSize: w.pageSize,
                requestsPerMinute: w.requestsPerMinute,
                timeBudgetSeconds: 3600,
                maxInlineWaitSeconds: 60,
            },
            database: connection.database,
        },
        process.cwd()
    )
}
