import type { CodePartFields } from '../document-types/master-data-source'
import type { SourceField } from '../document-types/source-field'
import { SOURCE_PRESETS, SOURCE_PRESET_NAMES } from '../document-types/source-presets'
import type { MasterDataNames, SourcePresetName } from '../document-types/source-presets'
import { MappingProblems, join } from './mapping-reader'

export type MasterDataMappingResult = { ok: true; names: MasterDataNames } | { ok: false; errors: string[] }

const CODE_PART_SETS = ['glAccount', 'costCenter'] as const
const SETS = ['supplier', ...CODE_PART_SETS] as const
/** IFS accounting code parts are A..J; a letter beyond is no code part. */
const CODE_PART_LETTER = /^[A-J]$/

/**
 * The master-data names of a connection: a preset's, with the overrides
 * `{ fields?: { supplier?: { id?, name? }, glAccount?: { value?, ... }, costCenter?: ... },
 *    codeParts?: { glAccount?: 'A', costCenter?: 'B' } }` applied and checked. A field keeps the
 * preset's kind (the engine reads ids and names as text, validity bounds as dates).
 */
export function resolveMasterDataNames(input: { preset: string; overrides: unknown }): MasterDataMappingResult {
    const problems = new MappingProblems()
    const override = problems.objectAt('', input.overrides)
    if (override !== null) problems.knownKeys('', override, ['fields', 'codeParts'])
    const presetName = problems.choiceAt<SourcePresetName>('preset', input.preset, SOURCE_PRESET_NAMES)
    if (presetName === null) return { ok: false, errors: problems.errors }
    const preset = SOURCE_PRESETS[presetName].masterData
    const fields = problems.objectAt('fields', override?.fields)
    if (fields !== null) problems.knownKeys('fields', fields, SETS)
    const letters = codePartLetters(problems, override?.codeParts)
    const names: MasterDataNames = {
        supplier: {
            fields: renamed(problems, {
                path: 'fields.supplier',
                given: fields?.supplier,
                preset: preset.supplier.fields,
            }),
        },
        glAccount: codePartOf(problems, {
            set: 'glAccount',
            given: fields?.glAccount,
            letter: letters.glAccount,
            preset,
        }),
        costCenter: codePartOf(problems, {
            set: 'costCenter',
            given: fields?.costCenter,
            letter: letters.costCenter,
            preset,
        }),
    }
    if (names.glAccount.codePart === names.costCenter.codePart)
        problems.add('codeParts', `the GL account and the cost center are both code part ${names.glAccount.codePart}`)
    return problems.errors.length > 0 ? { ok: false, errors: problems.errors } : { ok: true, names }
}

function codePartOf(
    problems: MappingProblems,
    at: { set: (typeof CODE_PART_SETS)[number]; given: unknown; letter: string | undefined; preset: MasterDataNames }
): MasterDataNames['glAccount'] {
    const preset = at.preset[at.set]
    const fields: CodePartFields = renamed(problems, {
        path: join('fields', at.set),
        given: at.given,
        preset: preset.fields,
    })
    return { codePart: at.letter ?? preset.codePart, fields }
}

function codePartLetters(
    problems: MappingProblems,
    value: unknown
): Partial<Record<(typeof CODE_PART_SETS)[number], string>> {
    const given = problems.objectAt('codeParts', value)
    if (given === null) return {}
    problems.knownKeys('codeParts', given, CODE_PART_SETS)
    const out: Partial<Record<(typeof CODE_PART_SETS)[number], string>> = {}
    for (const set of CODE_PART_SETS) {
        const letter = given[set]
        if (letter === undefined) continue
        if (typeof letter === 'string' && CODE_PART_LETTER.test(letter)) out[set] = letter
        else problems.add(join('codeParts', set), 'must be one code-part letter, A to J')
    }
    return out
}

/** The preset's fields with the names given for some of them (each keeps its kind). */
function renamed<T extends { readonly [K in keyof T]: SourceField }>(
    problems: MappingProblems,
    at: { path: string; given: unknown; preset: T }
): T {
    const given = problems.objectAt(at.path, at.given)
    if (given === null) return at.preset
    const preset: Readonly<Record<string, SourceField>> = at.preset
    problems.knownKeys(at.path, given, Object.keys(preset))
    const out: Record<string, SourceField> = { ...preset }
    for (const key of Object.keys(preset)) {
        if (!(key in given)) continue
        const name = problems.nameAt(join(at.path, key), given[key])
        if (name !== null) out[key] = { name, kind: preset[key].kind }
    }
    return out as unknown as T
}
