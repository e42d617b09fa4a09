import { resolveConnectionSources } from '../../server/core/config/connection-sources'
import { DOCUMENT_TYPES } from '../../server/core/document-types/registry'
import type { ObjectType } from '../../server/core/document-types/object-type'
import type { LocalConfig } from './local-config'

// The config file's source mapping on its way to the engine, by the admin's own path: each
// `objects.<type>.source` becomes that type's row's IFS field overrides (`source_overrides`), the
// master-data names and letters the connection's IFS source mapping column (`source_mapping`).
// The engine reads both from the rows, as it does on the instance.

/** The connection's source-mapping column for the file: its master data; null when it overrides nothing. */
export function sourceMappingJson(config: LocalConfig): string | null {
    const { fields, codeParts } = config.masterData
    if (fields === undefined && codeParts === undefined) return null
    return JSON.stringify({ masterData: { fields, codeParts } })
}

/**
 * The IFS field overrides column of one type's row: the file's `source`, for an enabled type only
 * (a switched-off type is neither read nor checked, and its row keeps no stale override).
 */
export function sourceOverridesJson(config: LocalConfig, objectType: ObjectType): string | null {
    const type = DOCUMENT_TYPES.find((t) => t.id === objectType)
    const settings = type === undefined ? undefined : config.objects[type.localConfigKey]
    if (settings === undefined || !settings.enabled || settings.source === undefined) return null
    return JSON.stringify(settings.source)
}

/**
 * The file's mapping checked exactly as the engine will check the rows it is written to (the same
 * resolver, the same code-part rule), each problem named by the file's key: `objects.supplierInvoices.source:
 * stamp.format: …`, `masterData: codeParts.glAccount: …`.
 */
export function sourceMappingProblems(config: LocalConfig): string[] {
    const enabled = DOCUMENT_TYPES.filter((t) => config.objects[t.localConfigKey].enabled).map((t) => t.id)
    const rowOverrides: Partial<Record<ObjectType, string>> = {}
    for (const id of enabled) {
        const json = sourceOverridesJson(config, id)
        if (json !== null) rowOverrides[id] = json
    }
    const resolved = resolveConnectionSources(sourceMappingJson(config), { types: enabled, rowOverrides })
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
