import { STAGING_KEY } from '../../../tables/staging-key'
import type { ObjectType } from '../../../tables/object-types'
import type { ColumnInfo } from '../../ports/platform'
import { StoreError } from '../../ports/store'
import type { StoredRecord } from '../../ports/store'
import type { CanonicalDocument } from '../domain/canonical-document'
import type { IfsRow } from '../ifs/ifs-reader'
import { selectFor } from '../ifs/source-fields'
import type { PageOutcome, SourcePage } from '../sync/page-sink'
import { DimensionMappings } from './dimension-mappings'
import { enrichAndValidate } from './enrich-and-validate'
import { fieldMapFor } from './field-maps'
import type { FieldMap } from './field-maps'
import { FlagBook, flagSourceKey, payloadJson } from './flag-book'
import { RETRY_BATCH, flagKeyValues, keysFilter } from './flag-retry-query'
import type { KeyValues } from './flag-retry-query'
import { mapRow, sourceKeyOf } from './map-document'
import type { DocumentIdentity } from './map-document'
import { MasterDataCache } from './master-data-cache'
import { payloadHash } from './payload-hash'
import { sha256Hex } from './sha256'
import type { Problem } from './problem'
import { stagingKeyOfDocument } from './staging-key'
import type { StagingKey } from './staging-key'
import type { FlagRetryOptions, FlagRetryOutcome, Stager, StagerFactory, StagingContext } from './stager'
import { buildTargetValues } from './target-record'
import type { TargetValues } from './target-record'
import { Failure } from '../domain/failure'
import { toGlideDateTime } from '../domain/glide-time'
import { dataUrl } from '../odata/data-url'
import { splitByUrlLength } from '../odata/request-bounds'
import { outsideQueryReason } from '../sync/row-scope'

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

type Ready = {
    kind: 'ready'
    row: IfsRow
    identity: DocumentIdentity
    doc: CanonicalDocument
    key: StagingKey
    values: TargetValues
    hash: string
    /** SHA-256 of the IFS row as read: an unchanged row read again is a duplicate before enrichment. */
    sourceHash: string
}
type Refused = {
    kind: 'refused'
    row: IfsRow
    identity: DocumentIdentity
    key: StagingKey | null
    supplierName: string | null
    problems: Problem[]
}

/** A target write the table refused: the document is flagged, the run goes on. */
class TargetRefused extends Failure {
    override name = 'TargetRefused'
}

const NOUN: Readonly<Record<ObjectType, string>> = { supplier_invoice: 'Invoice', purchase_order: 'Purchase order' }
const KEY_COL = STAGING_KEY.columns

function fit(text: string | null, limit: number): string | null {
    return text === null || text.length <= limit ? text : text.slice(0, limit)
}

type Counts = Required<PageOutcome>

