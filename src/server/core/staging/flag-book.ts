import { FLAG } from '../../../tables/flag'
import type { FlagState } from '../../../tables/flag'
import type { ObjectType } from '../../../tables/object-types'
import type { Clock } from '../../ports/clock'
import type { Condition, Store, StoredRecord } from '../../ports/store'
import type { AuditTrail } from '../audit/audit-trail'
import type { Redactor } from '../audit/redactor'
import { toGlideDateTime } from '../domain/glide-time'
import type { IfsRow } from '../ifs/ifs-reader'
import type { DocumentIdentity } from './map-document'
import type { Problem } from './problem'
import { sha256Hex } from './sha256'
import { isReservedNull } from '../domain/reserved-null'

const COL = FLAG.columns
const max = (c: { options: { maxLength: number } }) => c.options.maxLength

/** Flags an AP user still has to act on; the others are history. */
export const ACTIVE_FLAG_STATES: readonly FlagState[] = ['open', 'retrying']

/** Display values are shortened to fit the flag (the full row is in the payload); keys are not shown cut. */
function fit(text: string | null, limit: number): string | null {
    if (text === null) return null
    // The text NULL would blank the field on the instance: it is shown quoted (the payload keeps it as sent).
    if (isReservedNull(text)) return `"${text}"`
    return text.length > limit ? text.slice(0, limit - 3) + '...' : text
}

/**
 * The flag's look-up column: SHA-256 (hex) of the stored source key. Source keys are JSON with
 * commas, up to 1,000 characters; an IN over them degrades into an OR chain on the instance
 * (IN splits on commas), while this short column is indexed and IN-safe.
 */
function flagSourceKeyHash(sourceKey: string): string {
    return sha256Hex(flagSourceKey(sourceKey))
}

/** The source key as stored in the flag; an over-long key keeps a hash suffix so keys stay apart. */
export function flagSourceKey(sourceKey: string): string {
    const limit = max(COL.source_key)
    return sourceKey.length <= limit ? sourceKey : sourceKey.slice(0, limit - 65) + '#' + sha256Hex(sourceKey)
}

export function payloadJson(row: IfsRow, redactor: Redactor): string {
    const text = redactor.scrub(JSON.stringify(row))
    const limit = max(COL.payload)
    if (text.length <= limit) return text
    // The start is escaped again inside the wrapper (a quote or newline grows to two characters or
    // more): the longest start whose wrapper fits, by bisection, or the store refuses the flag.
    const wrap = (length: number) => JSON.stringify({ truncated: true, start: text.slice(0, length) })
    let fits = 0
    let tooLong = limit
    while (tooLong - fits > 1) {
        const mid = Math.floor((fits + tooLong) / 2)
        if (wrap(mid).length <= limit) fits = mid
        else tooLong = mid
    }
    return wrap(fits)
}

export interface FlagSubject {
    identity: DocumentIdentity
    stagingKey: string | null
    supplierName: string | null
    problems: readonly Problem[]
    row: IfsRow
}

/**
 * The flag table for one connection and object type: one active flag per document (by IFS key).
 * Flagging a document again updates its flag (attempts, last attempt, reason, message, payload).
 */
export class FlagBook {
    constructor(
        private readonly store: Store,
        private readonly clock: Clock,
        private readonly audit: AuditTrail,
        private readonly redactor: Redactor,
        private readonly connectionSysId: string,
        private readonly objectType: ObjectType,
        /** Dry run: flags are audited, never written. */
        private readonly dryRun: boolean
    ) {}

    /** Active flags for these documents, by stored source key: one query. */
    activeFor(sourceKeys: readonly string[]): Map<string, StoredRecord> {
        const found = new Map<string, StoredRecord>()
        if (sourceKeys.length === 0) return found
        const keys = new Set(sourceKeys.map(flagSourceKey))
        const rows = this.store.query(FLAG.name, {
            where: [
                { field: 'connection', op: '=', value: this.connectionSysId },
                { field: 'object_type', op: '=', value: this.objectType },
                { field: 'state', op: 'IN', value: ACTIVE_FLAG_STATES },
                { field: 'source_key_hash', op: 'IN', value: Array.from(new Set(sourceKeys.map(flagSourceKeyHash))) },
            ],
        })
        // The key itself is compared too, so a hash collision could never attach another document's flag.
        for (const row of rows)
            if (row.source_key !== null && keys.has(row.source_key) && !found.has(row.source_key))
                found.set(row.source_key, row)
        return found
    }

    /**
     * The payloads of ignored flags of these documents, by stored source key: one query. An AP
     * user's "ignore" holds for the document as it was; IFS sending it again unchanged (cursor
     * reset, overlap re-read) must not open a new flag.
     */
    ignoredPayloads(sourceKeys: readonly string[]): Map<string, Set<string>> {
        const found = new Map<string, Set<string>>()
        if (sourceKeys.length === 0) return found
        const keys = new Set(sourceKeys.map(flagSourceKey))
        const rows = this.store.query(FLAG.name, {
            where: [
                { field: 'connection', op: '=', value: this.connectionSysId },
                { field: 'object_type', op: '=', value: this.objectType },
                { field: 'state', op: '=', value: 'ignored' },
                { field: 'source_key_hash', op: 'IN', value: Array.from(new Set(sourceKeys.map(flagSourceKeyHash))) },
            ],
        })
        for (const row of rows) {
            if (row.source_key === null || row.payload === null || !keys.has(row.source_key)) continue
            const payloads = found.get(row.source_key) ?? new Set<string>()
            payloads.add(row.payload)
            found.set(row.source_key, payloads)
        }
        return found
    }

