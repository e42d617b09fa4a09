import { STAGING_KEY } from '../../../tables/staging-key'
import type { ObjectType } from '../../../tables/object-types'
import type { Digest } from '../../ports/digest'
import type { ColumnInfo } from '../../ports/platform'
import { StoreError } from '../../ports/store'
import type { StoredRecord } from '../../ports/store'
import type { IfsRow } from '../ifs/ifs-reader'
import type { DimensionMappings } from './dimension-mappings'
import { DocumentWriter } from './document-writer'
import type { PageLedger } from './document-writer'
import { enrichAndValidate } from './enrich-and-validate'
import type { FieldMap } from './field-maps'
import { FlagBook, payloadJson } from './flag-book'
import type { DocumentSource } from '../document-types/source-field'
import { mapRow, sourceKeyOf } from './map-document'
import { NewKeyBatch } from './new-key-batch'
import type { KeyUpdate, NewKey } from './new-key-batch'
import { isImportTable, outcomeColumns, rejectionMessage, transformAndRead } from './import-outcomes'
import type { DocumentIdentity } from './map-document'
import type { MasterDataCache } from './master-data-cache'
import { payloadHash } from './payload-hash'
import type { Problem } from './problem'
import { TargetRefused } from './staged-item'
import type { Counts, Ready, Refused, WriteOutcome } from './staged-item'
import { stagingKeyOfDocument } from './staging-key'
import type { StagingKey } from './staging-key'
import type { StagingContext } from './stager'
import { buildTargetValues, lookupRequests } from './target-record'
import type { ReferenceLookups } from './reference-lookups'
import { asStrings } from './record-strings'
import type { ReferenceResolver, SettingValues, TargetTable } from './target-record'
import type { CanonicalDocument } from '../domain/canonical-document'
import { supplierNameOf, supplierNumberOf } from '../domain/canonical-document'
import { buildLines, documentHash } from './line-rows'
import { settleLineRows, writePageLines } from './page-lines'
import type { PageLinesOptions } from './page-lines'
import type { LineImportRow } from './line-writer'
import type { LineBuild, LineTarget } from './line-rows'

/** A row as mapped, with its staging key (computed once: it is a digest). */
type Mapped = { row: IfsRow; result: ReturnType<typeof mapRow>; key: StagingKey | null }

export interface PageStagingOptions {
    ctx: StagingContext
    objectType: ObjectType
    /** The IFS names of this type's rows (the partition's source mapping). */
    documentSource: DocumentSource
    /** How messages name a document of this type ("Invoice"). */
    noun: string
    targetTable: string
    columns: ReadonlyMap<string, ColumnInfo>
    map: FieldMap
    /** The connection settings the map writes, and the run's reference look-ups (loaded per page). */
    settings: SettingValues
    resolve: ReferenceResolver
    references: ReferenceLookups
    /**
     * `page`: rows read through the cursor (or again in the lookback window); `retry`: rows re-read
     * for open flags, where every re-check counts as an attempt on the flag.
     */
    source: 'page' | 'retry'
    book: FlagBook
    cache: MasterDataCache
    mappings: DimensionMappings
    /** The type's line table (the map's lines and the table as described); null: headers only. */
    lines?: LineTarget | null
    /**
     * Sees the page's keys about to be written (new and changed documents) and may add columns to
     * them: match readiness (core/match) rides on the key write instead of a write of its own.
     */
    annotateKeys?: (keys: readonly (NewKey | KeyUpdate)[]) => void
}

/**
 * Staging of one page. Map every row, load missing suppliers in one batched read, validate, then
 * one staging-key query, at most one target query (new, pending and changed keys) and one flag
 * query; write the target records row by row, then the new documents' keys `staged` in one
 * insertMany (a target found by the staging key it holds is recognised, never written twice).
 */
export class PageStaging {
    private readonly counts: Counts = {
        inserted: 0,
        updated: 0,
        duplicates: 0,
        flagged: 0,
        rejected: 0,
        errors: 0,
        resolved: 0,
    }
    private flags = new Map<string, StoredRecord>()
    private items: (Ready | Refused)[] = []
    /** Loaded only when a page would open a new flag: most pages flag nothing. */
    private ignored: Map<string, Set<string>> | null = null
    private readonly ledger: PageLedger = {
        keyRecords: new Map(),
        targets: new Map(),
        dryRunSeen: new Set(),
        newKeys: new NewKeyBatch(),
        importRows: new Map(),
        keyUpdates: new Map(),
    }
    /** The target is an import table: outcomes are read back after the page's writes. */
    private readonly importTable: boolean

