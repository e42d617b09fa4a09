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

/**
 * The connection both bench workers run: both object types into the brief targets, the
 * workload's page size and request ceiling, and an hour's budget so no run stops for time.
 */
export function benchConfig(connection: BenchConnection): LocalConfig {
    const w = connection.workload
    return parseLocalConfig(
        {
            name: connection.name,
            ifs: { realm: 'ifs', insecureLocalEmulator: true, ...connection.ifs },
            companies: [...w.companies],
            objects: {
                supplierInvoices: { enabled: true, targetTable: 'sn_apo_invoice' },
                purchaseOrders: { enabled: true, targetTable: 'proc_po' },
            },
            fieldMapPreset: 'brief',
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