    /** Whether an AP user ignored this document exactly as IFS sends it now. */
    static isIgnored(ignored: ReadonlyMap<string, Set<string>>, sourceKey: string, payload: string): boolean {
        return ignored.get(flagSourceKey(sourceKey))?.has(payload) ?? false
    }

    /** Active flags of this object type, all or the given ones: one query. */
    active(flagSysIds?: readonly string[]): StoredRecord[] {
        const where: Condition[] = [
            { field: 'connection', op: '=', value: this.connectionSysId },
            { field: 'object_type', op: '=', value: this.objectType },
            { field: 'state', op: 'IN', value: ACTIVE_FLAG_STATES },
        ]
        if (flagSysIds) where.push({ field: 'sys_id', op: 'IN', value: flagSysIds })
        return this.store.query(FLAG.name, { where })
    }

    /**
     * The document's open flag already says exactly this (same IFS row, reason and message): IFS
     * sent the row again unchanged (the lookback window, a cursor reset). Nothing to write, so a
     * run over unchanged data writes nothing. A flag an AP user set to retry is always updated.
     */
    static saysAlready(existing: StoredRecord | undefined, subject: FlagSubject, redactor: Redactor): boolean {
        if (!existing || existing.state !== 'open') return false
        const message = subject.problems.map((p) => p.message).join('\n')
        return (
            existing.reason === subject.problems[0].reason &&
            existing.message === fit(redactor.scrub(message), max(COL.message)) &&
            existing.payload === payloadJson(subject.row, redactor)
        )
    }

    /** Opens or updates the document's flag; returns the flag record as it now is. */
    raise(subject: FlagSubject, existing: StoredRecord | undefined): StoredRecord {
        const now = toGlideDateTime(this.clock.nowMs())
        const first = subject.problems[0]
        const message = subject.problems.map((p) => p.message).join('\n')
        const { identity } = subject
        const supplier =
            identity.supplierNumber === null
                ? null
                : identity.supplierNumber + (subject.supplierName ? ' ' + subject.supplierName : '')
        const common = {
            reason: first.reason,
            message: fit(this.redactor.scrub(message), max(COL.message)),
            payload: payloadJson(subject.row, this.redactor),
            staging_key: subject.stagingKey,
            supplier: fit(supplier, max(COL.supplier)),
            last_attempt_at: now,
        }
        let record: StoredRecord
        if (this.dryRun) {
            record = existing ?? { sys_id: '' }
        } else if (existing) {
            const attempts = (Number(existing.attempts) || 1) + 1
            const values = { ...common, attempts, state: 'open' }
            this.store.update(FLAG.name, existing.sys_id, values)
            record = { ...existing, ...stringify(values) }
        } else {
            const values = {
                ...common,
                connection: this.connectionSysId,
                object_type: this.objectType,
                company: fit(identity.company, max(COL.company)),
                document_number: fit(identity.documentNumber, max(COL.document_number)),
                source_key: flagSourceKey(identity.sourceKey),
                source_key_hash: flagSourceKeyHash(identity.sourceKey),
                state: 'open',
                attempts: 1,
                first_flagged_at: now,
            }
            const sysId = this.store.insert(FLAG.name, values)
            record = { sys_id: sysId, ...stringify(values) }
        }
        this.audit.record({
            operation: 'flag',
            objectType: this.objectType,
            sourceKey: identity.sourceKey,
            message: `${first.reason}: ${message}`,
        })
        return record
    }

    /** The document was staged (or found staged): its flag is done. */
    resolve(flag: StoredRecord, note: string, targetTable: string, targetSysId: string | null): void {
        if (this.dryRun) return
        this.store.update(FLAG.name, flag.sys_id, {
            state: 'resolved',
            resolution_note: note,
            last_attempt_at: toGlideDateTime(this.clock.nowMs()),
        })
        this.audit.record({
            operation: 'flag_resolved',
            objectType: this.objectType,
            sourceKey: flag.source_key ?? undefined,
            targetTable,
            targetSysId: targetSysId ?? undefined,
            message: note,
        })
    }

    /** A retry that could not re-read the document still counts as an attempt. */
    countAttempt(flag: StoredRecord): void {
        if (this.dryRun) return
        this.store.update(FLAG.name, flag.sys_id, {
            attempts: (Number(flag.attempts) || 1) + 1,
            last_attempt_at: toGlideDateTime(this.clock.nowMs()),
            // A requested retry has happened: back on the work list.
            state: 'open',
        })
    }
}

function stringify(values: Record<string, string | number | null>): Record<string, string | null> {
    const out: Record<string, string | null> = {}
    for (const k of Object.keys(values)) out[k] = values[k] === null ? null : String(values[k])
    return out
}