    constructor(private readonly o: PageStagingOptions) {
        this.importTable = isImportTable(o.columns)
    }

    run(rows: readonly IfsRow[]): Counts {
        const { objectType, book } = this.o
        // Active flags of the page's documents, one query.
        this.flags = book.activeFor(rows.map((r) => sourceKeyOf(this.o.documentSource, r)))
        const fresh = this.o.source === 'page' ? this.withoutSettledFlags(rows) : rows
        const mapped = fresh.map((row): Mapped => {
            const result = mapRow({ objectType, source: this.o.documentSource }, row)
            const key = result.kind === 'mapped' ? this.stagingKey(result.doc) : null
            return { row, result, key }
        })
        this.loadKeys(mapped)
        const toPrepare = this.o.source === 'page' ? this.withoutStagedUnchanged(mapped) : mapped
        this.items = this.prepare(toPrepare)
        if (this.o.ctx.connection.dryRun) this.o.mappings.discardQueued()
        else this.o.mappings.writeQueued()
        this.loadTargets()
        const writer = new DocumentWriter({
            ...this.o,
            ledger: this.ledger,
            importTable: this.importTable,
            resubmitRejected: this.o.source === 'retry',
        })
        for (const item of this.items) this.stageItem(item, writer)
        const lineRows = this.linesPhase()
        this.settleImportRows()
        if (lineRows) settleLineRows(lineRows.options, lineRows.rows)
        this.holdRefusals()
        this.o.annotateKeys?.([...this.ledger.newKeys.entries(), ...this.ledger.keyUpdates.values()])
        this.writeNewKeys(writer)
        this.writeKeyUpdates()
        this.auditDuplicates()
        return this.counts
    }

    private stagingKey(doc: Parameters<typeof stagingKeyOfDocument>[1]): StagingKey {
        return stagingKeyOfDocument(this.o.ctx.connection.sysId, doc, this.o.ctx.ports.digest)
    }

    private flagOf(identity: DocumentIdentity): StoredRecord | undefined {
        return this.flags.get(this.o.book.keyOf(identity.sourceKey))
    }

    /**
     * A row read again exactly as its open flag holds it (the lookback window re-reads recent rows
     * every run) is settled here, before any master-data look-up: a run over unchanged data asks
     * IFS for nothing and writes nothing.
     */
    private withoutSettledFlags(rows: readonly IfsRow[]): readonly IfsRow[] {
        const { objectType, book, ctx } = this.o
        const fresh = rows.filter((r) => {
            const open = this.flags.get(book.keyOf(sourceKeyOf(this.o.documentSource, r)))
            // Not "changed after posting": that flag clears when the target record changes state.
            const settled =
                open?.state === 'open' &&
                open.reason !== 'changed_after_posting' &&
                open.payload === payloadJson(r, ctx.redactor)
            return !settled
        })
        this.counts.duplicates += rows.length - fresh.length
        return fresh
    }

    /**
     * One staging-key query for the page, before enrichment: its keys serve the duplicate test
     * below and the writes.
     */
    private loadKeys(mapped: readonly Mapped[]): void {
        const pageKeys = Array.from(new Set(mapped.flatMap((m) => (m.key === null ? [] : [m.key]))))
        if (pageKeys.length === 0) return
        const where = [{ field: 'key', op: 'IN' as const, value: pageKeys }]
        for (const rec of this.o.ctx.ports.store.query(STAGING_KEY.name, { where }))
            if (rec.key !== null) this.ledger.keyRecords.set(rec.key, rec)
    }

    /**
     * A row read again exactly as it was staged (the lookback window re-reads recent rows every
     * run) is a duplicate here, so no supplier is looked up for it.
     */
    private withoutStagedUnchanged(mapped: readonly Mapped[]): readonly Mapped[] {
        const { book, ctx } = this.o
        const toPrepare = mapped.filter(({ row, result, key }) => {
            if (result.kind !== 'mapped' || this.flags.has(book.keyOf(result.identity.sourceKey))) return true
            const rec = this.ledger.keyRecords.get(key as StagingKey)
            return !(
                rec?.state === 'staged' &&
                rec.source_hash !== null &&
                rec.source_hash === sourceHashOf(row, ctx.ports.digest)
            )
        })
        this.counts.duplicates += mapped.length - toPrepare.length
        return toPrepare
    }

