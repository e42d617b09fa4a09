jest.mock('@servicenow/glide', () => require('../../doubles/glide/jest-glide-ui').glideShowingMessages())
jest.mock('@servicenow/glide/sn_ws', () => require('../../doubles/glide/jest-glide-ui').snWs)
jest.mock('@servicenow/glide/sn_auth', () => require('../../doubles/glide/jest-glide-ui').snAuth)

import { GlideRecord } from '@servicenow/glide'
import { refuseManualFlagEdit } from '../../../src/server/core/actions/flag-edit-rules'
import { guardFlagEdit } from '../../../src/server/entry/ui/guard-flag-edit-rule'
import { onIgnoreFlag, onRetryFlagInList } from '../../../src/server/entry/ui/flag-actions'
import { CONNECTION, FLAG } from '../../../src/tables'
import { shown, worldWithUser } from '../../doubles/glide/jest-glide-ui'
import type { GlideWorld } from '../../doubles/glide/glide-world'
import { connectionValues } from './fixtures'

const IGNORE_HINT = 'Use the Ignore action to close a flag: it records your reason and an audit row.'
const RETRY_HINT = 'Use the Retry action to re-check a flag: it re-reads the document from IFS and records the outcome.'
const RESOLVE_HINT = 'A flag is resolved when its document is staged: fix the master data and use the Retry action.'

describe('refuseManualFlagEdit', () => {
    const view = (state: string | null, resolution_note: string | null = null) => ({ state, resolution_note })

    it.each([
        ['open', 'ignored', `State cannot be changed from Open to Ignored by editing the flag. ${IGNORE_HINT}`],
        ['retrying', 'ignored', `State cannot be changed from Retrying to Ignored by editing the flag. ${IGNORE_HINT}`],
        ['open', 'resolved', `State cannot be changed from Open to Resolved by editing the flag. ${RESOLVE_HINT}`],
        ['ignored', 'open', `State cannot be changed from Ignored to Open by editing the flag. ${RETRY_HINT}`],
        ['resolved', 'open', `State cannot be changed from Resolved to Open by editing the flag. ${RETRY_HINT}`],
        ['open', 'retrying', `State cannot be changed from Open to Retrying by editing the flag. ${RETRY_HINT}`],
        [
            'ignored',
            'resolved',
            `State cannot be changed from Ignored to Resolved by editing the flag. ${RESOLVE_HINT}`,
        ],
    ])('refuses %s → %s naming the action', (from, to, message) => {
        expect(refuseManualFlagEdit(view(from), view(to, 'a reason'))).toBe(message)
    })

    it('an empty state counts as open (the dictionary default)', () => {
        expect(refuseManualFlagEdit(view(null), view('open'))).toBeNull()
        expect(refuseManualFlagEdit(view(null), view('ignored'))).toContain('from Open to Ignored')
    })

    it.each([
        ['open', null, 'Paid by cheque'],
        ['open', 'old', 'new reason'],
        ['retrying', 'x', null],
    ])('lets a %s flag’s resolution note be edited (%p → %p): it is the reason Ignore selected uses', (state, a, b) => {
        expect(refuseManualFlagEdit(view(state, a), view(state, b))).toBeNull()
    })

    it.each([
        ['ignored', 'Duplicate', 'changed', 'Ignored'],
        ['ignored', 'Duplicate', null, 'Ignored'],
        ['resolved', 'Staged as INV1', 'x', 'Resolved'],
    ])('refuses changing the note of a closed (%s) flag', (state, a, b, word) => {
        expect(refuseManualFlagEdit(view(state, a), view(state, b))).toBe(
            `This flag is ${word}: its resolution note is the record of why it was closed and cannot be changed.`
        )
    })

    it('leaves an unchanged closed flag alone (whitespace only is not a change)', () => {
        expect(refuseManualFlagEdit(view('ignored', 'Duplicate'), view('ignored', ' Duplicate '))).toBeNull()
    })
})

