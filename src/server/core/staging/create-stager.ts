import { isReceipt, supplierNumberOf } from '../domain/canonical-document'
import type { CanonicalDocument } from '../domain/canonical-document'
import type { ObjectType } from '../../../tables/object-types'
import type { ColumnInfo } from '../../ports/platform'
import type { DocumentSource } from '../document-types/source-field'
import type { StoredRecord } from '../../ports/store'
import { toGlideDateTime } from '../domain/glide-time'
import type { IfsRow } from '../ifs/ifs-reader'
import type { PageOutcome, SourcePage } from '../sync/page-sink'
import { DimensionMappings } from './dimension-mappings'
import { enrichAndValidate } from './enrich-and-validate'
import { RunTargets } from './run-targets'
import { FlagBook } from './flag-book'
import { rereadFlagged } from './flag-reread'
import { mapRow } from './map-document'
import { MasterDataCache } from './master-data-cache'
import { PageStaging } from './page-staging'
import { settlePendingOutcomes } from './pending-outcomes'
import type { SettledOutcomes } from './pending-outcomes'
import type { Counts } from './staged-item'
import type { FlagRetryOptions, FlagRetryOutcome, Stager, StagerFactory, StagingContext } from './stager'
import { perObjectType } from '../document-types/object-type'
import { readLinesOf } from '../lines/line-reader'
import type { LineMap } from '../document-types/field-map'
import type { LineTarget } from './line-rows'
import { flagWaitingLines } from './waiting-line-flags'
import type { WaitingLineFlag } from './waiting-line-flags'
import type { KeyUpdate, NewKey } from './new-key-batch'
import { MatchCheck } from '../match/match-check'
import { removedMarksOf } from './removed-marks'
import type { RemovedMarks } from './removed-marks'
import type { MatchCounts } from '../match/match-check'
import { matchTablesOf } from '../match/match-tables'
import type { StagedReceipts } from '../match/match-tables'
import { RECEIPT } from '../document-types/receipt'
import { PURCHASE_ORDER } from '../document-types/purchase-order'
import { SUPPLIER_INVOICE } from '../document-types/supplier-invoice'

/** An open flag whose last IFS read is at least this old is re-read by the next run (1 hour). */
const FLAG_RECHECK_INTERVAL_MS = 60 * 60 * 1000
/** At most this many such due flags are re-read per object type and run, oldest read first. */
const FLAG_RECHECK_PER_RUN = 500

export interface StagerOptions {
    /** Create `auto` dimension mappings (IFS value = ServiceNow value) for code parts seen. Default true. */
    autoFillDimensions?: boolean
    /** Re-check interval for open flags that still fail on their stored row; default FLAG_RECHECK_INTERVAL_MS. */
    flagRecheckIntervalMs?: number
    /** Due flags re-read per object type and run at most; default FLAG_RECHECK_PER_RUN. */
    flagRecheckPerRun?: number
}

const NOUN: Readonly<Record<ObjectType, string>> = perObjectType((t) => t.noun)

/**
 * Staging for one connection and run. Per page: map every row, load missing suppliers in one
 * batched read, validate, then one staging-key query, at most one target query (new, pending and
 * changed keys) and one flag query, and write in the crash-safe order: target records row by
 * row, then the page's new keys `staged` in one insertMany.
 */
class ConnectionStager implements Stager {
    private readonly cache: MasterDataCache
    private readonly mappings: DimensionMappings
    private readonly tables = new Map<string, ReadonlyMap<string, ColumnInfo> | null>()
    private readonly dryRun: boolean
    /** Per active flag (sys_id): whether its stored row passes now; judged once per run. */
    private retryVerdicts: Map<string, boolean> | null = null
    private readonly recheckIntervalMs: number
    private readonly recheckPerRun: number
    /** Field maps compiled once for the run, the settings they write, reference look-ups cached. */
    private readonly targets: RunTargets
    /** Match readiness of staged invoices (core/match); null when there is nothing to match. */
    private match: MatchCheck | null | undefined

