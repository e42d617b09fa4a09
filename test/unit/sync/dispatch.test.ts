import { continuationTrigger, SCHEDULED_RUN_REASON } from '../../../src/server/core/sync/continuation-reason'
import { dispatchScheduledRuns } from '../../../src/server/core/sync/dispatch'
import { toGlideDateTime } from '../../../src/server/core/domain/glide-time'
import type { HttpRequest } from '../../../src/server/ports/http'
import { CONNECTION, RUN, SYNC_STATE } from '../../../src/tables'
import { FakeClock } from '../../fakes/fake-clock'
import { fakePorts } from '../../fakes/fake-ports'
import type { FakePorts } from '../../fakes/fake-ports'
import { MemoryStore } from '../../fakes/memory-store'
import { jobHarness, PO_SET, poRows } from './job-harness'
import { ACME_CONNECTION, ORDERS_ONLY, insertTypeRows } from '../../support/connection-types'
import type { TypeRowChanges } from '../../support/connection-types'

const MINUTE = 60_000

/** Ports whose Http and tokens record any use: dispatching must not talk to IFS. */
function dispatchPorts(): FakePorts & { sent: HttpRequest[]; tokenCalls: () => number } {
    const clock = new FakeClock()
    const sent: HttpRequest[] = []
    let tokenCalls = 0
    const ports = fakePorts({
        clock,
        store: new MemoryStore({ nowMs: () => clock.nowMs() }),
        http: {
            send(request) {
                sent.push(request)
                return { kind: 'transport_error', reason: 'connection', message: 'no network in dispatch tests' }
            },
        },
        tokens: {
            fetchToken() {
                tokenCalls++
                return { kind: 'unavailable', message: 'no tokens in dispatch tests' }
            },
        },
    })
    return { ...ports, sent, tokenCalls: () => tokenCalls }
}

function addConnection(
    ports: FakePorts,
    name: string,
    values: Record<string, string | number | boolean | null> = {},
    types: TypeRowChanges = {}
) {
    const id = ports.store.insert(CONNECTION.name, {
        ...ACME_CONNECTION,
        name,
        active: true,
        ...values,
    })
    insertTypeRows(ports.store, id, types)
    return id
}

function holdLease(ports: FakePorts, connectionSysId: string, untilMs: number) {
    ports.store.update(CONNECTION.name, connectionSysId, {
        lease_owner: 'node-2/job-7',
        lease_expires_at: toGlideDateTime(untilMs),
    })
}

function deferPartition(ports: FakePorts, connectionSysId: string, objectType: string, untilMs: number) {
    ports.store.insert(SYNC_STATE.name, {
        connection: connectionSysId,
        object_type: objectType,
        deferred_until: toGlideDateTime(untilMs),
        defer_reason: 'IFS answered 429; Retry-After 600 s',
    })
}

const queuedIds = (ports: FakePorts) => ports.scheduler.continuations.map((c) => c.connectionSysId)

