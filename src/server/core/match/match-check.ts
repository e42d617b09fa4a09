import { STAGING_KEY } from '../../../tables/staging-key'
import type { Clock } from '../../ports/clock'
import type { Condition, FieldValue, Store, StoredRecord } from '../../ports/store'
import type { AuditTrail } from '../audit/audit-trail'
import { SUPPLIER_INVOICE } from '../document-types/supplier-invoice'
import { messageOf } from '../domain/failure'
import { toGlideDateTime } from '../domain/glide-time'
import { lineLedgerOf } from '../staging/line-ledger'
import type { MatchTables } from './match-tables'
import { invoiceReadiness, WAITING_STATES } from './readiness'
import type { InvoiceReadiness, MatchState } from './readiness'
import { matchLineOf, readInvoiceLines, readStagedFacts } from './staged-rows'
import { invoicesCiting, poNumbersChangedInRun } from './cited-references'
import { dueInRotation } from '../staging/rotation'

/** Invoices re-checked per run at most (oldest check first), beyond those staged in the run. */
const MATCH_RECHECK_PER_RUN = 500
/** The run's own waiting invoices re-judged at its end at most, in batches of MATCH_RECHECK_PER_RUN. */
const RUN_RECHECK_MAX = 10 * MATCH_RECHECK_PER_RUN
/** Staging keys per IN list: what an instance's encoded query takes comfortably. */
const IN_CHUNK = 500

export interface MatchCheckOptions {
    store: Store
    clock: Clock
    audit: AuditTrail
    connectionSysId: string
    runSysId: string
    tables: MatchTables
    /** Default MATCH_RECHECK_PER_RUN. */
    recheckPerRun?: number
}

/** What one run found, by state (every invoice checked in the run counts once). */
export type MatchCounts = Record<MatchState, number> & { checked: number }

const zero = (): MatchCounts => ({
    checked: 0,
    ready: 0,
    waiting_for_po: 0,
    waiting_for_receipt: 0,
    receipt_not_checked: 0,
    no_po_line: 0,
    no_lines: 0,
})

/** Invoices are what is matched: the key's object type, from the registry. */
const OBJECT_TYPE = SUPPLIER_INVOICE.id

/** A staging key about to be written, with its document's current lines as built for the line table. */
export interface KeyToWrite {
    key: string
    lines: readonly { lineNumber: string; values: Readonly<Record<string, FieldValue>> }[]
    /** The key's values, which receive the match columns. */
    values: Record<string, string | number | null>
}

const textOf = (v: FieldValue | undefined): string | null => (v === null || v === undefined ? null : String(v))

/**
 * Match readiness of staged invoices, kept on their staging keys (match_state, match_summary):
 * after each page, for the invoices the run staged and has not checked yet; at the end of the run,
 * a bounded re-check of those still waiting (and of those never checked). Every check reads the
 * staged rows in bulk — invoice lines by connector key, PO lines and receipts by PO number — so a
 * page of invoices costs a few queries whatever its line count, and one statement marks the
 * unchanged ones checked.
 */
export class MatchCheck {
    private readonly counts = zero()
    private readonly perRun: number
    /** Set when a check failed (a table the instance refuses): the rest of the run leaves readiness alone. */
    private stopped = false
    /** Invoices were judged in this run (annotate). */
    private judged = false
    /** PO lines or receipts were staged after some of this run's invoices were judged. */
    private stale = false

    constructor(private readonly o: MatchCheckOptions) {
        this.perRun = Math.max(0, Math.floor(o.recheckPerRun ?? MATCH_RECHECK_PER_RUN))
    }

    /**
     * The page's invoices staged (new or changed), judged before their keys are written: the
     * readiness goes into the same key write, so it costs no write of its own, only the bulk reads
     * of the PO lines and receipts the page's lines cite.
     */
    annotate(keys: readonly KeyToWrite[]): void {
        if (keys.length === 0) return
        this.guarded(() => {
            const cols = this.o.tables.invoiceLines
            const lines = new Map(
                keys.map((k) => [
                    k.key,
                    k.lines.map((l) => matchLineOf(cols, (c) => textOf(l.values[c]), l.lineNumber)),
                ])
            )
            const facts = readStagedFacts(this.o.store, this.o.tables, Array.from(lines.values()).flat())
            const checkedAt = toGlideDateTime(this.o.clock.nowMs())
            for (const k of keys) {
                const readiness = invoiceReadiness(lines.get(k.key) ?? [], facts)
                this.count(readiness)
                Object.assign(k.values, this.values(readiness, checkedAt))
            }
            this.judged = true
        })
    }

