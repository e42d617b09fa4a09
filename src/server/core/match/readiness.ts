import { STAGING_KEY } from '../../../tables/staging-key'

/**
 * How far a staged invoice is from the three-way match, judged from staged rows alone: each of
 * its lines against the PO lines and receipts staged in ServiceNow. Waiting is not a failure: the
 * invoice is staged, and the state says what it waits for until a later run finds it.
 *
 * A line's receipt is present when at least one staged receipt of its PO line, not cancelled, holds
 * a received quantity above 0 — the same rule as the emulator's line manifest ("a receipt of it that is not
 * cancelled"). A receipt for less than the invoiced quantity still makes the line ready: comparing
 * quantities is the three-way match's work (its tolerances live in Source-to-Pay), so readiness
 * only names the shortfall in the summary ("partial receipt: 2 of 5").
 */
export type MatchState = keyof typeof STAGING_KEY.columns.match_state.options.choices

/** The states an AP user waits on (the "Invoices waiting for match" list). */
export const WAITING_STATES: readonly MatchState[] = ['waiting_for_po', 'waiting_for_receipt']

/** One staged invoice line as the match sees it. */
export interface MatchLine {
    lineNumber: string
    /** The PO number and PO line ("LineNo/ReleaseNo") it bills; null when it references none. */
    poNumber: string | null
    poLineNumber: string | null
    /** Invoiced quantity; null when the line table holds none (or not a number). */
    quantity: number | null
}

/** What is staged of the PO lines and receipts the lines reference. */
export interface StagedFacts {
    hasPoLine(poNumber: string, poLineNumber: string): boolean
    /** Null: the receipt stage is not checked for this connection (no receipt table). */
    receiptsOf(poNumber: string, poLineNumber: string): ReceiptTotal | null
}

export interface ReceiptTotal {
    /** Receipts holding a quantity above 0. */
    count: number
    received: number
}

type LineState = Exclude<MatchState, 'no_lines'>

export interface LineReadiness {
    line: MatchLine
    state: LineState
    receipts: ReceiptTotal | null
}

export interface InvoiceReadiness {
    state: MatchState
    lines: LineReadiness[]
    summary: string
}

/** Worst first: the invoice's state is its worst line's. */
const PRECEDENCE: readonly LineState[] = [
    'waiting_for_po',
    'waiting_for_receipt',
    'receipt_not_checked',
    'ready',
    'no_po_line',
]

export function lineReadiness(line: MatchLine, facts: StagedFacts): LineReadiness {
    const { poNumber, poLineNumber } = line
    if (!poNumber || !poLineNumber) return { line, state: 'no_po_line', receipts: null }
    if (!facts.hasPoLine(poNumber, poLineNumber)) return { line, state: 'waiting_for_po', receipts: null }
    const receipts = facts.receiptsOf(poNumber, poLineNumber)
    if (receipts === null) return { line, state: 'receipt_not_checked', receipts }
    return { line, state: receipts.count > 0 ? 'ready' : 'waiting_for_receipt', receipts }
}

export function invoiceReadiness(lines: readonly MatchLine[], facts: StagedFacts): InvoiceReadiness {
    const judged = [...lines].sort(byLineNumber).map((l) => lineReadiness(l, facts))
    if (judged.length === 0) return { state: 'no_lines', lines: [], summary: 'No lines staged: nothing to match.' }
    const state = PRECEDENCE.find((s) => judged.some((l) => l.state === s)) as LineState
    return { state, lines: judged, summary: summaryOf(judged) }
}

/** Numeric line numbers in number order ("2" before "10"), others after them as text. */
function byLineNumber(a: MatchLine, b: MatchLine): number {
    const na = Number(a.lineNumber)
    const nb = Number(b.lineNumber)
    if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb
    return a.lineNumber < b.lineNumber ? -1 : a.lineNumber > b.lineNumber ? 1 : 0
}

const poLineText = (l: MatchLine) => `PO ${l.poNumber} line ${l.poLineNumber}`

/** What a line still needs, or what is worth knowing about it; null for a plain ready line. */
function lineNote(l: LineReadiness): string | null {
    const at = `Line ${l.line.lineNumber}`
    switch (l.state) {
        case 'waiting_for_po':
            return `${at}: waiting for ${poLineText(l.line)}`
        case 'waiting_for_receipt':
            return `${at}: waiting for receipt of ${poLineText(l.line)}`
        case 'receipt_not_checked':
            return `${at}: ${poLineText(l.line)} staged, receipt not checked`
        case 'no_po_line':
            return `${at}: no PO line referenced (not matchable)`
        case 'ready':
            return partialNote(l, at)
    }
}

function partialNote(l: LineReadiness, at: string): string | null {
    const invoiced = l.line.quantity
    if (l.receipts === null || invoiced === null || l.receipts.received >= invoiced) return null
    return `${at}: partial receipt of ${poLineText(l.line)}, ${l.receipts.received} of ${invoiced} received`
}

/** Summaries longer than this end with how many more lines were not named. */
const SUMMARY_MAX = 1000

function summaryOf(lines: readonly LineReadiness[]): string {
    const ready = lines.filter((l) => l.state === 'ready').length
    const head =
        ready === lines.length
            ? `All ${lines.length} line(s) have their PO line and a receipt.`
            : `${ready} of ${lines.length} line(s) ready.`
    const notes = lines.flatMap((l) => lineNote(l) ?? [])
    let text = head
    for (let i = 0; i < notes.length; i++) {
        const more = notes.length - i
        const next = `${text} ${notes[i]}.`
        // Room kept for the closing "... and N more line(s)." so the whole stays within the column.
        if (next.length > SUMMARY_MAX - 40) return `${text} … and ${more} more line(s).`
        text = next
    }
    return text
}
