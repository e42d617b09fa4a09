import * as fs from 'fs'
import * as path from 'path'
import { Redactor } from '../../server/core/audit/redactor'
import type { FieldMapPreset } from '../../server/core/config/connection-config'
import { FIELD_MAPS, presetTableSchemas } from '../../server/core/staging/field-maps'
import { CONNECTION } from '../../tables'
import type { Http } from '../../server/ports/http'
import type { Ports } from '../../server/ports/ports'
import { DOCUMENT_TYPES } from '../../server/core/document-types/registry'
import { crashInjectionFromEnv, timeoutCapFromEnv } from '../faults/crash-injector'
import { BlockingHttp } from '../http/blocking-http'
import { LoopbackEmulatorHttp } from '../http/loopback-emulator-http'
import { EnvTokenSource } from '../node-ports/env-token-source'
import { NodeClock, NodeWaiter } from '../node-ports/node-clock'
import { NodeDigest } from '../node-ports/node-digest'
import { NodeLog } from '../node-ports/node-log'
import type { LogLevel } from '../node-ports/node-log'
import { NodeScheduler } from '../node-ports/node-scheduler'
import { DEFAULT_LOCAL_PLUGINS, DEFAULT_LOCAL_ROLES, LocalPlatform } from '../store/local-platform'
import { SqliteStore } from '../store/sqlite-store'
import { ModelledImportTransform } from '../s2p-model/import-transform'
import type { TargetTableSchema } from '../store/table-schema'
import { S2P_MODEL_TABLES, columnInfoOf, modelTable, seedModelTables } from '../s2p-model/s2p-model'
import type { ColumnInfo } from '../../server/ports/platform'
import { EMULATOR_VIRTUAL_ORIGIN, emulatorOrigin, upsertConnection } from './connection-row'
import type { LocalConfig } from './local-config'

export interface LocalRuntime {
    config: LocalConfig
    ports: Ports
    store: SqliteStore
    http: Http
    redactor: Redactor
    scheduler: NodeScheduler
    /** The connection row written from the config file. */
    connectionSysId: string
    close(): void
}

export interface RuntimeOptions {
    logLevel: LogLevel
    env?: Readonly<Record<string, string | undefined>>
    /** Writes the connection row from the config (sync); status only reads. */
    writeConnection: boolean
}

/** Opens the SQLite stand-in and builds the Node ports for one config file. */
export function openRuntime(config: LocalConfig, options: RuntimeOptions): LocalRuntime {
    const redactor = new Redactor()
    const blocking = new BlockingHttp()
    const loopback = emulatorOrigin(config)
    const http: Http = loopback ? new LoopbackEmulatorHttp(blocking, EMULATOR_VIRTUAL_ORIGIN, loopback) : blocking
    fs.mkdirSync(path.dirname(config.database), { recursive: true })
    const store = new SqliteStore({ path: config.database, targetTables: targetTablesFor(config) })
    seedModelTables(store)
    const scheduler = new NodeScheduler()
    const env = options.env ?? process.env
    // Reliability tests arm ML_CONNECTOR_CRASH_AT (SIGKILL at one exact write or request) and
    // ML_CONNECTOR_HTTP_TIMEOUT_MS (reach the HTTP timeout in seconds); both are off by default.
    const crash = crashInjectionFromEnv(env)
    const engineHttp = crash.http(timeoutCapFromEnv(env)(http))
    const engineStore = crash.store(store)
    const ports: Ports = {
        http: engineHttp,
        tokensFor: (connection) =>
            new EnvTokenSource(
                engineHttp,
                {
                    tokenUrl: connection.tokenUrl,
                    clientId: config.ifs.clientId,
                    ...(connection.tokenScope ? { scope: connection.tokenScope } : {}),
                    secretEnv: config.ifs.clientSecretEnv,
                    env,
                },
                redactor
            ),
        store: engineStore,
        clock: new NodeClock(),
        waiter: new NodeWaiter(config.limits.maxInlineWaitSeconds * 1000),
        scheduler,
        platform: new LocalPlatform(store, {
            activePlugins: config.localInstance.activePlugins ?? DEFAULT_LOCAL_PLUGINS,
            roles: config.localInstance.roles ?? DEFAULT_LOCAL_ROLES,
            userName: config.localInstance.user,
        }),
        log: new NodeLog(options.logLevel, redactor),
        digest: new NodeDigest(),
        importTransform: new ModelledImportTransform(engineStore),
        workerId: `node:${process.pid}`,
    }
    // Read the secret now, so it is registered with the redactor before anything is printed.
    if (env[config.ifs.clientSecretEnv]) redactor.register(env[config.ifs.clientSecretEnv] as string)
    const connectionSysId = options.writeConnection ? upsertConnection(store, config) : findConnection(store, config)
    return {
        config,
        ports,
        store,
        http,
        redactor,
        scheduler,
        connectionSysId,
        close: () => {
            blocking.close()
            store.close()
        },
    }
}

function findConnection(store: SqliteStore, config: LocalConfig): string {
    const [row] = store.query('x_mlc_ifs_s2p_connection', {
        where: [{ field: 'name', op: '=', value: config.name }],
        limit: 1,
    })
    return row ? row.sys_id : ''
}

/**
 * The target tables the way an instance would have them: the Source-to-Pay model (import tables,
 * primary and legacy targets, reference tables; src/local/s2p-model), written from the
 * documentation and not from the field maps, so the prerequisite check finds a map that does not
 * fit. A configured custom table gets the columns of its preset's default table.
 */
export function targetTablesFor(config: LocalConfig): TargetTableSchema[] {
    const preset: FieldMapPreset = config.fieldMapPreset ?? DEFAULT_PRESET
    const tables = new Map<string, TargetTableSchema>()
    const add = (name: string, from: string) => {
        const model = modelTable(from)
        const columns = model ? model.columns.map(columnInfoOf) : []
        const indexes = model?.indexes ? { indexes: model.indexes } : {}
        tables.set(name, { name, columns: [...columns, ...briefColumns(preset, from, columns)], ...indexes })
    }
    for (const { name } of S2P_MODEL_TABLES) add(name, name)
    for (const { id, localConfigKey } of DOCUMENT_TYPES) {
        const table = config.objects[localConfigKey].targetTable
        const map = FIELD_MAPS[preset][id]
        if (table && map && !tables.has(table)) add(table, map.defaultTable)
    }
    return [...tables.values()]
}

const DEFAULT_PRESET = CONNECTION.columns.field_map_preset.options.default as FieldMapPreset

/**
 * The `brief` preset stages into the tables the product brief assumed (sn_apo_invoice, and proc_po
 * with columns the real proc_po does not have). Asked for that preset, the stand-in plays an
 * instance shaped like the brief: it adds those columns. A real instance has no such columns, and
 * its dictionary check says so (README "Targets").
 */
function briefColumns(preset: FieldMapPreset, table: string, modelled: readonly ColumnInfo[]): ColumnInfo[] {
    if (preset !== 'brief') return []
    const have = new Set(modelled.map((c) => c.name))
    const assumed = presetTableSchemas('brief')[table] ?? []
    return assumed.filter((c) => !have.has(c.name)).map((c) => ({ ...c, mandatory: false }))
}