    /**
     * Maps, enriches and validates every row; suppliers for the whole page are read first, and the
     * references of every valid document are resolved in bulk before any target record is built.
     */
    private prepare(mapped: readonly Mapped[]): (Ready | Refused)[] {
        const { cache, mappings } = this.o
        cache.loadSuppliers(
            mapped.flatMap((m) => (m.result.kind === 'mapped' ? (supplierNumberOf(m.result.doc) ?? []) : []))
        )
        const checked = mapped.map(({ row, result, key }): Checked | Refused => {
            if (result.kind === 'rejected')
                return {
                    kind: 'refused',
                    row,
                    identity: result.identity,
                    key: null,
                    supplierName: null,
                    problems: result.problems,
                }
            const { doc, problems } = enrichAndValidate(result.doc, cache, mappings)
            const checkedDoc: Checked = { kind: 'checked', row, identity: result.identity, doc, key: key as StagingKey }
            return problems.length > 0 ? refusedOf(checkedDoc, problems) : checkedDoc
        })
        const valid = checked.filter((c): c is Checked => c.kind === 'checked')
        this.loadReferences(valid)
        return checked.map((c) => (c.kind === 'checked' ? this.built(c) : c))
    }

    /**
     * The page's references, one store query per reference kind for the values the run has not
     * resolved yet: unscoped look-ups first, then those scoped by what they resolved.
     */
    private loadReferences(valid: readonly Checked[]): void {
        const target = this.targetTable()
        if (!target.map.columns.some((c) => c.source.kind === 'lookup')) return
        for (const which of ['unscoped', 'scoped'] as const)
            this.o.references.load(valid.flatMap((c) => lookupRequests(c.doc, c.key, target, which)))
    }

    private targetTable(): TargetTable {
        const { map, targetTable, columns, settings, resolve } = this.o
        return { map, table: targetTable, columns, settings, resolve }
    }

    private built(c: Checked): Ready | Refused {
        const target = this.targetTable()
        const built = buildTargetValues(c.doc, c.key, target)
        const lines = this.linesOf(c.doc, c.key, target)
        if (built.kind === 'rejected' || lines.kind === 'rejected')
            return refusedOf(c, [
                ...(built.kind === 'rejected' ? built.problems : []),
                ...(lines.kind === 'rejected' ? lines.problems : []),
            ])
        const digest = this.o.ctx.ports.digest
        const headerHash = payloadHash(built.values, digest)
        return {
            kind: 'ready',
            row: c.row,
            identity: c.identity,
            doc: c.doc,
            key: c.key,
            values: built.values,
            hash: documentHash(headerHash, lines.lines, digest),
            headerHash,
            lines: lines.lines,
            sourceHash: sourceHashOf(c.row, digest),
        }
    }

    /** The document's lines as rows of the line table; none when it has none or the preset stages headers only. */
    private linesOf(doc: CanonicalDocument, key: StagingKey, target: TargetTable): LineBuild {
        const lines = this.o.lines
        if (!lines || doc.lines.length === 0) return { kind: 'ok', lines: [] }
        return buildLines(doc, key, { ...target, lines }, this.o.ctx.ports.digest)
    }

    /**
     * At most one query: targets of new keys (a run that died before writing a key left its target),
     * of pending keys (an earlier version's crash) and of changed keys, to recognise or compare.
     */
    private loadTargets(): void {
        const { keyRecords, targets } = this.ledger
        const dryRun = this.o.ctx.connection.dryRun
        const toLookUp = Array.from(
            new Set(
                this.items.flatMap((i) => {
                    if (i.kind !== 'ready') return []
                    const rec = keyRecords.get(i.key)
                    if (!rec) return dryRun ? [] : [i.key]
                    return rec.state !== 'staged' || rec.payload_hash !== i.hash ? [i.key] : []
                })
            )
        )
        if (toLookUp.length === 0) return
        const extRef = this.o.map.externalReference
        for (const t of this.o.ctx.ports.store.query(this.o.targetTable, {
            where: [{ field: extRef, op: 'IN', value: toLookUp }],
        })) {
            const ref = t[extRef]
            // An import table holds a row per submission of a document: the key names the latest.
            if (ref && (!targets.has(ref) || keyRecords.get(ref)?.target_sys_id === t.sys_id)) targets.set(ref, t)
        }
    }

    private stageItem(item: Ready | Refused, writer: DocumentWriter): void {
        if (item.kind === 'refused') return this.raise(item)
        try {
            const done = writer.write(item)
            if (done.kind === 'awaiting_key') return
            if (done.kind === 'flag') return this.raise(item, done.problem)
            this.counts[done.kind]++
            if (done.kind === 'duplicates' && this.refusalStands(item)) return
            this.resolveFlag(item, done)
        } catch (e) {
            this.onWriteFailure(item, e)
        }
    }

