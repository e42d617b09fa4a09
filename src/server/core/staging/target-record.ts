import type {
    CanonicalDocument,
    FinancialDocument,
    FinancialField,
    ReceiptDocument,
    ReceiptField,
} from '../domain/canonical-document'
import { FIELD_LABELS, FINANCIAL_FIELD_LABELS, isReceipt } from '../domain/canonical-document'
import type { ColumnInfo } from '../../ports/platform'
import type { FieldValue } from '../../ports/store'
import type { FieldMap, MappedField } from './field-maps'
import type { ConnectionSetting, LineField, LookupSource, MappedColumn } from '../document-types/field-map'
import type { Problem } from './problem'
import { shown } from './problem'
import { isReservedNull } from '../domain/reserved-null'
import type { StagingKey } from './staging-key'
import type { ReferenceRequest } from './reference-lookups'
import { referenceNoun, unresolvedReference } from './reference-messages'
import { LINE_FIELD_LABELS } from '../document-types/line-fields'
import { lineValue } from './line-values'
import type { LineContext } from './line-values'

export type TargetValues = Readonly<Record<string, FieldValue>>

export type TargetBuild = { kind: 'ok'; values: TargetValues } | { kind: 'rejected'; problems: Problem[] }

type CanonicalValue = string | number | null

/** A receipt's values by field (the compiler refuses a receipt map naming another shape's field). */
const RECEIPT_VALUES: Readonly<
    Record<Exclude<ReceiptField, 'externalReference'>, (d: ReceiptDocument) => CanonicalValue>
> = {
    receiptNumber: (d) => d.receiptNumber,
    poNumber: (d) => d.poNumber,
    poLineNumber: (d) => d.poLineNumber,
    poLineNo: (d) => d.poLineNo,
    poReleaseNo: (d) => d.poReleaseNo,
    quantityReceived: (d) => d.quantityReceived,
    receiptDate: (d) => d.receiptDate,
    state: (d) => d.state,
}

function financialValue(doc: FinancialDocument, field: FinancialField): CanonicalValue {
    switch (field) {
        case 'glAccount':
            return doc.glAccountMapped
        case 'costCenter':
            return doc.costCenterMapped
        case 'externalReference':
            return null
        default:
            return doc[field]
    }
}

/** The value a field map's field names; null for a field the document's shape does not have. */
function canonicalValue(doc: CanonicalDocument, key: StagingKey, field: MappedField): CanonicalValue {
    if (field === 'externalReference') return key
    if (isReceipt(doc))
        return field in RECEIPT_VALUES ? RECEIPT_VALUES[field as keyof typeof RECEIPT_VALUES](doc) : null
    return field in FINANCIAL_FIELD_LABELS ? financialValue(doc, field as FinancialField) : null
}

type Converted = { kind: 'ok'; value: FieldValue } | { kind: 'bad'; problem: Problem }

type Bad = (reason: Problem['reason'], why: string) => Converted
type Value = string | number
type Converter = (value: Value, column: ColumnInfo, bad: Bad) => Converted

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})Z$/

function toText(value: Value, column: ColumnInfo, bad: Bad): Converted {
    const text = String(value)
    if (isReservedNull(text))
        return bad(
            'invalid_value',
            `${shown(text)} is the text NULL, which ServiceNow stores as an empty ${column.name}; correct the value in IFS.`
        )
    if (column.maxLength !== undefined && text.length > column.maxLength)
        return bad(
            'invalid_value',
            `${shown(text)} is ${text.length} characters long; column ${column.name} holds at most ${column.maxLength}.`
        )
    return { kind: 'ok', value: text }
}

/** Glide's internal form, UTC. A plain date is midnight UTC; a date-time keeps its time. */
function toDateTime(value: Value, column: ColumnInfo, bad: Bad): Converted {
    if (typeof value === 'string' && DATE.test(value)) return { kind: 'ok', value: value + ' 00:00:00' }
    const m = typeof value === 'string' ? DATE_TIME.exec(value) : null
    if (m) return { kind: 'ok', value: `${m[1]} ${m[2]}` }
    return bad('invalid_value', `${shown(value)} is not a date and time, which column ${column.name} requires.`)
}

