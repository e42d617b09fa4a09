import { STAGING_KEY } from '../../../tables/staging-key'
import type { ObjectType } from '../../../tables/object-types'
import { StoreError } from '../../ports/store'
import type { StoredRecord } from '../../ports/store'
import type { FieldMap } from './field-maps'
import type { KeyedOutcome, KeyUpdate, NewKey, NewKeyBatch } from './new-key-batch'
import { lineLedgerOf, shortHash } from './line-ledger'
import { holdsValues } from './recognised-target'
import { asStrings } from './record-strings'
import { TargetRefused } from './staged-item'
import type { Ready, WriteOutcome } from './staged-item'
import type { StagingContext } from './stager'
import type { CanonicalDocument } from '../domain/canonical-document'
import { isReceipt } from '../domain/canonical-document'

const KEY_COL = STAGING_KEY.columns

/**
 * How the key record names its document for people: company, number, supplier and creation date
 * of a financial document; a receipt has only its name ("PO-1 3/1 receipt 2").
 */
function keyIdentity(doc: CanonicalDocument): Record<string, string | null> {
    const number = fit(doc.documentNumber, KEY_COL.document_number.options.maxLength)
    if (isReceipt(doc)) return { company: null, document_number: number, supplier_number: null, creation_date: null }
    return {
        company: fit(doc.company, KEY_COL.company.options.maxLength),
        document_number: number,
        supplier_number: fit(doc.supplierNumber, KEY_COL.supplier_number.options.maxLength),
        creation_date: doc.createdAt.slice(0, 10),
    }
}

function fit(text: string | null, limit: number): string | null {
    return text === null || text.length <= limit ? text : text.slice(0, limit)
}

/** What one page's writes share: its staging keys and target records, as read and as written. */
export interface PageLedger {
    keyRecords: Map<string, StoredRecord>
    targets: Map<string, StoredRecord>
    /** Dry run: keys already reported, so a document twice in a page is reported once. */
    dryRunSeen: Set<string>
    /** Keys of documents that had none, written together after the page's target records. */
    newKeys: NewKeyBatch
    /** Import tables: each row written or recognised this page → its staging key, read back after the transform. */
    importRows: Map<string, string>
    /** Import tables: key updates of changed documents, written after the transform with its verdict. */
    keyUpdates: Map<string, KeyUpdate>
}

export interface DocumentWriterOptions {
    ctx: StagingContext
    objectType: ObjectType
    /** How messages name a document of this type ("Invoice"). */
    noun: string
    targetTable: string
    map: FieldMap
    ledger: PageLedger
    /**
     * The target is an import table (it has sys_import_state): a row the platform has transformed
     * is never edited — a changed document gets a new import row, which the transform map
     * coalesces onto the same record — and key writes wait for the page's transform.
     */
    importTable: boolean
    /** Re-read of a flag: a document whose last import row the transform refused is submitted again. */
    resubmitRejected: boolean
}

/**
 * Whether a changed document has lines (now or at its last staging), and whether only they changed
 * (its header values hash as the key remembers them).
 */
function linesOf(item: Ready, rec: StoredRecord): 'none' | 'with_lines' | 'lines_only' {
    const ledger = lineLedgerOf(rec)
    if (item.lines.length === 0 && (ledger === null || ledger.lines.size === 0)) return 'none'
    return ledger?.header === shortHash(item.headerHash) ? 'lines_only' : 'with_lines'
}

type Done = { outcome: WriteOutcome; rec?: undefined } | { outcome?: undefined; rec: StoredRecord }

/** A new document's outcome waits for its staging key (NewKeyBatch): counted when that is written. */
export type Written = WriteOutcome | { kind: 'awaiting_key' }

/**
 * Writes valid documents of one page in a crash-safe order: a new document's target record (it
 * holds the staging key), then, for the whole page, the keys `staged` in one insertMany
 * (`writeNewKeys`); a target found by its staging key without a key is recognised, not written
 * twice. A changed document updates its target unless locked, then its key.
 */
