import type { CanonicalDocument } from '../domain/canonical-document'
import { FIELD_LABELS } from '../domain/canonical-document'
import type { ColumnInfo } from '../../ports/platform'
import type { FieldValue } from '../../ports/store'
import type { FieldMap, MappedField } from './field-maps'
import type { ConnectionSetting, LineField, MappedColumn } from '../document-types/field-map'
import type { Problem } from './problem'
import { shown } from './problem'
import { isReservedNull } from '../domain/reserved-null'
import type { StagingKey } from './staging-key'
import { LINE_FIELD_LABELS } from '../document-types/line-fields'
import { lineValue } from './line-values'
import type { LineContext } from './line-values'

export type TargetValues = Readonly<Record<string, FieldValue>>

export type TargetBuild = { kind: 'ok'; values: TargetValues } | { kind: 'rejected'; problems: Problem[] }

function canonicalValue(doc: CanonicalDocument, key: StagingKey, field: MappedField): string | number | null {
    switch (field) {
        case 'glAccount':
            return doc.glAccountMapped
        case 'costCenter':
            return doc.costCenterMapped
        case 'externalReference':
            return key
        default:
            return doc[field]
    }
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

/** The sys_id of the record of `table` whose `match` column holds `value`; null when there is none. */
export type ReferenceResolver = (table: string, match: string, value: string) => string | null

/** The target table of a page: the field map, and the table's columns as the instance describes them. */
export interface TargetTable {
    map: FieldMap
    table: string
    columns: ReadonlyMap<string, ColumnInfo>
    settings: SettingValues
    resolve: ReferenceResolver
}

type Sourced = { kind: 'ok'; value: string | number | null; label: string; reference?: true } | Converted

/** A line field's value: a line row's own (headerRecord is a sys_id, written as it is). */
function lineSourced(field: LineField, line?: LineContext): Sourced {
    const value = line ? lineValue(line, field) : null
    const label = `The ${LINE_FIELD_LABELS[field]}`
    return field === 'headerRecord' ? { kind: 'ok', value, label, reference: true } : { kind: 'ok', value, label }
}

/** The value of one mapped column before conversion, or the problem with it. */
function sourcedValue(
    doc: CanonicalDocument,
    key: StagingKey,
    mapped: MappedColumn,
    target: TargetTable & { line?: LineContext }
): Sourced {
    const s = mapped.source
    if (s.kind === 'constant') return { kind: 'ok', value: s.value === '' ? null : s.value, label: 'constant' }
    if (s.kind === 'setting') return { kind: 'ok', value: target.settings[s.setting], label: SETTING_LABELS[s.setting] }
    if (s.kind === 'line') return lineSourced(s.field, target.line)
    const raw = canonicalValue(doc, key, s.field)
    const label = `The ${FIELD_LABELS[s.field]}`
    if (s.kind === 'field') return { kind: 'ok', value: shaped(raw, mapped.transform), label }
    if (raw === null) return { kind: 'ok', value: null, label, reference: true }
    const id = target.resolve(s.table, s.match, String(raw))
    if (id !== null) return { kind: 'ok', value: id, label, reference: true }
    return {
        kind: 'bad',
        problem: {
            reason: s.field === 'supplierNumber' || s.field === 'supplierName' ? 'unknown_supplier' : 'target_rejected',
            message: `${label} ${shown(raw)} is not known in ServiceNow (no ${s.table} record with ${s.match} ${shown(raw)}); add it there or correct it in IFS.`,
        },
    }
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

/**
 * The target record for a document, checked column by column against the table as the instance
 * describes it. All misfits are reported together.
 */
export function buildTargetValues(
    doc: CanonicalDocument,
    key: StagingKey,
    target: TargetTable & { line?: LineContext }
): TargetBuild {
    const { map, table, columns } = target
    const values: Record<string, FieldValue> = {}
    const problems: Problem[] = []
    for (const mapped of map.columns) {
        const column = columns.get(mapped.column)
        if (!column) {
            const s = mapped.source
            const what =
                s.kind === 'field' || s.kind === 'lookup'
                    ? ` for the ${FIELD_LABELS[s.field]}`
                    : s.kind === 'line'
                      ? ` for the ${LINE_FIELD_LABELS[s.field]}`
                      : ''
            problems.push({
                reason: 'target_rejected',
                message: `Table ${table} has no column ${mapped.column}${what}; check the target field mappings.`,
            })
            continue
        }
        const sourced = sourcedValue(doc, key, mapped, target)
        if (sourced.kind === 'bad') {
            problems.push(sourced.problem)
            continue
        }
        const { value, label } = sourced as Extract<Sourced, { label: string }>
        // A resolved reference is a sys_id: written as it is, whatever the column's kind.
        const converted =
            'reference' in sourced && sourced.reference
                ? ({ kind: 'ok', value } as Converted)
                : convertForColumn(value, column, label)
        if (converted.kind === 'ok') values[mapped.column] = converted.value
        else problems.push(converted.problem)
    }
    return problems.length > 0 ? { kind: 'rejected', problems } : { kind: 'ok', values }
}
