import type { ImportOutcome } from '../../ports/import-transform'
import type { StoredRecord } from '../../ports/store'
import type { LineMap } from '../document-types/field-map'
import { transformAndRead } from './import-outcomes'
import { lineLedgerOf } from './line-ledger'
import type { StagingContext } from './stager'

/** Line references per query, as the line writer's look-up. */
const REFERENCES_PER_QUERY = 500

/** What a later run finds of a document's line rows: still waiting, or refused (line numbers and messages). */
export interface LineVerdict {
    pending: boolean
    refused: { lineNumber: string; message: string | null; rowSysId: string }[]
}

/**
 * The line rows of documents whose keys wait for an outcome (platform_schedule, or a transform that
 * did not reach them): for each key, the newest row of each line it remembers, read in one query per
 * 500 lines. A line still pending keeps its document waiting; a refused one is named in its flag.
 * Keys without lines (or types without an import line table) get no verdict: as before lines.
 */
export function pendingLineVerdicts(
    ctx: StagingContext,
    lines: LineMap,
    keys: readonly StoredRecord[]
): Map<string, LineVerdict> {
    const owners = ownersOf(keys)
    const verdicts = new Map<string, LineVerdict>()
    if (owners.size === 0) return verdicts
    const newest = newestRows(ctx, lines, Array.from(owners.keys()))
    const states = settledStates(ctx, lines, newest)
    for (const [reference, row] of newest) {
        const owner = owners.get(reference)
        if (!owner) continue
        const verdict = verdicts.get(owner.key) ?? { pending: false, refused: [] }
        addRow(verdict, owner.lineNumber, row, states.get(row.sys_id))
        verdicts.set(owner.key, verdict)
    }
    return verdicts
}

/** Each remembered line's connector key → its document's staging key and its line number. */
function ownersOf(keys: readonly StoredRecord[]): Map<string, { key: string; lineNumber: string }> {
    const owners = new Map<string, { key: string; lineNumber: string }>()
    for (const k of keys) {
        const ledger = lineLedgerOf(k)
        if (!ledger || !k.key) continue
        for (const lineNumber of ledger.lines.keys()) owners.set(`${k.key}:${lineNumber}`, { key: k.key, lineNumber })
    }
    return owners
}

/** One line's newest row into its document's verdict (its outcome as just read, else as stored). */
function addRow(verdict: LineVerdict, lineNumber: string, row: StoredRecord, outcome: ImportOutcome | undefined): void {
    const state = outcome?.state ?? row.sys_import_state ?? 'pending'
    if (state === 'pending') verdict.pending = true
    if (state === 'error')
        verdict.refused.push({
            lineNumber,
            message: outcome ? outcome.message : (row.sys_import_state_comment ?? null),
            rowSysId: row.sys_id,
        })
}

/**
 * run_now: the line rows still pending are transformed now (the run that wrote them could not), and
 * their outcomes read; platform_schedule leaves them to the platform (their states as read).
 */
function settledStates(
    ctx: StagingContext,
    lines: LineMap,
    newest: ReadonlyMap<string, StoredRecord>
): Map<string, ImportOutcome> {
    const pending = Array.from(newest.values())
        .filter((r) => (r.sys_import_state ?? 'pending') === 'pending')
        .map((r) => r.sys_id)
    const ran = pending.length > 0 ? transformAndRead(ctx, lines.defaultTable, pending) : null
    return ran ?? new Map<string, ImportOutcome>()
}

function newestRows(ctx: StagingContext, lines: LineMap, references: readonly string[]): Map<string, StoredRecord> {
    const newest = new Map<string, StoredRecord>()
    const column = lines.lineReference
    for (let i = 0; i < references.length; i += REFERENCES_PER_QUERY)
        for (const row of ctx.ports.store.query(lines.defaultTable, {
            where: [{ field: column, op: 'IN', value: references.slice(i, i + REFERENCES_PER_QUERY) }],
            orderBy: [{ field: 'sys_created_on' }],
        }))
            if (row[column]) newest.set(row[column] as string, row)
    return newest
}

/** The outcome a refused line's flag quotes, in the shape the header's rejection message takes. */
export function lineOutcome(table: string, refused: LineVerdict['refused'][number]): ImportOutcome {
    return {
        rowSysId: refused.rowSysId,
        state: 'error',
        message: refused.message,
        targetTable: table,
        targetSysId: null,
    }
}
