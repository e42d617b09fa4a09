import type { ObjectType } from '../document-types/object-type'
import type {
    DocumentFields,
    DocumentSource,
    FieldKind,
    SourceField,
    SourceFieldName,
} from '../document-types/source-field'
import { SOURCE_PRESETS, SOURCE_PRESET_NAMES } from '../document-types/source-presets'
import type { SourcePresetName } from '../document-types/source-presets'
import { MappingProblems, join } from './mapping-reader'
import { resolveLineSource } from './line-source-mapping'
import { keysOf, namedFieldsOf, stampOf } from './source-field-reader'

export type SourceMappingResult = { ok: true; source: DocumentSource } | { ok: false; errors: string[] }

export interface SourceMappingInput {
    objectType: ObjectType
    /** The preset the connection uses; the override's own `preset` key wins. */
    preset: string
    /**
     * The override JSON (parsed): `{ preset?, stamp?, keys?, fields?, lines? }`; null or `{}` = the
     * preset as is (its lines not read: `lines` is `true` or an override to read them, line-source-mapping).
     */
    overrides: unknown
}

const OVERRIDE_KEYS = ['preset', 'stamp', 'keys', 'fields', 'lines'] as const
/** Canonical fields a type may leave unmapped (null): IFS has no such field for it. */
const NULLABLE: readonly SourceFieldName[] = ['dueDate', 'poReference']

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
    const source = sourceOf(problems, override ?? {}, { preset: presetName, objectType: input.objectType })
    if (problems.errors.length === 0) checkNamedOnce(problems, source)
    return problems.errors.length > 0 ? { ok: false, errors: problems.errors } : { ok: true, source }
}

/** The preset's names of one type with an override applied; `lines` only when the override reads them. */
function sourceOf(
    problems: MappingProblems,
    override: Readonly<Record<string, unknown>>,
    of: { preset: SourcePresetName; objectType: ObjectType }
): DocumentSource {
    const preset = SOURCE_PRESETS[of.preset].documents[of.objectType]
    const source: DocumentSource = {
        modified: stampOf(problems, override.stamp) ?? preset.modified,
        keys: keysOf(problems, override.keys) ?? preset.keys,
        fields: fieldsOf(problems, override.fields, preset.fields),
    }
    const lines = resolveLineSource(problems, override.lines, {
        preset: SOURCE_PRESETS[of.preset].lines[of.objectType],
        documentKeys: source.keys,
    })
    if (lines !== null) source.lines = lines
    return source
}

/** Canonical field → a name (keeps the preset's kind) or `{ name, kind }`; null unmaps an optional field. */
function fieldsOf(problems: MappingProblems, value: unknown, preset: DocumentFields): DocumentFields {
    return namedFieldsOf(problems, value, { preset, at: 'fields', nullable: NULLABLE, subject: 'document' })
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
