import { invoiceReadiness, lineReadiness } from '../../../src/server/core/match/readiness'
import type { MatchLine, ReceiptTotal, StagedFacts } from '../../../src/server/core/match/readiness'

// Readiness from staged facts alone: which PO lines are staged and what their receipts hold.

/** Facts as plain data: staged PO lines "PO|line", receipts per PO line as quantities (one entry per receipt). */
function facts(poLines: string[], receipts: Record<string, number[]> | null): StagedFacts {
    return {
        hasPoLine: (po, line) => poLines.includes(`${po}|${line}`),
        receiptsOf: (po, line): ReceiptTotal | null => {
            if (receipts === null) return null
            const got = (receipts[`${po}|${line}`] ?? []).filter((q) => q > 0)
            return { count: got.length, received: got.reduce((s, q) => s + q, 0) }
        },
    }
}

const line = (
    lineNumber: string,
    po: string | null,
    poLine: string | null,
    quantity: number | null = 5
): MatchLine => ({
    lineNumber,
    poNumber: po,
    poLineNumber: poLine,
    quantity,
})

describe('match readiness of one invoice line', () => {
    it('is ready with its PO line and a receipt, waits for the PO line, then for a receipt', () => {
        const l = line('1', 'PO-7', '3/1')
        expect(lineReadiness(l, facts(['PO-7|3/1'], { 'PO-7|3/1': [5] })).state).toBe('ready')
        expect(lineReadiness(l, facts([], { 'PO-7|3/1': [5] })).state).toBe('waiting_for_po')
        expect(lineReadiness(l, facts(['PO-7|3/1'], {})).state).toBe('waiting_for_receipt')
        // Another release of the same line is another PO line.
        expect(lineReadiness(l, facts(['PO-7|3/2'], { 'PO-7|3/2': [5] })).state).toBe('waiting_for_po')
    })

    it('without a PO reference is not matchable (not a failure), and a receipt of 0 is no receipt', () => {
        expect(lineReadiness(line('1', null, null), facts([], {})).state).toBe('no_po_line')
        expect(lineReadiness(line('1', 'PO-7', null), facts([], {})).state).toBe('no_po_line')
        expect(lineReadiness(line('1', 'PO-7', '1/1'), facts(['PO-7|1/1'], { 'PO-7|1/1': [0] })).state).toBe(
            'waiting_for_receipt'
        )
    })

    it('says "receipt not checked" when receipts are not staged for the preset', () => {
        expect(lineReadiness(line('1', 'PO-7', '1/1'), facts(['PO-7|1/1'], null)).state).toBe('receipt_not_checked')
        expect(lineReadiness(line('1', 'PO-7', '1/1'), facts([], null)).state).toBe('waiting_for_po')
    })
})

describe('match readiness of an invoice', () => {
    const staged = facts(['PO-7|1/1', 'PO-7|2/1', 'PO-7|3/1'], { 'PO-7|1/1': [2, 3], 'PO-7|3/1': [1] })

    it('is its worst line: waiting for PO before waiting for receipt before ready before no PO line', () => {
        expect(invoiceReadiness([line('1', 'PO-7', '1/1'), line('2', null, null)], staged).state).toBe('ready')
        expect(invoiceReadiness([line('1', 'PO-7', '1/1'), line('2', 'PO-7', '2/1')], staged).state).toBe(
            'waiting_for_receipt'
        )
        expect(
            invoiceReadiness([line('1', 'PO-7', '2/1'), line('2', 'PO-9', '1/1'), line('3', 'PO-7', '1/1')], staged)
                .state
        ).toBe('waiting_for_po')
        expect(invoiceReadiness([line('1', null, null), line('2', null, null)], staged).state).toBe('no_po_line')
        expect(invoiceReadiness([], staged).state).toBe('no_lines')
    })

    it('names the lines that wait, and what for, in line-number order', () => {
        const r = invoiceReadiness(
            [line('10', 'PO-7', '1/1'), line('2', 'PO-7', '2/1'), line('3', 'PO-9', '4/2'), line('4', null, null)],
            staged
        )
        expect(r.lines.map((l) => l.line.lineNumber)).toEqual(['2', '3', '4', '10'])
        expect(r.summary).toBe(
            '1 of 4 line(s) ready. Line 2: waiting for receipt of PO PO-7 line 2/1. Line 3: waiting for PO PO-9 line 4/2. Line 4: no PO line referenced (not matchable).'
        )
    })

    it('sums several receipts of a PO line; a partial receipt is ready and named as partial', () => {
        const r = invoiceReadiness([line('1', 'PO-7', '1/1', 5), line('2', 'PO-7', '3/1', 4)], staged)
        expect(r.state).toBe('ready')
        expect(r.lines[0].receipts).toEqual({ count: 2, received: 5 })
        expect(r.lines[1].receipts).toEqual({ count: 1, received: 1 })
        expect(r.summary).toBe(
            'All 2 line(s) have their PO line and a receipt. Line 2: partial receipt of PO PO-7 line 3/1, 1 of 4 received.'
        )
    })

    it('keeps a long summary within the column, saying how many lines it left out', () => {
        const many = Array.from({ length: 200 }, (_, i) => line(String(i + 1), 'PO-404', `${i + 1}/1`))
        const r = invoiceReadiness(many, staged)
        expect(r.state).toBe('waiting_for_po')
        expect(r.summary.length).toBeLessThanOrEqual(1000)
        expect(r.summary).toMatch(/^0 of 200 line\(s\) ready\. Line 1: waiting for PO PO-404 line 1\/1\./)
        expect(r.summary).toMatch(/… and \d+ more line\(s\)\.$/)
    })
})
