import { createHash } from 'crypto'
import type { RecordValues, Store, StoredRecord } from '../../server/ports/store'
import { readConnectionTypeRows } from '../../server/core/config/connection-types'
import { DOCUMENT_TYPES } from '../../server/core/document-types/registry'
import { displayUrl, hasUserInfo } from '../../server/core/odata/url-parts'
import { StoreError } from '../../server/ports/store'
import { CONNECTION, CONNECTION_TYPE } from '../../tables'
import { isLoopbackHost } from '../http/loopback-emulator-http'
import { seededSysId } from '../s2p-model/target-tables'
import type { LocalConfig } from './local-config'
import { sourceMappingJson, sourceOverridesJson } from './local-source-mapping'

/**
 * With insecureLocalEmulator the connection row names this virtual tenant, which passes the
 * core's strict checks (https, a DNS host under the allowed suffix) and can never resolve
 * (`.invalid`, RFC 2606); the Node Http maps it to the emulator's loopback address.
 */
export const EMULATOR_VIRTUAL_SUFFIX = 'ifs-emulator.invalid'
export const EMULATOR_VIRTUAL_ORIGIN = `https://tenant.${EMULATOR_VIRTUAL_SUFFIX}`

/** Where IFS really is: the virtual tenant's real loopback origin, or null for a real tenant. */
export function emulatorOrigin(config: LocalConfig): string | null {
    if (!config.ifs.insecureLocalEmulator) return null
    const url = new URL(config.ifs.url)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('ifs.url must be an http(s) URL')
    if (!isLoopbackHost(url.hostname)) {
        throw new Error(
            `ifs.insecureLocalEmulator is for an emulator on this machine only; ${displayUrl(url.hostname)} is not a loopback address`
        )
    }
    return url.origin
}

type GivenValue = string | number | boolean | undefined

/** Where IFS is, as the row names it: with the emulator escape hatch, the virtual tenant. */
function ifsLocation(config: LocalConfig): Record<'tenant_url' | 'allowed_host_suffix' | 'token_url', GivenValue> {
    const loopback = emulatorOrigin(config)
    const tokenUrl = config.ifs.tokenUrl
    if (!loopback)
        return { tenant_url: config.ifs.url, allowed_host_suffix: config.ifs.allowedHostSuffix, token_url: tokenUrl }
    return {
        tenant_url: EMULATOR_VIRTUAL_ORIGIN,
        allowed_host_suffix: EMULATOR_VIRTUAL_SUFFIX,
        token_url: tokenUrl?.startsWith(loopback)
            ? EMULATOR_VIRTUAL_ORIGIN + tokenUrl.slice(loopback.length)
            : tokenUrl,
    }
}

/**
 * The connection's document type rows the config file describes: one per registered type, from its
 * `objects.<localConfigKey>` section (absent: enabled, with the registry's defaults). Without the
 * `connection` reference, which exists once the connection row does.
 */
export function connectionTypeValues(config: LocalConfig): RecordValues[] {
    return DOCUMENT_TYPES.map(({ id, localConfigKey }) => {
        const settings = config.objects[localConfigKey]
        return {
            object_type: id,
            active: settings.enabled,
            entity_set_path: settings.entitySet ?? null,
            target_table: settings.targetTable ?? null,
            source_overrides: sourceOverridesJson(config, id),
        }
    })
}

