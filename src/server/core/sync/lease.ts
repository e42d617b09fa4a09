import { CONNECTION } from '../../../tables/connection'
import type { Clock } from '../../ports/clock'
import type { Condition, RecordValues, Store, StoredRecord } from '../../ports/store'
import { fromGlideDateTime, toGlideDateTime } from '../domain/glide-time'
import { Failure } from '../domain/failure'

const T = CONNECTION.name

/**
 * A lease whose expiry lies further ahead than this many lease lengths was not written by a
 * runner with a sane clock (a take or renewal writes now + one length): its holder's clock ran
 * ahead, or ours jumped back. It is taken over like an expired one rather than blocking the
 * connection until that far-off time. Two lengths, not one, so a holder whose clock is a little
 * ahead of ours, or that took the lease under a longer time budget, is still respected.
 */
const STALE_LEASE_LENGTHS = 2

/** Who asks for which connection's lease, and for how long each take or renewal holds it. */
interface LeaseTerms {
    store: Store
    clock: Clock
    connectionSysId: string
    owner: string
    durationMs: number
}

export type LeaseAttempt = { kind: 'taken'; lease: Lease } | { kind: 'held'; owner: string; expiresAtMs: number }

/**
 * One runner per connection: the lease lives on the connection record (owner, expires at). It is
 * taken when empty, expired or already ours, renewed after every page, released at the end; a
 * runner killed mid-run leaves a lease that expires and is taken over by the next run.
 *
 * Glide has no transactions, so every change is a compare-and-set: one conditional update
 * (Store.updateWhere, a single UPDATE ... WHERE the database serialises) whose condition says
 * "the lease is free or ours", then a read back of who holds it. Of two runners racing, the second
 * update finds the first one's valid lease and matches nothing.
 */
export class Lease {
    /** Wall time when the lease was taken, and the monotonic time then (when the clock has one). */
    private readonly takenAtMs: number
    private readonly takenAtMonotonicMs: number | null
    private readonly store: Store
    private readonly clock: Clock
    readonly connectionSysId: string
    readonly owner: string
    private readonly durationMs: number

    private constructor(terms: LeaseTerms) {
        this.store = terms.store
        this.clock = terms.clock
        this.connectionSysId = terms.connectionSysId
        this.owner = terms.owner
        this.durationMs = terms.durationMs
        this.takenAtMs = this.clock.nowMs()
        this.takenAtMonotonicMs = this.clock.monotonicMs ? this.clock.monotonicMs() : null
    }

    static take(terms: LeaseTerms): LeaseAttempt {
        const { store, clock, owner, durationMs } = terms
        const lease = new Lease(terms)
        const nowMs = clock.nowMs()
        const now = toGlideDateTime(nowMs)
        const absurd = toGlideDateTime(nowMs + STALE_LEASE_LENGTHS * durationMs)
        store.updateWhere(
            T,
            [
                lease.record(),
                {
                    op: 'OR',
                    any: [
                        { field: 'lease_owner', op: 'ISEMPTY' },
                        { field: 'lease_expires_at', op: '<=', value: now },
                        // Written under a clock far ahead of ours (or ours jumped back): stale.
                        { field: 'lease_expires_at', op: '>', value: absurd },
                        { field: 'lease_owner', op: '=', value: owner },
                    ],
                },
            ],
            lease.fresh()
        )
        let holder = lease.read()
        if (holder.lease_owner && holder.lease_owner !== owner && !holder.lease_expires_at) {
            // A holder without an end (a hand-edited record) counts as expired. A second
            // compare-and-set, because Glide cannot OR two emptiness tests: it only matches while
            // that same endless holder is there, so it cannot take a valid lease either.
            store.updateWhere(
                T,
                [
                    lease.record(),
                    { field: 'lease_owner', op: '=', value: holder.lease_owner },
                    { field: 'lease_expires_at', op: 'ISEMPTY' },
                ],
                lease.fresh()
            )
            holder = lease.read()
        }
        if (holder.lease_owner === owner) return { kind: 'taken', lease }
        return {
            kind: 'held',
            // Empty: the winner of the race has already released it; this run still stands aside.
            owner: holder.lease_owner ?? 'another runner',
            expiresAtMs: fromGlideDateTime(holder.lease_expires_at) ?? clock.nowMs(),
        }
    }

    /** False when another runner took the lease over (ours had expired): stop writing then. */
    renew(): boolean {
        this.store.updateWhere(T, this.ours(), { lease_expires_at: this.fresh().lease_expires_at })
        return this.store.get(T, this.connectionSysId)?.lease_owner === this.owner
    }

    /** Frees the lease if it is still ours; a lease another runner took over stays theirs. */
    release(): void {
        this.store.updateWhere(T, this.ours(), { lease_owner: null, lease_expires_at: null })
    }

    private record(): Condition {
        return { field: 'sys_id', op: '=', value: this.connectionSysId }
    }

    private ours(): Condition[] {
        return [this.record(), { field: 'lease_owner', op: '=', value: this.owner }]
    }

    /**
     * The expiry to write: one lease length from now. "Now" is the wall time at take plus the
     * monotonic time elapsed since, when the clock has one, so a wall clock that jumps while the
     * run goes neither ends our lease early (jump back) nor stretches it far ahead (jump forward,
     * which others would take for a stale lease). Without one (the instance) it is the wall clock.
     */
    private fresh(): RecordValues {
        const monotonic = this.clock.monotonicMs
        const nowMs =
            monotonic && this.takenAtMonotonicMs !== null
                ? this.takenAtMs + (monotonic.call(this.clock) - this.takenAtMonotonicMs)
                : this.clock.nowMs()
        return { lease_owner: this.owner, lease_expires_at: toGlideDateTime(nowMs + this.durationMs) }
    }

    private read(): StoredRecord {
        const record = this.store.get(T, this.connectionSysId)
        if (!record) throw new Error(`Connection ${this.connectionSysId} does not exist`)
        return record
    }
}

export class LeaseLost extends Failure {
    constructor(connectionName: string) {
        super(`Another runner took over the lease of connection "${connectionName}"; this run stopped`)
        this.name = 'LeaseLost'
    }
}