    constructor(
        private readonly ctx: StagingContext,
        options: StagerOptions
    ) {
        this.dryRun = ctx.connection.dryRun
        this.recheckIntervalMs = Math.max(0, options.flagRecheckIntervalMs ?? FLAG_RECHECK_INTERVAL_MS)
        this.recheckPerRun = Math.max(0, Math.floor(options.flagRecheckPerRun ?? FLAG_RECHECK_PER_RUN))
        this.cache = new MasterDataCache(ctx.reader, ctx.connection, ctx.audit)
        this.mappings = new DimensionMappings(ctx.ports.store, ctx.connection.sysId, options.autoFillDimensions ?? true)
        this.targets = new RunTargets(ctx.ports.store, ctx.connection)
    }

    acceptPage(page: SourcePage): PageOutcome {
        return this.stageRows(page.objectType, page.targetTable, page.rows, 'page')
    }

    retryOpenFlags(
        objectType: ObjectType,
        flagSysIds?: readonly string[],
        options: FlagRetryOptions = {}
    ): FlagRetryOutcome {
        const partition = this.ctx.connection.partitions.find((p) => p.objectType === objectType)
        if (!partition || (flagSysIds !== undefined && flagSysIds.length === 0))
            return { retried: 0, resolved: 0, stillFlagged: 0 }
        const book = this.flagBook(objectType)
        const active = book.active(flagSysIds)
        const flags = options.skipStillFailing ? this.worthReading(active) : active
        if (flags.length === 0) return { retried: 0, resolved: 0, stillFlagged: 0 }

        const reread = rereadFlagged(flags, { ctx: this.ctx, objectType, partition, book })
        // A document is staged with its lines: the re-read documents' lines, in bulk, like a page's.
        const rows = readLinesOf(reread, {
            reader: this.ctx.reader,
            tenantUrl: this.ctx.connection.tenantUrl,
            objectType,
            source: partition.source,
            maxPerRequest: this.ctx.connection.pageSize,
            audit: this.ctx.audit,
        })
        const outcome = rows.length > 0 ? this.stageRows(objectType, partition.targetTable, rows, 'retry') : null
        const resolved = outcome?.resolved ?? 0
        return { retried: flags.length, resolved, stillFlagged: flags.length - resolved }
    }

    flagWaitingLines(objectType: ObjectType, lines: readonly WaitingLineFlag[]): number {
        if (lines.length === 0) return 0
        const at = { source: this.sourceOf(objectType), redactor: this.ctx.redactor }
        return flagWaitingLines(this.flagBook(objectType), at, lines)
    }

    finishMatchReadiness(): MatchCounts | null {
        const match = this.matchCheck()
        if (!match) return null
        // The run's invoices judged before its POs and receipts were staged; those written without a
        // check; those citing POs whose lines or receipts the run changed or marked removed; then
        // those of earlier runs still waiting.
        match.recheckRun()
        match.sweepRun()
        match.recheckCited()
        match.recheck()
        return match.finish()
    }

    /**
     * Built on first use: the invoice and PO line maps name the columns (core/match/match-tables).
     * None for a dry run, a connection without invoices, or a preset whose lines cannot be matched.
     */
    private matchCheck(): MatchCheck | null {
        if (this.match !== undefined) return this.match
        const syncsInvoices = this.ctx.connection.partitions.some((p) => p.objectType === SUPPLIER_INVOICE.id)
        const tables =
            this.dryRun || !syncsInvoices
                ? null
                : matchTablesOf(
                      {
                          invoice: this.targets.mapFor(SUPPLIER_INVOICE.id),
                          order: this.targets.mapFor(PURCHASE_ORDER.id),
                          orderTable: this.partitionTable(PURCHASE_ORDER.id),
                          receipts: this.stagedReceipts(),
                      },
                      this.ctx.ports.platform
                  )
        const { ports, audit, connection, runSysId } = this.ctx
        this.match = tables
            ? new MatchCheck({
                  store: ports.store,
                  clock: ports.clock,
                  audit,
                  connectionSysId: connection.sysId,
                  runSysId,
                  tables,
              })
            : null
        return this.match
    }

    /** The table a type's partition stages into (its override, else its map's); undefined without the partition. */
    private partitionTable(objectType: ObjectType): string | undefined {
        return this.ctx.connection.partitions.find((p) => p.objectType === objectType)?.targetTable
    }

    /** The receipts' map and the table their partition stages into; null when the connection stages none. */
    private stagedReceipts(): StagedReceipts | null {
        const partition = this.ctx.connection.partitions.find((p) => p.objectType === RECEIPT.id)
        return partition ? { map: this.targets.mapFor(RECEIPT.id), table: partition.targetTable } : null
    }

