import type { Store, StoredRecord } from '../../ports/store'
import { rowsWhereIn } from '../staging/rows-where-in'
import type { InvoiceLineColumns, MatchTables, PoLineColumns, ReceiptColumns } from './match-tables'
import type { MatchLine, ReceiptTotal, StagedFacts } from './readiness'

/** A line row marked removed (IFS deleted the line): neither billed nor billable. */
const REMOVED = 'removed'

/**
 * Receipt states that receive nothing (IFS spells it "Cancelled"; compared without regard to case),
 * and "Removed": the connector's mark on a receipt IFS deleted (staging/removed-marks).
 */
const VOID_RECEIPT_STATES: readonly string[] = ['cancelled', 'canceled', 'removed']

/** Each row's latest version by its identity (rows without one each stand alone). */
function latestBy(rows: readonly StoredRecord[], identity: (r: StoredRecord) => string | null): StoredRecord[] {
    const latest = new Map<string, StoredRecord>()
    for (const r of rows) latest.set(identity(r) || r.sys_id, r)
    return Array.from(latest.values())
}

const byColumn = (column: string | null) => (r: StoredRecord) => (column ? r[column] : null)

function numberOf(text: string | null | undefined): number | null {
    if (text === null || text === undefined || text.trim() === '') return null
    const n = Number(text)
    return Number.isFinite(n) ? n : null
}

const pairKey = (poNumber: string, poLineNumber: string) => JSON.stringify([poNumber, poLineNumber])

/**
 * One invoice line as the match reads it, from its line-table values (`valueOf` a column's text);
 * the line number from its column, else from the connector key's end.
 */
export function matchLineOf(
    cols: InvoiceLineColumns,
    valueOf: (column: string) => string | null,
    lineNumber: string
): MatchLine {
    return {
        lineNumber: (cols.lineNumber && valueOf(cols.lineNumber)) || lineNumber,
        poNumber: valueOf(cols.poNumber) || null,
        poLineNumber: valueOf(cols.poLineNumber) || null,
        quantity: cols.quantity ? numberOf(valueOf(cols.quantity)) : null,
    }
}

/**
 * The staged lines of the given connector keys (`<staging key>:<line number>`), latest row each,
 * removed lines left out, grouped by the invoice's staging key.
 */
export function readInvoiceLines(
    store: Store,
    cols: InvoiceLineColumns,
    references: readonly string[]
): Map<string, MatchLine[]> {
    const byKey = new Map<string, MatchLine[]>()
    for (const r of latestBy(rowsWhereIn(store, cols.table, cols.reference, references), byColumn(cols.reference))) {
        const reference = r[cols.reference] ?? ''
        const at = reference.lastIndexOf(':')
        if (at < 0 || (cols.state && r[cols.state] === REMOVED)) continue
        const key = reference.slice(0, at)
        const line = matchLineOf(cols, (c) => r[c] ?? null, reference.slice(at + 1))
        byKey.set(key, [...(byKey.get(key) ?? []), line])
    }
    return byKey
}

/**
 * What is staged of the PO lines and receipts these lines cite: one query per 500 PO numbers on
 * the PO line table (and on its header table, where the lines hold no PO number) and one on the
 * receipt table, whatever the number of lines.
 */
export function readStagedFacts(store: Store, tables: MatchTables, lines: readonly MatchLine[]): StagedFacts {
    const poNumbers = lines.flatMap((l) => (l.poNumber && l.poLineNumber ? [l.poNumber] : []))
    const present = poNumbers.length > 0 ? stagedPoLines(store, tables.poLines, poNumbers) : new Set<string>()
    const receipts = tables.receipts && poNumbers.length > 0 ? readReceipts(store, tables.receipts, poNumbers) : null
    return {
        hasPoLine: (po, line) => present.has(pairKey(po, line)),
        receiptsOf: (po, line) =>
            tables.receipts === null ? null : (receipts?.get(pairKey(po, line)) ?? { count: 0, received: 0 }),
    }
}

/** The PO lines of these PO numbers staged and not removed, as pair keys (PO number, line number). */
function stagedPoLines(store: Store, cols: PoLineColumns, poNumbers: readonly string[]): Set<string> {
    const { rows, poNumberOf } = poLineRows(store, cols, poNumbers)
    const present = new Set<string>()
    for (const r of latestBy(rows, byColumn(cols.reference))) {
        const removed = cols.state !== null && r[cols.state] === REMOVED
        const po = poNumberOf(r)
        const line = cols.lineNumber
            ? r[cols.lineNumber]
            : lineNumberOfReference(cols.reference ? r[cols.reference] : null)
        if (!removed && po && line) present.add(pairKey(po, line))
    }
    return present
}

/**
 * The PO line rows of these PO numbers and how each names its PO: by its own column, or (legacy
 * proc_po_item) through its header: the headers of these numbers first, then the lines that
 * reference them — a query per table, never one per PO.
 */
function poLineRows(
    store: Store,
    cols: PoLineColumns,
    poNumbers: readonly string[]
): { rows: StoredRecord[]; poNumberOf: (r: StoredRecord) => string | null } {
    const own = cols.poNumber
    if (own !== null) return { rows: rowsWhereIn(store, cols.table, own, poNumbers), poNumberOf: (r) => r[own] }
    const header = cols.header!
    const numbers = new Map<string, string | null>()
    for (const h of rowsWhereIn(store, header.table, header.number, poNumbers)) numbers.set(h.sys_id, h[header.number])
    const rows = numbers.size > 0 ? rowsWhereIn(store, cols.table, header.record, numbers.keys()) : []
    return { rows, poNumberOf: (r) => numbers.get(r[header.record] ?? '') ?? null }
}

/** `3/1` from a line's connector key `<staging key>:3/1`; null without one. */
function lineNumberOfReference(reference: string | null | undefined): string | null {
    const at = reference ? reference.lastIndexOf(':') : -1
    return at < 0 ? null : reference!.slice(at + 1) || null
}

/**
 * Received quantity and receipts per PO line; a receipt counts once (latest row by its connector
 * key, else by PO line and receipt number: IFS numbers receipts per PO line), a cancelled one not at all.
 */
function readReceipts(store: Store, cols: ReceiptColumns, poNumbers: readonly string[]): Map<string, ReceiptTotal> {
    const totals = new Map<string, ReceiptTotal>()
    const rows = rowsWhereIn(store, cols.table, cols.poNumber, poNumbers)
    const identity = (r: StoredRecord): string | null => {
        if (cols.reference && r[cols.reference]) return r[cols.reference]
        const receiptNumber = cols.receiptNumber ? r[cols.receiptNumber] : null
        return receiptNumber ? JSON.stringify([r[cols.poNumber], r[cols.poLineNumber], receiptNumber]) : null
    }
    for (const r of latestBy(rows, identity)) {
        const po = r[cols.poNumber]
        const line = r[cols.poLineNumber]
        const quantity = numberOf(r[cols.quantity]) ?? 0
        const voided = cols.state !== null && VOID_RECEIPT_STATES.includes((r[cols.state] ?? '').toLowerCase())
        if (!po || !line || quantity <= 0 || voided) continue
        const total = totals.get(pairKey(po, line)) ?? { count: 0, received: 0 }
        totals.set(pairKey(po, line), { count: total.count + 1, received: total.received + quantity })
    }
    return totals
}
