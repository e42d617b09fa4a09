import { StoreError } from '../../ports/store'
import type { PageLedger } from './document-writer'
import { isImportTable, rejectionMessage, transformAndRead } from './import-outcomes'
import { lineLedgerOf, lineLedgerText, shortHash } from './line-ledger'
import type { LineTarget } from './line-rows'
import { LineWriter } from './line-writer'
import type { LineImportRow, LineJob } from './line-writer'
import type { KeyUpdate, NewKey } from './new-key-batch'
import type { StagingContext } from './stager'
import type { TargetTable } from './target-record'

export interface PageLinesOptions {
    ctx: StagingContext
    noun: string
    target: TargetTable
    lines: LineTarget
    ledger: PageLedger
}

const what = (noun: string) => (entry: NewKey | KeyUpdate) => `${noun} ${entry.item.doc.documentNumber}`

/**
 * The lines of the page's documents whose headers were just written (or recognised, or kept as
 * staged when only lines changed): written after the headers and before the keys. A document
 * flagged at its header (a locked target) writes no lines. Returns the line table's import rows,
 * for the transform; empty when the line table is not an import table or nothing was written.
 */
export function writePageLines(o: PageLinesOptions): Map<string, LineImportRow> {
    const { lines } = o
    const jobs = jobsOf(o.ledger)
    if (jobs.length === 0 || lines.columns === null) return new Map()
    const writer = new LineWriter({
        ctx: o.ctx,
        target: { ...o.target, lines },
        importTable: isImportTable(lines.columns),
        what: what(o.noun),
    })
    try {
        return writer.write(jobs)
    } catch (e) {
        if (!(e instanceof StoreError)) throw e
        unwritten(o, jobs, e)
        return new Map()
    }
}

/** Documents with lines to write: new ones with lines (unless flagged), changed ones with lines now or before. */
function jobsOf(ledger: PageLedger): LineJob[] {
    const jobs: LineJob[] = []
    for (const entry of ledger.newKeys.entries())
        if (entry.outcome && entry.item.lines.length > 0)
            jobs.push({ entry, headerSysId: String(entry.values.target_sys_id), prev: null })
    for (const entry of ledger.keyUpdates.values()) {
        const rec = ledger.keyRecords.get(entry.item.key)
        const prev = lineLedgerOf(rec)
        if (entry.item.lines.length === 0 && (prev === null || prev.lines.size === 0)) continue
        jobs.push({ entry, headerSysId: rec?.target_sys_id ?? String(entry.values.target_sys_id), prev })
    }
    return jobs
}

/**
 * The line table could not be read or written at all: the keys remember the lines as before and
 * no full hash, so the next run writes the lines again (recognising any that did go in).
 */
function unwritten(o: PageLinesOptions, jobs: readonly LineJob[], e: StoreError): void {
    for (const { entry, prev } of jobs) {
        entry.values.payload_hash = null
        entry.values.line_hashes = lineLedgerText({
            header: shortHash(entry.item.headerHash),
            lines: prev?.lines ?? new Map(),
        })
    }
    o.ctx.audit.record({
        operation: 'error',
        targetTable: o.lines.map.defaultTable,
        rows: jobs.length,
        message: `The lines of ${jobs.length} document(s) were not written to ${o.lines.map.defaultTable}; the next run writes them: ${e.message}`,
    })
}

/**
 * The line table's transform over the rows this page wrote (after the headers' transform, so a
 * line finds its header's record), outcomes read in one query: a refused line flags its document
 * with the platform's message naming the line, and the key's transform state says error.
 */
export function settleLineRows(o: PageLinesOptions, rows: ReadonlyMap<string, LineImportRow>): void {
    if (rows.size === 0) return
    const outcomes = transformAndRead(o.ctx, o.lines.map.defaultTable, Array.from(rows.keys()))
    const entryOf = (key: string) => o.ledger.newKeys.get(key) ?? o.ledger.keyUpdates.get(key)
    // A refused header refuses its lines too ("its header row was not transformed"): the flag names
    // the header's reason, which is what the AP user fixes; the lines' echo of it says nothing more.
    const headerRefused = new Set(
        Array.from(rows.values())
            .map((r) => r.key)
            .filter((key) => entryOf(key)?.rejection !== undefined)
    )
    for (const [rowSysId, { key, lineNumber }] of rows) {
        const outcome = outcomes?.get(rowSysId)
        const entry = entryOf(key)
        if (!entry) continue
        // Not transformed yet (platform_schedule, or the transform did not reach it): a later run
        // reads it (pending-outcomes), the document waiting as its header row would.
        if ((!outcome || outcome.state === 'pending') && entry.values.transform_state !== 'error')
            entry.values.transform_state = 'pending'
        if (outcome?.state !== 'error') continue
        entry.values.transform_state = 'error'
        if (headerRefused.has(key)) continue
        const message = rejectionMessage(`${what(o.noun)(entry)} line ${lineNumber}`, outcome)
        entry.rejection = entry.rejection === undefined ? message : `${entry.rejection} ${message}`
    }
}
