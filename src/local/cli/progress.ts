import type { RecordValues, Store } from '../../server/ports/store'
import { ForwardingStore } from '../store/forwarding-store'
import { AUDIT } from '../../tables/audit'

export interface ProgressCounts {
    pages: number
    rows: number
    requests: number
    throttles: number
}

/**
 * The job is synchronous, so no timer can tick while it runs. Progress is observed where the
 * core already reports it: audit rows (read_page, throttle...) pass through the Store, and this
 * decorator counts them on their way in and redraws one status line.
 */
export class ProgressStore extends ForwardingStore {
    readonly counts: ProgressCounts = { pages: 0, rows: 0, requests: 0, throttles: 0 }

    constructor(
        inner: Store,
        private readonly onChange: (counts: ProgressCounts) => void
    ) {
        super(inner)
    }

    override insert(table: string, values: RecordValues): string {
        const id = super.insert(table, values)
        if (table === AUDIT.name) this.observe([values])
        return id
    }
    override insertMany(table: string, rows: readonly RecordValues[]): string[] {
        const ids = super.insertMany(table, rows)
        if (table === AUDIT.name) this.observe(rows)
        return ids
    }

    private observe(rows: readonly RecordValues[]): void {
        let changed = false
        for (const row of rows) {
            if (row.operation === 'read_page') {
                this.counts.pages++
                this.counts.rows += Number(row.rows ?? 0) || 0
                changed = true
            }
            if (row.operation === 'throttle') {
                this.counts.throttles++
                changed = true
            }
            if (row.duration_ms !== null && row.duration_ms !== undefined) {
                this.counts.requests++
                changed = true
            }
        }
        if (changed) this.onChange(this.counts)
    }
}

/** One self-overwriting line on a terminal: `⠿ read 12,000 rows in 3 pages (4 requests, 0 throttles)`. */
export function progressLine(write: (text: string) => void): (counts: ProgressCounts) => void {
    const frames = ['|', '/', '-', '\\']
    let frame = 0
    return (c) => {
        frame = (frame + 1) % frames.length
        write(
            `\r${frames[frame]} read ${c.rows.toLocaleString('en-US')} rows in ${c.pages} pages (${c.requests} requests, ${c.throttles} throttles)   `
        )
    }
}
