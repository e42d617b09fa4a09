import type { IfsRow } from '../ifs/ifs-reader'

/**
 * A document travels through staging as one row: its header row as IFS sent it, with the rows of
 * its lines (and their posting rows) under this key. One row per document keeps header and lines
 * one unit everywhere a row goes: the source hash that tells an unchanged document (a changed
 * line makes a changed document), the payload a flag stores and compares, the stored row a flag
 * is judged by. The key starts with `@` like an OData annotation: no IFS property can be named so.
 */
export const LINE_ROWS_FIELD = '@mlc.lines'

/** The line rows read for one document, each list in key order. */
export interface DocumentLineRows {
    lines: readonly IfsRow[]
    /** Posting rows of the document's lines; empty when the lines carry their own coding. */
    postings: readonly IfsRow[]
}

/** The header row with its line rows attached (a new row; IFS's own fields untouched). */
export function withLineRows(header: IfsRow, rows: DocumentLineRows): IfsRow {
    return { ...header, [LINE_ROWS_FIELD]: { lines: rows.lines, postings: rows.postings } }
}

/**
 * The line rows attached to a document row; null when none were attached (lines not read for
 * it, e.g. a flag's row stored before the connection read lines) or the attachment is not the
 * shape withLineRows writes.
 */
export function lineRowsOf(row: IfsRow): DocumentLineRows | null {
    const value = row[LINE_ROWS_FIELD] as unknown
    if (typeof value !== 'object' || value === null) return null
    const { lines, postings } = value as { lines?: unknown; postings?: unknown }
    if (!isRowList(lines) || !isRowList(postings)) return null
    return { lines, postings }
}

function isRowList(value: unknown): value is readonly IfsRow[] {
    return Array.isArray(value) && value.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))
}
