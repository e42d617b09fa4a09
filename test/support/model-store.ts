import { SqliteStore } from '../../src/local/store/sqlite-store'
import { targetTablesFor } from '../../src/local/cli/local-runtime'
import { parseLocalConfig } from '../../src/local/cli/local-config'
import type { LocalConfig } from '../../src/local/cli/local-config'
import { seedModelTables } from '../../src/local/s2p-model/s2p-model'

/** A minimal local config with the default preset: what the model tests build their stand-in from. */
export const MODEL_CONFIG: LocalConfig = parseLocalConfig(
    {
        name: 'model',
        ifs: { url: 'https://acme.ifs.cloud', realm: 'r', clientId: 'c' },
        companies: ['10'],
        database: ':memory:',
    },
    '/tmp'
)

/** An in-memory stand-in with the modelled Source-to-Pay tables, seeded as the runner seeds them. */
export function openModelStore(config: LocalConfig = MODEL_CONFIG): SqliteStore {
    const store = new SqliteStore({ path: ':memory:', targetTables: targetTablesFor(config) })
    seedModelTables(store)
    return store
}
