import type { Digest } from '../../ports/digest'
import type { CanonicalDocument } from '../domain/canonical-document'
import type { LineMap } from '../document-types/field-map'
import type { LineState } from '../document-types/line-fields'
import type { ColumnInfo } from '../../ports/platform'
import type { FieldValue } from '../../ports/store'
import { removedLine } from './line-values'
import type { LineContext } from './line-values'
import { payloadHash } from './payload-hash'
import type { Problem } from './problem'
import type { StagingKey } from './staging-key'
import { buildTargetValues } from './target-record'
import type { TargetTable, TargetValues } from './target-record'

/** One line row ready to be written: its number, connector key, values and their hash. */
export interface ReadyLine {
    lineNumber: string
    reference: string
    state: LineState
    values: TargetValues
    /** Of the values without the header record's sys_id (not known before the header is written). */
    hash: string
}

/** A page's line table: the line map, the table as the instance describes it (null: it does not exist). */
export interface LineTarget {
    map: LineMap
    columns: ReadonlyMap<string, ColumnInfo> | null
}

/**
 * A line's connector key: the document's staging key and the line number, so a line row is found
 * again by its document and number alone (crash repair, re-stage).
 */
function lineReference(key: StagingKey, lineNumber: string): string {
    return `${key}:${lineNumber}`
}

export type LineBuild = { kind: 'ok'; lines: ReadyLine[] } | { kind: 'rejected'; problems: Problem[] }

function stateOf(closed: boolean): LineState {
    return closed ? 'closed' : 'open'
}

/** Every line of a document as rows of the line table, or every problem, each naming its line. */
export function buildLines(
    doc: CanonicalDocument,
    key: StagingKey,
    target: TargetTable & { lines: LineTarget },
    digest: Digest
): LineBuild {
    const { columns } = target.lines
    if (columns === null)
        return {
            kind: 'rejected',
            problems: [
                {
                    reason: 'target_rejected',
                    message: `Line table ${target.lines.map.defaultTable} does not exist on this instance; the document's ${doc.lines.length} line(s) cannot be staged. Install its plugin or deactivate the line rows in Target field mappings.`,
                },
            ],
        }
    const problems: Problem[] = []
    const lines: ReadyLine[] = []
    const seen = new Set<string>()
    for (const line of doc.lines) {
        if (seen.has(line.lineNumber)) {
            problems.push({
                reason: 'invalid_value',
                message: `Line ${line.lineNumber} appears twice in the document.`,
            })
            continue
        }
        seen.add(line.lineNumber)
        const built = lineRow({ doc, key }, target, { line, state: stateOf(line.closed) }, digest)
        if (built.kind === 'ok') lines.push(built.line)
        else problems.push(...built.problems)
    }
    return problems.length > 0 ? { kind: 'rejected', problems } : { kind: 'ok', lines }
}

/** The row that marks a line IFS no longer has: its number, quantity and amount 0, state removed. */
export function removedLineRow(
    of: LineOwner & { lineNumber: string },
    target: TargetTable & { lines: LineTarget },
    digest: Digest
): { kind: 'ok'; line: ReadyLine } | { kind: 'rejected'; problems: Problem[] } {
    const line = removedLine(of.lineNumber, of.doc.modified)
    return lineRow(of, target, { line, state: 'removed' }, digest)
}

/** The document a line row belongs to, and its staging key. */
export interface LineOwner {
    doc: CanonicalDocument
    key: StagingKey
}

function lineRow(
    { doc, key }: LineOwner,
    target: TargetTable & { lines: LineTarget },
    at: Pick<LineContext, 'line' | 'state'>,
    digest: Digest
): { kind: 'ok'; line: ReadyLine } | { kind: 'rejected'; problems: Problem[] } {
    const { map, columns } = target.lines
    const reference = lineReference(key, at.line.lineNumber)
    const line: LineContext = { ...at, reference, headerRecord: null }
    const built = buildTargetValues(doc, key, {
        ...target,
        map: { ...target.map, columns: map.columns },
        table: map.defaultTable,
        columns: columns ?? new Map(),
        line,
    })
    if (built.kind === 'rejected')
        return {
            kind: 'rejected',
            problems: built.problems.map((p) => ({ ...p, message: `Line ${at.line.lineNumber}: ${p.message}` })),
        }
    const hashed = withoutColumns(built.values, headerRecordColumns(map))
    return {
        kind: 'ok',
        line: {
            lineNumber: at.line.lineNumber,
            reference,
            state: at.state,
            values: built.values,
            hash: payloadHash(hashed, digest),
        },
    }
}

/** Per line map: every line of every page asks, and a map's columns do not change within a run. */
const HEADER_RECORD_COLUMNS = new WeakMap<LineMap, readonly string[]>()

/** Columns that take the header's own record (filled once it is written). */
export function headerRecordColumns(map: LineMap): readonly string[] {
    let columns = HEADER_RECORD_COLUMNS.get(map)
    if (columns === undefined) {
        columns = map.columns.flatMap((c) =>
            c.source.kind === 'line' && c.source.field === 'headerRecord' ? [c.column] : []
        )
        HEADER_RECORD_COLUMNS.set(map, columns)
    }
    return columns
}

/**
 * A copy of `values` without `columns` (copying beats deleting: a deleted property turns the copy
 * into a slow dictionary object, and the hash reads every property of it).
 */
function withoutColumns(values: TargetValues, columns: readonly string[]): TargetValues {
    if (columns.length === 0) return { ...values }
    const out: Record<string, FieldValue> = {}
    for (const name of Object.keys(values)) if (!columns.includes(name)) out[name] = values[name]
    return out
}

/**
 * The document's hash: its header values' hash alone when it has no lines (as before lines were
 * staged), else the header's and every line's, lines in line-number order — a changed line changes
 * it, the order IFS lists lines in does not.
 */
export function documentHash(headerHash: string, lines: readonly ReadyLine[], digest: Digest): string {
    if (lines.length === 0) return headerHash
    const sorted = lines.map((l) => [l.lineNumber, l.hash] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return digest.sha256Hex(JSON.stringify([headerHash, sorted]))
}