    /**
     * Unchanged, but the transform refused its last import row: its flag stays open. So does a
     * refusal whose key still says pending (a run died between the flag and the key's verdict):
     * the pending outcomes settle it again, never a duplicate read.
     */
    private refusalStands(item: Ready): boolean {
        const state = this.ledger.keyRecords.get(item.key)?.transform_state
        return state === 'error' || (state === 'pending' && this.flagOf(item.identity)?.reason === 'transform_rejected')
    }

    /**
     * A refused document's key is written `pending` and says `error` only once its flag exists
     * (confirmRefusal). On the instance the key, the flag and the verdict are separate writes: a run
     * that dies between them leaves a pending key, whose outcome the next run reads again and flags
     * (settlePendingOutcomes, flag first). A key `error` without its flag — a refusal AP never
     * learns of — cannot be left behind at any point.
     */
    private holdRefusals(): void {
        for (const entry of [...this.ledger.newKeys.entries(), ...this.ledger.keyUpdates.values()])
            if (entry.rejection !== undefined) entry.values.transform_state = 'pending'
    }

    /** The refused document's flag is written: its key now records the transform's verdict. */
    private confirmRefusal(item: Ready): void {
        const rec = this.ledger.keyRecords.get(item.key)
        if (!rec || this.o.ctx.connection.dryRun) return
        try {
            this.o.ctx.ports.store.update(STAGING_KEY.name, rec.sys_id, { transform_state: 'error' })
        } catch (e) {
            // Left pending: the next run reads the outcome again; its flag already stands.
            if (!(e instanceof StoreError)) throw e
            return
        }
        this.ledger.keyRecords.set(item.key, { ...rec, transform_state: 'error' })
    }

    /** The lines of the documents written this page, after their headers and before their keys. */
    private linesPhase(): { options: PageLinesOptions; rows: Map<string, LineImportRow> } | null {
        const { lines, map, targetTable, columns, settings, resolve } = this.o
        if (!lines || this.o.ctx.connection.dryRun) return null
        const options: PageLinesOptions = {
            ctx: this.o.ctx,
            noun: this.o.noun,
            target: { map, table: targetTable, columns, settings, resolve },
            lines,
            ledger: this.ledger,
        }
        return { options, rows: writePageLines(options) }
    }

    /** The page's new keys, after their targets: their documents count once the keys are written. */
    private writeNewKeys(writer: DocumentWriter): void {
        let written: ReturnType<DocumentWriter['writeNewKeys']>
        try {
            written = writer.writeNewKeys()
        } catch (e) {
            // Left for the next run, which recognises the targets by their staging keys.
            for (const { item } of this.ledger.newKeys.entries()) this.onWriteFailure(item, e)
            return
        }
        for (const entry of written) this.countKeyed(entry)
    }

    /**
     * Import tables: the transform over the rows this page wrote (run_now), their outcomes read in
     * one query and put into the keys about to be written; a refused row's key is still written
     * (the row exists), and the document is flagged with the platform's message.
     */
    private settleImportRows(): void {
        const rows = this.ledger.importRows
        if (!this.importTable || rows.size === 0) return
        const outcomes = transformAndRead(this.o.ctx, this.o.targetTable, Array.from(rows.keys()))
        for (const [rowSysId, key] of rows) {
            const entry: NewKey | KeyUpdate | undefined =
                this.ledger.newKeys.get(key) ?? this.ledger.keyUpdates.get(key)
            // Only the row the key will name (a document changed twice in a page wrote one row).
            if (!entry || String(entry.values.target_sys_id) !== rowSysId) continue
            const outcome = outcomes?.get(rowSysId)
            Object.assign(entry.values, outcomeColumns(outcome))
            if (outcome?.state === 'error')
                entry.rejection = rejectionMessage(`${this.o.noun} ${entry.item.doc.documentNumber}`, outcome)
        }
    }

    /** Import tables: changed documents' keys, each with its new row and that row's outcome. */
    private writeKeyUpdates(): void {
        for (const update of this.ledger.keyUpdates.values()) {
            try {
                this.o.ctx.ports.store.update(STAGING_KEY.name, update.keySysId, update.values)
            } catch (e) {
                this.onWriteFailure(update.item, e)
                continue
            }
            const rec = this.ledger.keyRecords.get(update.item.key)
            if (rec) this.ledger.keyRecords.set(update.item.key, { ...rec, ...asStrings(update.values) })
            const { outcome, item } = update
            this.o.ctx.audit.record({
                operation: outcome.operation,
                objectType: this.o.objectType,
                sourceKey: item.identity.sourceKey,
                targetTable: this.o.targetTable,
                targetSysId: outcome.targetSysId,
                message: outcome.message,
            })
            this.countKeyed(update)
        }
    }

