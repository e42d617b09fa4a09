import { STAGING_KEY } from '../../../tables/staging-key'
import type { ObjectType } from '../../../tables/object-types'
import type { ImportOutcome } from '../../ports/import-transform'
import type { StoredRecord } from '../../ports/store'
import type { FlagBook } from './flag-book'
import { outcomeColumns, rejectionMessage, transformAndRead } from './import-outcomes'
import type { LineMap } from '../document-types/field-map'
import { lineLedgerOf } from './line-ledger'
import { lineOutcome, pendingLineVerdicts } from './pending-line-outcomes'
import type { LineVerdict } from './pending-line-outcomes'
import type { StagingContext } from './stager'

/** Pending keys read per object type and run, oldest first; the rest wait for the next run. */
const PENDING_PER_RUN = 1000

export interface SettledOutcomes {
    /** Rows the transform refused: each is flagged. */
    rejected: number
    flagged: number
}

export interface PendingOutcomesOptions {
    ctx: StagingContext
    objectType: ObjectType
    /** How messages name a document of this type ("Invoice"). */
    noun: string
    book: FlagBook
    /** The type's line map, asked only when a waiting key remembers lines (null: headers only). */
    lines?: () => LineMap | null
}

/**
 * Documents whose import row was left pending — the platform's schedule transforms them
 * (platform_schedule), or the transform failed or did not reach them — are settled by a later run:
 * one query for the pending keys, the transform again where the connector runs it, one read of
 * the rows' outcomes per import table, then each settled key records its verdict and a refused
 * document is flagged with the platform's message. Rows still pending wait for the next run.
 */
export function settlePendingOutcomes(o: PendingOutcomesOptions): SettledOutcomes {
    const { ctx, objectType } = o
    const settled: SettledOutcomes = { rejected: 0, flagged: 0 }
    if (ctx.connection.dryRun || !ctx.ports.importTransform) return settled
    const keys = ctx.ports.store.query(STAGING_KEY.name, {
        where: [
            { field: 'connection', op: '=', value: ctx.connection.sysId },
            { field: 'object_type', op: '=', value: objectType },
            { field: 'transform_state', op: '=', value: 'pending' },
        ],
        orderBy: [{ field: 'sys_updated_on' }],
        limit: PENDING_PER_RUN,
    })
    for (const [table, tableKeys] of byTargetTable(keys)) settleTable(o, table, tableKeys, settled)
    return settled
}

/** One import table's waiting keys: their rows' outcomes (and their lines') read, each key settled. */
function settleTable(
    o: PendingOutcomesOptions,
    table: string,
    tableKeys: readonly StoredRecord[],
    settled: SettledOutcomes
): void {
    const outcomes = readOutcomes(o.ctx, table, tableKeys)
    const verdicts = lineVerdicts(o, tableKeys)
    const refusedLines = (k: StoredRecord) => verdicts.get(k.key ?? '')?.refused ?? []
    const refused = tableKeys.filter(
        (k) => outcomes.get(k.target_sys_id as string)?.state === 'error' || refusedLines(k).length > 0
    )
    const flags = o.book.activeFor(refused.flatMap((k) => (k.source_key ? [k.source_key] : [])))
    const gone = tableKeys.filter((k) => !outcomes.has(k.target_sys_id as string))
    if (gone.length > 0) forgetGoneRows(o, table, gone)
    for (const key of tableKeys) {
        const outcome = outcomes.get(key.target_sys_id as string)
        // A document waits until its header row and its line rows are all transformed.
        if (!outcome || outcome.state === 'pending' || verdicts.get(key.key ?? '')?.pending) continue
        const lines = refusedLines(key)
        const columns = outcomeColumns(outcome)
        if (lines.length > 0) columns.transform_state = 'error'
        // The flag before the verdict: a run that dies between them reads this key again (it is
        // still pending) and updates the flag it finds; a key `error` without its flag never stays.
        if (columns.transform_state === 'error') {
            settled.rejected++
            if (flagRefused(o, key, { outcome, refusedLines: lines }, flags)) settled.flagged++
        }
        o.ctx.ports.store.update(STAGING_KEY.name, key.sys_id, columns)
    }
}