    /**
     * The run staged purchase orders or receipts. A run reads invoices before them (partition
     * order), so an invoice judged earlier in the run may have what it waited for now: recheckRun.
     */
    referencesStaged(): void {
        if (this.judged) this.stale = true
    }

    /**
     * This run's invoices judged waiting, re-judged when PO lines or receipts were staged after
     * them (referencesStaged): without it, the first run of a connection would leave every invoice
     * waiting for the POs the same run staged, until later runs re-check them 500 at a time. Paged
     * by sys_id, at most `limit`; each invoice still counts once, in its final state.
     */
    recheckRun(limit: number = RUN_RECHECK_MAX): void {
        if (!this.stale) return
        this.stale = false
        const page = Math.max(1, this.perRun)
        this.guarded(() => {
            let after: string | null = null
            for (let left = limit; left > 0;) {
                const keys = this.runWaiting(after, Math.min(page, left))
                for (const k of keys) this.uncount(k.match_state)
                this.check(keys)
                if (keys.length < Math.min(page, left)) return
                left -= keys.length
                after = keys[keys.length - 1].sys_id
            }
        })
    }

    /** This run's invoice keys judged waiting, by sys_id after `after`. */
    private runWaiting(after: string | null, limit: number): StoredRecord[] {
        return this.o.store.query(STAGING_KEY.name, {
            where: [
                { field: 'connection', op: '=', value: this.o.connectionSysId },
                { field: 'object_type', op: '=', value: OBJECT_TYPE },
                { field: 'state', op: '=', value: 'staged' },
                { field: 'match_run', op: '=', value: this.o.runSysId },
                { field: 'match_state', op: 'IN', value: [...WAITING_STATES] },
                ...(after === null ? [] : [{ field: 'sys_id', op: '>', value: after } as const]),
            ],
            orderBy: [{ field: 'sys_id' }],
            limit,
        })
    }

    /** Invoices the run staged (new or changed) whose keys were written without a check: a catch-up sweep. */
    sweepRun(limit: number = this.perRun): void {
        this.guarded(() => this.check(this.keys([{ field: 'last_run', op: '=', value: this.o.runSysId }], limit)))
    }

    /**
     * Invoices citing the PO numbers whose PO lines or receipts this run changed or marked removed
     * (cited-references), not judged yet in this run, oldest check first, at most the per-run
     * bound: a ready invoice whose receipt or PO line was cancelled or removed waits again in the
     * run that learnt it, not when its turn in the re-check comes.
     */
    recheckCited(limit: number = this.perRun): void {
        const { store, tables, connectionSysId, runSysId } = this.o
        this.guarded(() => {
            const run = { connectionSysId, runSysId, limit: RUN_RECHECK_MAX }
            const numbers = limit > 0 ? poNumbersChangedInRun(store, tables, run) : []
            const cited = numbers.length > 0 ? invoicesCiting(store, tables.invoiceLines, numbers) : []
            let left = limit
            for (let i = 0; i < cited.length && left > 0; i += IN_CHUNK) {
                const keys = this.keys([{ field: 'key', op: 'IN', value: cited.slice(i, i + IN_CHUNK) }], left)
                this.check(keys)
                left -= keys.length
            }
        })
    }

    /**
     * Invoices still waiting (or never checked), oldest check first, at most the per-run bound; what
     * the bound leaves goes to invoices judged ready, oldest check first: a receipt or PO line they
     * relied on may have been cancelled or removed in IFS since, and nothing else would say so.
     */
    recheck(): void {
        const where: Condition[] = [
            {
                op: 'OR',
                any: [
                    { field: 'match_state', op: 'ISEMPTY' },
                    { field: 'match_state', op: 'IN', value: this.recheckedStates() },
                ],
            },
        ]
        this.guarded(() => {
            const waiting = this.keys(where, this.perRun)
            this.check(waiting)
            const left = this.perRun - waiting.length
            if (left > 0) this.check(this.keys([{ field: 'match_state', op: '=', value: 'ready' }], left))
        })
    }