    removedMarks(objectType: ObjectType): RemovedMarks | null {
        const partition = this.ctx.connection.partitions.find((p) => p.objectType === objectType)
        if (this.dryRun || !partition) return null
        return removedMarksOf({
            store: this.ctx.ports.store,
            runSysId: this.ctx.runSysId,
            map: this.targets.mapFor(objectType),
            table: partition.targetTable,
            exists: (table) => this.columnsOf(table) !== null,
        })
    }

    settlePendingOutcomes(objectType: ObjectType): SettledOutcomes {
        if (!this.ctx.connection.partitions.some((p) => p.objectType === objectType)) return { rejected: 0, flagged: 0 }
        return settlePendingOutcomes({
            ctx: this.ctx,
            objectType,
            noun: NOUN[objectType],
            book: this.flagBook(objectType),
            lines: () => this.targets.mapFor(objectType).lines,
        })
    }

    /**
     * The flags worth a request to IFS this run: an AP user asked for a retry, the stored row
     * cannot be checked (no payload, cut short), or it passes validation against today's master
     * data — and, bounded per run, those whose last IFS read (`last_attempt_at`) is at least the
     * re-check interval old, oldest first. The stored row says nothing of the row as IFS holds it
     * now: a document fixed in IFS whose new stamp the cursor missed is found by this re-read.
     * A re-read stamps `last_attempt_at`, so a run soon after asks for none of them again.
     */
    private worthReading(flags: readonly StoredRecord[]): StoredRecord[] {
        const verdicts = (this.retryVerdicts ??= this.judgeActiveFlags())
        const mayPass = (f: StoredRecord) => f.state === 'retrying' || (verdicts.get(f.sys_id) ?? true)
        const cutoff = toGlideDateTime(this.ctx.ports.clock.nowMs() - this.recheckIntervalMs)
        const lastRead = (f: StoredRecord) => f.last_attempt_at ?? ''
        // A flag of a company the connection no longer names is never read from IFS again.
        const companies = this.ctx.connection.companies
        const named = (f: StoredRecord) => companies.length === 0 || f.company === null || companies.includes(f.company)
        const due = new Set(
            flags
                .filter((f) => !mayPass(f) && named(f) && lastRead(f) <= cutoff)
                .sort((a, b) => (lastRead(a) < lastRead(b) ? -1 : lastRead(a) > lastRead(b) ? 1 : 0))
                .slice(0, this.recheckPerRun)
                .map((f) => f.sys_id)
        )
        return flags.filter((f) => mayPass(f) || due.has(f.sys_id))
    }

    /**
     * Checks the stored rows of every active flag of the connection at once, so that the suppliers
     * of all object types are looked up in one go (the job retries one object type at a time).
     */
    private judgeActiveFlags(): Map<string, boolean> {
        const checked = this.ctx.connection.partitions.flatMap((partition) =>
            this.flagBook(partition.objectType)
                .active()
                .map((flag) => {
                    const row = storedRow(flag.payload)
                    return { flag, result: row === null ? null : mapRow(partition, row) }
                })
        )
        this.cache.loadSuppliers(
            checked.flatMap((c) => (c.result?.kind === 'mapped' ? (supplierNumberOf(c.result.doc) ?? []) : []))
        )
        const verdicts = new Map<string, boolean>()
        const companies = this.ctx.connection.companies
        for (const { flag, result } of checked) {
            // A flag of a company the connection no longer names never reads that company's master data.
            const foreign = result?.kind === 'mapped' && outsideCompanies(result.doc, companies)
            // Refused by the import transform: the row passes here, the platform said otherwise.
            const refused = flag.reason === 'transform_rejected'
            const passes =
                (result === null && !foreign && !refused) ||
                (result !== null &&
                    result.kind === 'mapped' &&
                    !foreign &&
                    !refused &&
                    enrichAndValidate(result.doc, this.cache, this.mappings).problems.length === 0)
            verdicts.set(flag.sys_id, passes)
        }
        return verdicts
    }

    // ---- the page pipeline ----

