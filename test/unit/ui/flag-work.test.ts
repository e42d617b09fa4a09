import { ignoreSelectedFlags, queueFlagRetry, retryFlags } from '../../../src/server/core/actions/flag-work'
import type { Stager, StagerFactory, StagingContext } from '../../../src/server/core/staging/stager'
import type { ObjectType } from '../../../src/tables/object-types'
import { toGlideDateTime } from '../../../src/server/core/domain/glide-time'
import { runJob } from '../../../src/server/core/sync/run-job'
import type { JobReport } from '../../../src/server/core/sync/run-job'
import { AUDIT, CONNECTION, FLAG, RUN } from '../../../src/tables'
import { holdLease, insertConnection, testPorts } from './fixtures'
import type { TestPorts } from './fixtures'

/** Ports with one connection (ACME IFS) that parses: the retry and ignore paths' usual start. */
function acmeConnection() {
    const ports = testPorts()
    return { ports, a: insertConnection(ports) }
}

let flagNumber = 0
beforeEach(() => {
    flagNumber = 0
})

function insertFlag(ports: TestPorts, connection: string, objectType: ObjectType, state = 'open') {
    flagNumber++
    return ports.store.insert(FLAG.name, {
        connection,
        object_type: objectType,
        company: '10',
        // Distinct and repeatable (was random): a failure names the same flags on every run.
        document_number: `D-${String(flagNumber).padStart(6, '0')}`,
        reason: 'unknown_gl_account',
        state,
        source_key: '["10","1"]',
    })
}

/** A stager that records what it was asked to retry and resolves a fixed number per call. */
function recordingStager(resolvedPerCall: number, fail?: ObjectType) {
    const calls: { objectType: ObjectType; ids: readonly string[]; context: StagingContext }[] = []
    const factory: StagerFactory = (context) =>
        ({
            acceptPage: () => {
                throw new Error('not used by retry')
            },
            retryOpenFlags(objectType: ObjectType, ids?: readonly string[]) {
                if (objectType === fail) throw new Error('IFS answered 503 for PurchaseOrderSet')
                calls.push({ objectType, ids: ids ?? [], context })
                const resolved = Math.min(resolvedPerCall, ids?.length ?? 0)
                return { retried: ids?.length ?? 0, resolved, stillFlagged: (ids?.length ?? 0) - resolved }
            },
        }) as unknown as Stager
    return { factory, calls }
}

describe('retryFlags', () => {
    it('retries the selected active flags per connection and object type, in a manual run', () => {
        const { ports, a } = acmeConnection()
        const inv = insertFlag(ports, a, 'supplier_invoice')
        const po1 = insertFlag(ports, a, 'purchase_order')
        const po2 = insertFlag(ports, a, 'purchase_order', 'retrying')
        const closed = insertFlag(ports, a, 'purchase_order', 'resolved')
        const { factory, calls } = recordingStager(1)

        const messages = retryFlags(ports, [inv, po1, po2, closed], 'bob', factory)

        expect(calls.map((c) => [c.objectType, [...c.ids].sort()])).toEqual([
            ['supplier_invoice', [inv]],
            ['purchase_order', [po1, po2].sort()],
        ])
        expect(messages).toEqual([{ level: 'info', text: 'ACME IFS: 2 records staged, 1 still flagged.' }])
        const runs = ports.store.query(RUN.name, {})
        expect(runs).toHaveLength(1)
        expect(runs[0]).toMatchObject({
            connection: a,
            trigger: 'manual',
            status: 'succeeded',
            resolved_count: '2',
            flagged_count: '1',
        })
        expect(calls[0].context.runSysId).toBe(runs[0].sys_id)
        expect(calls[0].context.connection.sysId).toBe(a)
        const audit = ports.store.query(AUDIT.name, { where: [{ field: 'operation', op: '=', value: 'retry' }] })
        expect(audit).toHaveLength(1)
        expect(audit[0].message).toContain('bob')
    })

    it('reports a failing object type, keeps the others, and marks the run partial', () => {
        const { ports, a } = acmeConnection()
        const inv = insertFlag(ports, a, 'supplier_invoice')
        const po = insertFlag(ports, a, 'purchase_order')
        const { factory } = recordingStager(1, 'purchase_order')
        const messages = retryFlags(ports, [inv, po], 'bob', factory)
        expect(messages[0].level).toBe('error')
        expect(messages[0].text).toContain('1 record staged')
        expect(messages[0].text).toContain('Purchase order: IFS answered 503')
        expect(ports.store.query(RUN.name, {})[0].status).toBe('partial')
    })

    it('refuses while a run of the connection is in progress', () => {
        const { ports, a } = acmeConnection()
        holdLease(ports, a, ports.clock.nowMs() + 60_000)
        const { factory, calls } = recordingStager(1)
        const messages = retryFlags(ports, [insertFlag(ports, a, 'supplier_invoice')], 'bob', factory)
        expect(messages[0]).toEqual({ level: 'error', text: expect.stringContaining('in progress') })
        expect(calls).toEqual([])
        expect(ports.store.count(RUN.name, [])).toBe(0)
    })

    it('says there is nothing to do for closed flags', () => {
        const { ports, a } = acmeConnection()
        const { factory, calls } = recordingStager(1)
        const messages = retryFlags(ports, [insertFlag(ports, a, 'supplier_invoice', 'ignored')], 'bob', factory)
        expect(messages[0].level).toBe('error')
        expect(messages[0].text).toContain('nothing to do')
        expect(calls).toEqual([])
    })

    it('names the settings to fix when the connection no longer parses', () => {
        const ports = testPorts()
        const a = insertConnection(ports, { oauth_profile: null })
        const { factory, calls } = recordingStager(1)
        const messages = retryFlags(ports, [insertFlag(ports, a, 'supplier_invoice')], 'bob', factory)
        expect(messages[0].text).toContain('OAuth profile')
        expect(calls).toEqual([])
    })
})

