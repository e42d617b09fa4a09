import { loadLocalConfig } from '../cli/local-config'
import { targetTablesFor } from '../cli/local-runtime'
import { seedModelTables } from '../s2p-model/s2p-model'
import { seedModelSuppliers } from '../s2p-model/seed-suppliers'
import type { ModelSupplier } from '../s2p-model/seed-suppliers'
import { SqliteStore } from '../store/sqlite-store'

/**
 * Before a harness's first sync: the config's database gets the modelled ServiceNow supplier
 * master the emulator describes (GET /__control/servicenow-suppliers, some suppliers left out on
 * purpose), as `npm start` seeds it, so the modelled import transform refuses exactly the
 * documents the emulator's manifest marks `importTransform: 'rejected'`. The judge is then told so
 * (InvariantOptions.supplierMasterSeeded). Returns the records added.
 */
export function seedSupplierMaster(configFile: string, suppliers: readonly ModelSupplier[]): number {
    const config = loadLocalConfig(configFile)
    const store = new SqliteStore({ path: config.database, targetTables: targetTablesFor(config) })
    try {
        seedModelTables(store)
        return seedModelSuppliers(store, suppliers)
    } finally {
        store.close()
    }
}
