import type { IfsRow } from '../ifs/ifs-reader'
import { Failure } from '../domain/failure'
import type { Cursor, ReadFrom, SourcedType } from './cursor'
import { compareCursors, cursorOf, describeCursor, isAlreadyRead } from './cursor'
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
}

interface PlacementInput {
    partition: SourcedType
    from: ReadFrom
    companies: readonly string[]
    rows: readonly IfsRow[]
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

    constructor(private readonly input: PlacementInput) {}

    add(row: IfsRow): void {
        const { partition, companies, from } = this.input
        const why = outsideQueryReason(partition.source, row, companies, from)
        if (why !== null && this.skipsOutside(row, why)) return
        const current = this.positionOf(row, why)
        if (current === null) return
        this.checkOrder(current)
        if ((this.last !== null && compareCursors(current, this.last) === 0) || isAlreadyRead(current, from)) {
            if (why === null) this.repeated++
            return
        }
        if (why === null) this.rows.push(row)
        this.last = current
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

    private checkOrder(current: Cursor): void {
        if (this.last !== null && compareCursors(current, this.last) < 0) {
            throw new OutOfOrder(
                `IFS returned rows out of order at ${describeCursor(current)} (after ${describeCursor(this.last)}); nothing after the last staged page was committed`
            )
        }
    }
}

/**
 * Rows must come in cursor order after the read position, or committing the last one could
 * skip rows. Rows IFS sends again (at or before the position, or twice in a row; IFS warns
 * paging can repeat rows) are dropped; a row going backwards is an error.
 */
export function placePage(input: PlacementInput): PlacedPage {
    const placement = new Placement(input)
    for (const row of input.rows) placement.add(row)
    if (placement.last === null && placement.unplaceable === 0 && placement.outsideCount === 0) {
        const from = input.from
        throw new OutOfOrder(
            `IFS answered a query for rows after ${describeCursor(from.kind === 'after' ? from.cursor : null)} with only rows already read`
        )
    }
    const { rows, last, repeated, unplaceable, outside, outsideCount } = placement
    return { rows, last, repeated, unplaceable, outside, outsideCount }
}