/** One converter per column kind: what the column accepts, and why a value does not fit. */
const CONVERTERS: Readonly<Record<ColumnInfo['kind'], Converter>> = {
    string: toText,
    other: toText,
    integer: (value, column, bad) =>
        typeof value === 'number' && Number.isSafeInteger(value)
            ? { kind: 'ok', value }
            : bad('invalid_value', `${shown(value)} is not a whole number, which column ${column.name} requires.`),
    decimal: (value, column, bad) =>
        typeof value === 'number' && Number.isFinite(value)
            ? { kind: 'ok', value }
            : bad('invalid_value', `${shown(value)} is not a number, which column ${column.name} requires.`),
    date: (value, column, bad) =>
        typeof value === 'string' && DATE.test(value)
            ? { kind: 'ok', value }
            : bad('invalid_value', `${shown(value)} is not a date, which column ${column.name} requires.`),
    datetime: toDateTime,
    boolean: (_, column, bad) =>
        bad('target_rejected', `column ${column.name} is a true/false column; it cannot hold this value.`),
    reference: (_, column, bad) =>
        bad(
            'target_rejected',
            `column ${column.name} is a reference to another table; the field map must point at a text column.`
        ),
}

/** Converts one value for a column, or says why it does not fit. Never shortens or rounds. */
export function convertForColumn(value: string | number | null, column: ColumnInfo, where: string): Converted {
    if (value === null) return { kind: 'ok', value: null }
    const bad: Bad = (reason, why) => ({ kind: 'bad', problem: { reason, message: `${where}: ${why}` } })
    return CONVERTERS[column.kind](value, column, bad)
}

/** Values of the connection settings a map may write, read once per run (the ERP source's name). */
export type SettingValues = Readonly<Record<ConnectionSetting, string | null>>

/** The sys_id of the record a reference request names (reference-lookups); null when there is none. */
export type ReferenceResolver = (request: ReferenceRequest) => string | null

/** The target table of a page: the field map, and the table's columns as the instance describes them. */
export interface TargetTable {
    map: FieldMap
    table: string
    columns: ReadonlyMap<string, ColumnInfo>
    settings: SettingValues
    resolve: ReferenceResolver
    /** Set when the record is a line's: where `line` sources read. */
    line?: LineContext
}

type Sourced =
    | { kind: 'ok'; value: string | number | null; label: string; reference?: true }
    | Converted
    /** A scoped look-up whose scope row failed: that row's problem says why. */
    | { kind: 'skip' }

/** The document a record is built for, with its staging key. */
interface Subject {
    doc: CanonicalDocument
    key: StagingKey
}

/** What one document's columns came to so far: a scoped look-up reads the value of its scope row. */
interface Built {
    values: Record<string, FieldValue>
    /** At most one per column. */
    problems: Map<string, Problem>
    failed: Set<string>
}

/** The text a look-up column looks for (the canonical field's value); null: nothing to look up. */
function lookupValue(doc: CanonicalDocument, key: StagingKey, source: LookupSource): string | null {
    const raw = canonicalValue(doc, key, source.field)
    return raw === null ? null : String(raw)
}

/** A scoped look-up's request, or `skip` when its scope row failed (its problem is reported). */
function scopedRequest(source: LookupSource, value: string, built: Built, map: FieldMap): ReferenceRequest | 'skip' {
    const from = source.scope?.from
    if (from === undefined) return { lookup: source, value, scope: null }
    if (built.failed.has(from) || !map.columns.some((c) => c.column === from)) return 'skip'
    const written = built.values[from]
    return { lookup: source, value, scope: written === null || written === undefined ? null : String(written) }
}

/** The scope as an AP user knows it: the scope row's noun and its IFS value (not a sys_id). */
function scopeShown(doc: CanonicalDocument, key: StagingKey, request: ReferenceRequest, map: FieldMap) {
    const from = map.columns.find((c) => c.column === request.lookup.scope?.from)
    if (!from) return null
    const s = from.source
    if (s.kind === 'field' || s.kind === 'lookup')
        return { noun: referenceNoun(s.field), value: canonicalValue(doc, key, s.field) ?? '(empty)' }
    return { noun: from.column, value: request.scope ?? '(empty)' }
}

/** A line field's value: a line row's own (headerRecord is a sys_id, written as it is). */
function lineSourced(field: LineField, line?: LineContext): Sourced {
    const value = line ? lineValue(line, field) : null
    const label = `The ${LINE_FIELD_LABELS[field]}`
    return field === 'headerRecord' ? { kind: 'ok', value, label, reference: true } : { kind: 'ok', value, label }
}

/** The value of one mapped column before conversion, or the problem with it. */
function sourcedValue(subject: Subject, mapped: MappedColumn, target: TargetTable, built: Built): Sourced {
    const { doc, key } = subject
    const s = mapped.source
    if (s.kind === 'constant') return { kind: 'ok', value: s.value === '' ? null : s.value, label: 'constant' }
    if (s.kind === 'setting') return { kind: 'ok', value: target.settings[s.setting], label: SETTING_LABELS[s.setting] }
    if (s.kind === 'line') return lineSourced(s.field, target.line)
    const label = `The ${FIELD_LABELS[s.field]}`
    if (s.kind === 'field')
        return { kind: 'ok', value: shaped(canonicalValue(doc, key, s.field), mapped.transform), label }
    const value = lookupValue(doc, key, s)
    if (value === null) return { kind: 'ok', value: null, label, reference: true }
    const request = scopedRequest(s, value, built, target.map)
    if (request === 'skip') return { kind: 'skip' }
    const id = target.resolve(request)
    if (id !== null) return { kind: 'ok', value: id, label, reference: true }
    const scope = s.scope ? scopeShown(doc, key, request, target.map) : null
    return { kind: 'bad', problem: unresolvedReference(s, canonicalValue(doc, key, s.field) ?? value, scope) }
}