    /** A keyed document counts by its outcome: staged, or refused by the transform (and flagged). */
    private countKeyed(entry: Pick<NewKey, 'item' | 'outcome' | 'rejection' | 'lineProblem'>): void {
        const { item, outcome, rejection } = entry
        if (rejection !== undefined) {
            this.counts.rejected++
            this.raise(item, { reason: 'transform_rejected', message: rejection })
            return this.confirmRefusal(item)
        }
        // Staged without a line the line table refused: flagged, naming the line.
        if (entry.lineProblem) return this.raise(item, entry.lineProblem)
        if (!outcome) return
        this.counts[outcome.kind]++
        this.resolveFlag(item, outcome)
    }

    private resolveFlag(item: Ready, done: Exclude<WriteOutcome, { kind: 'flag' }>): void {
        const open = this.flagOf(item.identity)
        if (!open || this.o.ctx.connection.dryRun) return
        this.o.book.resolve(open, resolutionNote(done.kind), this.o.targetTable, done.targetSysId)
        this.flags.delete(this.o.book.keyOf(item.identity.sourceKey))
        this.counts.resolved++
    }

    private onWriteFailure(item: Ready, e: unknown): void {
        if (e instanceof TargetRefused) return this.raise(item, { reason: 'target_rejected', message: e.message })
        if (!(e instanceof StoreError)) throw e
        // Another writer holds the key or a ledger write failed: leave the row for the next run.
        this.o.ctx.audit.record({
            operation: 'error',
            objectType: this.o.objectType,
            sourceKey: item.identity.sourceKey,
            message: `${this.o.noun} ${item.doc.documentNumber} was not staged: ${e.message}`,
        })
        this.counts.errors++
    }

    private raise(item: Ready | Refused, problem?: Problem): void {
        const { book, ctx } = this.o
        if (!this.flagOf(item.identity)) {
            this.ignored ??= book.ignoredPayloads(this.items.map((i) => i.identity.sourceKey))
            if (book.isIgnored(this.ignored, item.identity.sourceKey, payloadJson(item.row, ctx.redactor))) {
                this.counts.duplicates++
                return
            }
        }
        const subject =
            item.kind === 'refused'
                ? { ...item, stagingKey: item.key }
                : {
                      identity: item.identity,
                      stagingKey: item.key,
                      supplierName: supplierNameOf(item.doc),
                      problems: [problem as Problem],
                      row: item.row,
                  }
        if (this.o.source === 'page' && FlagBook.saysAlready(this.flagOf(item.identity), subject, ctx.redactor)) {
            this.counts.duplicates++
            return
        }
        const flag = book.raise(subject, this.flagOf(item.identity))
        if (flag.sys_id) this.flags.set(book.keyOf(item.identity.sourceKey), flag)
        this.counts.flagged++
    }

    private auditDuplicates(): void {
        const { duplicates } = this.counts
        if (duplicates === 0) return
        this.o.ctx.audit.record({
            operation: 'skip_duplicate',
            objectType: this.o.objectType,
            targetTable: this.o.targetTable,
            rows: duplicates,
            message: `${duplicates} unchanged document(s) already staged (or ignored by an AP user)`,
        })
    }
}

/** A document that passed validation, its target record not built yet. */
interface Checked {
    kind: 'checked'
    row: IfsRow
    identity: DocumentIdentity
    doc: Ready['doc']
    key: StagingKey
}

function refusedOf(c: Checked, problems: Problem[]): Refused {
    return {
        kind: 'refused',
        row: c.row,
        identity: c.identity,
        key: c.key,
        supplierName: supplierNameOf(c.doc),
        problems,
    }
}

/**
 * SHA-256 of the IFS row as read; only compared, never shown. The row carries its line rows (and
 * posting rows) under LINE_ROWS_FIELD, so a changed line changes it once, through the rows as IFS
 * sent them. (Until this change the mapped lines were hashed again beside the row; a key written
 * then hashes differently once, and that document's next read updates only the key's source hash:
 * its payload hash is unchanged, so nothing is written to the target. A document without lines
 * hashes as before.)
 */
function sourceHashOf(row: IfsRow, digest: Digest): string {
    return digest.sha256Hex(JSON.stringify(row))
}

function resolutionNote(kind: 'inserted' | 'updated' | 'duplicates'): string {
    if (kind === 'inserted') return 'Staged after the data in IFS was corrected.'
    if (kind === 'updated') return 'The staged record was updated with the corrected data from IFS.'
    return 'The document is staged.'
}
