import type { ObjectType } from '../../../tables/object-types'
import type { CanonicalDocument, FinancialDocument, ReceiptDocument } from '../domain/canonical-document'
import { isReceiptType } from '../domain/canonical-document'
import type { FinancialType, ReceiptType } from '../domain/canonical-document'
import { poLineNumberText } from '../domain/po-line-number'
import type { CanonicalLine } from '../domain/canonical-line'
import { lineRowsOf } from '../lines/document-line-rows'
import { mapLines } from './map-lines'
import { FIELD_LABELS } from '../domain/canonical-document'
import type { IfsRow } from '../ifs/ifs-reader'
import type { DocumentSource, SourceField, SourceFieldName } from '../document-types/source-field'
import type { SourcedType } from '../sync/cursor'
import type { Problem } from './problem'
import { shown } from './problem'
import { readAmount, readDate, readDateTime, readIdentityText, readText } from './source-values'
import { requestValueProblem } from '../odata/request-bounds'
import type { Read } from './source-values'
import { documentTypeOf } from '../document-types/object-type'

/** What a flag needs to name a document, known even when the row cannot be mapped. */
export interface DocumentIdentity {
    /** The IFS key as JSON, key fields in the source mapping's order. */
    sourceKey: string
    company: string | null
    documentNumber: string | null
    supplierNumber: string | null
}

export type MappedRow =
    | { kind: 'mapped'; identity: DocumentIdentity; doc: CanonicalDocument }
    | { kind: 'rejected'; identity: DocumentIdentity; problems: Problem[] }

type Field = SourceFieldName

const EXPECTED: Readonly<Record<SourceField['kind'], string>> = {
    string: 'a text',
    number: 'a number',
    date: 'a date (YYYY-MM-DD)',
    datetime: 'a date and time with a time zone offset',
}

/** The fields a staging key is made of: read exactly (source-values readIdentityText), never trimmed. */
const IDENTITY_FIELDS: readonly Field[] = [
    'company',
    'documentNumber',
    'supplierNumber',
    'poNumber',
    'poLineNo',
    'poReleaseNo',
    'receiptNumber',
]

function readKind(field: SourceField, raw: unknown): Read<string | number> {
    switch (field.kind) {
        case 'string':
            return readText(raw)
        case 'number':
            return readAmount(raw)
        case 'date':
            return readDate(raw)
        case 'datetime':
            return readDateTime(raw)
    }
}

export function sourceKeyOf(source: DocumentSource, row: IfsRow): string {
    const key: Record<string, unknown> = {}
    for (const k of source.keys) key[k.name] = row[k.name] ?? null
    return JSON.stringify(key)
}

function identityOf(source: DocumentSource, row: IfsRow): DocumentIdentity {
    const f = source.fields
    const text = (field: SourceField): string | null => {
        const r = readIdentityText(row[field.name])
        return r.kind === 'ok' ? r.value : null
    }
    if (!('company' in f)) {
        // A receipt: named by its PO line and number; it has no company or supplier of its own.
        const po = text(f.poNumber)
        const line = text(f.poLineNo)
        const receipt = text(f.receiptNumber)
        const number =
            po === null || line === null || receipt === null
                ? null
                : receiptName(po, poLineNumberText(line, text(f.poReleaseNo)), receipt)
        return { sourceKey: sourceKeyOf(source, row), company: null, documentNumber: number, supplierNumber: null }
    }
    return {
        sourceKey: sourceKeyOf(source, row),
        company: text(f.company),
        documentNumber: text(f.documentNumber),
        supplierNumber: text(f.supplierNumber),
    }
}

/** "PO-1 3/1 receipt 2": how messages and flags name a receipt. */
function receiptName(poNumber: string, poLineNumber: string, receiptNumber: string): string {
    return `${poNumber} ${poLineNumber} receipt ${receiptNumber}`
}

/** The fields whose values the connector sends back to IFS in a URL, each once. */
function requestFields(source: DocumentSource): SourceField[] {
    const f = source.fields
    const own = 'company' in f ? [f.company, f.supplierNumber] : []
    const all = [source.modified, ...source.keys, ...own]
    return all.filter((g, i) => all.findIndex((h) => h.name === g.name) === i)
}

type Values = Partial<Record<Field, string | number | null>>

/** Reads every canonical field of the row; problems for missing mandatory and invalid values. */
function readFields(partition: SourcedType, row: IfsRow, problems: Problem[]): Values {
    const { objectType, source } = partition
    const optionalFields: readonly Field[] = documentTypeOf(objectType).optionalFields
    const values: Values = {}
    const fields: Readonly<Partial<Record<Field, SourceField | null>>> = source.fields
    for (const name of Object.keys(fields) as Field[]) {
        const field = fields[name]
        if (!field) {
            values[name] = null
            continue
        }
        const optional = optionalFields.includes(name)
        const exact = field.kind === 'string' && IDENTITY_FIELDS.includes(name)
        const read = exact ? readIdentityText(row[field.name]) : readKind(field, row[field.name])
        if (read.kind === 'ok') values[name] = read.value
        else if (read.kind === 'missing') {
            values[name] = null
            if (!optional)
                problems.push({
                    reason: 'missing_field',
                    message: `The ${FIELD_LABELS[name]} is empty in IFS (field ${field.name}).`,
                })
        } else
            problems.push({
                reason: 'invalid_value',
                message: `The ${FIELD_LABELS[name]} in IFS (field ${field.name}) is ${shown(read.raw)}, which is not ${EXPECTED[field.kind]}.`,
            })
    }
    return values
}