const SETTING_LABELS: Readonly<Record<ConnectionSetting, string>> = {
    erpSource: "The connection's ERP source",
    externalInvoiceSource: "The connection's external invoice source",
}

/** `date`: the calendar date of a date or date-time as yyyy-mm-dd (import tables take dates as text). */
function shaped(value: string | number | null, transform: MappedColumn['transform']): string | number | null {
    if (transform !== 'date' || typeof value !== 'string') return value
    return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value
}

/** Unscoped columns first: a scoped look-up reads what its scope row wrote. */
function inResolutionOrder(columns: readonly MappedColumn[]): MappedColumn[] {
    const scoped = (c: MappedColumn) => c.source.kind === 'lookup' && c.source.scope !== undefined
    return [...columns.filter((c) => !scoped(c)), ...columns.filter(scoped)]
}

function buildColumn(subject: Subject, mapped: MappedColumn, target: TargetTable, built: Built): void {
    const column = target.columns.get(mapped.column)
    const fail = (problem: Problem) => {
        built.problems.set(mapped.column, problem)
        built.failed.add(mapped.column)
    }
    if (!column) {
        const s = mapped.source
        const what =
            s.kind === 'field' || s.kind === 'lookup'
                ? ` for the ${FIELD_LABELS[s.field]}`
                : s.kind === 'line'
                  ? ` for the ${LINE_FIELD_LABELS[s.field]}`
                  : ''
        return fail({
            reason: 'target_rejected',
            message: `Table ${target.table} has no column ${mapped.column}${what}; check the target field mappings.`,
        })
    }
    const sourced = sourcedValue(subject, mapped, target, built)
    if (sourced.kind === 'skip') return void built.failed.add(mapped.column)
    if (sourced.kind === 'bad') return fail(sourced.problem)
    const { value, label } = sourced as Extract<Sourced, { label: string }>
    // A resolved reference is a sys_id: written as it is, whatever the column's kind.
    const converted =
        'reference' in sourced && sourced.reference
            ? ({ kind: 'ok', value } as Converted)
            : convertForColumn(value, column, label)
    if (converted.kind === 'ok') built.values[mapped.column] = converted.value
    else fail(converted.problem)
}

function built(doc: CanonicalDocument, key: StagingKey, target: TargetTable, columns: readonly MappedColumn[]): Built {
    const out: Built = { values: {}, problems: new Map(), failed: new Set() }
    for (const mapped of columns) buildColumn({ doc, key }, mapped, target, out)
    return out
}

/**
 * The target record for a document, checked column by column against the table as the instance
 * describes it. All misfits are reported together.
 */
export function buildTargetValues(doc: CanonicalDocument, key: StagingKey, target: TargetTable): TargetBuild {
    const { values, problems: byColumn } = built(doc, key, target, inResolutionOrder(target.map.columns))
    // In the map's order, whatever order the columns were resolved in: the first names the flag's reason.
    const problems = target.map.columns.flatMap((c) => byColumn.get(c.column) ?? [])
    return problems.length > 0 ? { kind: 'rejected', problems } : { kind: 'ok', values }
}

/**
 * The look-ups one document needs, for loading a page's references in bulk: `unscoped` straight
 * from the document; `scoped` after the unscoped ones are loaded (their scope is what a scope row
 * resolved, read here from the run's cache).
 */
export function lookupRequests(
    doc: CanonicalDocument,
    key: StagingKey,
    target: TargetTable,
    which: 'unscoped' | 'scoped'
): ReferenceRequest[] {
    const lookups = target.map.columns.flatMap((c) =>
        c.source.kind === 'lookup' && (c.source.scope !== undefined) === (which === 'scoped') ? [c.source] : []
    )
    if (lookups.length === 0) return []
    const base =
        which === 'scoped'
            ? built(
                  doc,
                  key,
                  target,
                  inResolutionOrder(target.map.columns).filter((c) => !lookups.includes(c.source as LookupSource))
              )
            : null
    return lookups.flatMap((source) => {
        const value = lookupValue(doc, key, source)
        if (value === null) return []
        if (!base) return [{ lookup: source, value, scope: null }]
        const request = scopedRequest(source, value, base, target.map)
        return request === 'skip' ? [] : [request]
    })
}
