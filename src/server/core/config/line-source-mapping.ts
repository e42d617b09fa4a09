import type { LineFields, LineSource, PostingSource } from '../document-types/line-source'
import type { KeyField } from '../document-types/source-field'
import { isEntitySetPath } from './connection-rules'
import { MappingProblems, isJsonObject, join } from './mapping-reader'
import { keysOf, namedFieldsOf, stampOf } from './source-field-reader'

const LINE_KEYS = ['entitySet', 'stamp', 'keys', 'parentKeys', 'fields', 'postings'] as const
const POSTING_KEYS = ['entitySet', 'keys', 'parentKeys', 'lineKey', 'fields'] as const
/** Line fields a type may leave unmapped: everything but what a line cannot be without. */
const LINE_NULLABLE: readonly (keyof LineFields)[] = [
    'releaseNumber',
    'description',
    'unitPrice',
    'quantityReceived',
    'quantityInvoiced',
    'state',
    'glAccount',
    'costCenter',
    'poOrderNumber',
    'poLineNumber',
    'poReleaseNumber',
]

/**
 * Whether a type's lines are read when its override does not say (`lines` absent): on, the
 * targets stage lines (issue 18). A field map preset without line tables (`brief`, `s2p_tables`)
 * reads none whatever this says (connection-types: partitionOf).
 */
const READ_LINES_BY_DEFAULT: boolean = true

/**
 * The `lines` key of a type's source override. Absent or `true` reads the lines under the
 * preset's names (absent: only where they pair with the document's keys, see below); `false` or
 * null keep the document its header alone; an object reads them with its names applied over the
 * preset's:
 * `{ entitySet?, stamp?, keys?, parentKeys?, fields?, postings? }` (postings:
 * `{ entitySet?, keys?, parentKeys?, lineKey?, fields? }`, or null when lines carry their coding).
 */
export function resolveLineSource(
    problems: MappingProblems,
    value: unknown,
    of: { preset: LineSource | undefined; documentKeys: readonly KeyField[] }
): LineSource | null {
    const wanted = asked(value, of)
    if (wanted === false) return null
    if (of.preset === undefined) {
        problems.add('lines', 'this document type has no lines in IFS')
        return null
    }
    if (wanted === true) {
        // Asked for: keys an override changed (text instead of a number) would leave every line
        // unattached, so the preset's lines are checked against them too.
        checkLines(problems, of.preset, of.documentKeys)
        return of.preset
    }
    const given = problems.objectAt('lines', wanted)
    if (given === null) return null
    problems.knownKeys('lines', given, LINE_KEYS)
    const preset = of.preset
    const lines: LineSource = {
        entitySet: entitySetOf(problems, 'lines.entitySet', given.entitySet) ?? preset.entitySet,
        modified: given.stamp === null ? null : (stampOf(problems, given.stamp, 'lines.stamp') ?? preset.modified),
        keys: keysOf(problems, given.keys, 'lines.keys') ?? preset.keys,
        parentKeys: keysOf(problems, given.parentKeys, 'lines.parentKeys') ?? preset.parentKeys,
        fields: namedFieldsOf(problems, given.fields, {
            preset: preset.fields,
            at: 'lines.fields',
            nullable: LINE_NULLABLE,
            subject: 'line',
        }),
        postings: postingsOf(problems, given, preset.postings),
    }
    checkLines(problems, lines, of.documentKeys)
    return lines
}

/**
 * The override's `lines` with absent, null and false settled: false (not read), true, or the
 * override. Absent reads them by default, unless the override changed the document's keys so the
 * preset's lines could not be attached (every document would stage without them): the document
 * then stays its header alone until the override names its lines (`lines: {...}`).
 */
function asked(value: unknown, of: { preset: LineSource | undefined; documentKeys: readonly KeyField[] }): unknown {
    if (value === undefined)
        return READ_LINES_BY_DEFAULT && of.preset !== undefined && pairs(of.preset.parentKeys, of.documentKeys)
    return value === null ? false : value
}

function entitySetOf(problems: MappingProblems, path: string, value: unknown): string | null {
    if (value === undefined) return null
    if (typeof value === 'string' && isEntitySetPath(value)) return value
    problems.add(path, 'must look like <Projection>.svc/<EntitySet>')
    return null
}

/** `postings: null` says the lines carry their own coding; absent keeps the preset's. */
function postingsOf(
    problems: MappingProblems,
    lines: Readonly<Record<string, unknown>>,
    preset: PostingSource | null
): PostingSource | null {
    if (!('postings' in lines)) return preset
    const value = lines.postings
    if (value === null) return null
    if (preset === null) {
        problems.add(
            'lines.postings',
            'the preset has no posting rows for these lines; name their coding in lines.fields'
        )
        return null
    }
    if (!isJsonObject(value)) {
        problems.add('lines.postings', 'must be a JSON object, or null when the lines carry their own coding')
        return preset
    }
    problems.knownKeys('lines.postings', value, POSTING_KEYS)
    const lineKey = namedFieldsOf(problems, value.lineKey === undefined ? undefined : { lineKey: value.lineKey }, {
        preset: { lineKey: preset.lineKey },
        at: 'lines.postings',
        nullable: [],
        subject: 'posting row',
    }).lineKey
    return {
        entitySet: entitySetOf(problems, 'lines.postings.entitySet', value.entitySet) ?? preset.entitySet,
        keys: keysOf(problems, value.keys, 'lines.postings.keys') ?? preset.keys,
        parentKeys: keysOf(problems, value.parentKeys, 'lines.postings.parentKeys') ?? preset.parentKeys,
        lineKey,
        fields: namedFieldsOf(problems, value.fields, {
            preset: preset.fields,
            at: 'lines.postings.fields',
            nullable: [],
            subject: 'posting row',
        }),
    }
}

/**
 * What makes lines attachable and codable: parent keys pair with the document's keys (same
 * number, same kinds), and every line is coded, on itself or by posting rows.
 */
function checkLines(problems: MappingProblems, lines: LineSource, documentKeys: readonly KeyField[]): void {
    checkParentKeys(problems, 'lines.parentKeys', lines.parentKeys, documentKeys)
    if (lines.postings) checkParentKeys(problems, 'lines.postings.parentKeys', lines.postings.parentKeys, documentKeys)
    const { glAccount, costCenter } = lines.fields
    if (lines.postings === null && (glAccount === null || costCenter === null))
        problems.add('lines.fields', 'lines without posting rows carry their own coding: name glAccount and costCenter')
}

/** Whether line parent keys pair with the document's keys: same number, same kinds. */
function pairs(parentKeys: readonly KeyField[], documentKeys: readonly KeyField[]): boolean {
    return parentKeys.length === documentKeys.length && parentKeys.every((k, i) => k.kind === documentKeys[i].kind)
}

function checkParentKeys(
    problems: MappingProblems,
    path: string,
    parentKeys: readonly KeyField[],
    documentKeys: readonly KeyField[]
): void {
    const expected = documentKeys.map((k) => `${k.name} (${k.kind})`).join(', ')
    if (parentKeys.length !== documentKeys.length) {
        problems.add(path, `must name the document's key in ${documentKeys.length} field(s), like ${expected}`)
        return
    }
    parentKeys.forEach((k, i) => {
        if (k.kind !== documentKeys[i].kind)
            problems.add(
                join(path, i),
                `is ${k.kind}, but the document's key ${documentKeys[i].name} is ${documentKeys[i].kind}`
            )
    })
}