    /**
     * `page`: rows read through the cursor (or again in the lookback window); `retry`: rows re-read
     * for open flags, where every re-check counts as an attempt on the flag.
     */
    private stageRows(
        objectType: ObjectType,
        targetTable: string,
        rows: readonly IfsRow[],
        source: 'page' | 'retry'
    ): Counts {
        const columns = this.columnsOf(targetTable)
        if (!columns) {
            this.ctx.audit.record({
                operation: 'error',
                objectType,
                targetTable,
                rows: rows.length,
                message: `Target table ${targetTable} does not exist on this instance; nothing was staged. Check the connection's target table.`,
            })
            return {
                inserted: 0,
                updated: 0,
                duplicates: 0,
                flagged: 0,
                rejected: 0,
                errors: rows.length,
                resolved: 0,
            }
        }
        const map = this.targets.mapFor(objectType)
        const counts = new PageStaging({
            ctx: this.ctx,
            objectType,
            documentSource: this.sourceOf(objectType),
            noun: NOUN[objectType],
            targetTable,
            columns,
            map,
            lines: map.lines ? this.lineTarget(map.lines) : null,
            settings: this.targets.settings,
            resolve: this.targets.resolve,
            references: this.targets.references,
            source,
            book: this.flagBook(objectType),
            cache: this.cache,
            mappings: this.mappings,
            annotateKeys: objectType === SUPPLIER_INVOICE.id ? (keys) => this.annotateMatch(keys) : undefined,
        }).run(rows)
        // What invoices judged earlier in the run wait for may have just been staged.
        if (objectType !== SUPPLIER_INVOICE.id && counts.inserted + counts.updated + (counts.rejected ?? 0) > 0)
            this.match?.referencesStaged()
        return counts
    }

    /** The page's invoices, judged against what is staged of their PO lines and receipts, into their key writes. */
    private annotateMatch(keys: readonly (NewKey | KeyUpdate)[]): void {
        this.matchCheck()?.annotate(
            keys.map(({ item, values }) => ({
                key: item.key,
                lines: item.lines.map((l) => ({ lineNumber: l.lineNumber, values: l.values })),
                values,
            }))
        )
    }

    /** The line table, described only when a page has lines to write (a run without lines asks nothing). */
    private lineTarget(map: LineMap): LineTarget {
        const columnsOf = (table: string) => this.columnsOf(table)
        return {
            map,
            get columns() {
                return columnsOf(map.defaultTable)
            },
        }
    }

    /** The source mapping of a type the connection syncs (pages and flags exist only for those). */
    private sourceOf(objectType: ObjectType): DocumentSource {
        const partition = this.ctx.connection.partitions.find((p) => p.objectType === objectType)
        if (!partition) throw new Error(`The connection does not sync ${objectType}`)
        return partition.source
    }

    private columnsOf(table: string): ReadonlyMap<string, ColumnInfo> | null {
        if (!this.tables.has(table)) {
            const described = this.ctx.ports.platform.describeTable(table)
            this.tables.set(table, described ? new Map(described.map((c) => [c.name, c])) : null)
        }
        return this.tables.get(table) ?? null
    }

    private readonly books = new Map<ObjectType, FlagBook>()

    private flagBook(objectType: ObjectType): FlagBook {
        let book = this.books.get(objectType)
        if (!book) {
            const { ports, audit, redactor, connection } = this.ctx
            book = new FlagBook({
                store: ports.store,
                clock: ports.clock,
                audit,
                redactor,
                digest: ports.digest,
                connectionSysId: connection.sysId,
                objectType,
                dryRun: this.dryRun,
            })
            this.books.set(objectType, book)
        }
        return book
    }
}

/** The IFS row a flag stored, or null when it has none or only the start of a long one. */
function storedRow(payload: string | null): IfsRow | null {
    if (!payload) return null
    try {
        const row = JSON.parse(payload) as unknown
        if (typeof row !== 'object' || row === null || Array.isArray(row)) return null
        return (row as { truncated?: unknown }).truncated === true ? null : (row as IfsRow)
    } catch {
        return null
    }
}

/** A stager factory with options (tests, admin settings); `createStager` uses the defaults. */
export function createStagerWith(options: StagerOptions): StagerFactory {
    return (context) => new ConnectionStager(context, options)
}

export const createStager: StagerFactory = createStagerWith({})

/** A document of a company the connection does not name (a receipt has no company: never outside). */
function outsideCompanies(doc: CanonicalDocument, companies: readonly string[]): boolean {
    return !isReceipt(doc) && companies.length > 0 && !companies.includes(doc.company)
}
