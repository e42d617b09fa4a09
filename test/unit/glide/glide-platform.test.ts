jest.mock('@servicenow/glide', () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide'])

import { GlidePlatform } from '../../../src/server/glide/glide-platform'
import { freshWorld } from '../../doubles/glide/jest-glide'

describe('GlidePlatform', () => {
    it('asks GlidePluginManager whether a plugin is active', () => {
        const world = freshWorld()
        world.plugins.add('com.snc.procurement')
        world.addUser('job.user', [])
        const platform = new GlidePlatform()
        expect(platform.isPluginActive('com.snc.procurement')).toBe(true)
        expect(platform.isPluginActive('sn_ap_apm')).toBe(false)
    })

    it('describes an existing table with kinds, lengths and mandatory flags; null when missing', () => {
        const world = freshWorld()
        world.addUser('job.user', [])
        world.defineTable('proc_po', [
            { name: 'number', internalType: 'string', maxLength: 40, mandatory: true },
            { name: 'total', internalType: 'currency' },
            { name: 'po_date', internalType: 'glide_date' },
            { name: 'vendor', internalType: 'reference', reference: 'core_company' },
            { name: 'workflow', internalType: 'workflow' },
            { name: 'status', internalType: 'string', maxLength: 40, choices: ['requested', 'ordered', 'received'] },
        ])
        const platform = new GlidePlatform()
        expect(platform.describeTable('proc_po')).toEqual([
            { name: 'number', kind: 'string', maxLength: 40, mandatory: true },
            { name: 'total', kind: 'decimal', mandatory: false },
            { name: 'po_date', kind: 'date', mandatory: false },
            { name: 'vendor', kind: 'reference', mandatory: false },
            { name: 'workflow', kind: 'other', mandatory: false },
            // A choice field's values, so a field-map constant can be checked against them.
            {
                name: 'status',
                kind: 'string',
                maxLength: 40,
                mandatory: false,
                choices: ['requested', 'ordered', 'received'],
            },
        ])
        expect(platform.describeTable('sn_apo_invoice')).toBeNull()
    })

    it('checks roles of the run-as user in sys_user_has_role, admin counting for every role', () => {
        const world = freshWorld()
        const jobUser = world.addUser('job.user', ['procurement_user'], false)
        const admin = world.addUser('boss', ['admin'], false)
        world.addUser('someone.else', ['sn_ap_apm.accounts_payable_specialist'])

        const asJob = new GlidePlatform(jobUser)
        expect(asJob.runAsUserHasRole('procurement_user')).toBe(true)
        expect(asJob.runAsUserHasRole('sn_ap_apm.accounts_payable_specialist')).toBe(false)
        expect(asJob.runAsUserName()).toBe('job.user')
        expect(new GlidePlatform(admin).runAsUserHasRole('sn_ap_apm.accounts_payable_specialist')).toBe(true)
        // Without an explicit user, the user the script runs as.
        expect(new GlidePlatform().runAsUserName()).toBe('someone.else')
        expect(new GlidePlatform().runAsUserHasRole('sn_ap_apm.accounts_payable_specialist')).toBe(true)
    })

    it.each([
        [{ access: 'public', read_access: true, create_access: true, update_access: true }, [true, true, true, true]],
        [
            { access: 'package_private', read_access: true, create_access: false, update_access: false },
            [false, true, false, false],
        ],
        [
            { access: 'public', read_access: false, create_access: true, update_access: false },
            [true, false, true, false],
        ],
    ])(
        'reads a table’s Application Access from sys_db_object (%j)',
        (row, [allScopes, canRead, canCreate, canUpdate]) => {
            const world = freshWorld()
            world.addUser('job.user', [])
            world.store.insert('sys_db_object', { name: 'sn_apo_invoice', access: 'public', read_access: true })
            world.store.insert('sys_db_object', { name: 'proc_po', ...row })
            expect(new GlidePlatform().tableAccess('proc_po')).toEqual({ allScopes, canRead, canCreate, canUpdate })
            expect(new GlidePlatform().tableAccess('no_such_table')).toBeNull()
        }
    )
})
