import type { CanonicalLine, CanonicalPosting, PurchaseOrderLineRef } from '../domain/canonical-line'
import type { LineFields, LineSource, PostingSource } from '../document-types/line-source'
import { CLOSED_LINE_STATES } from '../document-types/line-source'
import type { SourceField } from '../document-types/source-field'
import type { IfsRow } from '../ifs/ifs-reader'
import type { DocumentLineRows } from '../lines/document-line-rows'
import { keyText } from '../lines/parent-key'
import type { Problem } from './problem'
import { named, shown } from './problem'
import { readAmount, readText } from './source-values'
import { poLineNumberText } from '../domain/po-line-number'
import type { Read } from './source-values'

/** How a line's field is named in messages to AP users. */
const LINE_LABELS: Readonly<Record<keyof LineFields | 'postingNumber', string>> = {
    lineNumber: 'line number',
    releaseNumber: 'release number',
    description: 'description',
    quantity: 'quantity',
    unitPrice: 'unit price',
    amount: 'amount',
    quantityReceived: 'received quantity',
    quantityInvoiced: 'invoiced quantity',
    state: 'IFS state',
    glAccount: 'GL account',
    costCenter: 'cost center',
    poOrderNumber: 'purchase order number',
    poLineNumber: 'purchase order line number',
    poReleaseNumber: 'purchase order release number',
    postingNumber: 'posting number',
}

export interface MappedLines {
    lines: CanonicalLine[]
    problems: Problem[]
}

/**
 * One row's reading: values by canonical field, and problems in the line's (or posting's) words.
 * `where` names the row in every message ("Line 3/1", "Line 2, posting 5").
 */
class RowReader {
    constructor(
        private readonly row: IfsRow,
        private readonly where: string,
        private readonly problems: Problem[]
    ) {}

    text(name: string, field: SourceField | null, required: boolean): string | null {
        return this.read(name, field, required, readText)
    }

    number(name: string, field: SourceField | null, required: boolean): number | null {
        return this.read(name, field, required, readAmount)
    }

    private read<T>(
        name: string,
        field: SourceField | null,
        required: boolean,
        reader: (raw: unknown) => Read<T>
    ): T | null {
        if (field === null) return null
        const label = LINE_LABELS[name as keyof typeof LINE_LABELS]
        const read = reader(this.row[field.name])
        if (read.kind === 'ok') return read.value
        if (read.kind === 'missing') {
            if (required)
                this.problems.push({
                    reason: 'missing_field',
                    message: `${this.where}: the ${label} is empty in IFS (field ${field.name}).`,
                })
            return null
        }
        const expected = reader === readAmount ? 'a number' : 'a text'
        this.problems.push({
            reason: 'invalid_value',
            message: `${this.where}: the ${label} in IFS (field ${field.name}) is ${shown(read.raw)}, which is not ${expected}.`,
        })
        return null
    }
}

/** `3`, or `3/2` with the release where the line source has one; null when the line number cannot be read. */
export function lineNumberOf(source: LineSource, row: IfsRow): string | null {
    const line = readText(row[source.fields.lineNumber.name])
    if (line.kind !== 'ok') return null
    const release = source.fields.releaseNumber
    if (release === null) return line.value
    const r = readText(row[release.name])
    return poLineNumberText(line.value, r.kind === 'ok' ? r.value : null)
}

/** The line's IFS key as JSON, key fields in the line source's order. */
function lineSourceKey(source: LineSource, row: IfsRow): string {
    const key: Record<string, unknown> = {}
    for (const k of source.keys) key[k.name] = row[k.name] ?? null
    return JSON.stringify(key)
}

/** Natural order: "2" before "10", "3/1" before "3/2" before "4". */
export function compareLineNumbers(a: string, b: string): number {
    const pa = a.split('/')
    const pb = b.split('/')
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i] ?? ''
        const y = pb[i] ?? ''
        const nx = /^\d+$/.test(x) ? Number(x) : NaN
        const ny = /^\d+$/.test(y) ? Number(y) : NaN
        const c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x < y ? -1 : x > y ? 1 : 0
        if (c !== 0) return c
    }
    return 0
}

/**
 * Posting rows by the line they code, as key text of the line's number: read with the kind of
 * the line's own number field, so `1` and `"1"` name one line whichever way either set writes it.
 */
function postingsByLine(source: LineSource, postings: PostingSource, rows: readonly IfsRow[]): Map<string, IfsRow[]> {
    const out = new Map<string, IfsRow[]>()
    for (const row of rows) {
        const key = keyText([source.fields.lineNumber], [row[postings.lineKey.name]])
        const list = out.get(key ?? '') ?? []
        list.push(row)
        out.set(key ?? '', list)
    }
    return out
}

function postingOf(source: PostingSource, row: IfsRow, line: string, problems: Problem[]): CanonicalPosting | null {
    const number = readText(row[source.fields.postingNumber.name])
    const where = `Line ${line}, posting ${number.kind === 'ok' ? number.value : '?'}`
    const before = problems.length
    const read = new RowReader(row, where, problems)
    const f = source.fields
    const postingNumber = read.text('postingNumber', f.postingNumber, true)
    const glAccount = read.text('glAccount', f.glAccount, true)
    const costCenter = read.text('costCenter', f.costCenter, true)
    const amount = read.number('amount', f.amount, true)
    if (problems.length > before) return null
    return {
        postingNumber: postingNumber as string,
        glAccount: glAccount as string,
        costCenter: costCenter as string,
        amount: amount as number,
        glAccountMapped: null,
        costCenterMapped: null,
    }
}

