import type { ObjectType } from '../../../tables/object-types'
import type { AuditTrail } from '../audit/audit-trail'
import type { LineSource } from '../document-types/line-source'
import type { DocumentSource } from '../document-types/source-field'
import type { IfsReader, IfsRow } from '../ifs/ifs-reader'
import type { FilterExpr, ODataLiteral, ODataQuery } from '../odata/query'
import type { Cursor, PositionedType, ReadFrom } from '../sync/cursor'
import { compareCursors, cursorOf, readStart, stampMinusSeconds } from '../sync/cursor'
import { afterCursorFilter } from '../sync/keyset-pager'
import type { PageOutcome } from '../sync/page-sink'
import { addCounts, zeroCounts } from '../sync/run-counts'
import type { RunCounts } from '../sync/run-counts'
import { stampLiteral } from '../sync/stamp'
import type { PartitionState } from '../sync/sync-state'
import { readDocumentsByKey } from './documents-by-key'
import { lineRowsOf } from './document-line-rows'
import { readLinesOf } from './line-reader'
import { keyLiterals, keyText } from './parent-key'
import type { WaitingLines } from './waiting-lines'

/**
 * A line can change in IFS without its header's stamp (a PO line's quantity, price, received
 * quantity): such a change is found by reading the line set by its own stamp, from its own cursor
 * (sync_state.line_cursor_*, committed like the header cursor: only once every document of the
 * changed lines read so far is staged or flagged). The documents of changed lines are read again
 * by key in bulk and staged whole (header and every line) through the page path, so the payload
 * and line hashes decide what is written: only the changed line rows. Bounded: one line request
 * per page of changed lines plus the key look-ups the URL bound needs, never one per document.
 */
export interface LineScanContext {
    reader: IfsReader
    tenantUrl: string
    companies: readonly string[]
    /** Lines per scan page and documents per look-up: the connection's page size. */
    pageSize: number
    objectType: ObjectType
    /** The documents' entity set and names; `source.lines` is the line set scanned. */
    entitySet: string
    source: DocumentSource & { lines: LineSource }
    state: PartitionState
    /** Key texts of the documents this run staged already (their lines went with them); grows. */
    staged: Set<string>
    /** Stages header rows with their lines attached, as a page is staged. */
    stage: (rows: IfsRow[]) => PageOutcome
    audit: Pick<AuditTrail, 'record'>
    /** Lines whose document IFS does not show yet. */
    waiting: WaitingLines
    dryRun: boolean
    nowMs: () => number
    outOfTime: () => boolean
}

export interface LineScanOutcome {
    counts: RunCounts
    /** Documents read again because a line of theirs changed. */
    documents: number
    /** Changed line rows read. */
    lines: number
    /** Why the scan stopped before the end (staging errors), or null. */
    stopped: string | null
}

/** How a line set's rows are placed: by the line's own stamp and keys; null when the set has no stamp. */
export function lineScanType(objectType: ObjectType, lines: LineSource): PositionedType | null {
    return lines.modified ? { objectType, source: { modified: lines.modified, keys: lines.keys } } : null
}

/** The furthest line position among the lines attached to `rows`; `seen` when none is further. */
export function furthestLine(type: PositionedType, rows: readonly IfsRow[], seen: Cursor | null): Cursor | null {
    let furthest = seen
    for (const row of rows)
        for (const line of lineRowsOf(row)?.lines ?? []) {
            const at = positionOf(type, line)
            if (at !== null && (furthest === null || compareCursors(at, furthest) > 0)) furthest = at
        }
    return furthest
}

function positionOf(type: PositionedType, row: IfsRow): Cursor | null {
    try {
        return cursorOf(type, row)
    } catch {
        // A line without its stamp or key is staged with its document; it cannot place a scan.
        return null
    }
}

/**
 * Where this run's scan starts: behind the line cursor by the lookback window; with no line cursor
 * yet, from the header cursor's stamp the run started at (lines changed since the headers were read,
 * when both stamps are of one format), else null: the partition was read from its start, every
 * line came with its document, and the scan starts from the furthest line seen.
 */
export function lineScanStart(
    ctx: Pick<LineScanContext, 'state' | 'source'>,
    at: { headerCursor: Cursor | null; windowSeconds: number }
): ReadFrom | null {
    const lines = ctx.source.lines
    const cursor = ctx.state.lineCursor(lines.entitySet)
    if (cursor !== null) return readStart(cursor, at.windowSeconds, false).from
    const stamp = ctx.source.modified
    if (at.headerCursor === null || lines.modified?.format !== stamp.format || lines.modified.kind !== stamp.kind)
        return null
    return { kind: 'from_stamp', modified: stampMinusSeconds(at.headerCursor.modified, at.windowSeconds) }
}

