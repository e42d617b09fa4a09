import type { FieldKind, KeyField, SourceField, StampField } from '../document-types/source-field'
import { dateTimeOffsetStamp, objversionStamp } from '../document-types/source-field'
import { MappingProblems, join } from './mapping-reader'

// Reading the parts of a source-mapping override (a stamp, key fields, a group of named fields),
// shared by the document's resolver (source-mapping) and its lines' (line-source-mapping).

const STAMP_FORMATS: readonly StampField['format'][] = ['objversion', 'datetimeoffset']
const KEY_KINDS: readonly KeyField['kind'][] = ['string', 'number']
const FIELD_KINDS: readonly FieldKind[] = ['string', 'number', 'date', 'datetime']

/** `{ name, format }`: the format says how to compare and move the stamp, so it is required. */
export function stampOf(problems: MappingProblems, value: unknown, at = 'stamp'): StampField | null {
    const stamp = problems.objectAt(at, value)
    if (stamp === null) return null
    problems.knownKeys(at, stamp, ['name', 'format'])
    const name = problems.nameAt(join(at, 'name'), stamp.name)
    if (stamp.format === undefined) {
        problems.add(join(at, 'format'), `a stamp needs a format: ${STAMP_FORMATS.join(' or ')}`)
        return null
    }
    const format = problems.choiceAt(join(at, 'format'), stamp.format, STAMP_FORMATS)
    if (name === null || format === null) return null
    return format === 'objversion' ? objversionStamp(name) : dateTimeOffsetStamp(name)
}

/** `[{ name, kind }]`, at least one, each kind text or number. */
export function keysOf(problems: MappingProblems, value: unknown, at = 'keys'): KeyField[] | null {
    if (value === undefined || value === null) return null
    if (!Array.isArray(value) || value.length === 0) {
        problems.add(at, 'must be a non-empty list of { "name", "kind" } (kind string or number)')
        return null
    }
    const keys: KeyField[] = []
    value.forEach((item: unknown, i) => {
        const path = join(at, i)
        const key = problems.objectAt(path, item ?? 'null')
        if (key === null) return
        problems.knownKeys(path, key, ['name', 'kind'])
        const name = problems.nameAt(join(path, 'name'), key.name)
        const kind = problems.choiceAt(join(path, 'kind'), key.kind, KEY_KINDS)
        if (name !== null && kind !== null) keys.push({ name, kind })
    })
    return keys.length === value.length ? keys : null
}

/**
 * A group of canonical fields (a document's, a line's, a posting's) with its overrides applied:
 * each a name (keeps the preset's kind) or `{ name, kind }`; null unmaps a `nullable` one.
 */
export function namedFieldsOf<F extends object>(
    problems: MappingProblems,
    value: unknown,
    group: { preset: F; at: string; nullable: readonly string[]; subject: string }
): F {
    const given = problems.objectAt(group.at, value)
    if (given === null) return group.preset
    const preset = group.preset as Readonly<Record<string, SourceField | null>>
    const canonical = Object.keys(preset)
    problems.knownKeys(group.at, given, canonical)
    const fields: Record<string, SourceField | null> = { ...preset }
    for (const name of canonical)
        if (name in given)
            fields[name] = fieldOf(problems, {
                path: join(group.at, name),
                value: given[name],
                preset: preset[name],
                nullable: group.nullable.includes(name),
                subject: group.subject,
            })
    return fields as F
}

function fieldOf(
    problems: MappingProblems,
    at: { path: string; value: unknown; preset: SourceField | null; nullable: boolean; subject: string }
): SourceField | null {
    const path = at.path
    if (at.value === null) {
        if (!at.nullable) problems.add(path, `is required for every ${at.subject}; name its IFS field`)
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
