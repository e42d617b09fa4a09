jest.mock('@servicenow/glide', () => require('../../doubles/glide/jest-glide-ui').glideShowingMessages())
jest.mock('@servicenow/glide/sn_ws', () => require('../../doubles/glide/jest-glide-ui').snWs)
jest.mock('@servicenow/glide/sn_auth', () => require('../../doubles/glide/jest-glide-ui').snAuth)

import { booleanOf } from '../../../src/server/core/config/connection-rules'
import { SYNC_JOB_SYS_ID } from '../../../src/server/glide/sync-job-user'
import { onIgnoreFlag, onIgnoreFlagInList, onRetryFlagInList } from '../../../src/server/entry/ui/flag-actions'
import {
    onReleaseLease,
    onResetCursor,
    onRunNow,
    onTestConnection,
} from '../../../src/server/entry/ui/connection-actions'
import { addConnectionTypeRows } from '../../../src/server/entry/ui/default-type-rows-rule'
import { validateConnectionSave } from '../../../src/server/entry/ui/validate-connection-rule'
import { validateConnectionTypeSave } from '../../../src/server/entry/ui/validate-connection-type-rule'
import { CONNECTION, CONNECTION_TYPE, FLAG, SYNC_STATE } from '../../../src/tables'
import { shown, worldWithUser } from '../../doubles/glide/jest-glide-ui'
import { insertTypeRows } from '../../support/connection-types'
import { connectionValues } from './fixtures'

/** The parts of `current` and `action` the handlers use. */
function current(table: string, sysId: string, values: Record<string, string | null> = {}) {
    const record = {
        aborted: false,
        getUniqueValue: () => sysId,
        getTableName: () => table,
        getValue: (field: string) => values[field] ?? null,
        setAbortAction: (abort: boolean) => {
            record.aborted = abort
        },
    }
    return record
}
function action() {
    return {
        redirectedTo: null as unknown,
        setRedirectURL(to: unknown) {
            this.redirectedTo = to
        },
    }
}
// The handlers are typed against Glide; these stubs carry only what they touch.
const asGlide = <T>(value: unknown) => value as T

beforeEach(() => {
    shown.length = 0
})

type Values = Record<string, string>

// Both save rules: a good record passes silently, a bad one is aborted with one message per problem.
describe.each<{
    rule: string
    table: string
    validate: typeof validateConnectionSave
    good: Values
    bad: Values
    messages: string[]
}>([
    {
        rule: 'validateConnectionSave',
        table: CONNECTION.name,
        validate: validateConnectionSave,
        good: {
            ...Object.fromEntries(Object.entries(connectionValues()).map(([k, v]) => [k, String(v)])),
            page_size: '5000',
            request_ceiling: '1000',
            tenant_url: 'https://acme.ifs.cloud',
            allowed_host_suffix: 'ifs.cloud',
        },
        bad: { page_size: '6000', tenant_url: 'http://acme.ifs.cloud' },
        messages: [
            'Tenant URL must start with https://',
            'Page size must be a whole number from 1 to 5000 (is "6000")',
        ],
    },
    {
        rule: 'validateConnectionTypeSave',
        table: CONNECTION_TYPE.name,
        validate: validateConnectionTypeSave,
        good: { object_type: 'purchase_order', active: 'true', entity_set_path: '', target_table: 'proc_po' },
        bad: { entity_set_path: 'PurchaseOrderSet', source_overrides: '{"fields": {"grossAmount": "TotalAmount"}' },
        messages: [
            'Purchase order entity set must look like <Projection>.svc/<EntitySet> (is "PurchaseOrderSet")',
            'Purchase order IFS field overrides must be JSON, e.g. {"fields": {"grossAmount": "TotalAmount"}}',
        ],
    },
])('business rule: $rule', ({ table, validate, good, bad, messages }) => {
    it('lets a good record through without a message', () => {
        const c = current(table, 'a'.repeat(32), good)
        validate(asGlide(c))
        expect(c.aborted).toBe(false)
        expect(shown).toEqual([])
    })

    it('refuses a bad save with one clear message per problem', () => {
        const c = current(table, 'a'.repeat(32), { ...good, ...bad })
        validate(asGlide(c))
        expect(c.aborted).toBe(true)
        expect(shown).toEqual(messages.map((text) => ({ level: 'error', text })))
    })
})

