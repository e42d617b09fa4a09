import type { FieldValue, RecordValues, Store, StoredRecord } from '../../ports/store'
import type { FieldMap, LineMap } from '../document-types/field-map'
import { STAGING_KEY } from '../../../tables/staging-key'
import { rowsWhereIn } from './rows-where-in'

/** Values per IN list: what an instance's encoded query takes comfortably (as line-writer). */
const PER_QUERY = 500

/** The state a line row marked removed holds (line-values removedLine, written by line-writer). */
const REMOVED_LINE = 'removed'

/**
 * The state written into a staged receipt's (or document's) row once IFS no longer shows it. Not
 * an IFS state: the connector's mark, read by the match like IFS's "Cancelled" (core/match/staged-rows).
 */
const REMOVED_STATE = 'Removed'

/**
 * What the removal sweep (core/lines/removal-sweep) asks of the staged data: which lines are
 * marked removed already (so a document is not read again for a line it marked before), and the
 * marking of documents IFS deleted as a whole (a receipt is such a document). A line deleted from
 * a document IFS still shows is marked by staging its document again (the re-read path), not here.
 */
export interface RemovedMarks {
    /** Of these line references (`<staging key>:<line number>`), those whose latest row is marked removed. */
    linesMarked(references: readonly string[]): Set<string>
    /**
     * Marks documents IFS deleted as a whole, as their receipts and lines are marked: the header
     * rows' state column `Removed`, every row of their staged lines `removed` with quantity and
     * amount 0 (a removed line's row), the key's `removed_at` set and its hashes (payload, source,
     * lines) forgotten, so a document IFS shows again, even unchanged, is staged again, lines and all. Returns how many were not marked before.
     */
    markDocuments(docs: readonly GoneDocument[], now: string): number
}

/** A staged document IFS no longer shows: its staging key record and its staged lines' references. */
interface GoneDocument {
    rec: StoredRecord
    lineReferences: readonly string[]
}

export interface RemovedMarksContext {
    store: Store
    /** The run marking: a key it marks names it (`last_run`), so the match re-judges what cites it. */
    runSysId: string
    /** The type's compiled field map. */
    map: FieldMap
    /** The table the type's partition stages into (receipts: an override or the map's table). */
    table: string
    /** Whether a table exists on this instance. */
    exists: (table: string) => boolean
}

const lineStateColumn = (lines: LineMap): string | null =>
    lines.columns.find((c) => c.source.kind === 'line' && c.source.field === 'lineState')?.column ?? null

const stateColumn = (map: FieldMap): string | null =>
    map.columns.find((c) => c.source.kind === 'field' && c.source.field === 'state')?.column ?? null

const lineColumn = (lines: LineMap, field: 'lineQuantity' | 'lineAmount'): string | null =>
    lines.columns.find((c) => c.source.kind === 'line' && c.source.field === field)?.column ?? null

/** The latest row's state per value of `column` (an import table holds a row per submission). */
function latestStates(rows: readonly StoredRecord[], column: string, state: string): Map<string, string | null> {
    const latest = new Map<string, string | null>()
    for (const r of rows) {
        const id = r[column]
        if (id) latest.set(id, r[state])
    }
    return latest
}

export function removedMarksOf(ctx: RemovedMarksContext): RemovedMarks {
    return {
        linesMarked: (references) => linesMarked(ctx, references),
        markDocuments: (docs, now) => markDocuments(ctx, docs, now),
    }
}

function linesMarked(ctx: RemovedMarksContext, references: readonly string[]): Set<string> {
    const lines = ctx.map.lines
    const state = lines ? lineStateColumn(lines) : null
    // No state column: nothing says a line was marked; its document is read again (bounded by the sweep).
    if (!lines || !state || references.length === 0 || !ctx.exists(lines.defaultTable)) return new Set()
    const rows = rowsWhereIn(ctx.store, lines.defaultTable, lines.lineReference, references)
    const marked = new Set<string>()
    for (const [ref, s] of latestStates(rows, lines.lineReference, state)) if (s === REMOVED_LINE) marked.add(ref)
    return marked
}

/** `values` on every row of `at.table` whose `at.column` is in `keys`, one statement per 500. */
function updateWhereIn(
    store: Store,
    at: { table: string; column: string },
    keys: readonly string[],
    values: RecordValues
): void {
    for (let i = 0; i < keys.length; i += PER_QUERY)
        store.updateWhere(at.table, [{ field: at.column, op: 'IN', value: keys.slice(i, i + PER_QUERY) }], values)
}

function markDocuments(ctx: RemovedMarksContext, docs: readonly GoneDocument[], now: string): number {
    // Marked before (and not staged again since): nothing to write, nothing to count.
    const fresh = docs.filter((d) => !d.rec.removed_at && d.rec.key)
    if (fresh.length === 0) return 0
    const keys = fresh.map((d) => d.rec.key ?? '')
    const state = stateColumn(ctx.map)
    const keyColumn = ctx.map.externalReference
    if (state && keyColumn && ctx.exists(ctx.table))
        updateWhereIn(ctx.store, { table: ctx.table, column: keyColumn }, keys, { [state]: REMOVED_STATE })
    markLines(
        ctx,
        fresh.flatMap((d) => d.lineReferences)
    )
    // The key names the mark for AP staff (the staging key list) and forgets what was staged, so a
    // document IFS shows again is written again, header and lines, over the marks.
    updateWhereIn(
        ctx.store,
        { table: STAGING_KEY.name, column: 'sys_id' },
        fresh.map((d) => d.rec.sys_id),
        {
            removed_at: now,
            last_run: ctx.runSysId,
            payload_hash: null,
            source_hash: null,
            line_hashes: null,
        }
    )
    return fresh.length
}

/** Every row of these lines marked as a removed line's row is: state removed, quantity and amount 0. */
function markLines(ctx: RemovedMarksContext, references: readonly string[]): void {
    const lines = ctx.map.lines
    const state = lines ? lineStateColumn(lines) : null
    if (!lines || !state || references.length === 0 || !ctx.exists(lines.defaultTable)) return
    const values: Record<string, FieldValue> = { [state]: 'removed' }
    for (const field of ['lineQuantity', 'lineAmount'] as const) {
        const column = lineColumn(lines, field)
        if (column) values[column] = 0
    }
    updateWhereIn(ctx.store, { table: lines.defaultTable, column: lines.lineReference }, references, values)
}
