import { CONNECTION } from '../../../tables/connection'
import type { Clock } from '../../ports/clock'
import type { Store } from '../../ports/store'
import { fromGlideDateTime, toGlideDateTime } from '../domain/glide-time'
import { Failure } from '../domain/failure'

const T = CONNECTION.name

export type LeaseAttempt = { kind: 'taken'; lease: Lease } | { kind: 'held'; owner: string; expiresAtMs: number }

/**
 * One runner per connection: the lease lives on the connection record (owner, expires at). It is
 * taken when empty, expired or already ours, renewed after every page, released at the end; a
 * runner killed mid-run leaves a lease that expires and is taken over by the next run.
 */
export class Lease {
    private constructor(
        private readonly store: Store,
        private readonly clock: Clock,
        readonly connectionSysId: string,
        readonly owner: string,
        private readonly durationMs: number
    ) {}

    static take(store: Store, clock: Clock, connectionSysId: string, owner: string, durationMs: number): LeaseAttempt {
        const record = store.get(T, connectionSysId)
        if (!record) throw new Error(`Connection ${connectionSysId} does not exist`)
        const holder = record.lease_owner
        const expires = fromGlideDateTime(record.lease_expires_at)
        const now = clock.nowMs()
        if (holder && holder !== owner && expires !== null && expires > now) {
            return { kind: 'held', owner: holder, expiresAtMs: expires }
        }
        const lease = new Lease(store, clock, connectionSysId, owner, durationMs)
        lease.write()
        // Glide has no compare-and-set: read back, so of two runners racing only one goes on.
        const after = store.get(T, connectionSysId)
        if (after?.lease_owner !== owner) {
            return {
                kind: 'held',
                owner: after?.lease_owner ?? '?',
                expiresAtMs: fromGlideDateTime(after?.lease_expires_at) ?? now,
            }
        }
        return { kind: 'taken', lease }
    }

    /** False when another runner took the lease over (ours had expired): stop writing then. */
    renew(): boolean {
        const record = this.store.get(T, this.connectionSysId)
        if (record?.lease_owner !== this.owner) return false
        this.write()
        return true
    }

    release(): void {
        const record = this.store.get(T, this.connectionSysId)
        if (record?.lease_owner !== this.owner) return
        this.store.update(T, this.connectionSysId, { lease_owner: null, lease_expires_at: null })
    }

    private write(): void {
        this.store.update(T, this.connectionSysId, {
            lease_owner: this.owner,
            lease_expires_at: toGlideDateTime(this.clock.nowMs() + this.durationMs),
        })
    }
}

export class LeaseLost extends Failure {
    constructor(connectionName: string) {
        super(`Another runner took over the lease of connection "${connectionName}"; this run stopped`)
        this.name = 'LeaseLost'
    }
}
