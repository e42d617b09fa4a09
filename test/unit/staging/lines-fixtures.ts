import type { CanonicalLine, CanonicalPosting } from '../../../src/server/core/domain/canonical-line'
import type { IfsRow } from '../../../src/server/core/ifs/ifs-reader'

/**
 * Documents with lines, built from the contract (CanonicalLine) while the read side is built
 * elsewhere: a test row carries its document's lines under LINES, and the test files replace
 * mapRow (jest.mock, `mapRowWithLines`) so the mapped document carries them. The row as staged
 * keeps the property, so the row's own hash covers the lines as it would the read side's.
 */
export const LINES = '__lines'

export function posting(over: Partial<CanonicalPosting> = {}): CanonicalPosting {
    return {
        postingNumber: '1',
        glAccount: '4000',
        costCenter: '100',
        amount: 20,
        glAccountMapped: '4000',
        costCenterMapped: '100',
        ...over,
    }
}

export function line(lineNumber: string, over: Partial<CanonicalLine> = {}): CanonicalLine {
    return {
        sourceKey: JSON.stringify({ LineNo: lineNumber }),
        lineNumber,
        description: `Item ${lineNumber}`,
        quantity: 2,
        unitPrice: 10,
        amount: 20,
        quantityReceived: null,
        quantityInvoiced: null,
        closed: false,
        poLine: null,
        postings: [posting()],
        modified: '20260110120000',
        ...over,
    }
}

export function withLines(row: IfsRow, lines: readonly CanonicalLine[]): IfsRow {
    return { ...row, [LINES]: lines }
}

/** The jest.mock factory of map-document: the real mapRow, the row's lines put on the document. */
export function mapRowWithLines(): unknown {
    const actual = jest.requireActual('../../../src/server/core/staging/map-document')
    return {
        ...actual,
        mapRow: (partition: unknown, row: IfsRow) => {
            const { [LINES]: lines, ...plain } = row
            const mapped = actual.mapRow(partition, plain)
            if (mapped.kind !== 'mapped' || !Array.isArray(lines)) return mapped
            return { ...mapped, doc: { ...mapped.doc, lines } }
        },
    }
}