export class DocumentWriter {
    constructor(private readonly o: DocumentWriterOptions) {}

    /** Writes one valid document. Throws TargetRefused when the target table refuses the record. */
    write(item: Ready): Written {
        if (this.o.ctx.connection.dryRun) return this.reportOnly(item)
        const queued = this.o.ledger.newKeys.get(item.key)
        if (queued) return this.againInPage(item, queued)
        let rec = this.o.ledger.keyRecords.get(item.key)
        if (!rec) return this.writeNew(item)
        if (rec.state !== 'staged') {
            const done = this.completePending(item, rec)
            if (done.outcome) return done.outcome
            rec = done.rec
        }
        if (rec.payload_hash === item.hash) return this.unchanged(item, rec)
        return this.updateChanged(item, rec)
    }

    private what(item: Ready): string {
        return `${this.o.noun} ${item.doc.documentNumber}`
    }

    /** Dry run: nothing is written; reports what a real run would do. */
    private reportOnly(item: Ready): WriteOutcome {
        const { keyRecords, dryRunSeen } = this.o.ledger
        const rec = keyRecords.get(item.key)
        if (rec?.state === 'staged' && rec.payload_hash === item.hash) return { kind: 'duplicates', targetSysId: null }
        if (dryRunSeen.has(item.key)) return { kind: 'duplicates', targetSysId: null }
        dryRunSeen.add(item.key)
        const kind = rec ? 'updated' : 'inserted'
        this.o.ctx.audit.record({
            operation: kind === 'inserted' ? 'stage_insert' : 'stage_update',
            objectType: this.o.objectType,
            sourceKey: item.identity.sourceKey,
            targetTable: this.o.targetTable,
            message: `Dry run: ${this.what(item)} would be ${kind}`,
        })
        return { kind, targetSysId: null }
    }

    /**
     * A document without a staging key: its target record, unless a run that died before writing
     * the key left one (found by the staging key it holds); the key waits for the page's batch.
     */
    private writeNew(item: Ready): Written {
        const { targets } = this.o.ledger
        const found = targets.get(item.key)
        if (!found) {
            const { store } = this.o.ctx.ports
            const targetSysId = this.insertRow(item)
            this.queueKey(item, targetSysId, this.keyed('inserted', targetSysId, `${this.what(item)} staged`))
            return { kind: 'awaiting_key' }
        }
        const resumed = `${this.what(item)}: staging completed after an interrupted run`
        if (holdsValues(found, item.values)) {
            this.noteImportRow(found.sys_id, item)
            this.queueKey(item, found.sys_id, this.keyed('inserted', found.sys_id, resumed))
            return { kind: 'awaiting_key' }
        }
        // Written by the interrupted run from older data: keyed as staged, then brought up to date.
        const entry = this.queueKey(item, found.sys_id, null)
        entry.values.payload_hash = null
        entry.values.source_hash = null
        const changed = this.applyChange(item, found)
        if (changed.kind !== 'updated') return changed
        const rowSysId = changed.targetSysId ?? found.sys_id
        Object.assign(entry.values, { payload_hash: item.hash, source_hash: item.sourceHash, target_sys_id: rowSysId })
        entry.outcome = this.keyed('updated', rowSysId, this.updatedMessage(item))
        return { kind: 'awaiting_key' }
    }

    /** The same document again in this page, its key not yet written: one staging, or its update. */
    private againInPage(item: Ready, queued: NewKey): Written {
        const targetSysId = String(queued.values.target_sys_id)
        if (queued.values.payload_hash === item.hash) return { kind: 'duplicates', targetSysId }
        const target = this.o.ledger.targets.get(item.key) ?? { sys_id: targetSysId }
        const changed = this.applyChange(item, target)
        if (changed.kind !== 'updated') return changed
        const rowSysId = changed.targetSysId ?? targetSysId
        Object.assign(queued.values, { payload_hash: item.hash, source_hash: item.sourceHash, target_sys_id: rowSysId })
        // The page writes the lines of the version read last.
        queued.item = item
        if (queued.outcome) queued.outcome.targetSysId = rowSysId
        this.auditStage('stage_update', item, rowSysId, this.updatedMessage(item))
        return changed
    }

