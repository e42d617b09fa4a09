jest.mock('@servicenow/glide', () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide'])
jest.mock('@servicenow/glide/sn_ws', () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide/sn_ws'])
jest.mock(
    '@servicenow/glide/sn_auth',
    () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide/sn_auth']
)

import { runContinuation } from '../../../src/server/entry/continuation'
import { AUDIT, CONNECTION, RUN } from '../../../src/tables'
import { freshWorld } from '../../doubles/glide/jest-glide'
import { connectionValues } from '../ui/fixtures'
import { SYNC_JOB_SYS_ID, syncJobRunAsUser } from '../../../src/server/glide/sync-job-user'
import { insertTypeRows } from '../../support/connection-types'

const ROLES = ['sn_ap_apm.accounts_payable_specialist', 'procurement_user', 'sn_shop.procurement_specialist']

/**
 * Every sync runs in the continuation event's Script Action, which the event processor runs as the
 * `system` session user (gs.getUserID() === 'system', no sys_user row, no role rows). The roles the
 * run needs are those of the scheduled job's Run as user, the user Test connection checks too.
 */
describe('runContinuation checks roles for the sync job’s Run as user', () => {
    function worldWithJobUser(roles: readonly string[], jobName = 'ml-connector: IFS sync') {
        const world = freshWorld()
        world.userSysId = 'system'
        const jobUser = world.addUser('svc.ifs', roles, false)
        world.defineTable('sysauto_script', [
            { name: 'name', internalType: 'string' },
            { name: 'run_as', internalType: 'reference', reference: 'sys_user' },
        ])
        world.store.insert('sysauto_script', { sys_id: SYNC_JOB_SYS_ID, name: jobName, run_as: jobUser })
        // Another job carrying the app job's name must not be mistaken for it.
        world.store.insert('sysauto_script', { name: 'ml-connector: IFS sync', run_as: 'someone_else' })
        // Its type rows stage into the brief's tables (support/connection-types.ts).
        const connection = world.store.insert(CONNECTION.name, connectionValues({ field_map_preset: 'brief' }))
        insertTypeRows(world.store, connection)
        return { world, connection }
    }

    const roleProblems = (world: ReturnType<typeof freshWorld>) =>
        [
            ...world.store.query(RUN.name, {}).map((r) => r.message ?? ''),
            ...world.store.query(AUDIT.name, {}).map((a) => a.message ?? ''),
        ].filter((m) => / has role /.test(m))

    it('does not refuse the run for roles the system session lacks but the Run as user holds', () => {
        const { world, connection } = worldWithJobUser(ROLES)
        runContinuation(connection, 'throttled')
        expect(world.store.query(RUN.name, {}).length).toBeGreaterThan(0)
        expect(roleProblems(world)).toEqual([])
    })

    it('still refuses when the Run as user lacks a role, naming that user', () => {
        const { world, connection } = worldWithJobUser([])
        runContinuation(connection, 'throttled')
        const problems = roleProblems(world)
        expect(problems.length).toBeGreaterThan(0)
        expect(problems.every((m) => m.includes('svc.ifs'))).toBe(true)
    })

    it.each(['ml-connector: IFS sync', 'IFS sync (renamed by an admin)', ''])(
        'finds the job by its fixed sys_id, whatever its name (%j)',
        (name) => {
            const { world } = worldWithJobUser(ROLES, name)
            const expected = world.store.query('sys_user', {}).find((u) => u.user_name === 'svc.ifs')!.sys_id
            expect(syncJobRunAsUser()).toBe(expected)
        }
    )

    it('has no Run as user when the job with its sys_id is gone, even if a job carries its name', () => {
        const world = freshWorld()
        world.defineTable('sysauto_script', [
            { name: 'name', internalType: 'string' },
            { name: 'run_as', internalType: 'reference', reference: 'sys_user' },
        ])
        world.store.insert('sysauto_script', { name: 'ml-connector: IFS sync', run_as: 'abc' })
        expect(syncJobRunAsUser()).toBeUndefined()
    })
})
