import { OBJECT_TYPES } from '../document-types/object-type'
import type { ObjectType } from '../document-types/object-type'
import type { LineSource } from '../document-types/line-source'
import type { DocumentSource } from '../document-types/source-field'
import { DEFAULT_SOURCE_PRESET, SOURCE_PRESETS, isSourcePresetName } from '../document-types/source-presets'
import type { MasterDataNames } from '../document-types/source-presets'
import type { ConfigError } from './config-error'
import { resolveMasterDataNames } from './master-data-mapping'
import { MappingProblems, isJsonObject } from './mapping-reader'
import { resolveSourceMapping } from './source-mapping'

/**
 * The connection column holding its source-mapping settings (IFS source mapping, JSON):
 * `{ "preset"?: "ifs_cloud", "objects"?: { "<object type>": <override> }, "masterData"?: { "fields"?, "codeParts"? } }`.
 * Absent or empty: the default preset's names. A type's row overrides (`source_overrides`) take
 * the place of `objects.<type>`; the local runner writes its file's master data here, its types'
 * overrides into their rows.
 */
export const SOURCE_MAPPING_FIELD = 'source_mapping'

export type ConnectionSources =
    | { ok: true; documents: Partial<Record<ObjectType, DocumentSource>>; masterData: MasterDataNames }
    | { ok: false; errors: ConfigError[] }

interface Settings {
    preset: string
    objects: Readonly<Record<string, unknown>>
    masterData: unknown
}

/**
 * The names of every given type and of the master data, each resolved and checked; errors name
 * their key. `types` are the active object types; `rowOverrides` each type's own overrides (the instance's
 * connection document type rows), which take the place of the field's `objects.<type>`.
 */
export function resolveConnectionSources(
    json: string | null,
    of: { types: readonly ObjectType[]; rowOverrides?: Partial<Record<ObjectType, string>> }
): ConnectionSources {
    const settings = settingsOf(json)
    if (!settings.ok) return { ok: false, errors: [{ field: SOURCE_MAPPING_FIELD, message: settings.message }] }
    const { preset, objects, masterData } = settings.value
    const errors: ConfigError[] = []
    const at = (prefix: string, messages: readonly string[]) =>
        errors.push(...messages.map((m) => ({ field: SOURCE_MAPPING_FIELD, message: `${prefix}: ${m}` })))
    const known = new MappingProblems()
    known.knownKeys('objects', objects, OBJECT_TYPES)
    errors.push(...known.errors.map((message) => ({ field: SOURCE_MAPPING_FIELD, message })))
    const master = resolveMasterDataNames({ preset, overrides: masterData })
    if (!master.ok) at('masterData', master.errors)
    const names = master.ok ? master.names : SOURCE_PRESETS[DEFAULT_SOURCE_PRESET].masterData
    const documents: Partial<Record<ObjectType, DocumentSource>> = {}
    for (const objectType of of.types) {
        const own = of.rowOverrides?.[objectType]
        const given = own === undefined ? objects[objectType] : parsedJson(own)
        const overrides = withCodePartFields(given, { preset, names, objectType })
        const resolved = resolveSourceMapping({ objectType, preset, overrides })
        if (resolved.ok) documents[objectType] = resolved.source
        else at(`objects.${objectType}`, resolved.errors)
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, documents, masterData: names }
}

function settingsOf(json: string | null): { ok: true; value: Settings } | { ok: false; message: string } {
    const raw = parsedJson(json)
    if (raw === undefined) return { ok: false, message: 'is not JSON' }
    if (raw === null) return { ok: true, value: { preset: DEFAULT_SOURCE_PRESET, objects: {}, masterData: null } }
    if (!isJsonObject(raw)) return { ok: false, message: 'must be a JSON object' }
    const { preset, objects, masterData, ...rest } = raw
    const unknown = Object.keys(rest)
    if (unknown.length > 0) return { ok: false, message: `unknown key(s) ${unknown.join(', ')}` }
    if (objects !== undefined && !isJsonObject(objects)) return { ok: false, message: 'objects must be a JSON object' }
    return {
        ok: true,
        value: {
            preset: typeof preset === 'string' ? preset : DEFAULT_SOURCE_PRESET,
            objects: objects ?? {},
            masterData: masterData ?? null,
        },
    }
}