    private keyed(kind: KeyedOutcome['kind'], targetSysId: string, message: string): KeyedOutcome {
        return { kind, targetSysId, message, operation: kind === 'inserted' ? 'stage_insert' : 'stage_update' }
    }

    private queueKey(item: Ready, targetSysId: string, outcome: KeyedOutcome | null): NewKey {
        const runSysId = this.o.ctx.runSysId
        const values: Record<string, string | number | null> = {
            key: item.key,
            connection: this.o.ctx.connection.sysId,
            object_type: this.o.objectType,
            ...keyIdentity(item.doc),
            target_table: this.o.targetTable,
            source_key: fit(item.identity.sourceKey, KEY_COL.source_key.options.maxLength),
            // Import tables: pending until the page's transform says otherwise (PageStaging).
            transform_state: this.o.importTable ? 'pending' : null,
            payload_hash: item.hash,
            source_hash: item.sourceHash,
            state: 'staged',
            target_sys_id: targetSysId,
            first_run: runSysId,
            last_run: runSysId,
        }
        const entry: NewKey = { item, values, outcome }
        this.o.ledger.newKeys.add(entry)
        return entry
    }

    /**
     * The page's new keys in one insertMany, after their targets; then their outcomes are audited
     * and returned for counting. A StoreError (a key another writer holds) leaves the targets for
     * the next run to recognise.
     */
    writeNewKeys(): NewKey[] {
        const entries = this.o.ledger.newKeys.entries()
        if (entries.length === 0) return []
        const sysIds = this.o.ctx.ports.store.insertMany(
            STAGING_KEY.name,
            entries.map((e) => e.values)
        )
        entries.forEach((e, i) => {
            this.o.ledger.keyRecords.set(e.item.key, { sys_id: sysIds[i], ...asStrings(e.values) })
            if (e.outcome) this.auditStage(e.outcome.operation, e.item, e.outcome.targetSysId, e.outcome.message)
        })
        return entries
    }

    /**
     * A key left `pending` by a run of an earlier version (key `pending` → target → key `staged`)
     * that died: its target may already exist.
     */
    private completePending(item: Ready, pending: StoredRecord): Done {
        const { store } = this.o.ctx.ports
        const { targets, keyRecords } = this.o.ledger
        const existing = targets.get(item.key)
        let targetSysId: string
        let writtenHash: string | null
        if (existing) {
            targetSysId = existing.sys_id
            writtenHash = pending.payload_hash
        } else {
            targetSysId = this.writeTarget(() => store.insert(this.o.targetTable, item.values), item)
            targets.set(item.key, { sys_id: targetSysId })
            writtenHash = item.hash
        }
        const staged = {
            state: 'staged',
            target_sys_id: targetSysId,
            payload_hash: writtenHash,
            // The row's own hash only when the staged payload is the one built from it.
            source_hash: writtenHash === item.hash ? item.sourceHash : null,
            last_run: this.o.ctx.runSysId,
        }
        store.update(STAGING_KEY.name, pending.sys_id, staged)
        const rec = { ...pending, ...asStrings(staged) }
        keyRecords.set(item.key, rec)
        if (!existing) {
            this.auditStage('stage_insert', item, targetSysId, `${this.what(item)} staged`)
            return { outcome: { kind: 'inserted', targetSysId } }
        }
        const message = `${this.what(item)}: staging completed after an interrupted run`
        this.auditStage('stage_insert', item, targetSysId, message)
        // The interrupted run's insert counts here; a changed payload goes on to the update.
        if (rec.payload_hash === item.hash) return { outcome: { kind: 'inserted', targetSysId } }
        return { rec }
    }