function scanQuery(type: PositionedType, lines: LineSource, from: ReadFrom): ODataQuery {
    const stamp = type.source.modified
    let filter: FilterExpr | undefined
    if (from.kind === 'after' || from.kind === 'at_or_after')
        filter = afterCursorFilter(type.source, from.cursor, from.kind === 'at_or_after')
    if (from.kind === 'from_stamp') filter = { op: 'ge', field: stamp.name, value: stampLiteral(stamp, from.modified) }
    const numbers = [lines.fields.lineNumber, lines.fields.releaseNumber].flatMap((f) => (f ? [f.name] : []))
    const select = [stamp.name, ...lines.keys.map((k) => k.name), ...lines.parentKeys.map((k) => k.name), ...numbers]
    return {
        filter,
        select: Array.from(new Set(select)),
        orderBy: [{ field: stamp.name }, ...lines.keys.map((k) => ({ field: k.name }))],
    }
}

/** Reads the line set from `from` on, page by page, restaging the documents of changed lines. */
export function scanChangedLines(ctx: LineScanContext, from: ReadFrom): LineScanOutcome {
    const lines = ctx.source.lines
    const type = lineScanType(ctx.objectType, lines)!
    const outcome: LineScanOutcome = { counts: zeroCounts(), documents: 0, lines: 0, stopped: null }
    for (let position = from; ;) {
        const page = ctx.reader.readPage(lines.entitySet, scanQuery(type, lines, position), {
            objectType: ctx.objectType,
        })
        const placed = placeLines(type, lines, page.rows, position)
        outcome.lines += placed.changed.length
        const done = restage(ctx, placed.parents)
        addCounts(outcome.counts, done.counts)
        outcome.documents += done.documents
        ctx.waiting.add(
            done.missing.map((parent) => ({ parent, line: placed.lineOf.get(parent)! })),
            ctx.nowMs()
        )
        if (done.counts.errors > 0) {
            outcome.stopped = `${done.counts.errors} documents of changed lines could not be staged; the line cursor stays`
            return outcome
        }
        if (placed.last === null) return outcome
        if (!ctx.dryRun) ctx.state.commitLineCursor(lines.entitySet, placed.last)
        if (page.nextLink === null || ctx.outOfTime()) return outcome
        position = { kind: 'after', cursor: placed.last }
    }
}

interface PlacedLines {
    changed: IfsRow[]
    /** Parent key text → literals, for the documents not staged yet this run. */
    parents: Map<string, ODataLiteral[]>
    /** Parent key text → one of its changed lines (what a waiting line names). */
    lineOf: Map<string, IfsRow>
    last: Cursor | null
}

function placeLines(type: PositionedType, lines: LineSource, rows: readonly IfsRow[], from: ReadFrom): PlacedLines {
    const out: PlacedLines = { changed: [], parents: new Map(), lineOf: new Map(), last: null }
    for (const row of rows) {
        const at = positionOf(type, row)
        if (at === null) continue
        // Rows at or before an exact position were read already (a server sending them again).
        if (from.kind === 'after' && compareCursors(at, from.cursor) <= 0) continue
        if (out.last === null || compareCursors(at, out.last) > 0) out.last = at
        out.changed.push(row)
        const values = lines.parentKeys.map((k) => row[k.name])
        const text = keyText(lines.parentKeys, values)
        const literals = keyLiterals(lines.parentKeys, values)
        if (text === null || literals === null || out.parents.has(text)) continue
        out.parents.set(text, literals)
        out.lineOf.set(text, row)
    }
    return out
}

/**
 * The documents of `parents` not staged yet this run, read by key and staged whole; returns the
 * counts and the parents IFS does not show (their lines wait).
 */
export function restage(
    ctx: LineScanContext,
    parents: ReadonlyMap<string, readonly ODataLiteral[]>
): { counts: RunCounts; documents: number; missing: string[] } {
    const wanted = new Map([...parents].filter(([text]) => !ctx.staged.has(text)))
    const counts = zeroCounts()
    if (wanted.size === 0) return { counts, documents: 0, missing: [] }
    const { found, missing } = readDocumentsByKey(
        {
            reader: ctx.reader,
            tenantUrl: ctx.tenantUrl,
            objectType: ctx.objectType,
            entitySet: ctx.entitySet,
            source: ctx.source,
            companies: ctx.companies,
            maxPerRequest: ctx.pageSize,
        },
        wanted
    )
    if (found.length > 0) {
        const rows = readLinesOf(found, {
            reader: ctx.reader,
            tenantUrl: ctx.tenantUrl,
            objectType: ctx.objectType,
            source: ctx.source,
            maxPerRequest: ctx.pageSize,
            audit: ctx.audit,
        })
        addCounts(counts, { ...ctx.stage(rows), read: rows.length })
        const keys = ctx.source.keys
        for (const row of found) {
            const text = keyText(
                keys,
                keys.map((k) => row[k.name])
            )
            if (text !== null) ctx.staged.add(text)
        }
    }
    return { counts, documents: found.length, missing }
}
