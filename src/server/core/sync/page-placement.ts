import type { IfsRow } from '../ifs/ifs-reader'
import { Failure } from '../domain/failure'
import type { Cursor, ReadFrom, SourcedType } from './cursor'
import { compareCursors, cursorDisagrees, cursorOf, describeCursor, isAlreadyRead, orderDisagrees } from './cursor'
import type { PositionsRead } from './positions-read'
import { outsideQueryReason } from './row-scope'

/** IFS sent rows that go backwards in cursor order, or only rows already read. */
export class OutOfOrder extends Failure {
    override name = 'OutOfOrder'
}

/** What one page of rows holds, once placed against the read position. */
export interface PlacedPage {
    /** The rows to hand to staging. */
    rows: IfsRow[]
    /** The position of the last row placed: where the cursor can move (null: nothing could place it). */
    last: Cursor | null
    /** Rows IFS sent again (at or before the read position, or twice in a row): skipped. */
    repeated: number
    /** Rows without a usable stamp or key: handed to staging (flagged), they do not move the cursor. */
    unplaceable: number
    /** Rows outside the query, by reason (at most 20 reasons kept). */
    outside: Map<string, number>
    outsideCount: number
    /**
     * The stamp at which the page's order showed the server comparing keys by a collation of its
     * own (see orderDisagrees); null when it agreed. The rows from there on are handed on but
     * do not move the cursor: the pager reads that stamp again, in the server's order.
     */
    collationMismatchAt: string | null
}

interface PlacementInput {
    partition: SourcedType
    from: ReadFrom
    companies: readonly string[]
    rows: readonly IfsRow[]
    /**
     * Given once the server is known to collate keys: the positions read so far at the current
     * stamp. Rows are then taken in the server's order within a stamp and a repeat is a position in
     * this set, not one at or before the cursor (which the server's order need not agree with).
     */
    collated?: PositionsRead
}

/** How many distinct reasons for rows outside the query one audit line names. */
const OUTSIDE_REASONS_KEPT = 20

class Placement implements PlacedPage {
    rows: IfsRow[] = []
    last: Cursor | null = null
    repeated = 0
    unplaceable = 0
    outside = new Map<string, number>()
    outsideCount = 0
    collationMismatchAt: string | null = null
    /** The last position the server sent, placed or not: the previous row of the order checks. */
    private previous: Cursor | null = null

    constructor(private readonly input: PlacementInput) {}

    add(row: IfsRow): void {
        const { partition, companies, from } = this.input
        const why = outsideQueryReason(partition.source, row, companies, from)
        if (why !== null && this.skipsOutside(row, why)) return
        const current = this.positionOf(row, why)
        if (current === null) return
        if (this.collationMismatchAt !== null || this.disagrees(current)) {
            // From here on the page is in an order this engine cannot judge: hand the rows on
            // (staging recognises any it has) and let the pager read the stamp again.
            this.collationMismatchAt ??= current.modified
            if (why === null) this.rows.push(row)
            return
        }
        this.checkOrder(current)
        this.previous = current
        if (this.isRepeat(current)) {
            if (why === null) this.repeated++
            return
        }
        if (why === null) this.rows.push(row)
        this.last = current
        this.input.collated?.add(current)
    }

    /** In exact order a repeat is at or before the read position; collated, a position already read. */
    private isRepeat(current: Cursor): boolean {
        const { from, collated } = this.input
        if (collated)
            return collated.has(current) || (from.kind === 'at_or_after' && current.modified < from.cursor.modified)
        return (this.last !== null && compareCursors(current, this.last) === 0) || isAlreadyRead(current, from)
    }

    /** Exact order: a row (after the previous one, or after the cursor) a folding collation explains. */
    private disagrees(current: Cursor): boolean {
        if (this.input.collated) return false
        const { from } = this.input
        if (this.previous !== null) return orderDisagrees(this.previous, current)
        return from.kind === 'after' && cursorDisagrees(from.cursor, current)
    }

    /** Counts a row outside the query; true when it cannot even steer the cursor. */
    private skipsOutside(row: IfsRow, why: string): boolean {
        this.outsideCount++
        if (this.outside.size < OUTSIDE_REASONS_KEPT || this.outside.has(why))
            this.outside.set(why, (this.outside.get(why) ?? 0) + 1)
        // A row before the lower bound cannot steer the cursor; one of another company keeps
        // its place in the order (a page of nothing else still moves the cursor on).
        const { partition, from } = this.input
        return from.kind === 'from_stamp' && outsideQueryReason(partition.source, row, [], from) !== null
    }

    /** The row's position, or null when it has none (no stamp or key, or one no request can carry). */
    private positionOf(row: IfsRow, why: string | null): Cursor | null {
        try {
            return cursorOf(this.input.partition, row)
        } catch {
            // Staging flags it; it cannot steer the cursor.
            if (why === null) {
                this.rows.push(row)
                this.unplaceable++
            }
            return null
        }
    }

    /** Exact order: no row before the last one placed. Collated: no stamp before the last one. */
    private checkOrder(current: Cursor): void {
        const last = this.last
        if (last === null) return
        const back = this.input.collated ? current.modified < last.modified : compareCursors(current, last) < 0
        if (back) {
            throw new OutOfOrder(
                `IFS returned rows out of order at ${describeCursor(current)} (after ${describeCursor(last)}); nothing after the last staged page was committed`
            )
        }
    }
}

/**
 * Rows must come in cursor order after the read position, or committing the last one could
 * skip rows. Rows IFS sends again (at or before the position, or twice in a row; IFS warns
 * paging can repeat rows) are dropped; a row going backwards is an error. A row whose place only
 * a server collation explains (case or trailing spaces ignored) is no error: it ends the placed
 * part of the page (collationMismatchAt), and the pager re-reads that stamp in the server's order.
 */
export function placePage(input: PlacementInput): PlacedPage {
    const placement = new Placement(input)
    for (const row of input.rows) placement.add(row)
    const { rows, last, repeated, unplaceable, outside, outsideCount, collationMismatchAt } = placement
    if (last === null && unplaceable === 0 && outsideCount === 0 && collationMismatchAt === null) {
        const from = input.from
        throw new OutOfOrder(
            `IFS answered a query for rows after ${describeCursor(from.kind === 'after' || from.kind === 'at_or_after' ? from.cursor : null)} with only rows already read`
        )
    }
    return { rows, last, repeated, unplaceable, outside, outsideCount, collationMismatchAt }
}