describe('business rule: addConnectionTypeRows', () => {
    it('gives a new connection one row per registered type with the defaults of its preset, once', () => {
        const world = worldWithUser('alice', ['x_mlc_ifs_s2p.admin'])
        const id = world.store.insert(CONNECTION.name, connectionValues({ field_map_preset: 's2p_tables' }))
        const c = current(CONNECTION.name, id, { field_map_preset: 's2p_tables' })
        addConnectionTypeRows(asGlide(c))
        addConnectionTypeRows(asGlide(c))
        const rows = world.store.query(CONNECTION_TYPE.name, { orderBy: [{ field: 'object_type' }] })
        expect(
            rows.map((r) => [r.connection, r.object_type, booleanOf(r.active ?? ''), r.entity_set_path, r.target_table])
        ).toEqual([
            [id, 'purchase_order', true, 'PurchaseOrderHandling.svc/PurchaseOrderSet', 'sn_shop_purchase_order'],
            // s2p_tables stages no receipts: their row starts off, with no table.
            [id, 'receipt', false, 'PurchaseReceiptHandling.svc/PurchaseReceiptSet', null],
            [id, 'supplier_invoice', true, 'ManSuppInvoiceHandling.svc/PostingProposalHeadSet', 'sn_shop_invoice'],
        ])
    })
})