/** The world with the app's flag business rule installed, as the instance runs it. */
function worldWithGuard(): { world: GlideWorld; conn: string; flag: string } {
    const world = worldWithUser('carol', ['x_mlc_ifs_s2p.ap_user'])
    world.businessRules.push({ table: FLAG.name, insert: false, update: true, script: guardFlagEdit as never })
    const conn = world.store.insert(CONNECTION.name, connectionValues())
    const flag = world.store.insert(FLAG.name, {
        connection: conn,
        object_type: 'supplier_invoice',
        state: 'open',
        source_key: '["10","INV-1"]',
    })
    shown.length = 0
    return { world, conn, flag }
}

/** A person's edit: form save, list edit or REST all end in GlideRecord.update with business rules on. */
function manualEdit(flag: string, values: Record<string, string>): string | null {
    const record = new GlideRecord(FLAG.name)
    record.get(flag)
    for (const [field, value] of Object.entries(values)) record.setValue(field as never, value)
    return record.update()
}

describe('a manual edit of a flag is refused; the actions still work (business rule on the Glide double)', () => {
    it.each(['ignored', 'resolved', 'retrying'])('setting state to %s in list edit changes nothing', (state) => {
        const { world, flag } = worldWithGuard()
        expect(manualEdit(flag, { state, resolution_note: 'looks fine' })).toBeNull()
        expect(world.store.get(FLAG.name, flag)!.state).toBe('open')
        expect(world.store.get(FLAG.name, flag)!.resolution_note).toBeNull()
        expect(shown).toEqual([{ level: 'error', text: expect.stringContaining('by editing the flag') }])
        expect(world.store.query('x_mlc_ifs_s2p_audit', {})).toEqual([])
    })

    it('writing the resolution note of an open flag is allowed (Ignore selected reads it)', () => {
        const { world, flag } = worldWithGuard()
        expect(manualEdit(flag, { resolution_note: 'Duplicate in IFS' })).toBe(flag)
        expect(world.store.get(FLAG.name, flag)!.resolution_note).toBe('Duplicate in IFS')
        expect(shown).toEqual([])
    })

    it('Ignore closes the flag with its reason and an audit row, and the note is then fixed', () => {
        const { world, flag } = worldWithGuard()
        onIgnoreFlag(
            { getUniqueValue: () => flag, getValue: () => 'Paid by cheque' } as never,
            { setRedirectURL: () => undefined } as never
        )
        const stored = world.store.get(FLAG.name, flag)!
        expect(stored.state).toBe('ignored')
        expect(stored.resolution_note).toBe('Paid by cheque (carol)')
        const audit = world.store.query('x_mlc_ifs_s2p_audit', {})
        expect(audit.map((a) => [a.operation, a.message])).toEqual([['flag_ignored', 'Paid by cheque (carol)']])
        shown.length = 0
        expect(manualEdit(flag, { resolution_note: 'rewritten history' })).toBeNull()
        expect(manualEdit(flag, { state: 'open' })).toBeNull()
        expect(world.store.get(FLAG.name, flag)!.resolution_note).toBe('Paid by cheque (carol)')
        expect(shown.map((m) => m.text)).toEqual([
            'This flag is Ignored: its resolution note is the record of why it was closed and cannot be changed.',
            `State cannot be changed from Ignored to Open by editing the flag. ${RETRY_HINT}`,
        ])
    })

    it('Ignore without a reason is refused and leaves no trace but the message', () => {
        const { world, flag } = worldWithGuard()
        onIgnoreFlag(
            { getUniqueValue: () => flag, getValue: () => '   ' } as never,
            { setRedirectURL: () => undefined } as never
        )
        expect(world.store.get(FLAG.name, flag)!.state).toBe('open')
        expect(world.store.query('x_mlc_ifs_s2p_audit', {})).toEqual([])
        expect(shown[0].level).toBe('error')
    })

    it('Retry selected moves the flag to retrying through the action', () => {
        const { world, flag } = worldWithGuard()
        onRetryFlagInList({ getUniqueValue: () => flag } as never)
        expect(world.store.get(FLAG.name, flag)!.state).toBe('retrying')
        expect(shown.every((m) => m.level === 'info')).toBe(true)
    })
})