/** The connection record the config file describes (without status columns, which the job owns). */
export function connectionValues(config: LocalConfig): RecordValues {
    return withDictionaryDefaults({
        name: config.name,
        active: true,
        ...ifsLocation(config),
        realm: config.ifs.realm,
        // On an instance this is the OAuth profile's sys_id; locally the client id stands for it.
        oauth_profile: createHash('md5').update(`local:${config.ifs.clientId}`).digest('hex'),
        client_id: config.ifs.clientId,
        companies: config.companies.join(','),
        supplier_entity_set: config.masterData.suppliers,
        gl_account_entity_set: config.masterData.glAccounts,
        cost_center_entity_set: config.masterData.costCenters,
        source_mapping: sourceMappingJson(config) ?? undefined,
        field_map_preset: config.fieldMapPreset,
        // The model's ERP source records have fixed sys_ids derived from their names (s2p-model).
        erp_source: seededSysId('sn_fin_erp_source', config.erpSource),
        external_invoice_source: config.externalInvoiceSource,
        transform_mode: config.transformMode,
        page_size: config.limits.pageSize,
        request_ceiling: config.limits.requestsPerMinute,
        time_budget_seconds: config.limits.timeBudgetSeconds,
        overlap_seconds: config.limits.overlapSeconds,
        lookback_seconds: config.limits.lookbackSeconds,
        header_wait_hours: config.limits.headerWaitHours,
        removal_checks_per_run: config.limits.removalChecksPerRun,
        dry_run: config.dryRun,
    })
}

/** Empty means "the dictionary default", exactly as on a new record in the instance's form. */
function withDictionaryDefaults(given: Readonly<Record<string, GivenValue>>): RecordValues {
    const values: Record<string, string | number | boolean | null> = {}
    for (const [column, value] of Object.entries(given)) {
        const options = CONNECTION.columns[column as keyof typeof CONNECTION.columns].options as {
            default?: string | number | boolean
        }
        values[column] = value ?? options.default ?? null
    }
    return values
}

/** Inserts or updates the connection's row of each document type (one per connection and type). */
function writeTypeRows(store: Store, connectionSysId: string, rows: readonly RecordValues[]): void {
    const existing = readConnectionTypeRows(store, connectionSysId)
    for (const row of rows) {
        const found = existing.find((r) => r.object_type === row.object_type)
        if (found) store.update(CONNECTION_TYPE.name, found.sys_id, row)
        else store.insert(CONNECTION_TYPE.name, { ...row, connection: connectionSysId })
    }
}

/**
 * Inserts or updates the connection row named in the config, and its document type rows; returns its sys_id. Several `sync`
 * processes may start at the same moment on a fresh database: the look-up and the write are one
 * write transaction (BEGIN IMMEDIATE on SQLite), so they take turns and all find the row the
 * first one made; the unique index on the name is the backstop for a store without transactions
 * (the loser of the race finds the winner's row and updates it).
 */
export function upsertConnection(store: Store, config: LocalConfig): string {
    const values = connectionValues(config)
    // The config file was checked already; this guards every other caller: a URL with a password
    // in it is never written, not even once before the core's own check refuses it.
    for (const column of ['tenant_url', 'token_url'] as const) {
        const url = values[column]
        if (typeof url === 'string' && hasUserInfo(url))
            throw new Error(`${column}: must not contain a user name or password (user@host); nothing was stored`)
    }
    const write = (): string => {
        const [existing] = store.query(CONNECTION.name, {
            where: [{ field: 'name', op: '=', value: config.name }],
            limit: 1,
        })
        const sysId = existing ? existing.sys_id : store.insert(CONNECTION.name, values)
        if (existing) store.update(CONNECTION.name, sysId, values)
        writeTypeRows(store, sysId, connectionTypeValues(config))
        return sysId
    }
    try {
        return store.atomically ? store.atomically(write) : write()
    } catch (error) {
        if (error instanceof StoreError && error.code === 'duplicate_key') return write()
        throw error
    }
}

/** The connection record as the instance would store it (text values), for the core's parser. */
function asStoredRecord(values: Readonly<Record<string, string | number | boolean | null>>): StoredRecord {
    const out: Record<string, string | null> = { sys_id: 'local' }
    for (const [k, v] of Object.entries(values)) {
        out[k] = v === null ? null : typeof v === 'boolean' ? (v ? '1' : '0') : String(v)
    }
    return out as StoredRecord
}

/** The connection record the file describes, as upsertConnection writes it: what ping and propose-mapping parse. */
export function connectionRecordOf(config: LocalConfig): StoredRecord {
    return asStoredRecord(connectionValues(config))
}