describe('UI action shells', () => {
    it('Run now queues the continuation event on the connection and tells the admin', () => {
        const world = worldWithUser('alice', ['x_mlc_ifs_s2p.admin'])
        const id = world.store.insert(CONNECTION.name, connectionValues())
        const a = action()
        const c = current(CONNECTION.name, id)
        onRunNow(asGlide(c), asGlide(a))
        expect(world.events).toEqual([
            expect.objectContaining({ name: 'x_mlc_ifs_s2p.continue', recordSysId: id, parm1: id }),
        ])
        expect(shown).toEqual([{ level: 'info', text: expect.stringContaining('queued') }])
        expect(a.redirectedTo).toBe(c)
    })

    it('Reset cursor clears the cursor and names the user in the audit trail', () => {
        const world = worldWithUser('alice', ['x_mlc_ifs_s2p.admin'])
        const id = world.store.insert(CONNECTION.name, connectionValues())
        const state = world.store.insert(SYNC_STATE.name, {
            connection: id,
            object_type: 'purchase_order',
            cursor_key: '["1"]',
        })
        onResetCursor(asGlide(current(CONNECTION.name, id)), asGlide(action()))
        expect(world.store.get(SYNC_STATE.name, state)!.cursor_key).toBeNull()
        expect(shown[0].level).toBe('info')
        const audit = world.store.query('x_mlc_ifs_s2p_audit', {})
        expect(audit[0].message).toContain('alice')
    })

    it('Release lease frees a stale lease, names the admin in the audit trail and returns to the form', () => {
        const world = worldWithUser('alice', ['x_mlc_ifs_s2p.admin'])
        const id = world.store.insert(
            CONNECTION.name,
            connectionValues({ lease_owner: 'glide.worker.7', lease_expires_at: '2099-01-01 00:00:00' })
        )
        const a = action()
        const c = current(CONNECTION.name, id)
        onReleaseLease(asGlide(c), asGlide(a))
        expect(world.store.get(CONNECTION.name, id)!.lease_owner).toBeNull()
        expect(shown).toEqual([{ level: 'info', text: expect.stringContaining('held by glide.worker.7') }])
        const audit = world.store.query('x_mlc_ifs_s2p_audit', {})
        expect(audit.map((r) => [r.operation, r.message])).toEqual([
            ['lease_released', expect.stringContaining('Lease released by alice')],
        ])
        expect(a.redirectedTo).toBe(c)
    })

    it('Ignore takes the reason from the Resolution note and refuses without one', () => {
        const world = worldWithUser('carol', ['x_mlc_ifs_s2p.ap_user'])
        const conn = world.store.insert(CONNECTION.name, connectionValues())
        const flag = world.store.insert(FLAG.name, { connection: conn, object_type: 'supplier_invoice', state: 'open' })
        onIgnoreFlag(asGlide(current(FLAG.name, flag, { resolution_note: '' })), asGlide(action()))
        expect(shown).toEqual([{ level: 'error', text: expect.stringContaining('needs a reason') }])
        expect(world.store.get(FLAG.name, flag)!.state).toBe('open')
        shown.length = 0
        onIgnoreFlag(asGlide(current(FLAG.name, flag, { resolution_note: 'Paid by cheque' })), asGlide(action()))
        expect(world.store.get(FLAG.name, flag)!.state).toBe('ignored')
        expect(shown).toEqual([{ level: 'info', text: '1 flagged record ignored: Paid by cheque' }])
    })

    it('Ignore on a list selection closes each row and leaves the user on the list', () => {
        // The platform calls a list action once per selected row; a redirect to `current` would
        // open the last row's form instead of showing the list with the rows gone.
        const world = worldWithUser('carol', ['x_mlc_ifs_s2p.ap_user'])
        const conn = world.store.insert(CONNECTION.name, connectionValues())
        const flags = [1, 2].map(() =>
            world.store.insert(FLAG.name, { connection: conn, object_type: 'purchase_order', state: 'open' })
        )
        // Called the way the platform might, with `action` at hand: it must not be used to redirect.
        const ignoreInList = onIgnoreFlagInList as unknown as (current: unknown, action: unknown) => void
        for (const flag of flags) {
            const a = action()
            ignoreInList(current(FLAG.name, flag, { resolution_note: 'Duplicate in IFS' }), a)
            expect(a.redirectedTo).toBeNull()
        }
        expect(flags.map((f) => world.store.get(FLAG.name, f)!.state)).toEqual(['ignored', 'ignored'])
    })

    it('Retry on a list row marks it retrying and queues a run', () => {
        const world = worldWithUser('carol', ['x_mlc_ifs_s2p.ap_user'])
        const conn = world.store.insert(CONNECTION.name, connectionValues())
        const flag = world.store.insert(FLAG.name, { connection: conn, object_type: 'purchase_order', state: 'open' })
        onRetryFlagInList(asGlide(current(FLAG.name, flag)))
        expect(world.store.get(FLAG.name, flag)!.state).toBe('retrying')
        expect(world.events).toEqual([expect.objectContaining({ name: 'x_mlc_ifs_s2p.continue', parm1: conn })])
    })

    it('Test connection checks roles for the scheduled job’s Run as user, not the clicking admin', () => {
        const world = worldWithUser('alice', [
            'x_mlc_ifs_s2p.admin',
            'procurement_user',
            'sn_ap_apm.accounts_payable_specialist',
        ])
        const jobUser = world.addUser('svc.ifs', [], false)
        world.defineTable('sysauto_script', [
            { name: 'name', internalType: 'string' },
            { name: 'run_as', internalType: 'reference', reference: 'sys_user' },
        ])
        world.store.insert('sysauto_script', {
            sys_id: SYNC_JOB_SYS_ID,
            name: 'ml-connector: IFS sync',
            run_as: jobUser,
        })
        const id = world.store.insert(CONNECTION.name, connectionValues())
        insertTypeRows(world.store, id)
        onTestConnection(asGlide(current(CONNECTION.name, id)), asGlide(action()))
        const roleLines = shown.filter((m) => m.text.includes('has role'))
        expect(roleLines.length).toBeGreaterThan(0)
        expect(roleLines.every((m) => m.level === 'error' && m.text.includes('svc.ifs'))).toBe(true)
        expect(shown[0]).toEqual({ level: 'error', text: expect.stringContaining('checks failed') })
    })
})
