import type { Condition, Store, StoredRecord } from '../../ports/store'
import type { FieldMap, LineMap } from '../document-types/field-map'
import { STAGING_KEY } from '../../../tables/staging-key'

/** Values per IN list: what an instance's encoded query takes comfortably (as line-writer). */
const PER_QUERY = 500

/** The state a line row marked removed holds (line-values removedLine, written by line-writer). */
const REMOVED_LINE = 'removed'

/**
 * The state written into a staged receipt's row once IFS no longer shows it. Not an IFS state:
 * the connector's mark, read by the match like IFS's "Cancelled" (core/match/staged-rows).
 */
const REMOVED_RECEIPT_STATE = 'Removed'

/**
 * What the removal sweep (core/lines/removal-sweep) asks of the staged data: which lines are
 * marked removed already (so a document is not read again for a line it marked before), and the
 * marking of receipts IFS deleted. Lines are marked by staging their document again (the re-read
 * path), never here.
 */
export interface RemovedMarks {
    /** Of these line references (`<staging key>:<line number>`), those whose latest row is marked removed. */
    linesMarked(references: readonly string[]): Set<string>
    /**
     * Marks the staged rows of these receipts (their staging keys) removed and forgets their
     * payload hash, so a receipt IFS shows again is staged again; returns how many were not marked
     * before. Zero when the receipt map has no state column to mark.
     */
    markReceipts(keys: readonly string[]): number
}

export interface RemovedMarksContext {
    store: Store
    connectionSysId: string
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

/** The rows of `table` whose `column` is in `values`, oldest first, one query per 500 values. */
function rowsWhereIn(store: Store, table: string, column: string, values: readonly string[]): StoredRecord[] {
    const rows: StoredRecord[] = []
    for (let i = 0; i < values.length; i += PER_QUERY) {
        const where: Condition[] = [{ field: column, op: 'IN', value: values.slice(i, i + PER_QUERY) }]
        rows.push(...store.query(table, { where, orderBy: [{ field: 'sys_created_on' }] }))
    }
    return rows
}

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
        markReceipts: (keys) => markReceipts(ctx, keys),
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

function markReceipts(ctx: RemovedMarksContext, keys: readonly string[]): number {
    const state = stateColumn(ctx.map)
    const keyColumn = ctx.map.externalReference
    if (!state || !keyColumn || keys.length === 0 || !ctx.exists(ctx.table)) return 0
    const latest = latestStates(rowsWhereIn(ctx.store, ctx.table, keyColumn, keys), keyColumn, state)
    const fresh = keys.filter((k) => latest.has(k) && (latest.get(k) ?? '').toLowerCase() !== 'removed')
    for (let i = 0; i < fresh.length; i += PER_QUERY) {
        const chunk = fresh.slice(i, i + PER_QUERY)
        // Every row of the receipt: the match reads the latest, an admin's list shows them all.
        ctx.store.updateWhere(ctx.table, [{ field: keyColumn, op: 'IN', value: chunk }], {
            [state]: REMOVED_RECEIPT_STATE,
        })
        ctx.store.updateWhere(
            STAGING_KEY.name,
            [
                { field: 'connection', op: '=', value: ctx.connectionSysId },
                { field: 'key', op: 'IN', value: chunk },
            ],
            { payload_hash: null }
        )
    }
    return fresh.length
}