/**
 * Staging for one connection and run. Per page: map every row, load missing suppliers in one
 * batched read, validate, then one staging-key query, at most one target query (pending and
 * changed keys) and one flag query, and write row by row in the crash-safe order
 * key `pending` → target → key `staged`.
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

    constructor(
        private readonly ctx: StagingContext,
        options: StagerOptions
    ) {
        this.dryRun = ctx.connection.dryRun
        this.recheckIntervalMs = Math.max(0, options.flagRecheckIntervalMs ?? FLAG_RECHECK_INTERVAL_MS)
        this.recheckPerRun = Math.max(0, Math.floor(options.flagRecheckPerRun ?? FLAG_RECHECK_PER_RUN))
        this.cache = new MasterDataCache(ctx.reader, ctx.connection, ctx.audit)
        this.mappings = new DimensionMappings(ctx.ports.store, ctx.connection.sysId, options.autoFillDimensions ?? true)
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

        const keyed: { flag: StoredRecord; key: KeyValues }[] = []
        for (const flag of flags) {
            const key = flagKeyValues(objectType, flag)
            if (key) keyed.push({ flag, key })
            else book.countAttempt(flag)
        }
        const fetched: IfsRow[] = []
        const queryOf = (batch: readonly { key: KeyValues }[]) => ({
            select: selectFor(objectType),
            filter: keysFilter(
                objectType,
                batch.map((b) => b.key)
            ),
        })
        const { tenantUrl } = this.ctx.connection
        const { batches } = splitByUrlLength(
            keyed,
            (batch) => dataUrl(tenantUrl, partition.entitySetPath, queryOf(batch), Number.POSITIVE_INFINITY),
            RETRY_BATCH
        )
        for (const batch of batches)
            this.ctx.reader.readAll(partition.entitySetPath, queryOf(batch), (page) => {
                for (const row of page) fetched.push(row)
            })
        // Rows the re-read did not ask for (a server ignoring the filter, another company) are skipped.
        const asked = new Set(keyed.map(({ flag }) => flag.source_key ?? ''))
        const companies = this.ctx.connection.companies
        const rows = fetched.filter(
            (r) =>
                asked.has(flagSourceKey(sourceKeyOf(objectType, r))) &&
                outsideQueryReason(objectType, r, companies, { kind: 'start' }) === null
        )
        if (rows.length < fetched.length)
            this.ctx.audit.record({
                operation: 'skip_out_of_query',
                objectType,
                rows: fetched.length - rows.length,
                message: `${fetched.length - rows.length} rows IFS returned to a flag re-read were not among the documents asked for (or of another company); skipped`,
            })
        // Documents IFS no longer returns stay flagged; the attempt is counted.
        const returned = new Set(rows.map((r) => flagSourceKey(sourceKeyOf(objectType, r))))
        for (const { flag } of keyed) if (!returned.has(flag.source_key ?? '')) book.countAttempt(flag)

        const outcome = rows.length > 0 ? this.stageRows(objectType, partition.targetTable, rows, 'retry') : null
        const resolved = outcome?.resolved ?? 0
        return { retried: flags.length, resolved, stillFlagged: flags.length - resolved }
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
        const checked = this.ctx.connection.partitions.flatMap(({ objectType }) =>
            this.flagBook(objectType)
                .active()
                .map((flag) => {
                    const row = storedRow(flag.payload)
                    return { flag, result: row === null ? null : mapRow(objectType, row) }
                })
        )
        this.cache.loadSuppliers(
            checked.flatMap((c) => (c.result?.kind === 'mapped' ? [c.result.doc.supplierNumber] : []))
        )
        const verdicts = new Map<string, boolean>()
        const companies = this.ctx.connection.companies
        for (const { flag, result } of checked) {
            // A flag of a company the connection no longer names never reads that company's master data.
            const foreign = result?.kind === 'mapped' && companies.length > 0 && !companies.includes(result.doc.company)
            const passes =
                (result === null && !foreign) ||
                (result !== null &&
                    result.kind === 'mapped' &&
                    !foreign &&
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
        const counts: Counts = { inserted: 0, updated: 0, duplicates: 0, flagged: 0, errors: 0, resolved: 0 }
        const { store } = this.ctx.ports
        const audit = this.ctx.audit
        const columns = this.columnsOf(targetTable)
        if (!columns) {
            audit.record({
                operation: 'error',
                objectType,
                targetTable,
                rows: rows.length,
                message: `Target table ${targetTable} does not exist on this instance; nothing was staged. Check the connection's target table.`,
            })
            return { ...counts, errors: rows.length }
        }
        const map = fieldMapFor(this.ctx.connection.fieldMapPreset, objectType)
        // Active flags of the page's documents, one query. A row read again exactly as its open flag
        // holds it (the lookback window re-reads recent rows every run) is settled here, before any
        // master-data look-up: a run over unchanged data asks IFS for nothing and writes nothing.
        const book = this.flagBook(objectType)
        const flags = book.activeFor(rows.map((r) => sourceKeyOf(objectType, r)))
        let fresh = rows
        if (source === 'page') {
            fresh = rows.filter((r) => {
                const open = flags.get(flagSourceKey(sourceKeyOf(objectType, r)))
                // Not "changed after posting": that flag clears when the target record changes state.
                const settled =
                    open?.state === 'open' &&
                    open.reason !== 'changed_after_posting' &&
                    open.payload === payloadJson(r, this.ctx.redactor)
                return !settled
            })
            counts.duplicates += rows.length - fresh.length
        }
        // One staging-key query for the page, before enrichment: a row read again exactly as it was
        // staged (the lookback window re-reads recent rows every run) is a duplicate here, so no
        // supplier is looked up for it. Its keys serve the writes below as well.
        const mapped = fresh.map((row) => ({ row, result: mapRow(objectType, row) }))
        const pageKeys = unique(
            mapped.flatMap((m) =>
                m.result.kind === 'mapped' ? [stagingKeyOfDocument(this.ctx.connection.sysId, m.result.doc)] : []
            )
        )
        const keyRecords = new Map<string, StoredRecord>()
        if (pageKeys.length > 0)
            for (const rec of store.query(STAGING_KEY.name, { where: [{ field: 'key', op: 'IN', value: pageKeys }] }))
                if (rec.key !== null) keyRecords.set(rec.key, rec)
        let toPrepare = mapped
        if (source === 'page') {
            toPrepare = mapped.filter(({ row, result }) => {
                if (result.kind !== 'mapped' || flags.has(flagSourceKey(result.identity.sourceKey))) return true
                const rec = keyRecords.get(stagingKeyOfDocument(this.ctx.connection.sysId, result.doc))
                return !(rec?.state === 'staged' && rec.source_hash !== null && rec.source_hash === sourceHashOf(row))
            })
            counts.duplicates += mapped.length - toPrepare.length
        }
        const items = this.prepare(objectType, targetTable, toPrepare, map, columns)
        if (this.dryRun) this.mappings.discardQueued()
        else this.mappings.writeQueued()

        // At most one query each below: targets to reconcile or compare, ignored flags.
        const toLookUp = unique(
            items.flatMap((i) => {
                if (i.kind !== 'ready') return []
                const rec = keyRecords.get(i.key)
                return rec && (rec.state !== 'staged' || rec.payload_hash !== i.hash) ? [i.key] : []
            })
        )
        const extRef = map.columns.externalReference
        const targets = new Map<string, StoredRecord>()
        if (toLookUp.length > 0)
            for (const t of store.query(targetTable, { where: [{ field: extRef, op: 'IN', value: toLookUp }] })) {
                const ref = t[extRef]
                if (ref && !targets.has(ref)) targets.set(ref, t)
            }
        const flagOf = (identity: DocumentIdentity) => flags.get(flagSourceKey(identity.sourceKey))

        // Loaded only when a page would open a new flag: most pages flag nothing.
        let ignored: Map<string, Set<string>> | null = null
        const raise = (item: Ready | Refused, problem?: Problem) => {
            if (!flagOf(item.identity)) {
                ignored ??= book.ignoredPayloads(items.map((i) => i.identity.sourceKey))
                if (FlagBook.isIgnored(ignored, item.identity.sourceKey, payloadJson(item.row, this.ctx.redactor))) {
                    counts.duplicates++
                    return
                }
            }
            const subject =
                item.kind === 'refused'
                    ? { ...item, stagingKey: item.key }
                    : {
                          identity: item.identity,
                          stagingKey: item.key,
                          supplierName: item.doc.supplierName,
                          problems: [problem as Problem],
                          row: item.row,
                      }
            if (source === 'page' && FlagBook.saysAlready(flagOf(item.identity), subject, this.ctx.redactor)) {
                counts.duplicates++
                return
            }
            const flag = book.raise(subject, flagOf(item.identity))
            if (flag.sys_id) flags.set(flagSourceKey(item.identity.sourceKey), flag)
            counts.flagged++
        }

        const dryRunSeen = new Set<string>()
        for (const item of items) {
            if (item.kind === 'refused') {
                raise(item)
                continue
            }
            try {
                const done = this.stageOne(item, objectType, targetTable, map, keyRecords, targets, dryRunSeen)
                if (done.kind === 'flag') {
                    raise(item, done.problem)
                    continue
                }
                counts[done.kind]++
                const open = flagOf(item.identity)
                if (open && !this.dryRun) {
                    book.resolve(open, resolutionNote(done.kind), targetTable, done.targetSysId)
                    flags.delete(flagSourceKey(item.identity.sourceKey))
                    counts.resolved++
                }
            } catch (e) {
                if (e instanceof TargetRefused) raise(item, { reason: 'target_rejected', message: e.message })
                else if (e instanceof StoreError) {
                    // Another writer holds the key or a ledger write failed: leave the row for the next run.
                    audit.record({
                        operation: 'error',
                        objectType,
                        sourceKey: item.identity.sourceKey,
                        message: `${NOUN[objectType]} ${item.doc.documentNumber} was not staged: ${e.message}`,
                    })
                    counts.errors++
                } else throw e
            }
        }
        if (counts.duplicates > 0)
            audit.record({
                operation: 'skip_duplicate',
                objectType,
                targetTable,
                rows: counts.duplicates,
                message: `${counts.duplicates} unchanged document(s) already staged (or ignored by an AP user)`,
            })
        return counts
    }

    /** Maps, enriches and validates every row; suppliers for the whole page are read first. */
    private prepare(
        objectType: ObjectType,
        targetTable: string,
        mapped: readonly { row: IfsRow; result: ReturnType<typeof mapRow> }[],
        map: FieldMap,
        columns: ReadonlyMap<string, ColumnInfo>
    ): (Ready | Refused)[] {
        this.cache.loadSuppliers(
            mapped.flatMap((m) => (m.result.kind === 'mapped' ? [m.result.doc.supplierNumber] : []))
        )
        return mapped.map(({ row, result }): Ready | Refused => {
            if (result.kind === 'rejected')
                return {
                    kind: 'refused',
                    row,
                    identity: result.identity,
                    key: null,
                    supplierName: null,
                    problems: result.problems,
                }
            const key = stagingKeyOfDocument(this.ctx.connection.sysId, result.doc)
            const { doc, problems } = enrichAndValidate(result.doc, this.cache, this.mappings)
            const refused = (p: Problem[]): Refused => ({
                kind: 'refused',
                row,
                identity: result.identity,
                key,
                supplierName: doc.supplierName,
                problems: p,
            })
            if (problems.length > 0) return refused(problems)
            const built = buildTargetValues(doc, key, map, targetTable, columns)
            if (built.kind === 'rejected') return refused(built.problems)
            return {
                kind: 'ready',
                row,
                identity: result.identity,
                doc,
                key,
                values: built.values,
                hash: payloadHash(built.values),
                sourceHash: sourceHashOf(row),
            }
        })
    }

    /** Writes one valid document. Throws TargetRefused when the target table refuses the record. */
    private stageOne(
        item: Ready,
        objectType: ObjectType,
        targetTable: string,
        map: FieldMap,
        keyRecords: Map<string, StoredRecord>,
        targets: Map<string, StoredRecord>,
        dryRunSeen: Set<string>
    ):
        | { kind: 'inserted' | 'updated' | 'duplicates'; targetSysId: string | null }
        | { kind: 'flag'; problem: Problem } {
        const { store } = this.ctx.ports
        const runSysId = this.ctx.runSysId
        const what = `${NOUN[objectType]} ${item.doc.documentNumber}`
        const auditStage = (operation: 'stage_insert' | 'stage_update', targetSysId: string, message: string) =>
            this.ctx.audit.record({
                operation,
                objectType,
                sourceKey: item.identity.sourceKey,
                targetTable,
                targetSysId,
                message,
            })

        let rec = keyRecords.get(item.key)
        if (this.dryRun) {
            // Nothing is written: report what a real run would do.
            if (rec?.state === 'staged' && rec.payload_hash === item.hash)
                return { kind: 'duplicates', targetSysId: null }
            if (dryRunSeen.has(item.key)) return { kind: 'duplicates', targetSysId: null }
            dryRunSeen.add(item.key)
            const kind = rec ? 'updated' : 'inserted'
            this.ctx.audit.record({
                operation: kind === 'inserted' ? 'stage_insert' : 'stage_update',
                objectType,
                sourceKey: item.identity.sourceKey,
                targetTable,
                message: `Dry run: ${what} would be ${kind}`,
            })
            return { kind, targetSysId: null }
        }

        if (!rec) {
            // Crash-safe order: the key (pending) first, then the target, then the key staged.
            const values = {
                key: item.key,
                connection: this.ctx.connection.sysId,
                object_type: objectType,
                company: fit(item.doc.company, KEY_COL.company.options.maxLength),
                document_number: fit(item.doc.documentNumber, KEY_COL.document_number.options.maxLength),
                supplier_number: fit(item.doc.supplierNumber, KEY_COL.supplier_number.options.maxLength),
                creation_date: item.doc.createdAt.slice(0, 10),
                target_table: targetTable,
                payload_hash: item.hash,
                source_hash: item.sourceHash,
                state: 'pending',
                first_run: runSysId,
                last_run: runSysId,
            }
            const keySysId = store.insert(STAGING_KEY.name, values)
            rec = { sys_id: keySysId, ...asStrings(values) }
            keyRecords.set(item.key, rec)
        }

        if (rec.state !== 'staged') {
            // Pending: new just now, or left by a crashed run. The target may already exist.
            const existing = targets.get(item.key)
            let targetSysId: string
            let writtenHash: string | null
            let completed = false
            if (existing) {
                targetSysId = existing.sys_id
                writtenHash = rec.payload_hash
                completed = true
            } else {
                targetSysId = this.writeTarget(() => store.insert(targetTable, item.values), targetTable, what)
                targets.set(item.key, { sys_id: targetSysId })
                writtenHash = item.hash
            }
            const staged = {
                state: 'staged',
                target_sys_id: targetSysId,
                payload_hash: writtenHash,
                // The row's own hash only when the staged payload is the one built from it.
                source_hash: writtenHash === item.hash ? item.sourceHash : null,
                last_run: runSysId,
            }
            store.update(STAGING_KEY.name, rec.sys_id, staged)
            rec = { ...rec, ...asStrings(staged) }
            keyRecords.set(item.key, rec)
            if (!completed) {
                auditStage('stage_insert', targetSysId, `${what} staged`)
                return { kind: 'inserted', targetSysId }
            }
            auditStage('stage_insert', targetSysId, `${what}: staging completed after an interrupted run`)
            // The interrupted run's insert counts here; a changed payload goes on to the update below.
            if (rec.payload_hash === item.hash) return { kind: 'inserted', targetSysId }
        }

        if (rec.payload_hash === item.hash) {
            // IFS changed only fields that are not staged (or the key predates the source hash):
            // remembered, so the next read of the same row is a duplicate before enrichment.
            if (rec.source_hash !== item.sourceHash) {
                store.update(STAGING_KEY.name, rec.sys_id, { source_hash: item.sourceHash })
                keyRecords.set(item.key, { ...rec, source_hash: item.sourceHash })
            }
            return { kind: 'duplicates', targetSysId: rec.target_sys_id }
        }

        // Same document, changed in IFS: bring the staged record up to date unless it is locked.
        const target = targets.get(item.key)
        if (!target)
            return {
                kind: 'flag',
                problem: {
                    reason: 'target_rejected',
                    message: `${what} changed in IFS, but its staged record in ${targetTable} no longer exists; it was not staged again.`,
                },
            }
        const targetState = target[map.lock.column]
        if (targetState && map.lock.states.includes(targetState))
            return {
                kind: 'flag',
                problem: {
                    reason: 'changed_after_posting',
                    message: `${what} changed in IFS after its record in ServiceNow reached state "${targetState}"; the change was not applied. Check the document in IFS and ServiceNow.`,
                },
            }
        this.writeTarget(() => store.update(targetTable, target.sys_id, item.values), targetTable, what)
        const changed = { payload_hash: item.hash, source_hash: item.sourceHash, last_run: runSysId }
        store.update(STAGING_KEY.name, rec.sys_id, changed)
        keyRecords.set(item.key, { ...rec, ...asStrings(changed) })
        auditStage('stage_update', target.sys_id, `${what} updated from IFS (state ${item.doc.state})`)
        return { kind: 'updated', targetSysId: target.sys_id }
    }

    private writeTarget<T>(write: () => T, table: string, what: string): T {
        try {
            return write()
        } catch (e) {
            if (e instanceof StoreError && e.code !== 'duplicate_key')
                throw new TargetRefused(`${table} refused the record for ${what}: ${e.message}`)
            throw e
        }
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
            book = new FlagBook(ports.store, ports.clock, audit, redactor, connection.sysId, objectType, this.dryRun)
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

/** SHA-256 of the IFS row as read; only compared, never shown. */
function sourceHashOf(row: IfsRow): string {
    return sha256Hex(JSON.stringify(row))
}

function unique<T>(values: readonly T[]): T[] {
    return Array.from(new Set(values))
}

function asStrings(values: Record<string, string | number | null>): Record<string, string | null> {
    const out: Record<string, string | null> = {}
    for (const k of Object.keys(values)) out[k] = values[k] === null ? null : String(values[k])
    return out
}

function resolutionNote(kind: 'inserted' | 'updated' | 'duplicates'): string {
    if (kind === 'inserted') return 'Staged after the data in IFS was corrected.'
    if (kind === 'updated') return 'The staged record was updated with the corrected data from IFS.'
    return 'The document is staged.'
}

/** A stager factory with options (tests, admin settings); `createStager` uses the defaults. */
export function createStagerWith(options: StagerOptions): StagerFactory {
    return (context) => new ConnectionStager(context, options)
}

export const createStager: StagerFactory = createStagerWith({})