function poLineOf(read: RowReader, f: LineFields): PurchaseOrderLineRef | null {
    const orderNumber = read.text('poOrderNumber', f.poOrderNumber, false)
    const lineNumber = read.text('poLineNumber', f.poLineNumber, false)
    const releaseNumber = read.text('poReleaseNumber', f.poReleaseNumber, false)
    // A reference names an order line, or it is none (the header's PO reference names the order).
    if (orderNumber === null || lineNumber === null) return null
    return { orderNumber, lineNumber, releaseNumber }
}

interface LineContext {
    source: LineSource
    postings: Map<string, IfsRow[]> | null
    documentModified: string
    problems: Problem[]
}

/** One line row → a canonical line, or null with its problems recorded. */
function lineOf(row: IfsRow, ctx: LineContext): CanonicalLine | null {
    const { source, problems } = ctx
    const f = source.fields
    const number = lineNumberOf(source, row)
    const where = `Line ${number ?? '?'}`
    const before = problems.length
    const read = new RowReader(row, where, problems)
    read.text('lineNumber', f.lineNumber, true)
    read.text('releaseNumber', f.releaseNumber, true)
    const quantity = read.number('quantity', f.quantity, true)
    const amount = read.number('amount', f.amount, true)
    const unitPrice = read.number('unitPrice', f.unitPrice, false)
    const quantityReceived = read.number('quantityReceived', f.quantityReceived, false)
    const quantityInvoiced = read.number('quantityInvoiced', f.quantityInvoiced, false)
    const description = read.text('description', f.description, false)
    const state = read.text('state', f.state, false)
    const poLine = poLineOf(read, f)
    const postings = postingsOfLine(row, read, ctx, number ?? '?')
    const stamp = source.modified === null ? null : readText(row[source.modified.name])
    if (problems.length > before || number === null) return null
    return {
        sourceKey: lineSourceKey(source, row),
        lineNumber: number,
        description,
        quantity: quantity as number,
        unitPrice,
        amount: amount as number,
        quantityReceived,
        quantityInvoiced,
        closed: state !== null && CLOSED_LINE_STATES.includes(state.toLowerCase()),
        poLine,
        postings,
        modified: stamp?.kind === 'ok' ? stamp.value : ctx.documentModified,
    }
}

/**
 * A line's coding: its posting rows where the source has them (an invoice line without any is
 * staged uncoded: IFS lets a preliminary invoice's items exist before they are posted), else
 * one posting of the line's own GL account and cost center, numbered "1".
 */
function postingsOfLine(row: IfsRow, read: RowReader, ctx: LineContext, line: string): CanonicalPosting[] {
    const { source, problems } = ctx
    if (source.postings !== null && ctx.postings !== null) {
        const key = keyText([source.fields.lineNumber], [row[source.fields.lineNumber.name]]) ?? ''
        const rows = ctx.postings.get(key) ?? []
        ctx.postings.delete(key)
        const postings = rows.map((p) => postingOf(source.postings as PostingSource, p, line, problems))
        return postings.filter((p): p is CanonicalPosting => p !== null)
    }
    const glAccount = read.text('glAccount', source.fields.glAccount, true)
    const costCenter = read.text('costCenter', source.fields.costCenter, true)
    const amount = readAmount(row[source.fields.amount.name])
    if (glAccount === null || costCenter === null || amount.kind !== 'ok') return []
    return [
        {
            postingNumber: '1',
            glAccount,
            costCenter,
            amount: amount.value,
            glAccountMapped: null,
            costCenterMapped: null,
        },
    ]
}

/**
 * A document's line rows → its canonical lines in line-number order, or every problem found,
 * each naming its line (and posting). A document with no lines is allowed: IFS saves a header
 * before its lines (a PO being entered, an invoice not yet itemised), and the line read answered
 * for it like for the others; what a target requires of lines is the target's check.
 */
export function mapLines(source: LineSource, rows: DocumentLineRows, documentModified: string): MappedLines {
    const problems: Problem[] = []
    const postings = source.postings === null ? null : postingsByLine(source, source.postings, rows.postings)
    const ctx: LineContext = { source, postings, documentModified, problems }
    const lines = rows.lines.map((row) => lineOf(row, ctx)).filter((l): l is CanonicalLine => l !== null)
    lines.sort((a, b) => compareLineNumbers(a.lineNumber, b.lineNumber))
    for (let i = 1; i < lines.length; i++)
        if (lines[i].lineNumber === lines[i - 1].lineNumber)
            problems.push({
                reason: 'invalid_value',
                message: `Line ${named(lines[i].lineNumber)} appears twice in IFS; check the line keys of the source mapping.`,
            })
    if (postings !== null) for (const [line, orphans] of postings) problems.push(orphanPostings(line, orphans))
    return { lines: problems.length > 0 ? [] : lines, problems }
}

/** Posting rows whose line the document does not have: their amounts would be lost, so the document waits. */
function orphanPostings(line: string, rows: readonly IfsRow[]): Problem {
    const shownLine = line === '' ? 'no line' : `line ${named((JSON.parse(line) as unknown[])[0])}`
    return {
        reason: 'invalid_value',
        message: `${rows.length} posting row(s) in IFS name ${shownLine}, which this document does not have in IFS.`,
    }
}
