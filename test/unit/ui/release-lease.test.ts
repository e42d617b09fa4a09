import { releaseLease } from '../../../src/server/core/actions/release-lease'
import { Lease } from '../../../src/server/core/sync/lease'
import { CONNECTION } from '../../../src/tables'
import { insertConnection, testPorts } from './fixtures'

// 2024-03-01T12:00:00Z as the fake clock's "now"; leases are written as Glide date-times (UTC).
const NOW = Date.UTC(2024, 2, 1, 12, 0, 0)

function setup(lease: { lease_owner: string | null; lease_expires_at: string | null }) {
    const ports = testPorts()
    ports.clock.set(NOW)
    const id = insertConnection(ports, { name: 'ACME IFS', ...lease })
    return { ports, id }
}

const auditRows = (ports: ReturnType<typeof testPorts>) =>
    ports.store.query('x_mlc_ifs_s2p_audit', {}).map((a) => [a.operation, a.message, a.connection])

describe('releaseLease (admin action and CLI)', () => {
    it.each([
        // A dead runner under a clock set a week ahead: its lease looks valid for days.
        [
            'valid for days',
            { lease_owner: 'node-4711', lease_expires_at: '2024-03-08 12:00:00' },
            'valid until 2024-03-08 12:00:00 UTC',
        ],
        [
            'already expired',
            { lease_owner: 'node-4711', lease_expires_at: '2024-03-01 11:00:00' },
            'expired at 2024-03-01 11:00:00 UTC',
        ],
        ['without an expiry', { lease_owner: 'glide.worker.3', lease_expires_at: null }, 'with no expiry'],
    ])('frees a lease %s, names who held it and audits it', (_title, lease, state) => {
        const { ports, id } = setup(lease)
        const messages = releaseLease(ports, id, 'alice')
        expect(messages).toEqual([
            {
                level: 'info',
                text: `Lease of ACME IFS released (held by ${lease.lease_owner}, ${state}). The next run takes it; if that runner was still alive, it stops after its current page.`,
            },
        ])
        const row = ports.store.get(CONNECTION.name, id)!
        expect([row.lease_owner, row.lease_expires_at]).toEqual([null, null])
        expect(auditRows(ports)).toEqual([
            ['lease_released', `Lease released by alice; it was held by ${lease.lease_owner}, ${state}`, id],
        ])
    })

    it('says there is nothing to release, and audits nothing, when no lease is held', () => {
        const { ports, id } = setup({ lease_owner: null, lease_expires_at: null })
        expect(releaseLease(ports, id, 'alice')).toEqual([
            { level: 'info', text: 'ACME IFS holds no lease: nothing to release.' },
        ])
        expect(auditRows(ports)).toEqual([])
    })

    it('refuses an unsaved connection', () => {
        const ports = testPorts()
        expect(releaseLease(ports, 'f'.repeat(32), 'alice')[0].level).toBe('error')
    })

    it('a new run can take the lease at once after the release', () => {
        // Valid for another minute: within two lease lengths, so not stale by the clock-jump rule.
        const { ports, id } = setup({ lease_owner: 'node-4711', lease_expires_at: '2024-03-01 12:01:00' })
        const take = () =>
            Lease.take({
                store: ports.store,
                clock: ports.clock,
                connectionSysId: id,
                owner: 'node-5000',
                durationMs: 60_000,
            })
        expect(take().kind).toBe('held')
        releaseLease(ports, id, 'alice')
        expect(take().kind).toBe('taken')
    })

    it('a runner that was still alive loses the lease at its next renewal', () => {
        const { ports, id } = setup({ lease_owner: null, lease_expires_at: null })
        const taken = Lease.take({
            store: ports.store,
            clock: ports.clock,
            connectionSysId: id,
            owner: 'node-4711',
            durationMs: 60_000,
        })
        if (taken.kind !== 'taken') throw new Error('expected the lease')
        releaseLease(ports, id, 'alice')
        expect(taken.lease.renew()).toBe(false)
    })

    it('leaves a lease that changed hands between reading and releasing alone', () => {
        const { ports, id } = setup({ lease_owner: 'node-4711', lease_expires_at: '2024-03-08 12:00:00' })
        // Another runner takes over right after the action read the record: the compare-and-set
        // on the owner seen must not clear the newcomer's lease.
        const realGet = ports.store.get.bind(ports.store)
        let reads = 0
        ports.store.get = (table, sysId) => {
            const row = realGet(table, sysId)
            if (table === CONNECTION.name && ++reads === 1) {
                ports.store.update(CONNECTION.name, id, {
                    lease_owner: 'node-9',
                    lease_expires_at: '2024-03-01 12:05:00',
                })
            }
            return row
        }
        const messages = releaseLease(ports, id, 'alice')
        expect(messages[0]).toEqual({ level: 'error', text: expect.stringContaining('now held by node-9') })
        expect(realGet(CONNECTION.name, id)!.lease_owner).toBe('node-9')
        expect(auditRows(ports)).toEqual([])
    })
})