/**
 * The stamp and key place the row in the engine's cursor; a row without them is flagged here
 * (the engine hands it on without letting it move the cursor).
 */
function checkCursorFields(source: DocumentSource, row: IfsRow, problems: Problem[]): void {
    for (const field of [source.modified, ...source.keys]) {
        const read = readKind(field, row[field.name])
        if (read.kind === 'missing')
            problems.push({
                reason: 'missing_field',
                message: `IFS sent this document without its ${field === source.modified ? 'modification stamp' : 'key field'} ${field.name}, so it cannot be synced; check the record in IFS.`,
            })
        else if (read.kind !== 'ok')
            problems.push({
                reason: 'invalid_value',
                message: `The IFS field ${field.name} is ${shown(read.raw)}, which is not ${EXPECTED[field.kind]}.`,
            })
    }
}

/**
 * Values that go back to IFS in a request (cursor, re-read, supplier look-up, company path) must
 * fit one: a 30 MB supplier number is flagged on its own row, never sent (core/odata/request-bounds).
 */
function checkRequestFields(source: DocumentSource, row: IfsRow, problems: Problem[]): void {
    for (const field of requestFields(source)) {
        const raw = row[field.name]
        const problem = typeof raw === 'string' ? requestValueProblem(raw) : null
        if (problem !== null)
            problems.push({
                reason: 'invalid_value',
                message: `The IFS field ${field.name} ${problem}; check the record in IFS.`,
            })
    }
}

/** What every document is built from: its values that passed every check, its stamp and key. */
interface Checked {
    identity: DocumentIdentity
    values: Values
    modified: string
}

/** The canonical document of the type's shape from values that passed every check. */
function documentOf(objectType: ObjectType, checked: Checked, lines: CanonicalLine[]): CanonicalDocument {
    return isReceiptType(objectType) ? receiptOf(objectType, checked) : { ...financialOf(objectType, checked), lines }
}

function financialOf(objectType: FinancialType, { identity, values, modified }: Checked): FinancialDocument {
    const str = (f: Field) => values[f] as string
    const num = (f: Field) => values[f] as number
    const opt = (f: Field) => (values[f] ?? null) as string | null
    return {
        objectType,
        company: str('company'),
        documentNumber: str('documentNumber'),
        supplierNumber: str('supplierNumber'),
        supplierName: null,
        documentDate: str('documentDate'),
        createdAt: str('createdAt'),
        dueDate: opt('dueDate'),
        currency: str('currency'),
        netAmount: num('netAmount'),
        taxAmount: num('taxAmount'),
        grossAmount: num('grossAmount'),
        poReference: opt('poReference'),
        glAccount: str('glAccount'),
        costCenter: str('costCenter'),
        glAccountMapped: null,
        costCenterMapped: null,
        state: str('state'),
        modified,
        sourceKey: identity.sourceKey,
        lines: [],
    }
}

/** A receipt: its number as text whatever kind IFS keeps it as; its PO line numbered as PO lines are. */
function receiptOf(objectType: ReceiptType, { identity, values, modified }: Checked): ReceiptDocument {
    const text = (f: Field) => String(values[f])
    const poLineNo = text('poLineNo')
    const poReleaseNo = text('poReleaseNo')
    return {
        objectType,
        documentNumber: identity.documentNumber ?? text('receiptNumber'),
        receiptNumber: text('receiptNumber'),
        poNumber: text('poNumber'),
        poLineNo,
        poReleaseNo,
        // Trimmed, as PO line rows read their line and release (map-lines): the match joins on this text.
        poLineNumber: poLineNumberText(poLineNo.trim(), poReleaseNo.trim()),
        quantityReceived: values.quantityReceived as number,
        receiptDate: text('receiptDate'),
        state: text('state'),
        modified,
        sourceKey: identity.sourceKey,
        lines: [],
    }
}

/**
 * IFS row → canonical document, or every problem found (all of them, so one fix round suffices).
 * Where the source reads lines, the row carries them (core/lines) and a bad line is a problem
 * of its document, naming the line.
 */
export function mapRow(partition: SourcedType, row: IfsRow): MappedRow {
    const { objectType, source } = partition
    const identity = identityOf(source, row)
    const problems: Problem[] = []
    const values = readFields(partition, row, problems)
    checkCursorFields(source, row, problems)
    checkRequestFields(source, row, problems)
    const stamp = readText(row[source.modified.name])
    const modified = stamp.kind === 'ok' ? stamp.value : ''
    const lines = linesOf(source, row, modified, problems)
    if (problems.length > 0) return { kind: 'rejected', identity, problems }
    return { kind: 'mapped', identity, doc: documentOf(objectType, { identity, values, modified }, lines) }
}

/**
 * The document's lines when its source reads them. A row without line rows attached (a flag's
 * row stored before the connection read lines) maps with none; the flag's re-read brings them.
 */
function linesOf(source: DocumentSource, row: IfsRow, modified: string, problems: Problem[]): CanonicalLine[] {
    if (!source.lines) return []
    const rows = lineRowsOf(row)
    if (rows === null) return []
    const mapped = mapLines(source.lines, rows, modified)
    problems.push(...mapped.problems)
    return mapped.lines
}