describe('dispatchScheduledRuns', () => {
    it('queues one continuation per active connection, due now, and runs none of them itself', () => {
        const ports = dispatchPorts()
        const beta = addConnection(ports, 'Beta')
        const alpha = addConnection(ports, 'Alpha')
        const off = addConnection(ports, 'Off', { active: false })

        const report = dispatchScheduledRuns(ports)

        expect(ports.scheduler.continuations).toEqual([
            { connectionSysId: alpha, atMs: ports.clock.nowMs(), reason: SCHEDULED_RUN_REASON },
            { connectionSysId: beta, atMs: ports.clock.nowMs(), reason: SCHEDULED_RUN_REASON },
        ])
        expect(queuedIds(ports)).not.toContain(off)
        expect(report.connections).toEqual([
            expect.objectContaining({ connectionSysId: alpha, connectionName: 'Alpha', status: 'queued' }),
            expect.objectContaining({ connectionSysId: beta, connectionName: 'Beta', status: 'queued' }),
        ])
        // Nothing ran: no request, no token, no run record, no lease, no sync_state row created.
        expect(ports.sent).toEqual([])
        expect(ports.tokenCalls()).toBe(0)
        expect(ports.store.query(RUN.name, {})).toEqual([])
        expect(ports.store.query(SYNC_STATE.name, {})).toEqual([])
        expect(ports.store.get(CONNECTION.name, alpha)?.lease_owner).toBeNull()
    })

    it('queues events whose run is recorded with trigger schedule', () => {
        const ports = dispatchPorts()
        addConnection(ports, 'Alpha')
        dispatchScheduledRuns(ports)
        expect(ports.scheduler.continuations).toHaveLength(1)
        expect(continuationTrigger(ports.scheduler.continuations[0].reason)).toBe('schedule')
    })

    it('skips a connection whose lease is held and not expired, and says so in the report and the log', () => {
        const ports = dispatchPorts()
        const busy = addConnection(ports, 'Busy')
        const free = addConnection(ports, 'Free')
        const until = ports.clock.nowMs() + 3 * MINUTE
        holdLease(ports, busy, until)

        const report = dispatchScheduledRuns(ports)

        expect(queuedIds(ports)).toEqual([free])
        expect(report.connections.find((c) => c.connectionSysId === busy)).toEqual({
            connectionSysId: busy,
            connectionName: 'Busy',
            status: 'skipped',
            reason: 'lease_held',
            untilMs: until,
            message: expect.stringContaining('node-2/job-7'),
        })
        const logged = ports.log.lines.filter((l) => l.message.includes('"Busy"'))
        expect(logged).toEqual([{ level: 'info', message: expect.stringContaining(toGlideDateTime(until)) }])
    })

    it('queues a connection whose lease has expired (a run killed with its node)', () => {
        const ports = dispatchPorts()
        const id = addConnection(ports, 'Killed')
        holdLease(ports, id, ports.clock.nowMs() - 1000)
        const report = dispatchScheduledRuns(ports)
        expect(queuedIds(ports)).toEqual([id])
        expect(report.connections[0].status).toBe('queued')
    })

    it('skips a connection whose partitions are all deferred into the future, reporting the earliest', () => {
        const ports = dispatchPorts()
        const id = addConnection(ports, 'Throttled')
        const now = ports.clock.nowMs()
        deferPartition(ports, id, 'supplier_invoice', now + 10 * MINUTE)
        deferPartition(ports, id, 'purchase_order', now + 4 * MINUTE)

        const report = dispatchScheduledRuns(ports)

        expect(ports.scheduler.continuations).toEqual([])
        expect(report.connections).toEqual([
            expect.objectContaining({
                connectionSysId: id,
                status: 'skipped',
                reason: 'all_partitions_deferred',
                untilMs: now + 4 * MINUTE,
            }),
        ])
        expect(ports.log.lines).toEqual([
            { level: 'info', message: expect.stringContaining(toGlideDateTime(now + 4 * MINUTE)) },
        ])
    })

    it('queues a connection when one partition is due: deferral passed or never deferred', () => {
        const ports = dispatchPorts()
        const now = ports.clock.nowMs()
        const passed = addConnection(ports, 'Passed')
        deferPartition(ports, passed, 'supplier_invoice', now + 10 * MINUTE)
        deferPartition(ports, passed, 'purchase_order', now)
        const halfNew = addConnection(ports, 'Half new')
        deferPartition(ports, halfNew, 'supplier_invoice', now + 10 * MINUTE)
        const otherHalf = addConnection(ports, 'Other half new')
        deferPartition(ports, otherHalf, 'purchase_order', now + 10 * MINUTE)

        dispatchScheduledRuns(ports)

        expect(queuedIds(ports)).toEqual([halfNew, otherHalf, passed])
    })

    it('looks only at the partitions the connection has enabled', () => {
        const ports = dispatchPorts()
        const now = ports.clock.nowMs()
        const ordersOnly = addConnection(ports, 'Orders only', {}, ORDERS_ONLY)
        deferPartition(ports, ordersOnly, 'purchase_order', now + 5 * MINUTE)
        const other = addConnection(ports, 'Other')
        // No supplier_invoice row: that partition would be due, were it enabled.

        const report = dispatchScheduledRuns(ports)

        expect(queuedIds(ports)).toEqual([other])
        expect(report.connections.find((c) => c.connectionSysId === ordersOnly)?.status).toBe('skipped')
    })

    it("does not count another connection's deferrals", () => {
        const ports = dispatchPorts()
        const now = ports.clock.nowMs()
        const deferred = addConnection(ports, 'Deferred')
        const due = addConnection(ports, 'Due')
        deferPartition(ports, deferred, 'supplier_invoice', now + 5 * MINUTE)
        deferPartition(ports, deferred, 'purchase_order', now + 5 * MINUTE)
        dispatchScheduledRuns(ports)
        expect(queuedIds(ports)).toEqual([due])
    })

    it('queues a misconfigured connection, so its run records what to fix', () => {
        const ports = dispatchPorts()
        const id = addConnection(ports, 'Broken', { tenant_url: null, companies: null })
        dispatchScheduledRuns(ports)
        expect(queuedIds(ports)).toEqual([id])
    })

    it('goes on with the other connections when one cannot be queued, and logs the failure', () => {
        const ports = dispatchPorts()
        const gone = addConnection(ports, 'Gone')
        const fine = addConnection(ports, 'Fine')
        const schedule = ports.scheduler.scheduleContinuation.bind(ports.scheduler)
        ports.scheduler.scheduleContinuation = (sysId, atMs, reason) => {
            if (sysId === gone) throw new Error(`connection ${sysId} does not exist`)
            schedule(sysId, atMs, reason)
        }

        const report = dispatchScheduledRuns(ports)

        expect(queuedIds(ports)).toEqual([fine])
        expect(report.connections.map((c) => [c.connectionName, c.status])).toEqual([
            ['Fine', 'queued'],
            ['Gone', 'not_queued'],
        ])
        expect(ports.log.lines.filter((l) => l.level === 'error')).toEqual([
            { level: 'error', message: expect.stringContaining(`connection ${gone} does not exist`) },
        ])
    })
})

describe('the event the dispatcher queues, run as the Script Action runs it', () => {
    it('syncs the connection and records the run with trigger schedule', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        h.ifs.sets.set(PO_SET, poRows(7))
        dispatchScheduledRuns(h.ports)
        expect(h.runs()).toEqual([])

        const [event] = h.ports.scheduler.continuations
        const report = h.run({ trigger: continuationTrigger(event.reason), connectionSysId: event.connectionSysId })

        expect(report.connections[0]).toMatchObject({ status: 'succeeded', read: 7, inserted: 7 })
        expect(h.runs()).toEqual([expect.objectContaining({ connection: h.connectionSysId, trigger: 'schedule' })])
    })
})