describe('retryFlags under the connection lease', () => {
    it('holds the lease while it retries, so a job started meanwhile skips the connection', () => {
        const { ports, a } = acmeConnection()
        const f = insertFlag(ports, a, 'supplier_invoice')
        const during: JobReport[] = []
        const factory: StagerFactory = () =>
            ({
                retryOpenFlags(_type: ObjectType, ids?: readonly string[]) {
                    // Another worker's scheduled job, while the retry is under way.
                    const job = { ...ports, workerId: 'instance:job' }
                    during.push(
                        runJob(job, { trigger: 'schedule' }, () => {
                            throw new Error('the job must not stage while the retry holds the lease')
                        })
                    )
                    return { retried: ids?.length ?? 0, resolved: 1, stillFlagged: 0 }
                },
            }) as unknown as Stager

        const messages = retryFlags(ports, [f], 'bob', factory)

        expect(messages).toEqual([{ level: 'info', text: 'ACME IFS: 1 record staged, 0 still flagged.' }])
        expect(during.map((r) => r.connections.map((c) => [c.status, c.message]))).toEqual([
            [['skipped', expect.stringContaining('is being synced by test-worker')]],
        ])
        // Released at the end: the next run takes it.
        expect(ports.store.get(CONNECTION.name, a)).toMatchObject({ lease_owner: null, lease_expires_at: null })
        expect(ports.store.query(RUN.name, {})).toHaveLength(1)
    })

    it('is refused when another runner takes the lease after the connection was read', () => {
        const { ports, a } = acmeConnection()
        const f = insertFlag(ports, a, 'supplier_invoice')
        const seenFree = ports.store.get(CONNECTION.name, a)!
        holdLease(ports, a, ports.clock.nowMs() + 60_000)
        // The selection was read before the other runner took the lease: only the lease can tell.
        const get = ports.store.get.bind(ports.store)
        ports.store.get = (table, sysId) => (table === CONNECTION.name && sysId === a ? seenFree : get(table, sysId))
        const { factory, calls } = recordingStager(1)

        const messages = retryFlags(ports, [f], 'bob', factory)

        expect(messages).toEqual([
            { level: 'error', text: expect.stringContaining('A run of ACME IFS is in progress') },
        ])
        expect(calls).toEqual([])
        expect(ports.store.count(RUN.name, [])).toBe(0)
        expect(get(CONNECTION.name, a)!.lease_owner).toBe('instance:other')
    })

    it('writes its run row through the run record and leaves the sync status of the connection alone', () => {
        const ports = testPorts()
        const a = insertConnection(ports, { last_outcome: 'deferred', next_run_at: '2030-01-01 00:00:00' })
        const f = insertFlag(ports, a, 'supplier_invoice')
        const { factory } = recordingStager(0)

        retryFlags(ports, [f], 'bob', factory)

        const [run] = ports.store.query(RUN.name, {})
        expect(run).toMatchObject({
            trigger: 'manual',
            status: 'succeeded',
            started_at: toGlideDateTime(ports.clock.nowMs()),
            ended_at: toGlideDateTime(ports.clock.nowMs()),
            duration_ms: '0',
            resolved_count: '0',
            flagged_count: '1',
            ifs_requests: '0',
            throttles: '0',
            message: 'ACME IFS: 0 records staged, 1 still flagged.',
        })
        expect(ports.store.get(CONNECTION.name, a)).toMatchObject({
            last_outcome: 'deferred',
            next_run_at: '2030-01-01 00:00:00',
            lease_owner: null,
        })
    })

    it('frees the lease when the retry itself fails', () => {
        const { ports, a } = acmeConnection()
        const f = insertFlag(ports, a, 'supplier_invoice')
        const factory: StagerFactory = () => {
            throw new Error('stager could not start')
        }
        const messages = retryFlags(ports, [f], 'bob', factory)
        expect(messages).toEqual([
            { level: 'error', text: expect.stringContaining('could not retry: stager could not start') },
        ])
        expect(ports.store.query(RUN.name, {})[0].status).toBe('failed')
        expect(ports.store.get(CONNECTION.name, a)!.lease_owner).toBeNull()
    })
})