    /**
     * Waiting states; and "receipt not checked" once the instance has a receipt stage (installed
     * after those invoices were judged), never while it has none: those would be read every run.
     */
    private recheckedStates(): MatchState[] {
        return this.o.tables.receipts ? [...WAITING_STATES, 'receipt_not_checked'] : [...WAITING_STATES]
    }

    /** The run's totals, audited once. */
    finish(): MatchCounts {
        const c = this.counts
        if (c.checked > 0)
            this.o.audit.record({
                operation: 'match_check',
                objectType: OBJECT_TYPE,
                rows: c.checked,
                message: `Match readiness of ${c.checked} staged invoice(s): ${c.ready} ready, ${c.waiting_for_po + c.waiting_for_receipt} waiting (${c.waiting_for_po} for PO, ${c.waiting_for_receipt} for receipt), ${c.receipt_not_checked} receipt not checked, ${c.no_po_line} without PO line, ${c.no_lines} without lines`,
            })
        return { ...c }
    }

    /** Staged invoice keys of the connection not checked in this run, oldest check first. */
    private keys(where: readonly Condition[], limit: number): StoredRecord[] {
        return dueInRotation(this.o.store, {
            connectionSysId: this.o.connectionSysId,
            objectType: OBJECT_TYPE,
            checkedAt: 'match_checked_at',
            where: [
                ...where,
                {
                    op: 'OR',
                    any: [
                        { field: 'match_run', op: 'ISEMPTY' },
                        { field: 'match_run', op: '!=', value: this.o.runSysId },
                    ],
                },
            ],
            limit,
        })
    }

    /**
     * Readiness is a note on what is staged: a failure to judge it (a table or column the instance
     * refuses) is audited once and never fails the page it follows.
     */
    private guarded(work: () => void): void {
        if (this.stopped) return
        try {
            work()
        } catch (e) {
            this.stopped = true
            this.o.audit.record({
                operation: 'error',
                objectType: OBJECT_TYPE,
                message: `Match readiness was not checked this run: ${messageOf(e)}`,
            })
        }
    }

    private check(keys: readonly StoredRecord[]): void {
        if (keys.length === 0) return
        const { store, tables } = this.o
        // A line's connector key is its document's staging key and its line number (line-rows.ts).
        const references = keys.flatMap((k) =>
            Array.from(lineLedgerOf(k)?.lines.keys() ?? [], (lineNumber) => `${k.key}:${lineNumber}`)
        )
        const lines = readInvoiceLines(store, tables.invoiceLines, references)
        const facts = readStagedFacts(store, tables, Array.from(lines.values()).flat())
        const unchanged: string[] = []
        const checkedAt = toGlideDateTime(this.o.clock.nowMs())
        for (const k of keys) {
            const readiness = invoiceReadiness(lines.get(k.key ?? '') ?? [], facts)
            this.count(readiness)
            if (k.match_state === readiness.state && k.match_summary === readiness.summary) unchanged.push(k.sys_id)
            else store.update(STAGING_KEY.name, k.sys_id, this.values(readiness, checkedAt))
        }
        // The unchanged ones in one statement: checked now, so the next page's query skips them.
        if (unchanged.length > 0)
            store.updateWhere(STAGING_KEY.name, [{ field: 'sys_id', op: 'IN', value: unchanged }], {
                match_checked_at: checkedAt,
                match_run: this.o.runSysId,
            })
    }

    private count(readiness: InvoiceReadiness): void {
        this.counts[readiness.state]++
        this.counts.checked++
    }

    /** An invoice judged earlier in the run and judged again: its earlier state no longer counts. */
    private uncount(state: string | null | undefined): void {
        if (!state || !(state in this.counts) || state === 'checked') return
        this.counts[state as MatchState]--
        this.counts.checked--
    }

    private values(readiness: InvoiceReadiness, checkedAt: string) {
        return {
            match_state: readiness.state,
            match_summary: readiness.summary,
            match_checked_at: checkedAt,
            match_run: this.o.runSysId,
        }
    }
}
