jest.mock('@servicenow/glide', () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide'])

import { IndexedMemoryStore } from '../../../src/local/bench/indexed-memory-store'
import { SqliteStore } from '../../../src/local/store/sqlite-store'
import { toGlideDateTime } from '../../../src/server/core/domain/glide-time'
import { Lease } from '../../../src/server/core/sync/lease'
import type { LeaseAttempt } from '../../../src/server/core/sync/lease'
import { GlideStore } from '../../../src/server/glide/glide-store'
import type { Store, StoredRecord } from '../../../src/server/ports/store'
import { CONNECTION } from '../../../src/tables'
import { GlideWorld } from '../../doubles/glide/glide-world'
import { freshWorld } from '../../doubles/glide/jest-glide'
import { FakeClock } from '../../fakes/fake-clock'
import { MemoryStore } from '../../fakes/memory-store'
import { ReplayStore, SteppedRunner, everyInterleaving } from './interleaving'

const T = CONNECTION.name
const MINUTE = 60_000
const sqliteStores: SqliteStore[] = []
afterAll(() => sqliteStores.forEach((s) => s.close()))

/** Every Store the lease runs on: the instance's (over the GlideRecord double) and the local ones. */
const STORES: readonly [string, () => Store][] = [
    ['MemoryStore', () => new MemoryStore()],
    ['GlideStore over the GlideRecord double', () => (freshWorld(new GlideWorld()), new GlideStore())],
    [
        'SqliteStore',
        () => {
            const store = new SqliteStore({ path: ':memory:' })
            sqliteStores.push(store)
            return store
        },
    ],
    ['IndexedMemoryStore', () => new IndexedMemoryStore()],
]

type Holder = { owner: string | null; expiresAtMs: number | null }

function world(makeStore: () => Store, holder: Holder = { owner: null, expiresAtMs: null }) {
    const store = makeStore()
    const clock = new FakeClock()
    const sysId = store.insert(T, {
        name: 'IFS prod',
        lease_owner: holder.owner,
        lease_expires_at: holder.expiresAtMs === null ? null : toGlideDateTime(holder.expiresAtMs),
    })
    const record = (): StoredRecord => store.get(T, sysId)!
    const take = (owner: string, on: Store = store): LeaseAttempt =>
        Lease.take({ store: on, clock, connectionSysId: sysId, owner, durationMs: 10 * MINUTE })
    const leaseOf = (owner: string, on: Store = store): Lease => {
        const attempt = take(owner, on)
        if (attempt.kind !== 'taken') throw new Error(`${owner} could not take the lease`)
        return attempt.lease
    }
    return { store, clock, sysId, record, take, leaseOf }
}

const ownerOf = (a: LeaseAttempt) => (a.kind === 'taken' ? a.lease.owner : null)
/** Who came back holding the lease (names, so a failure prints readably). */
const holders = (runners: readonly SteppedRunner<LeaseAttempt>[]) =>
    runners.flatMap((r) => (r.result.kind === 'taken' ? [r.result.lease.owner] : []))

describe.each(STORES)('Lease on %s', (_name, makeStore) => {
    describe('one runner at a time', () => {
        it('takes a free lease until now + duration', () => {
            const w = world(makeStore)
            expect(w.take('A')).toMatchObject({ kind: 'taken', lease: { owner: 'A', connectionSysId: w.sysId } })
            expect(w.record()).toMatchObject({
                lease_owner: 'A',
                lease_expires_at: toGlideDateTime(w.clock.nowMs() + 10 * MINUTE),
            })
        })

        it('leaves a valid lease of another runner alone and says whose it is until when', () => {
            const until = new FakeClock().nowMs() + 3 * MINUTE
            const w = world(makeStore, { owner: 'B', expiresAtMs: until })
            expect(w.take('A')).toEqual({ kind: 'held', owner: 'B', expiresAtMs: until })
            expect(w.record()).toMatchObject({ lease_owner: 'B', lease_expires_at: toGlideDateTime(until) })
        })

        it('takes over an expired lease, including one that expires this very second', () => {
            for (const ago of [MINUTE, 0]) {
                const w = world(makeStore, { owner: 'B', expiresAtMs: new FakeClock().nowMs() - ago })
                expect(ownerOf(w.take('A'))).toBe('A')
                expect(w.record().lease_owner).toBe('A')
            }
        })

        it('takes over a holder without an expiry (a record edited by hand)', () => {
            const w = world(makeStore, { owner: 'B', expiresAtMs: null })
            expect(ownerOf(w.take('A'))).toBe('A')
            expect(w.record()).toMatchObject({
                lease_owner: 'A',
                lease_expires_at: toGlideDateTime(w.clock.nowMs() + 10 * MINUTE),
            })
        })

        it('takes its own lease again, with a new expiry', () => {
            const w = world(makeStore)
            w.leaseOf('A')
            w.clock.advance(MINUTE)
            expect(ownerOf(w.take('A'))).toBe('A')
            expect(w.record().lease_expires_at).toBe(toGlideDateTime(w.clock.nowMs() + 10 * MINUTE))
        })

        it('renew moves the expiry while the lease is ours; release frees it', () => {
            const w = world(makeStore)
            const lease = w.leaseOf('A')
            w.clock.advance(4 * MINUTE)
            expect(lease.renew()).toBe(true)
            expect(w.record()).toMatchObject({
                lease_owner: 'A',
                lease_expires_at: toGlideDateTime(w.clock.nowMs() + 10 * MINUTE),
            })
            lease.release()
            expect(w.record()).toMatchObject({ lease_owner: null, lease_expires_at: null })
            expect(ownerOf(w.take('B'))).toBe('B')
        })

        it('renew and release by a runner that lost the lease change nothing', () => {
            const w = world(makeStore)
            const a = w.leaseOf('A')
            w.clock.advance(11 * MINUTE)
            w.leaseOf('B')
            const before = w.record()
            w.clock.advance(MINUTE)
            expect(a.renew()).toBe(false)
            a.release()
            expect(w.record()).toEqual(before)
        })

        it('refuses a connection that does not exist', () => {
            const w = world(makeStore)
            expect(() =>
                Lease.take({
                    store: w.store,
                    clock: w.clock,
                    connectionSysId: 'f'.repeat(32),
                    owner: 'A',
                    durationMs: MINUTE,
                })
            ).toThrow(/does not exist/)
        })
    })

    describe('runners interleaved at every store call', () => {
        /** Fresh world per order; each runner has its own handle so its calls can be paced. */
        function race(holder?: Holder) {
            const w = world(makeStore, holder)
            const handle = () => new ReplayStore(w.store)
            return { w, handle }
        }

        /** One runner per owner, each taking the lease through its own handle. */
        function takers(holder: Holder | undefined, owners: readonly string[]) {
            const { w, handle } = race(holder)
            const runners = owners.map((owner) => {
                const store = handle()
                return new SteppedRunner(store, () => w.take(owner, store))
            })
            return { w, runners }
        }

        /** Exactly one runner came back holding the lease, and the record names it. */
        function expectOneHolder(w: ReturnType<typeof world>, runners: readonly SteppedRunner<LeaseAttempt>[]) {
            const winners = holders(runners)
            expect(winners).toHaveLength(1)
            expect(w.record().lease_owner).toBe(winners[0])
            return winners[0]
        }

        /** A holds the lease; `laterMs` on, A does `act` with it while B tries to take it. */
        function againstTaker<T>(laterMs: number, act: (lease: Lease) => T) {
            const { w, handle } = race()
            const storeA = handle()
            const a = w.leaseOf('A', storeA)
            w.clock.advance(laterMs)
            const storeB = handle()
            const mine = new SteppedRunner(storeA, () => act(a))
            const take = new SteppedRunner(storeB, () => w.take('B', storeB))
            return { w, mine, take, runners: [mine, take] }
        }

        it('two runners taking a free lease: exactly one holds it', () => {
            const orders = everyInterleaving(() => {
                const { w, runners } = takers(undefined, ['A', 'B'])
                return {
                    runners,
                    check: () => {
                        const winner = expectOneHolder(w, runners)
                        const loser = runners.map((r) => r.result).find((a) => a.kind === 'held')
                        expect(loser).toEqual({
                            kind: 'held',
                            owner: winner,
                            expiresAtMs: w.clock.nowMs() + 10 * MINUTE,
                        })
                    },
                }
            })
            expect(orders).toBe(6) // two calls each: C(4, 2) orders
        })

        it('three runners taking over an expired lease: exactly one holds it', () => {
            const expired = { owner: 'Z', expiresAtMs: new FakeClock().nowMs() - MINUTE }
            const orders = everyInterleaving(() => {
                const { w, runners } = takers(expired, ['A', 'B', 'C'])
                return { runners, check: () => void expectOneHolder(w, runners) }
            })
            expect(orders).toBe(90) // 6! / (2! 2! 2!)
        })

        it('two runners taking over a holder without an expiry: exactly one holds it', () => {
            const orders = everyInterleaving(() => {
                const { w, runners } = takers({ owner: 'Z', expiresAtMs: null }, ['A', 'B'])
                return { runners, check: () => void expectOneHolder(w, runners) }
            })
            expect(orders).toBeGreaterThan(6)
        })

        it('renewing an expired lease while another runner takes it over: never both', () => {
            let renewed = 0
            let takenOver = 0
            everyInterleaving(() => {
                const { w, mine: renew, take, runners } = againstTaker(11 * MINUTE, (a) => a.renew())
                return {
                    runners,
                    check: () => {
                        const aHolds = renew.result
                        const bHolds = take.result.kind === 'taken'
                        expect([aHolds, bHolds]).toContain(true)
                        expect(aHolds && bHolds).toBe(false)
                        expect(w.record().lease_owner).toBe(aHolds ? 'A' : 'B')
                        if (aHolds) renewed++
                        else takenOver++
                    },
                }
            })
            // Both outcomes occur, depending on who gets to the record first.
            expect(renewed).toBeGreaterThan(0)
            expect(takenOver).toBeGreaterThan(0)
        })

        it('releasing an expired lease while another runner takes it over never frees the new lease', () => {
            everyInterleaving(() => {
                const { w, take, runners } = againstTaker(11 * MINUTE, (a) => a.release())
                return {
                    runners,
                    check: () => {
                        expect(ownerOf(take.result)).toBe('B')
                        expect(w.record()).toMatchObject({
                            lease_owner: 'B',
                            lease_expires_at: toGlideDateTime(w.clock.nowMs() + 10 * MINUTE),
                        })
                    },
                }
            })
        })

        it('a valid lease being renewed is never taken', () => {
            everyInterleaving(() => {
                const { w, mine: renew, take, runners } = againstTaker(5 * MINUTE, (a) => a.renew())
                return {
                    runners,
                    check: () => {
                        expect(renew.result).toBe(true)
                        expect(take.result).toMatchObject({ kind: 'held', owner: 'A' })
                        expect(w.record().lease_owner).toBe('A')
                    },
                }
            })
        })
    })
})

describe('the interleaving harness', () => {
    /** The lease as it was: read, write if free, read back. Not a compare-and-set. */
    function readWriteRead(store: Store, sysId: string, owner: string): boolean {
        if (store.get(T, sysId)?.lease_owner) return false
        store.update(T, sysId, { lease_owner: owner })
        return store.get(T, sysId)?.lease_owner === owner
    }

    it('finds the order in which a read-write-read lease lets two runners in', () => {
        const bothIn: string[] = []
        everyInterleaving(() => {
            const store = new MemoryStore()
            const sysId = store.insert(T, { name: 'IFS prod' })
            const runners = ['A', 'B'].map((owner) => {
                const handle = new ReplayStore(store)
                return new SteppedRunner(handle, () => readWriteRead(handle, sysId, owner))
            })
            return {
                runners,
                check: (order) => {
                    if (runners.every((r) => r.result)) bothIn.push(order.join(''))
                },
            }
        })
        // A reads, B reads, A writes, A reads back (its own name), B writes, B reads back.
        expect(bothIn).toContain('010011')
    })

    it('refuses code that does not repeat its calls when replayed', () => {
        const store = new MemoryStore()
        let n = 0
        const handle = new ReplayStore(store)
        const runner = new SteppedRunner(handle, () => {
            store.insert(T, { name: 'x' })
            handle.get(T, String(n++))
            return handle.get(T, 'y')
        })
        runner.step()
        expect(() => runner.step()).toThrow(/not deterministic/)
    })
})

/** A wall clock a test can jump either way, and a monotonic clock that only moves on. */
class JumpingClock {
    constructor(
        public wallMs: number,
        public monoMs = 1_000
    ) {}
    nowMs(): number {
        return this.wallMs
    }
    monotonicMs(): number {
        return this.monoMs
    }
    elapse(ms: number): void {
        this.wallMs += ms
        this.monoMs += ms
    }
}

describe.each(STORES)('Lease under a clock that jumps, on %s', (_name, makeStore) => {
    const LENGTH = 10 * MINUTE
    const NOW = Date.UTC(2026, 0, 15, 8, 0, 0)

    it.each([
        ['a day', 24 * 60 * MINUTE],
        ['three lease lengths', 3 * LENGTH],
        ['ten years', 10 * 365 * 24 * 60 * MINUTE],
        ['two lease lengths and a second', 2 * LENGTH + 1000],
    ])('a holder whose expiry lies %s ahead is stale and taken over', (_label, ahead) => {
        const w = world(makeStore, { owner: 'node:ahead', expiresAtMs: NOW + ahead })
        w.clock.set(NOW)
        const attempt = w.take('node:b')
        expect(ownerOf(attempt)).toBe('node:b')
        expect(w.record().lease_expires_at).toBe(toGlideDateTime(NOW + LENGTH))
    })

    it.each([
        ['one lease length', LENGTH],
        ['a length and a minute (its clock a little ahead)', LENGTH + MINUTE],
        ['exactly two lease lengths', 2 * LENGTH],
    ])('a holder whose expiry lies %s ahead is respected', (_label, ahead) => {
        const w = world(makeStore, { owner: 'node:a', expiresAtMs: NOW + ahead })
        w.clock.set(NOW)
        expect(w.take('node:b')).toEqual({ kind: 'held', owner: 'node:a', expiresAtMs: NOW + ahead })
    })

    it.each([
        ['back an hour', -60 * MINUTE],
        ['back a day', -24 * 60 * MINUTE],
        ['forward an hour', 60 * MINUTE],
        ['forward a year', 365 * 24 * 60 * MINUTE],
    ])('a runner whose wall clock jumps %s renews from the time it really ran', (_label, jump) => {
        const store = makeStore()
        const clock = new JumpingClock(NOW)
        const sysId = store.insert(T, { name: 'IFS prod' })
        const attempt = Lease.take({ store, clock, connectionSysId: sysId, owner: 'node:a', durationMs: LENGTH })
        if (attempt.kind !== 'taken') throw new Error('not taken')
        clock.elapse(2 * MINUTE)
        clock.wallMs += jump
        expect(attempt.lease.renew()).toBe(true)
        // Two minutes really passed: the expiry is two minutes on, whatever the wall clock says.
        expect(store.get(T, sysId)!.lease_expires_at).toBe(toGlideDateTime(NOW + 2 * MINUTE + LENGTH))
        // A runner with a correct clock sees a valid lease, not a stale or expired one.
        const other = Lease.take({
            store,
            clock: new FakeClock(NOW + 3 * MINUTE),
            connectionSysId: sysId,
            owner: 'node:b',
            durationMs: LENGTH,
        })
        expect(other.kind).toBe('held')
    })

    it('without a monotonic clock (the instance) renewals follow the wall clock', () => {
        const w = world(makeStore)
        w.clock.set(NOW)
        const lease = w.leaseOf('node:a')
        w.clock.set(NOW + 5 * MINUTE)
        lease.renew()
        expect(w.record().lease_expires_at).toBe(toGlideDateTime(NOW + 5 * MINUTE + LENGTH))
    })
})
