import { requestRunNow } from '../../../src/server/core/actions/run-now'
import { continuationTrigger } from '../../../src/server/core/sync/continuation-reason'
import { resetCursor } from '../../../src/server/core/actions/reset-cursor'
import { AUDIT, CONNECTION, SYNC_STATE } from '../../../src/tables'
import { holdLease, insertConnection, testPorts } from './fixtures'

describe('requestRunNow', () => {
    it('queues a continuation of this connection now and says so', () => {
        const ports = testPorts()
        const id = insertConnection(ports)
        const messages = requestRunNow(ports, id, 'alice')
        expect(ports.scheduled).toEqual([
            { connectionSysId: id, atMs: ports.clock.nowMs(), reason: 'Run now requested by alice' },
        ])
        expect(messages).toEqual([{ level: 'info', text: expect.stringContaining('ACME IFS is queued') }])
        // The continuation it queues runs as a manual run, not as an engine continuation.
        expect(continuationTrigger(ports.scheduled[0].reason)).toBe('manual')
        expect(continuationTrigger('Time budget of 240 s used; continuing')).toBe('continuation')
        expect(continuationTrigger(null)).toBe('continuation')
    })

    it('refuses while a run holds the lease, and queues nothing', () => {
        const ports = testPorts()
        const id = insertConnection(ports)
        holdLease(ports, id, ports.clock.nowMs() + 60_000)
        const messages = requestRunNow(ports, id, 'alice')
        expect(ports.scheduled).toEqual([])
        expect(messages).toEqual([{ level: 'error', text: expect.stringContaining('in progress') }])
    })

    it('runs again once the lease has expired (a killed run)', () => {
        const ports = testPorts()
        const id = insertConnection(ports)
        holdLease(ports, id, ports.clock.nowMs() - 1000)
        expect(requestRunNow(ports, id, 'alice')[0].level).toBe('info')
        expect(ports.scheduled).toHaveLength(1)
    })

    it('refuses an inactive or unsaved connection', () => {
        const ports = testPorts()
        const id = insertConnection(ports, { active: false })
        expect(requestRunNow(ports, id, 'alice')[0]).toEqual({
            level: 'error',
            text: expect.stringContaining('not active'),
        })
        expect(requestRunNow(ports, 'f'.repeat(32), 'alice')[0].level).toBe('error')
        expect(ports.scheduled).toEqual([])
    })
})

describe('resetCursor', () => {
    function withStates() {
        const ports = testPorts()
        const id = insertConnection(ports)
        const other = insertConnection(ports, { name: 'Other' })
        const state = (connection: string, objectType: string) =>
            ports.store.insert(SYNC_STATE.name, {
                connection,
                object_type: objectType,
                cursor_modified: '2026-01-01T00:00:00Z',
                cursor_key: '["10","INV-1"]',
                deferred_until: '2026-01-15 09:00:00',
                consecutive_failures: 3,
            })
        return {
            ports,
            id,
            mine: [state(id, 'supplier_invoice'), state(id, 'purchase_order')],
            theirs: state(other, 'purchase_order'),
        }
    }

    it('clears cursor, deferral and failures of this connection only', () => {
        const { ports, id, mine, theirs } = withStates()
        const messages = resetCursor(ports, id, 'alice')
        expect(messages).toEqual([{ level: 'info', text: expect.stringContaining('reads IFS from the beginning') }])
        for (const sysId of mine) {
            const s = ports.store.get(SYNC_STATE.name, sysId)!
            expect([s.cursor_modified, s.cursor_key, s.deferred_until, s.consecutive_failures]).toEqual([
                null,
                null,
                null,
                '0',
            ])
        }
        expect(ports.store.get(SYNC_STATE.name, theirs)!.cursor_key).toBe('["10","INV-1"]')
    })

    it('audits each reset with the user and the previous cursor', () => {
        const { ports, id } = withStates()
        resetCursor(ports, id, 'alice')
        const rows = ports.store.query(AUDIT.name, { where: [{ field: 'operation', op: '=', value: 'cursor_reset' }] })
        expect(rows.map((r) => r.object_type).sort()).toEqual(['purchase_order', 'supplier_invoice'])
        expect(rows.every((r) => r.connection === id)).toBe(true)
        expect(rows[0].message).toContain('alice')
        expect(rows[0].message).toContain('2026-01-01T00:00:00Z')
    })

    it('refuses while a run holds the lease and changes nothing', () => {
        const { ports, id, mine } = withStates()
        holdLease(ports, id, ports.clock.nowMs() + 60_000)
        expect(resetCursor(ports, id, 'alice')[0].level).toBe('error')
        expect(ports.store.get(SYNC_STATE.name, mine[0])!.cursor_key).toBe('["10","INV-1"]')
        expect(ports.store.count(AUDIT.name, [])).toBe(0)
    })

    it('says so when nothing has synced yet, and still audits the request', () => {
        const ports = testPorts()
        const id = insertConnection(ports)
        expect(resetCursor(ports, id, 'alice')[0].text).toContain('has not synced yet')
        expect(ports.store.count(AUDIT.name, [{ field: 'operation', op: '=', value: 'cursor_reset' }])).toBe(1)
        expect(ports.store.get(CONNECTION.name, id)!.name).toBe('ACME IFS')
    })
})
