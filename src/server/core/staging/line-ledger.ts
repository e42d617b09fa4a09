import type { StoredRecord } from '../../ports/store'

/**
 * What a staging key remembers of a document's lines (column line_hashes): the hash of the header
 * values last written and, per line number, the hash of the values last written for that line —
 * a removed line keeps the hash of its "removed" row, so it is marked once, and a line added back
 * is written again. Hashes are cut to 16 hex characters (64 bits) to keep a 1,000-line document
 * within the column; they are compared, never shown.
 */
export interface LineLedger {
    header: string
    lines: ReadonlyMap<string, string>
}

const SHORT = 16

export function shortHash(hash: string): string {
    return hash.slice(0, SHORT)
}

/** The ledger a key holds; a key written before lines were staged holds its header hash alone. */
export function lineLedgerOf(rec: StoredRecord | undefined): LineLedger | null {
    if (!rec) return null
    const text = rec.line_hashes
    if (text) {
        try {
            const parsed = JSON.parse(text) as { h?: unknown; l?: unknown }
            if (typeof parsed.h === 'string' && typeof parsed.l === 'object' && parsed.l !== null)
                return {
                    header: parsed.h,
                    lines: new Map(
                        Object.entries(parsed.l as Record<string, unknown>).flatMap(([n, h]) =>
                            typeof h === 'string' ? [[n, h] as const] : []
                        )
                    ),
                }
        } catch {
            // Unreadable: treated as a key that knows no lines (every line is looked up and written).
        }
    }
    return rec.payload_hash ? { header: shortHash(rec.payload_hash), lines: new Map() } : null
}

export function lineLedgerText(ledger: LineLedger): string {
    const lines: Record<string, string> = {}
    for (const [n, h] of Array.from(ledger.lines.entries()).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        lines[n] = h
    return JSON.stringify({ h: ledger.header, l: lines })
}