    /**
     * IFS changed only fields that are not staged (or the key predates the source hash):
     * remembered, so the next read of the same row is a duplicate before enrichment.
     */
    private unchanged(item: Ready, rec: StoredRecord): Written {
        if (this.o.importTable && rec.transform_state === 'error' && this.o.resubmitRejected)
            return this.resubmit(item, rec)
        if (rec.source_hash !== item.sourceHash) {
            this.o.ctx.ports.store.update(STAGING_KEY.name, rec.sys_id, { source_hash: item.sourceHash })
            this.o.ledger.keyRecords.set(item.key, { ...rec, source_hash: item.sourceHash })
        }
        return { kind: 'duplicates', targetSysId: rec.target_sys_id }
    }

    /**
     * Same document, changed in IFS: brings the staged record up to date unless it is locked. A
     * document with lines whose header values are as staged changed in its lines only: the header
     * is not written again (PageStaging writes the changed lines).
     */
    private updateChanged(item: Ready, rec: StoredRecord): Written {
        const target = this.o.ledger.targets.get(item.key)
        // removed_at: a document the removal sweep marked deleted in IFS is shown again, so no longer marked.
        const values = {
            payload_hash: item.hash,
            source_hash: item.sourceHash,
            last_run: this.o.ctx.runSysId,
            removed_at: null,
        }
        const withLines = linesOf(item, rec)
        if (withLines === 'lines_only') return this.linesOnly(item, rec, values)
        // Import rows are cleaned up by the platform after a while: the change goes in as a new row.
        if (!target && this.o.importTable)
            return this.queueKeyUpdate(item, rec, values, { sysId: this.insertRow(item) })
        if (!target)
            return {
                kind: 'flag',
                problem: {
                    reason: 'target_rejected',
                    message: `${this.what(item)} changed in IFS, but its staged record in ${this.o.targetTable} no longer exists; it was not staged again.`,
                },
            }
        const changed = this.applyChange(item, target)
        if (changed.kind !== 'updated') return changed
        if (this.o.importTable)
            return this.queueKeyUpdate(item, rec, values, { sysId: changed.targetSysId ?? target.sys_id })
        // Its lines are written after the page's headers: the key waits for them (crash safety).
        if (withLines !== 'none')
            return this.queueKeyUpdate(item, rec, values, { sysId: target.sys_id, keepsTransform: true })
        this.o.ctx.ports.store.update(STAGING_KEY.name, rec.sys_id, values)
        this.o.ledger.keyRecords.set(item.key, { ...rec, ...asStrings(values) })
        this.auditStage('stage_update', item, target.sys_id, this.updatedMessage(item))
        return changed
    }

    /**
     * Only lines changed: the header stays as staged (no new import row for it), unless a legacy
     * target's state locks the document; the key waits for the lines (PageStaging).
     */
    private linesOnly(item: Ready, rec: StoredRecord, values: Record<string, string | null>): Written {
        const target = this.o.ledger.targets.get(item.key)
        const targetState = target && !this.o.importTable ? target[this.o.map.lock.column] : null
        if (targetState && this.o.map.lock.states.includes(targetState)) return this.locked(item, targetState)
        const sysId = rec.target_sys_id ?? target?.sys_id ?? ''
        return this.queueKeyUpdate(item, rec, values, { sysId, keepsTransform: true })
    }

    private locked(item: Ready, targetState: string): WriteOutcome {
        return {
            kind: 'flag',
            problem: {
                reason: 'changed_after_posting',
                message: `${this.what(item)} changed in IFS after its record in ServiceNow reached state "${targetState}"; the change was not applied. Check the document in IFS and ServiceNow.`,
            },
        }
    }

    /** Writes the changed values into the target, unless its state locks it. */
    private applyChange(item: Ready, target: StoredRecord): WriteOutcome {
        const { targetTable, map } = this.o
        if (this.o.importTable) return this.changeImportRow(item, target)
        const targetState = target[map.lock.column]
        if (targetState && map.lock.states.includes(targetState)) return this.locked(item, targetState)
        const { store } = this.o.ctx.ports
        this.writeTarget(() => store.update(targetTable, target.sys_id, item.values), item)
        return { kind: 'updated', targetSysId: target.sys_id }
    }

