import type { ObjectType } from '../document-types/object-type'
import type {
    DocumentSource,
    FieldKind,
    KeyField,
    SourceField,
    SourceFields,
    StampField,
} from '../document-types/source-field'
import { dateTimeOffsetStamp, objversionStamp } from '../document-types/source-field'
import { SOURCE_PRESETS, SOURCE_PRESET_NAMES } from '../document-types/source-presets'
import type { SourcePresetName } from '../document-types/source-presets'
import { MappingProblems, join } from './mapping-reader'

export type SourceMappingResult = { ok: true; source: DocumentSource } | { ok: false; errors: string[] }

export interface SourceMappingInput {
    objectType: ObjectType
    /** The preset the connection uses; the override's own `preset` key wins. */
    preset: string
    /** The override JSON (parsed): `{ preset?, stamp?, keys?, fields? }`; null or `{}` = the preset as is. */
    overrides: unknown
}

const OVERRIDE_KEYS = ['preset', 'stamp', 'keys', 'fields'] as const
const STAMP_FORMATS: readonly StampField['format'][] = ['objversion', 'datetimeoffset']
const KEY_KINDS: readonly KeyField['kind'][] = ['string', 'number']
const FIELD_KINDS: readonly FieldKind[] = ['string', 'number', 'date', 'datetime']
/** Canonical fields a type may leave unmapped (null): IFS has no such field for it. */
const NULLABLE: readonly (keyof SourceFields)[] = ['dueDate', 'poReference']

/**
 * One document type's source mapping: a preset with an admin's overrides applied, checked. The
 * single check of an override: the local config file and the instance's save rule both call it,
 * so both refuse the same things in the same words (every error names the key it is at).
 */
export function resolveSourceMapping(input: SourceMappingInput): SourceMappingResult {
    const problems = new MappingProblems()
    const override = problems.objectAt('', input.overrides)
    if (override !== null) problems.knownKeys('', override, OVERRIDE_KEYS)
    const presetName = problems.choiceAt<SourcePresetName>(
        'preset',
        override?.preset ?? input.preset,
        SOURCE_PRESET_NAMES
    )
    if (presetName === null) return { ok: false, errors: problems.errors }
    const preset = SOURCE_PRESETS[presetName].documents[input.objectType]
    const source: DocumentSource = {
        modified: stampOf(problems, override?.stamp) ?? preset.modified,
        keys: keysOf(problems, override?.keys) ?? preset.keys,
        fields: fieldsOf(problems, override?.fields, preset.fields),
    }
    if (problems.errors.length === 0) checkNamedOnce(problems, source)
    return problems.errors.length > 0 ? { ok: false, errors: problems.errors } : { ok: true, source }
}

/** `{ name, format }`: the format says how to compare and move the stamp, so it is required. */
function stampOf(problems: MappingProblems, value: unknown): StampField | null {
    const stamp = problems.objectAt('stamp', value)
    if (stamp === null) return null
    problems.knownKeys('stamp', stamp, ['name', 'format'])
    const name = problems.nameAt('stamp.name', stamp.name)
    if (stamp.format === undefined) {
        problems.add('stamp.format', `a stamp needs a format: ${STAMP_FORMATS.join(' or ')}`)
        return null
    }
    const format = problems.choiceAt('stamp.format', stamp.format, STAMP_FORMATS)
    if (name === null || format === null) return null
    return format === 'objversion' ? objversionStamp(name) : dateTimeOffsetStamp(name)
}

/** `[{ name, kind }]`, at least one, each kind text or number. */
function keysOf(problems: MappingProblems, value: unknown): KeyField[] | null {
    if (value === undefined || value === null) return null
    if (!Array.isArray(value) || value.length === 0) {
        problems.add('keys', 'must be a non-empty list of { "name", "kind" } (kind string or number)')
        return null
    }
    const keys: KeyField[] = []
    value.forEach((item: unknown, i) => {
        const path = join('keys', i)
        const key = problems.objectAt(path, item ?? 'null')
        if (key === null) return
        problems.knownKeys(path, key, ['name', 'kind'])
        const name = problems.nameAt(join(path, 'name'), key.name)
        const kind = problems.choiceAt(join(path, 'kind'), key.kind, KEY_KINDS)
        if (name !== null && kind !== null) keys.push({ name, kind })
    })
    return keys.length === value.length ? keys : null
}

