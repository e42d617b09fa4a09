import type { Redactor } from '../audit/redactor'
import type { DocumentSource } from '../document-types/source-field'
import { companyFieldOf, documentNumberFieldOf } from '../document-types/source-field'
import type { IfsRow } from '../ifs/ifs-reader'
import { FlagBook } from './flag-book'
import type { FlagSubject } from './flag-book'
import { sourceKeyOf } from './map-document'

/** A changed line whose document IFS has not shown within the wait: what its flag says. */
export interface WaitingLineFlag {
    /** The document's key fields (from the line's parent keys), under the document's names. */
    documentKey: IfsRow
    /** The line as read. */
    line: IfsRow
    message: string
}

/**
 * Flags the documents of lines that waited in vain for their header, under the document's own
 * source key: when IFS shows the document, staging it resolves the flag like any other. A flag
 * that already says exactly this is left as it is (a run over the same wait writes nothing).
 * Returns how many flags were opened or updated.
 */
export function flagWaitingLines(
    book: FlagBook,
    at: { source: DocumentSource; redactor: Redactor },
    lines: readonly WaitingLineFlag[]
): number {
    const keys = lines.map((l) => sourceKeyOf(at.source, l.documentKey))
    const open = book.activeFor(keys)
    // Only documents with lines wait for their header: a receipt (no company, no lines) never does.
    const company = companyFieldOf(at.source)
    const number = documentNumberFieldOf(at.source)
    let raised = 0
    lines.forEach((l, i) => {
        const subject: FlagSubject = {
            identity: {
                sourceKey: keys[i],
                company: company ? textOf(l.documentKey[company.name]) : null,
                documentNumber: number ? textOf(l.documentKey[number.name]) : null,
                supplierNumber: null,
            },
            stagingKey: null,
            supplierName: null,
            problems: [{ reason: 'missing_header', message: l.message }],
            row: l.line,
        }
        const existing = open.get(book.keyOf(keys[i]))
        if (FlagBook.saysAlready(existing, subject, at.redactor)) return
        book.raise(subject, existing)
        raised++
    })
    return raised
}

function textOf(value: unknown): string | null {
    return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}
