import { FLAG } from '../../../tables/flag'
import type { Store } from '../../ports/store'
import type { AuditTrail } from '../audit/audit-trail'
import { ACTIVE_FLAG_STATES } from './flag-book'

export type FlagActionResult = { kind: 'done'; changed: number } | { kind: 'refused'; message: string }

function activeFlags(store: Store, flagSysIds: readonly string[]) {
    if (flagSysIds.length === 0) return []
    return store.query(FLAG.name, {
        where: [
            { field: 'sys_id', op: 'IN', value: flagSysIds },
            { field: 'state', op: 'IN', value: ACTIVE_FLAG_STATES },
        ],
    })
}

/**
 * An AP user decides these documents need no staging. The reason is required: it is the only
 * record of why a document from IFS never reached ServiceNow. Flags already closed are left alone.
 */
export function ignoreFlags(
    store: Store,
    audit: AuditTrail,
    flagSysIds: readonly string[],
    reason: string
): FlagActionResult {
    const note = reason.trim()
    if (note === '') return { kind: 'refused', message: 'Say why these flagged records are ignored.' }
    const flags = activeFlags(store, flagSysIds)
    for (const flag of flags) {
        store.update(FLAG.name, flag.sys_id, { state: 'ignored', resolution_note: note })
        audit.record({
            operation: 'flag_ignored',
            objectType: flag.object_type ?? undefined,
            sourceKey: flag.source_key ?? undefined,
            message: note,
        })
    }
    return { kind: 'done', changed: flags.length }
}

/**
 * Marks flags for the next retry (the UI's "Retry" button); the job's retryOpenFlags picks up
 * open and retrying flags alike, so this only makes the request visible until the job runs.
 */
export function markFlagsForRetry(store: Store, flagSysIds: readonly string[]): FlagActionResult {
    const flags = activeFlags(store, flagSysIds)
    for (const flag of flags) store.update(FLAG.name, flag.sys_id, { state: 'retrying' })
    return { kind: 'done', changed: flags.length }
}
