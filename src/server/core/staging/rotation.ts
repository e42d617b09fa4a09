import type { ObjectType } from '../../../tables/object-types'
import { STAGING_KEY } from '../../../tables/staging-key'
import type { Condition, Store, StoredRecord } from '../../ports/store'

/** The staging key columns that record a bounded per-run check's turn: removals, match readiness. */
export type CheckedAtColumn = 'lines_checked_at' | 'match_checked_at'

/**
 * One bounded turn of a per-run check over a connection's staged documents of one type: at most
 * `limit` keys, never-checked first, then the oldest check (`checkedAt`), creation order breaking
 * ties. The removal sweep (core/lines/removal-sweep) and the match re-check (core/match) each
 * keep such a rotation on the staging key; a check marks the keys it took with its time, so the
 * next run's turn moves on.
 */
export function dueInRotation(
    store: Store,
    turn: {
        connectionSysId: string
        objectType: ObjectType
        checkedAt: CheckedAtColumn
        where?: readonly Condition[]
        limit: number
    }
): StoredRecord[] {
    if (turn.limit <= 0) return []
    return store.query(STAGING_KEY.name, {
        where: [
            { field: 'connection', op: '=', value: turn.connectionSysId },
            { field: 'object_type', op: '=', value: turn.objectType },
            { field: 'state', op: '=', value: 'staged' },
            ...(turn.where ?? []),
        ],
        // Empty sorts first in every Store (GlideRecord's order too): never-checked documents lead.
        orderBy: [{ field: turn.checkedAt }, { field: 'sys_created_on' }],
        limit: turn.limit,
    })
}