/**
 * Import rows deleted before their outcome was read (the platform's import-set clean-up, a manual
 * delete): their keys stop waiting — else they would hold the head of the pending queue for ever —
 * and the audit says so. The document stays staged; a change in IFS submits a new row.
 */
function forgetGoneRows(o: PendingOutcomesOptions, table: string, keys: readonly StoredRecord[]): void {
    o.ctx.ports.store.updateWhere(STAGING_KEY.name, [{ field: 'sys_id', op: 'IN', value: keys.map((k) => k.sys_id) }], {
        transform_state: null,
    })
    o.ctx.audit.record({
        operation: 'error',
        objectType: o.objectType,
        targetTable: table,
        rows: keys.length,
        message: `${keys.length} import row(s) of ${table} were deleted before their transform outcome was read; their documents stay staged without an outcome.`,
    })
}

function byTargetTable(keys: readonly StoredRecord[]): Map<string, StoredRecord[]> {
    const byTable = new Map<string, StoredRecord[]>()
    for (const key of keys)
        if (key.target_table && key.target_sys_id)
            byTable.set(key.target_table, [...(byTable.get(key.target_table) ?? []), key])
    return byTable
}

/** run_now runs the transform first (it failed or did not reach these rows); then one read. */
function readOutcomes(ctx: StagingContext, table: string, keys: readonly StoredRecord[]): Map<string, ImportOutcome> {
    const rowSysIds = keys.map((k) => k.target_sys_id as string)
    const ran = transformAndRead(ctx, table, rowSysIds)
    if (ran) return ran
    const port = ctx.ports.importTransform
    return new Map((port ? port.outcomes(table, rowSysIds) : []).map((r) => [r.rowSysId, r]))
}

/** The line rows of the waiting keys that remember lines, when the type has an import line table. */
function lineVerdicts(o: PendingOutcomesOptions, keys: readonly StoredRecord[]): Map<string, LineVerdict> {
    const withLines = keys.filter((k) => (lineLedgerOf(k)?.lines.size ?? 0) > 0)
    const lines = withLines.length > 0 && o.lines ? o.lines() : null
    return lines ? pendingLineVerdicts(o.ctx, lines, withLines) : new Map<string, LineVerdict>()
}

function flagRefused(
    o: PendingOutcomesOptions,
    key: StoredRecord,
    refusal: { outcome: ImportOutcome; refusedLines: LineVerdict['refused'] },
    flags: ReadonlyMap<string, StoredRecord>
): boolean {
    const what = `${o.noun} ${key.document_number ?? key.key}`
    const { outcome, refusedLines } = refusal
    // A refused header refuses its lines too: its own reason is the one to fix (see settleLineRows).
    const lines = outcome.state === 'error' ? [] : refusedLines
    const said = [
        ...(outcome.state === 'error' ? [rejectionMessage(what, outcome)] : []),
        ...lines.map((l) => rejectionMessage(`${what} line ${l.lineNumber}`, lineOutcome(key.target_table ?? '', l))),
    ]
    const message = said.join(' ')
    if (!key.source_key) {
        // A key written before source keys were kept: the AP user finds it by the audit row.
        o.ctx.audit.record({
            operation: 'error',
            objectType: o.objectType,
            targetTable: key.target_table ?? undefined,
            targetSysId: key.target_sys_id ?? undefined,
            message,
        })
        return false
    }
    o.book.raise(
        {
            identity: {
                sourceKey: key.source_key,
                company: key.company,
                documentNumber: key.document_number,
                supplierNumber: key.supplier_number,
            },
            stagingKey: key.key,
            supplierName: null,
            problems: [{ reason: 'transform_rejected', message }],
            // The IFS row is not at hand here: a retry of the flag reads it from IFS by its key.
            row: {},
        },
        flags.get(o.book.keyOf(key.source_key))
    )
    return true
}
