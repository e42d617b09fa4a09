import type { StoredRecord } from '../../ports/store'
import { fromGlideDateTime } from '../domain/glide-time'

/** Who holds the connection's run lease, when it is still valid; null when no run is going on. */
export function runInProgress(connection: StoredRecord, nowMs: number): { owner: string; untilMs: number } | null {
    const owner = connection.lease_owner
    const until = fromGlideDateTime(connection.lease_expires_at)
    if (!owner || until === null || until <= nowMs) return null
    return { owner, untilMs: until }
}
