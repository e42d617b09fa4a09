import type { Cursor } from './cursor'
import { positionId } from './cursor'

/**
 * The exact positions read at the current stamp, kept while a server's collation orders keys:
 * rows it sends again (the cursor's own row, twins it ties with it) are recognised by identity,
 * as its order cannot say which came before. Older stamps are dropped, so the set holds at most
 * one stamp's rows.
 */
export class PositionsRead {
    private stamp: string | null = null
    private readonly ids = new Set<string>()

    has(position: Cursor): boolean {
        return position.modified === this.stamp && this.ids.has(positionId(position))
    }

    add(position: Cursor): void {
        if (position.modified !== this.stamp) {
            this.stamp = position.modified
            this.ids.clear()
        }
        this.ids.add(positionId(position))
    }
}