describe('ignoreSelectedFlags', () => {
    it('requires a reason and changes nothing without one', () => {
        const { ports, a } = acmeConnection()
        const f = insertFlag(ports, a, 'supplier_invoice')
        const messages = ignoreSelectedFlags(ports, [f], '   ', 'carol')
        expect(messages[0]).toEqual({ level: 'error', text: expect.stringContaining('needs a reason') })
        expect(ports.store.get(FLAG.name, f)!.state).toBe('open')
    })

    it('closes the active selected flags with the reason and audits each one', () => {
        const { ports, a } = acmeConnection()
        const b = insertConnection(ports, { name: 'B' })
        const f1 = insertFlag(ports, a, 'supplier_invoice')
        const f2 = insertFlag(ports, b, 'purchase_order', 'retrying')
        const done = insertFlag(ports, a, 'supplier_invoice', 'resolved')
        const messages = ignoreSelectedFlags(ports, [f1, f2, done], 'Duplicate of a paper invoice', 'carol')
        expect(messages).toEqual([{ level: 'info', text: '2 flagged records ignored: Duplicate of a paper invoice' }])
        for (const f of [f1, f2]) {
            expect(ports.store.get(FLAG.name, f)).toMatchObject({
                state: 'ignored',
                resolution_note: 'Duplicate of a paper invoice (carol)',
            })
        }
        expect(ports.store.get(FLAG.name, done)!.state).toBe('resolved')
        const audit = ports.store.query(AUDIT.name, { where: [{ field: 'operation', op: '=', value: 'flag_ignored' }] })
        expect(audit.map((r) => r.connection).sort()).toEqual([a, b].sort())
    })
})

describe('queueFlagRetry', () => {
    it('marks the selection retrying and queues one run per connection', () => {
        const { ports, a } = acmeConnection()
        const f1 = insertFlag(ports, a, 'supplier_invoice')
        const f2 = insertFlag(ports, a, 'purchase_order')
        const messages = queueFlagRetry(ports, [f1, f2], 'dave')
        expect([f1, f2].map((f) => ports.store.get(FLAG.name, f)!.state)).toEqual(['retrying', 'retrying'])
        expect(ports.scheduled).toEqual([
            { connectionSysId: a, atMs: ports.clock.nowMs(), reason: 'Retry requested by dave' },
        ])
        expect(messages).toEqual([
            { level: 'info', text: expect.stringContaining('2 flagged records of ACME IFS marked for retry') },
        ])
    })

    it('does not queue another run while one is in progress', () => {
        const { ports, a } = acmeConnection()
        holdLease(ports, a, ports.clock.nowMs() + 60_000)
        const f = insertFlag(ports, a, 'supplier_invoice')
        expect(queueFlagRetry(ports, [f], 'dave')[0].text).toContain('by the next run')
        expect(ports.scheduled).toEqual([])
        expect(ports.store.get(FLAG.name, f)!.state).toBe('retrying')
    })
})
