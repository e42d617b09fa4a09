import { AuditTrail } from '../../../src/server/core/audit/audit-trail'
import { ignoreFlags } from '../../../src/server/core/staging/flag-actions'
import { CONNECTION_ID, orderRow, StagingWorld } from './staging-world'

function ignoreAll(world: StagingWorld, note: string) {
    const audit = new AuditTrail(world.store, world.clock, world.redactor, {
        connectionSysId: CONNECTION_ID,
        runSysId: '',
    })
    ignoreFlags(
        world.store,
        audit,
        world.flags('open').map((f) => f.sys_id),
        note
    )
    audit.flush()
}

describe('a flag an AP user ignored', () => {
    it('stays ignored when IFS sends the same document again unchanged (cursor reset, overlap re-read)', () => {
        const world = new StagingWorld()
        const bad = orderRow('PO-1', { CodeA: 'BAD' })
        world.runPage('purchase_order', [bad])
        ignoreAll(world, 'Cancelled in IFS')

        const again = world.runPage('purchase_order', [bad])
        expect(world.flags('open')).toHaveLength(0)
        expect(world.flags()).toHaveLength(1)
        expect(world.flags()[0].state).toBe('ignored')
        expect(again.flagged).toBe(0)
        expect(again.inserted).toBe(0)
    })

    it('is superseded by a new open flag when the document changed in IFS since it was ignored', () => {
        const world = new StagingWorld()
        world.runPage('purchase_order', [orderRow('PO-1', { CodeA: 'BAD' })])
        ignoreAll(world, 'Cancelled in IFS')

        const changed = orderRow('PO-1', { CodeA: 'BAD', Objversion: '20260111120000', NetAmount: 5 })
        const outcome = world.runPage('purchase_order', [changed])
        expect(outcome.flagged).toBe(1)
        expect(world.flags('open')).toHaveLength(1)
        expect(world.flags('ignored')).toHaveLength(1)
    })
})
