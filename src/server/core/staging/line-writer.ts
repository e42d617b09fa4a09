import type { FieldValue, RecordValues, StoredRecord } from '../../ports/store'
import { StoreError } from '../../ports/store'
import type { LineLedger } from './line-ledger'
import { lineLedgerText, shortHash } from './line-ledger'
import { headerRecordColumns, removedLineRow } from './line-rows'
import type { LineTarget, ReadyLine } from './line-rows'
import type { KeyUpdate, NewKey } from './new-key-batch'
import { holdsValues } from './recognised-target'
import type { StagingContext } from './stager'
import type { TargetTable } from './target-record'

/** Line references per look-up query: an IN list an instance's encoded query takes comfortably. */
const REFERENCES_PER_QUERY = 500

/** One document whose lines are written this page, after its header. */
export interface LineJob {
    entry: NewKey | KeyUpdate
    /** The header's own target record (a legacy line table references it). */
    headerSysId: string | null
    /** What the key remembers of the lines; null for a document that had no key. */
    prev: LineLedger | null
}

/** An import row of the line table written or recognised this page: whose line it is. */
export interface LineImportRow {
    key: string
    lineNumber: string
}

export interface LineWriterOptions {
    ctx: StagingContext
    target: TargetTable & { lines: LineTarget }
    /** The line table is an import table: a row is never edited, a change is a new row. */
    importTable: boolean
    /** How messages name a document ("Invoice INV-1"). */
    what: (entry: NewKey | KeyUpdate) => string
}

type Plan = {
    job: LineJob
    /** Lines whose values differ from what the key remembers (or all, for a document without one). */
    rows: ReadyLine[]
    /** Line number → hash as it will be remembered (unchanged lines keep theirs). */
    hashes: Map<string, string>
    refused: string[]
}

type Pending = { plan: Plan; row: ReadyLine; values: RecordValues }

/**
 * Writes the lines of a page's documents after their headers and before their keys, so a crash in
 * between leaves lines a later run recognises by their connector key (line-rows lineReference):
 * one look-up query per page (per 500 lines), one insertMany per page, an update per changed line
 * only where the line table is edited in place (legacy tables). A line the table refuses flags its
 * document, naming the line; the key remembers only lines written, so the next run tries it again.
 */
export class LineWriter {
    private readonly importRows = new Map<string, LineImportRow>()

    constructor(private readonly o: LineWriterOptions) {}

    write(jobs: readonly LineJob[]): Map<string, LineImportRow> {
        const plans = jobs.map((job) => this.plan(job))
        const found = this.lookUp(plans.flatMap((p) => p.rows.map((r) => r.reference)))
        const inserts: Pending[] = []
        for (const plan of plans)
            for (const row of plan.rows) {
                const values = this.withHeader(row, plan.job.headerSysId)
                const decision = this.decide(found.get(row.reference) ?? [], values, plan.job.entry.allLines === true)
                if (decision.kind === 'insert') inserts.push({ plan, row, values })
                else if (decision.kind === 'update') this.update(plan, row, decision.sysId, values)
                else this.written(plan, row, decision.pendingRow)
            }
        this.insert(inserts)
        for (const plan of plans) this.settle(plan)
        return this.importRows
    }

    private plan(job: LineJob): Plan {
        const { item } = job.entry
        const prev = job.entry.allLines ? new Map<string, string>() : (job.prev?.lines ?? new Map<string, string>())
        const hashes = new Map<string, string>()
        const rows: ReadyLine[] = []
        const refused: string[] = []
        for (const line of item.lines)
            if (prev.get(line.lineNumber) === shortHash(line.hash)) hashes.set(line.lineNumber, shortHash(line.hash))
            else rows.push(line)
        const current = new Set(item.lines.map((l) => l.lineNumber))
        for (const [lineNumber, hash] of prev) {
            if (current.has(lineNumber)) continue
            const removed = removedLineRow(
                { doc: item.doc, key: item.key, lineNumber },
                this.o.target,
                this.o.ctx.ports.digest
            )
            if (removed.kind === 'rejected') refused.push(...removed.problems.map((p) => p.message))
            else if (shortHash(removed.line.hash) === hash) hashes.set(lineNumber, hash)
            else rows.push(removed.line)
        }
        return { job, rows, hashes, refused }
    }

    /**
     * Line rows already in the table for these references, oldest first (an import table holds a
     * row per submission; rows created in the same instant keep the order the store returns them in).
     */
    private lookUp(references: readonly string[]): Map<string, StoredRecord[]> {
        const found = new Map<string, StoredRecord[]>()
        const column = this.o.target.lines.map.lineReference
        for (let i = 0; i < references.length; i += REFERENCES_PER_QUERY) {
            const chunk = references.slice(i, i + REFERENCES_PER_QUERY)
            for (const row of this.o.ctx.ports.store.query(this.table, {
                where: [{ field: column, op: 'IN', value: chunk }],
                orderBy: [{ field: 'sys_created_on' }],
            })) {
                const ref = row[column]
                if (ref) found.set(ref, [...(found.get(ref) ?? []), row])
            }
        }
        return found
    }

