import { Redactor } from '../../server/core/audit/redactor'
import type { Ports } from '../../server/ports/ports'
import type { ColumnInfo, Platform } from '../../server/ports/platform'
import { EMULATOR_VIRTUAL_ORIGIN, upsertConnection } from '../cli/connection-row'
import { targetTablesFor } from '../cli/local-runtime'
import { EmulatorDataset } from '../emulator/dataset/emulator-dataset'
import { DEFAULT_ENTITY_SET_PATHS, entitySetNames } from '../emulator/server/entity-set-paths'
import { ModelledImportTransform } from '../s2p-model/import-transform'
import { seedModelTables } from '../s2p-model/s2p-model'
import { seedModelSuppliers } from '../s2p-model/seed-suppliers'
import { serviceNowSuppliers } from '../emulator/dataset/servicenow-suppliers'
import { everySupplierPair } from './bench-suppliers'
import { NodeClock, NodeWaiter } from '../node-ports/node-clock'
import { NodeDigest } from '../node-ports/node-digest'
import { NodeLog } from '../node-ports/node-log'
import { NodeScheduler } from '../node-ports/node-scheduler'
import { benchConfig } from './bench-config'
import { DatasetHttp } from './dataset-http'
import { IndexedMemoryStore } from './indexed-memory-store'
import { fullGcIf } from './page-probe'
import { measureRun } from './run-figures'
import type { RunFigures } from './run-figures'
import type { Workload } from './workload'

export interface CoreResult {
    run: RunFigures
    /** Time the in-process IFS spent building pages (a real IFS spends it on its own machine). */
    servingMs: number
    /** Wall time minus serving time: the engine, staging and the in-memory store. */
    engineMs: number
    rowsPerSecond: number
    requests: { data: number; masterData: number }
}

/**
 * Child process of the bench: the same runJob over in-memory ports only (IFS answered in-process
 * from the emulator's dataset, an indexed in-memory store, no HTTP, no SQLite).
 */
export function runCore(workload: Workload): CoreResult {
    const data = new EmulatorDataset(
        {
            seed: workload.seed,
            invoices: workload.invoices,
            orders: workload.orders,
            badShare: workload.badShare,
            companies: workload.companies,
            linesPerDocument: workload.linesPerDocument,
        },
        entitySetNames(DEFAULT_ENTITY_SET_PATHS)
    )
    const config = benchConfig({
        name: `Core bench ${workload.rows}`,
        workload,
        // Never contacted: the connection gets the virtual tenant, answered by DatasetHttp.
        ifs: { url: 'http://127.0.0.1:9', clientId: 'bench' },
    })
    const store = new IndexedMemoryStore()
    // The stand-in's Source-to-Pay tables as local-runtime seeds them (the ERP source record).
    seedModelTables(store)
    // ServiceNow knows every supplier the documents name (bench-suppliers.ts): rows are accepted.
    seedModelSuppliers(store, everySupplierPair(serviceNowSuppliers(data.suppliers, data.companies)))
    const http = new DatasetHttp(data, EMULATOR_VIRTUAL_ORIGIN)
    const tables = new Map(targetTablesFor(config).map((t) => [t.name, t.columns]))
    const platform: Platform = {
        isPluginActive: () => true,
        describeTable: (table): readonly ColumnInfo[] | null => tables.get(table) ?? null,
        runAsUserHasRole: () => true,
        runAsUserName: () => 'bench',
    }
    const ports: Ports = {
        http,
        tokensFor: () => ({
            fetchToken: () => ({ kind: 'granted', accessToken: 'bench-token', expiresInSeconds: 3600 }),
        }),
        store,
        clock: new NodeClock(),
        waiter: new NodeWaiter(60_000),
        scheduler: new NodeScheduler(),
        platform,
        log: new NodeLog('warn', new Redactor()),
        digest: new NodeDigest(),
        // The modelled transform over the same in-memory store (measureRun counts each call).
        importTransform: new ModelledImportTransform(store),
        workerId: `bench:${process.pid}`,
    }
    const connectionSysId = upsertConnection(store, config)
    const run = measureRun(ports, connectionSysId, { gc: fullGcIf(workload.heapPerPage) })
    const engineMs = Math.max(1, run.wallMs - http.servingMs)
    return {
        run,
        servingMs: http.servingMs,
        engineMs,
        rowsPerSecond: (run.read / engineMs) * 1000,
        requests: { data: http.stats.requests.data, masterData: http.stats.requests.master_data },
    }
}