/** null for an empty field, undefined for text that is not JSON. */
function parsedJson(json: string | null): unknown {
    if (json === null || json.trim() === '') return null
    try {
        return JSON.parse(json) as unknown
    } catch {
        return undefined
    }
}

/**
 * A connection that moves the GL account or cost center to another code part reads the documents'
 * `Code<letter>` field for it, unless its override names that field itself; its lines' and
 * posting rows' coding too, when it reads lines.
 */
function withCodePartFields(
    overrides: unknown,
    at: { preset: string; names: MasterDataNames; objectType: ObjectType }
): unknown {
    const given = overrides ?? {}
    if (!isSourcePresetName(at.preset) || !isJsonObject(given)) return overrides
    // Only types coded by GL account and cost center (a receipt has neither).
    const coded = 'glAccount' in SOURCE_PRESETS[at.preset].documents[at.objectType].fields
    const added = coded ? movedCodeParts(given.fields, at) : null
    const lines = linesWithCodeParts(given, at)
    if (added === null && lines === given.lines) return overrides
    const fields = added === null ? given.fields : { ...added, ...(given.fields as object) }
    return { ...given, ...(fields === undefined ? {} : { fields }), ...(lines === undefined ? {} : { lines }) }
}

/**
 * The override's `lines` with moved code parts. Lines absent are read by default (unless the
 * override changed the document's keys, see resolveLineSource): moved code parts follow into them
 * as into lines asked for with `true`; nothing moved leaves `lines` as given.
 */
function linesWithCodeParts(
    given: Readonly<Record<string, unknown>>,
    at: { preset: string; names: MasterDataNames; objectType: ObjectType }
): unknown {
    const presetLines = isSourcePresetName(at.preset) ? SOURCE_PRESETS[at.preset].lines[at.objectType] : undefined
    if (!presetLines) return given.lines
    const asked = given.lines === undefined && given.keys === undefined ? true : given.lines
    const moved = withLineCodeParts(asked, at, presetLines)
    return moved === asked ? given.lines : moved
}

/** `{ glAccount: 'CodeC' }` for each code part the connection moved and `fields` does not name; null when none. */
function movedCodeParts(
    fields: unknown,
    at: { preset: string; names: MasterDataNames }
): Record<string, string> | null {
    const given = fields ?? {}
    if (!isSourcePresetName(at.preset) || !isJsonObject(given)) return null
    const preset = SOURCE_PRESETS[at.preset].masterData
    const added: Record<string, string> = {}
    for (const set of ['glAccount', 'costCenter'] as const) {
        const letter = at.names[set].codePart
        if (!(set in given) && letter !== preset[set].codePart) added[set] = `Code${letter}`
    }
    return Object.keys(added).length === 0 ? null : added
}

/** The `lines` override with moved code parts in its fields and its postings' fields (where those are coded). */
function withLineCodeParts(
    lines: unknown,
    at: { preset: string; names: MasterDataNames },
    preset: LineSource
): unknown {
    if (lines !== true && !isJsonObject(lines)) return lines
    const given: Readonly<Record<string, unknown>> = lines === true ? {} : lines
    const out: Record<string, unknown> = { ...given }
    // Only where the preset codes: a line coded by posting rows has no code field of its own.
    const own = preset.fields.glAccount === null ? null : movedCodeParts(given.fields, at)
    if (own !== null) out.fields = { ...own, ...(given.fields as object) }
    const postings = preset.postings === null ? null : withPostingCodeParts(given.postings, at)
    if (postings !== null) out.postings = postings
    return own !== null || postings !== null ? out : lines
}

/** The `postings` override with moved code parts; null when nothing moved (or it is not an object). */
function withPostingCodeParts(
    postings: unknown,
    at: { preset: string; names: MasterDataNames }
): Record<string, unknown> | null {
    if (postings !== undefined && !isJsonObject(postings)) return null
    const given: Readonly<Record<string, unknown>> = postings ?? {}
    const moved = movedCodeParts(given.fields, at)
    return moved === null ? null : { ...given, fields: { ...moved, ...(given.fields as object) } }
}
