import { DOCUMENT_TYPES } from '../document-types/registry'
import { DOCUMENT_SOURCES } from '../ifs/source-fields'
import type { FieldProposal, SetProposal } from './propose-mapping'

/** The preset every proposal overrides (the registry's names). */
const PRESET = 'ifs_cloud'

type Json = { [key: string]: Json } | Json[] | string | number | boolean | null

/**
 * A proposal as the override JSON of the source-mapping format (`objects.<type>.source` of the
 * local config; per type, the connection type's `source_overrides` on the instance): only what
 * differs from the preset. Fields without a proposal keep the preset's name.
 */
export function proposalOverrides(sets: readonly SetProposal[]): { [key: string]: Json } {
    const objects: { [key: string]: Json } = {}
    const masterDataFields: { [key: string]: Json } = {}
    for (const set of sets) {
        if (set.problem !== null) continue
        if (set.objectType === null) {
            const renamed = renamedFields(set.fields)
            if (Object.keys(renamed).length > 0) masterDataFields[set.what] = renamed
            continue
        }
        const type = DOCUMENT_TYPES.find((t) => t.id === set.objectType)
        if (type) objects[type.localConfigKey] = { source: documentOverride(set) }
    }
    const out: { [key: string]: Json } = { objects }
    if (Object.keys(masterDataFields).length > 0) out.masterData = { fields: masterDataFields }
    return out
}

function documentOverride(set: SetProposal): { [key: string]: Json } {
    const preset = DOCUMENT_SOURCES[set.objectType!]
    const override: { [key: string]: Json } = { preset: PRESET }
    const stamp = set.fields.find((f) => f.canonical === 'stamp')
    if (stamp?.proposed && (stamp.proposed !== stamp.preset || stamp.type === 'Edm.DateTimeOffset'))
        override.stamp = {
            name: stamp.proposed,
            format: stamp.type === 'Edm.DateTimeOffset' ? 'datetimeoffset' : 'objversion',
        }
    const presetKeys = JSON.stringify(preset.keys.map((k) => [k.name, k.kind]))
    if (set.keys.length > 0 && JSON.stringify(set.keys.map((k) => [k.name, k.kind])) !== presetKeys)
        override.keys = set.keys.map((k) => ({ name: k.name, kind: k.kind }))
    const fields = renamedFields(set.fields.filter((f) => f.canonical !== 'stamp'))
    if (Object.keys(fields).length > 0) override.fields = fields
    return override
}

/** Canonical field → proposed name, for the fields whose proposal differs from the preset. */
function renamedFields(fields: readonly FieldProposal[]): { [key: string]: Json } {
    const out: { [key: string]: Json } = {}
    for (const f of fields) if (f.proposed !== null && f.proposed !== f.preset) out[f.canonical] = f.proposed
    return out
}

const SAY: Readonly<Record<FieldProposal['confidence'], string>> = {
    exact: 'same name',
    likely: 'likely: confirm',
    guess: 'a guess: check it in IFS before using it',
    none: 'no readable property alike: map it by hand',
}

/** Per set a heading (with the key `$metadata` declares), then one line per field: what is proposed, how sure. */
export function proposalNotes(sets: readonly SetProposal[]): string[] {
    const lines: string[] = []
    for (const set of sets) {
        const head = `${set.what} (${set.path})`
        if (set.problem !== null) {
            lines.push(`${head}: not proposed: ${set.problem}`)
            continue
        }
        const key = set.keys.length > 0 ? `, key ${set.keys.map((k) => `${k.name} (${k.kind})`).join(', ')}` : ''
        lines.push(`${head}${key}:`)
        for (const f of set.fields) lines.push(`  ${f.canonical}: ${fieldNote(f)}`)
    }
    return lines
}

/** Only what needs the admin: sets not looked at and fields without an equal name, one line each. */
export function attentionNotes(sets: readonly SetProposal[]): string[] {
    return sets.flatMap((set) =>
        set.problem !== null
            ? [`${set.what} (${set.path}): not proposed: ${set.problem}`]
            : set.fields
                  .filter((f) => f.confidence !== 'exact')
                  .map((f) => `${set.what}.${f.canonical}: ${fieldNote(f)}`)
    )
}

function fieldNote(f: FieldProposal): string {
    if (f.confidence === 'exact') return `${f.preset} (${f.type}), ${SAY.exact}`
    const to = f.proposed === null ? '' : ` -> ${f.proposed} (${f.type})`
    return `${f.preset}${to}, ${SAY[f.confidence]}`
}