    /**
     * What to do with one line row, by the newest row of its connector key. Legacy tables hold one
     * row per line: recognised when it holds the values, else updated in place. Import tables keep a
     * row per submission and a transformed row is never edited: the newest row holding the values
     * is this line already written (a crashed run's, transformed or not); otherwise a new row goes
     * in — also when an older row holds them (A, then B, then A again submits A anew). A document
     * submitted again (`resubmit`: its rows were refused) counts only a row not transformed yet.
     */
    private decide(
        existing: readonly StoredRecord[],
        values: RecordValues,
        resubmit: boolean
    ): { kind: 'insert' } | { kind: 'update'; sysId: string } | { kind: 'skip'; pendingRow: string | null } {
        const newest = existing.length > 0 ? existing[existing.length - 1] : null
        if (!newest) return { kind: 'insert' }
        const holds = holdsValues(newest, values)
        if (!this.o.importTable)
            return holds ? { kind: 'skip', pendingRow: null } : { kind: 'update', sysId: newest.sys_id }
        // Written but not transformed yet: this page's transform takes it.
        const pending = (newest.sys_import_state ?? 'pending') === 'pending'
        if (!holds || (resubmit && !pending)) return { kind: 'insert' }
        return { kind: 'skip', pendingRow: pending ? newest.sys_id : null }
    }

    private withHeader(row: ReadyLine, headerSysId: string | null): RecordValues {
        const values: Record<string, FieldValue> = { ...row.values }
        for (const c of headerRecordColumns(this.o.target.lines.map)) values[c] = headerSysId
        return values
    }

    private get table(): string {
        return this.o.target.lines.map.defaultTable
    }

    private update(plan: Plan, row: ReadyLine, sysId: string, values: RecordValues): void {
        try {
            this.o.ctx.ports.store.update(this.table, sysId, values)
        } catch (e) {
            return this.refuse(plan, row, e)
        }
        this.written(plan, row, null)
    }

    /**
     * One insertMany for the page. When the table refuses it, the rows that did go in before the
     * refusal (an insertMany is not one transaction) are found again by their connector keys, and
     * the rest are inserted one by one, so the refused lines are named and none is written twice.
     */
    private insert(pending: readonly Pending[]): void {
        if (pending.length === 0) return
        const { store } = this.o.ctx.ports
        let sysIds: string[]
        try {
            sysIds = store.insertMany(
                this.table,
                pending.map((p) => p.values)
            )
        } catch (e) {
            if (!(e instanceof StoreError) || e.code === 'duplicate_key') throw e
            return this.insertOneByOne(pending)
        }
        pending.forEach((p, i) => this.written(p.plan, p.row, this.o.importTable ? sysIds[i] : null))
    }

    private insertOneByOne(pending: readonly Pending[]): void {
        const { store } = this.o.ctx.ports
        const found = this.lookUp(pending.map((p) => p.row.reference))
        for (const p of pending) {
            const decision = this.decide(found.get(p.row.reference) ?? [], p.values, p.plan.job.entry.allLines === true)
            if (decision.kind === 'skip') {
                this.written(p.plan, p.row, decision.pendingRow)
                continue
            }
            try {
                const sysId = store.insert(this.table, p.values)
                this.written(p.plan, p.row, this.o.importTable ? sysId : null)
            } catch (e) {
                this.refuse(p.plan, p.row, e)
            }
        }
    }

    private written(plan: Plan, row: ReadyLine, importRow: string | null): void {
        plan.hashes.set(row.lineNumber, shortHash(row.hash))
        if (importRow !== null)
            this.importRows.set(importRow, { key: plan.job.entry.item.key, lineNumber: row.lineNumber })
    }

    private refuse(plan: Plan, row: ReadyLine, e: unknown): void {
        if (!(e instanceof StoreError) || e.code === 'duplicate_key') throw e
        plan.refused.push(`Line ${row.lineNumber}: ${this.table} refused it: ${e.message}`)
        // Remembered as before: the next run writes it again.
        const before = plan.job.entry.allLines ? undefined : plan.job.prev?.lines.get(row.lineNumber)
        if (before === undefined) plan.hashes.delete(row.lineNumber)
        else plan.hashes.set(row.lineNumber, before)
    }

    /** The key remembers what was written; a refused line flags the document and keeps it re-staged. */
    private settle(plan: Plan): void {
        const { entry } = plan.job
        entry.values.line_hashes = lineLedgerText({ header: shortHash(entry.item.headerHash), lines: plan.hashes })
        if (plan.refused.length === 0) return
        // Not the document's full hash: the next run sees it changed and writes the lines missing.
        entry.values.payload_hash = null
        entry.lineProblem = {
            reason: 'target_rejected',
            message: `${this.o.what(entry)} was staged without ${plan.refused.length} line(s): ${plan.refused.join(' ')}`,
        }
    }
}
