import { SOURCE_MAPPING_FIELD, resolveConnectionSources } from '../../server/core/config/connection-sources'
import { DOCUMENT_TYPES } from '../../server/core/document-types/registry'
import type { Store, StoredRecord } from '../../server/ports/store'
import { CONNECTION } from '../../tables'
import { ForwardingStore } from '../store/forwarding-store'
import { asStoredRecord, connectionValues } from './connection-row'
import type { LocalConfig } from './local-config'

// The config file's source mapping (`objects.<type>.source`, `masterData.fields`/`codeParts`) on
// its way to the engine. The engine reads it from the connection record's source-mapping field
// (core/config/connection-sources), like every other setting; the SQLite stand-in has no such
// column, so the runner adds the field to the connection rows it reads back.

/** The record field's JSON for the file's mapping; null when the file overrides nothing. */
export function sourceMappingJson(config: LocalConfig): string | null {
    const objects: Record<string, unknown> = {}
    for (const { id, localConfigKey } of DOCUMENT_TYPES) {
        const source = config.objects[localConfigKey].source
        if (source !== undefined) objects[id] = source
    }
    const { fields, codeParts } = config.masterData
    const masterData = fields === undefined && codeParts === undefined ? undefined : { fields, codeParts }
    if (Object.keys(objects).length === 0 && masterData === undefined) return null
    return JSON.stringify({ objects, masterData })
}

/**
 * The file's mapping checked exactly as the engine will check it (the same resolver, the same
 * code-part rule), each problem named by the file's key: `objects.supplierInvoices.source:
 * stamp.format: …`, `masterData: codeParts.glAccount: …`.
 */
export function sourceMappingProblems(config: LocalConfig): string[] {
    const enabled = DOCUMENT_TYPES.filter((t) => config.objects[t.localConfigKey].enabled).map((t) => t.id)
    const resolved = resolveConnectionSources(sourceMappingJson(config), { types: enabled })
    if (resolved.ok) return []
    return resolved.errors.map((e) => fileKeyed(e.message))
}

/** `objects.supplier_invoice: …` (the engine's words) → `objects.supplierInvoices.source: …` (the file's key). */
function fileKeyed(message: string): string {
    for (const { id, localConfigKey } of DOCUMENT_TYPES) {
        const prefix = `objects.${id}: `
        if (message.startsWith(prefix)) return `objects.${localConfigKey}.source: ${message.slice(prefix.length)}`
    }
    return message
}

/** The connection row as the engine reads it: with the file's source mapping in its field. */
function withSourceMapping(record: StoredRecord, json: string | null): StoredRecord {
    return json === null ? record : { ...record, [SOURCE_MAPPING_FIELD]: json }
}

/** The connection record the file describes, with its source mapping: what ping and propose-mapping parse. */
export function connectionRecordOf(config: LocalConfig): StoredRecord {
    return withSourceMapping(asStoredRecord(connectionValues(config)), sourceMappingJson(config))
}

/** Adds the file's source mapping to every connection row read through it. */
export class SourceMappingStore extends ForwardingStore {
    constructor(
        inner: Store,
        private readonly json: string | null
    ) {
        super(inner)
    }

    override get(table: string, sysId: string): StoredRecord | null {
        const record = super.get(table, sysId)
        return record !== null && table === CONNECTION.name ? withSourceMapping(record, this.json) : record
    }

    override query(...args: Parameters<Store['query']>): StoredRecord[] {
        const rows = super.query(...args)
        return args[0] === CONNECTION.name ? rows.map((r) => withSourceMapping(r, this.json)) : rows
    }
}