/** Canonical field → a name (keeps the preset's kind) or `{ name, kind }`; null unmaps an optional field. */
function fieldsOf(problems: MappingProblems, value: unknown, preset: SourceFields): SourceFields {
    const given = problems.objectAt('fields', value)
    if (given === null) return preset
    const canonical = Object.keys(preset) as (keyof SourceFields)[]
    problems.knownKeys('fields', given, canonical)
    const fields: Record<string, SourceField | null> = { ...preset }
    for (const name of canonical)
        if (name in given) fields[name] = fieldOf(problems, { name, value: given[name], preset: preset[name] })
    return fields as unknown as SourceFields
}

function fieldOf(
    problems: MappingProblems,
    at: { name: keyof SourceFields; value: unknown; preset: SourceField | null }
): SourceField | null {
    const path = join('fields', at.name)
    if (at.value === null) {
        if (!NULLABLE.includes(at.name)) problems.add(path, 'is required for every document; name its IFS field')
        return null
    }
    if (typeof at.value === 'string') {
        const name = problems.nameAt(path, at.value)
        if (at.preset === null && name !== null)
            problems.add(path, 'the preset has no field here, so give its kind too: { "name", "kind" }')
        return name === null || at.preset === null ? at.preset : { name, kind: at.preset.kind }
    }
    const field = problems.objectAt(path, at.value)
    if (field === null) return at.preset
    problems.knownKeys(path, field, ['name', 'kind'])
    const name = problems.nameAt(join(path, 'name'), field.name)
    const kind = problems.choiceAt(join(path, 'kind'), field.kind, FIELD_KINDS)
    return name === null || kind === null ? at.preset : { name, kind }
}

/**
 * A name used twice: two canonical fields (or two keys) on one IFS field is a slip, not a
 * mapping; one IFS field read with two kinds (a key as text, a field as number) cannot be both.
 */
function checkNamedOnce(problems: MappingProblems, source: DocumentSource): void {
    const kinds = new Map<string, { kind: FieldKind; at: string }>()
    const seen = (name: string, kind: FieldKind, at: string): void => {
        const before = kinds.get(name)
        if (before === undefined) kinds.set(name, { kind, at })
        else if (before.kind !== kind)
            problems.add(at, `"${name}" is read as ${before.kind} at ${before.at} and as ${kind} here`)
    }
    seen(source.modified.name, source.modified.kind, 'stamp')
    duplicates(
        problems,
        'keys',
        source.keys.map((k, i) => [join('keys', i), k])
    )
    source.keys.forEach((k, i) => seen(k.name, k.kind, join('keys', i)))
    if (source.keys.some((k) => k.name === source.modified.name))
        problems.add('stamp', `"${source.modified.name}" is also a key field; the stamp must be a field of its own`)
    const fields = Object.entries(source.fields).filter((e): e is [string, SourceField] => e[1] !== null)
    duplicates(
        problems,
        'fields',
        fields.map(([name, f]) => [join('fields', name), f])
    )
    for (const [name, f] of fields) seen(f.name, f.kind, join('fields', name))
}

/** Each IFS name at most once within one group (the keys, or the canonical fields). */
function duplicates(problems: MappingProblems, group: string, entries: readonly [string, SourceField][]): void {
    const first = new Map<string, string>()
    for (const [at, field] of entries) {
        const earlier = first.get(field.name)
        if (earlier === undefined) first.set(field.name, at)
        else problems.add(at, `"${field.name}" is named twice in ${group} (also at ${earlier})`)
    }
}
