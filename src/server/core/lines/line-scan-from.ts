import type { Cursor, StoredCursor } from '../sync/cursor'
import { compareCursors, decodeCursor, encodeCursor } from '../sync/cursor'
import type { PartitionState } from '../sync/sync-state'

/**
 * Where the line scan of a run read in several slices starts (sync_state.line_scan_from, JSON).
 *
 * Without a line cursor, a run's line scan starts from the header position the run started at
 * (every line of the documents read after it came with its document), or, for a first sync, right
 * after the furthest line seen. A run that stops before its scan (deferred at its time budget,
 * throttled, failed) continues in a later slice whose own header position is further on: starting
 * the scan there would hand the first slices' documents over once more (a first sync's first page,
 * read again by key for nothing), and would skip lines changed before that position in documents
 * no slice read. So the first slice that stops keeps its header position here, each slice adds the
 * furthest line it saw, and the slice that reaches the scan starts from what is kept. Cleared once
 * a scan has run.
 */
export interface LineScanFrom {
    /** The header cursor the run's first slice started from; null: the run read from the start. */
    header: Cursor | null
    /** The furthest line (by its own stamp) among the lines read with the slices' documents. */
    seen: Cursor | null
}

interface Stored {
    set: string
    header: StoredCursor | null
    seen: StoredCursor | null
}

/** What an earlier slice kept for `lineSet`; null when nothing is kept (or it was for another set). */
export function keptLineScanFrom(state: PartitionState, lineSet: string): LineScanFrom | null {
    const text = state.lineScanFromText()
    if (text === null || text === '') return null
    const where = `sync_state ${state.sysId} (line_scan_from)`
    let stored: Stored
    try {
        stored = JSON.parse(text) as Stored
    } catch {
        throw new Error(`${where} is not JSON; clear it (the line scan then starts from the run's own position)`)
    }
    if (stored === null || typeof stored !== 'object' || stored.set !== lineSet) return null
    return {
        header: stored.header ? decodeCursor(stored.header, where) : null,
        seen: stored.seen ? decodeCursor(stored.seen, where) : null,
    }
}

/**
 * A slice stopped before its line scan: keeps the header position of the run's first slice (an
 * earlier slice's, when one kept it) and the furthest line seen by all slices so far.
 */
export function keepLineScanFrom(
    state: PartitionState,
    lineSet: string,
    slice: { headerCursor: Cursor | null; linesSeen: Cursor | null }
): void {
    const kept = keptLineScanFrom(state, lineSet)
    const header = kept ? kept.header : slice.headerCursor
    const seen = furthest(kept?.seen ?? null, slice.linesSeen)
    const stored: Stored = {
        set: lineSet,
        header: header ? encodeCursor(header) : null,
        seen: seen ? encodeCursor(seen) : null,
    }
    state.setLineScanFromText(JSON.stringify(stored))
}

/** The scan ran: the next run starts from the line cursor (or its own position), not from here. */
export function clearLineScanFrom(state: PartitionState): void {
    state.setLineScanFromText(null)
}

/** The further of two line positions; either may be null. */
export function furthest(a: Cursor | null, b: Cursor | null): Cursor | null {
    if (a === null) return b
    if (b === null) return a
    return compareCursors(a, b) >= 0 ? a : b
}
