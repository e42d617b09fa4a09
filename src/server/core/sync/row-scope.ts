import type { DocumentSource } from '../document-types/source-field'
import { companyFieldOf } from '../document-types/source-field'
import type { IfsRow } from '../ifs/ifs-reader'
import { named } from '../staging/problem'
import type { ReadFrom } from './cursor'
import { stampValue } from './stamp'

/**
 * Why a row IFS sent is not one the query asked for, or null when it is. A server that ignores
 * part of a `$filter` must not make the connector stage, flag or read master data for rows outside
 * the connection: such rows are skipped with an audit line (not flagged: a company outside the
 * connection is not its AP users' work). Checked: the company is one of the connection's (when it
 * names any), and, reading from a stamp on, the stamp is not before it. Rows at or before an exact
 * cursor are the engine's repeats (skipped as duplicates). A row without a company or stamp is not
 * judged here: mapping flags it as a missing field. A type without a company (receipts) is not
 * judged by company.
 */
export function outsideQueryReason(
    source: DocumentSource,
    row: IfsRow,
    companies: readonly string[],
    from: ReadFrom
): string | null {
    const field = companyFieldOf(source)
    const company = field === null ? null : row[field.name]
    if (companies.length > 0 && (typeof company === 'string' || typeof company === 'number')) {
        const text = String(company).trim()
        if (text !== '' && !companies.includes(text))
            return `company ${named(text)} is not one of the connection's companies`
    }
    const stamp = stampValue(source.modified, row[source.modified.name])
    if (from.kind === 'from_stamp' && stamp !== null && stamp < from.modified)
        return `modification stamp ${named(String(row[source.modified.name]))} is before the ${from.modified} the query asked from`
    return null
}

/** Counts of skipped rows by reason, as one audit line's text. */
export function describeOutside(reasons: ReadonlyMap<string, number>): string {
    const parts: string[] = []
    reasons.forEach((n, reason) => parts.push(`${n} × ${reason}`))
    return `rows IFS sent outside the query were skipped (not staged, not flagged, no master data read): ${parts.join('; ')}`
}