    /**
     * An import row still pending (not transformed yet) is brought up to date in place; one the
     * platform has transformed is history — it is never edited, since the platform would not run
     * it again: the changed document gets a new import row, coalesced by the transform map onto
     * the record the first one produced. Whether that record may still change (an approved or
     * paid invoice) is the transform map's call, read back as the new row's outcome.
     */
    private changeImportRow(item: Ready, row: StoredRecord): WriteOutcome {
        const state = row.sys_import_state ?? 'pending'
        if (state !== 'pending') return { kind: 'updated', targetSysId: this.insertRow(item) }
        const { store } = this.o.ctx.ports
        this.writeTarget(() => store.update(this.o.targetTable, row.sys_id, item.values), item)
        this.noteImportRow(row.sys_id, item)
        return { kind: 'updated', targetSysId: row.sys_id }
    }

    /** Inserts the document's target record (import tables: a new import row, pending). */
    private insertRow(item: Ready): string {
        const { store } = this.o.ctx.ports
        const sysId = this.writeTarget(() => store.insert(this.o.targetTable, item.values), item)
        this.o.ledger.targets.set(item.key, { sys_id: sysId, sys_import_state: this.o.importTable ? 'pending' : null })
        this.noteImportRow(sysId, item)
        return sysId
    }

    private noteImportRow(rowSysId: string, item: Ready): void {
        if (this.o.importTable) this.o.ledger.importRows.set(rowSysId, item.key)
    }

    /**
     * The transform refused the document's last import row and its flag is re-read (after a fix in
     * IFS or in ServiceNow, or an AP user's retry): the same values go in again as a new row.
     */
    private resubmit(item: Ready, rec: StoredRecord): Written {
        const rowSysId = this.insertRow(item)
        const values = { source_hash: item.sourceHash, last_run: this.o.ctx.runSysId }
        return this.queueKeyUpdate(item, rec, values, {
            sysId: rowSysId,
            message: `${this.what(item)} submitted to the import transform again`,
            // Its lines go in again too: the refusal may have been a line's.
            allLines: true,
        })
    }

    /** Import tables: the key's update waits for the page's transform (PageStaging writes it). */
    private queueKeyUpdate(
        item: Ready,
        rec: StoredRecord,
        values: Record<string, string | number | null>,
        row: { sysId: string; message?: string; keepsTransform?: boolean; allLines?: boolean }
    ): Written {
        // A new import row waits for its transform; a header written in place (or not at all) does not.
        const transform: Record<string, string | null> = row.keepsTransform
            ? {}
            : { transform_state: 'pending', produced_table: null, produced_sys_id: null }
        const update: KeyUpdate = {
            item,
            keySysId: rec.sys_id,
            values: { ...values, target_sys_id: row.sysId, ...transform },
            outcome: this.keyed('updated', row.sysId, row.message ?? this.updatedMessage(item)),
            ...(row.allLines ? { allLines: true } : {}),
        }
        this.o.ledger.keyUpdates.set(item.key, update)
        return { kind: 'awaiting_key' }
    }

    private updatedMessage(item: Ready): string {
        return `${this.what(item)} updated from IFS (state ${item.doc.state})`
    }

    private auditStage(operation: 'stage_insert' | 'stage_update', item: Ready, targetSysId: string, message: string) {
        this.o.ctx.audit.record({
            operation,
            objectType: this.o.objectType,
            sourceKey: item.identity.sourceKey,
            targetTable: this.o.targetTable,
            targetSysId,
            message,
        })
    }

    private writeTarget<T>(write: () => T, item: Ready): T {
        try {
            return write()
        } catch (e) {
            if (e instanceof StoreError && e.code !== 'duplicate_key')
                throw new TargetRefused(`${this.o.targetTable} refused the record for ${this.what(item)}: ${e.message}`)
            throw e
        }
    }
}
