import { STAGING_KEY } from '../../../tables/staging-key'
import type { ObjectType } from '../../../tables/object-types'
import { StoreError } from '../../ports/store'
import type { StoredRecord } from '../../ports/store'
import type { FieldMap } from './field-maps'
import { asStrings } from './record-strings'
import { TargetRefused } from './staged-item'
import type { Ready, WriteOutcome } from './staged-item'
import type { StagingContext } from './stager'

const KEY_COL = STAGING_KEY.columns

function fit(text: string | null, limit: number): string | null {
    return text === null || text.length <= limit ? text : text.slice(0, limit)
}

/** What one page's writes share: its staging keys and target records, as read and as written. */
export interface PageLedger {
    keyRecords: Map<string, StoredRecord>
    targets: Map<string, StoredRecord>
    /** Dry run: keys already reported, so a document twice in a page is reported once. */
    dryRunSeen: Set<string>
}

export interface DocumentWriterOptions {
    ctx: StagingContext
    objectType: ObjectType
    /** How messages name a document of this type ("Invoice"). */
    noun: string
    targetTable: string
    map: FieldMap
    ledger: PageLedger
}

type Done = { outcome: WriteOutcome; rec?: undefined } | { outcome?: undefined; rec: StoredRecord }

/**
 * Writes valid documents of one page in the crash-safe order: the staging key `pending`, then the
 * target record, then the key `staged`; a changed document updates its target unless locked.
 */
export class DocumentWriter {
    constructor(private readonly o: DocumentWriterOptions) {}

    /** Writes one valid document. Throws TargetRefused when the target table refuses the record. */
    write(item: Ready): WriteOutcome {
        if (this.o.ctx.connection.dryRun) return this.reportOnly(item)
        let rec = this.o.ledger.keyRecords.get(item.key) ?? this.insertPendingKey(item)
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

    /** Crash-safe order: the key (pending) first, then the target, then the key staged. */
    private insertPendingKey(item: Ready): StoredRecord {
        const runSysId = this.o.ctx.runSysId
        const values = {
            key: item.key,
            connection: this.o.ctx.connection.sysId,
            object_type: this.o.objectType,
            company: fit(item.doc.company, KEY_COL.company.options.maxLength),
            document_number: fit(item.doc.documentNumber, KEY_COL.document_number.options.maxLength),
            supplier_number: fit(item.doc.supplierNumber, KEY_COL.supplier_number.options.maxLength),
            creation_date: item.doc.createdAt.slice(0, 10),
            target_table: this.o.targetTable,
            payload_hash: item.hash,
            source_hash: item.sourceHash,
            state: 'pending',
            first_run: runSysId,
            last_run: runSysId,
        }
        const keySysId = this.o.ctx.ports.store.insert(STAGING_KEY.name, values)
        const rec = { sys_id: keySysId, ...asStrings(values) }
        this.o.ledger.keyRecords.set(item.key, rec)
        return rec
    }

    /** Pending: new just now, or left by a crashed run. The target may already exist. */
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
    private unchanged(item: Ready, rec: StoredRecord): WriteOutcome {
        if (rec.source_hash !== item.sourceHash) {
            this.o.ctx.ports.store.update(STAGING_KEY.name, rec.sys_id, { source_hash: item.sourceHash })
            this.o.ledger.keyRecords.set(item.key, { ...rec, source_hash: item.sourceHash })
        }
        return { kind: 'duplicates', targetSysId: rec.target_sys_id }
    }

    /** Same document, changed in IFS: brings the staged record up to date unless it is locked. */
    private updateChanged(item: Ready, rec: StoredRecord): WriteOutcome {
        const what = this.what(item)
        const { targetTable, map } = this.o
        const target = this.o.ledger.targets.get(item.key)
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
        const { store } = this.o.ctx.ports
        this.writeTarget(() => store.update(targetTable, target.sys_id, item.values), item)
        const changed = { payload_hash: item.hash, source_hash: item.sourceHash, last_run: this.o.ctx.runSysId }
        store.update(STAGING_KEY.name, rec.sys_id, changed)
        this.o.ledger.keyRecords.set(item.key, { ...rec, ...asStrings(changed) })
        this.auditStage('stage_update', item, target.sys_id, `${what} updated from IFS (state ${item.doc.state})`)
        return { kind: 'updated', targetSysId: target.sys_id }
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
