import type { KeyField } from '../document-types/source-field'
import type { IfsRow } from '../ifs/ifs-reader'
import type { ODataLiteral } from '../odata/query'
import type { PartitionState } from '../sync/sync-state'
import { keyLiterals } from './parent-key'

/**
 * How many documents' lines may wait for their header at once (per connection and type). Beyond
 * it a line is flagged at once: the list lives in one sync_state column and is read every run.
 */
const MAX_WAITING_DOCUMENTS = 500

/** A changed line whose document IFS does not show (yet): the document's key text and the line. */
export interface WaitingLine {
    parent: string
    line: IfsRow
}

interface Entry {
    parent: string
    /** The line's own fields as read (stamp, keys, parent keys): what a flag names and stores. */
    line: Record<string, unknown>
    /** When it was first seen waiting (ms). */
    since: number
    flagged: boolean
}

/**
 * The lines waiting for their header, per partition (sync_state.waiting_lines, JSON). A line that
 * arrives before its header waits for it, bounded in time: each run reads the waiting documents
 * again by key; one that IFS now shows is staged whole and leaves the list; one still missing
 * after the wait is flagged (naming the line and its document's key), stays listed and is read
 * again each run, so its flag resolves itself when the document is staged.
 */
export class WaitingLines {
    private readonly entries = new Map<string, Entry>()
    /** Lines beyond MAX_WAITING_DOCUMENTS: flagged at once, not listed. */
    readonly overflow: WaitingLine[] = []

    private constructor(private changed = false) {}

    static load(state: PartitionState): WaitingLines {
        const list = new WaitingLines()
        for (const e of parsed(state.waitingLinesText())) list.entries.set(e.parent, e)
        return list
    }

    get size(): number {
        return this.entries.size
    }

    /** Adds lines whose document is missing; a document already waiting keeps its first time. */
    add(lines: readonly WaitingLine[], nowMs: number): void {
        for (const { parent, line } of lines) {
            if (this.entries.has(parent)) continue
            if (this.entries.size >= MAX_WAITING_DOCUMENTS) {
                this.overflow.push({ parent, line })
                continue
            }
            this.entries.set(parent, { parent, line: { ...line }, since: nowMs, flagged: false })
            this.changed = true
        }
    }

    /** The waiting documents' keys as literals for a look-up by key (text → literals). */
    parents(documentKeys: readonly KeyField[]): Map<string, ODataLiteral[]> {
        const out = new Map<string, ODataLiteral[]>()
        for (const parent of this.entries.keys()) {
            const values = JSON.parse(parent) as unknown[]
            const literals = keyLiterals(documentKeys, values)
            if (literals !== null) out.set(parent, literals)
        }
        return out
    }

    /** The documents IFS showed: their lines wait no more. */
    arrived(parents: Iterable<string>): void {
        for (const parent of parents) if (this.entries.delete(parent)) this.changed = true
    }

    /** Lines that waited `waitMs` or longer and are not flagged yet. */
    overdue(nowMs: number, waitMs: number): WaitingLine[] {
        return [...this.entries.values()]
            .filter((e) => !e.flagged && nowMs - e.since >= waitMs)
            .map((e) => ({ parent: e.parent, line: e.line }))
    }

    markFlagged(parents: readonly string[]): void {
        for (const parent of parents) {
            const e = this.entries.get(parent)
            if (e && !e.flagged) {
                e.flagged = true
                this.changed = true
            }
        }
    }

    /** Writes the list back when it changed (a run over nothing new writes nothing). */
    save(state: PartitionState): void {
        if (!this.changed) return
        state.setWaitingLinesText(this.entries.size === 0 ? null : JSON.stringify([...this.entries.values()]))
        this.changed = false
    }
}

/** The stored list; damaged text (an admin's edit) is an empty list: the lines are found again by key or stamp. */
function parsed(text: string | null): Entry[] {
    if (!text) return []
    try {
        const value = JSON.parse(text) as unknown
        return Array.isArray(value) ? value.filter(isEntry) : []
    } catch {
        return []
    }
}

function isEntry(value: unknown): value is Entry {
    if (typeof value !== 'object' || value === null) return false
    const e = value as Record<string, unknown>
    return (
        typeof e.parent === 'string' &&
        typeof e.since === 'number' &&
        typeof e.line === 'object' &&
        e.line !== null &&
        Array.isArray(safeParse(e.parent))
    )
}

function safeParse(text: string): unknown {
    try {
        return JSON.parse(text) as unknown
    } catch {
        return null
    }
}
