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

/** The import tables the default preset (s2p_import) writes, which the bench's connection targets. */
export const BENCH_TARGET_TABLES: readonly string[] = ['sn_spend_intg_imp_invoice', 'sn_fcms_intg_imp_order']

/** The preset's line import tables: the bench's documents stage their lines there. */
export const BENCH_LINE_TABLES: readonly string[] = ['sn_spend_intg_imp_invoice_line', 'sn_fcms_intg_imp_order_line']

/**
 * The connection both bench workers run: both object types into the default preset's import
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
                // The bench's minimum request count covers headers and line sets only: receipts (on by
                // default with purchase orders) stay off until it counts them too (issue 18, benchmark).
                receipts: { enabled: false },
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
