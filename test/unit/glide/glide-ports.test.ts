jest.mock('@servicenow/glide', () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide'])
jest.mock('@servicenow/glide/sn_ws', () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide/sn_ws'])
jest.mock(
    '@servicenow/glide/sn_auth',
    () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide/sn_auth']
)

import { createGlidePorts } from '../../../src/server/glide/create-glide-ports'
import { GlideClock, GlideWaiter } from '../../../src/server/glide/glide-clock'
import { GlideLog, LOG_LEVEL_PROPERTY } from '../../../src/server/glide/glide-log'
import { CONTINUE_EVENT, GlideScheduler } from '../../../src/server/glide/glide-scheduler'
import { GlideStore } from '../../../src/server/glide/glide-store'
import { CONNECTION } from '../../../src/tables/connection'
import { freshWorld } from '../../doubles/glide/jest-glide'

describe('GlideClock and GlideWaiter', () => {
    it('reads the time from GlideDateTime', () => {
        const world = freshWorld()
        world.nowMs = () => Date.UTC(2026, 4, 1, 12, 0, 0)
        expect(new GlideClock().nowMs()).toBe(Date.UTC(2026, 4, 1, 12, 0, 0))
    })

    it('never waits inline: every wait must become a continuation', () => {
        const waiter = new GlideWaiter()
        expect(waiter.maxInlineWaitMs).toBe(0)
        expect(() => waiter.wait(0)).not.toThrow()
        expect(() => waiter.wait(1)).toThrow(/continuation/)
    })
})

describe('GlideScheduler', () => {
    it('queues the continuation event on the connection record at the requested time', () => {
        const world = freshWorld()
        const connection = world.store.insert(CONNECTION.name, { name: 'A' })
        const at = Date.UTC(2026, 4, 1, 12, 30, 0)
        new GlideScheduler().scheduleContinuation(connection, at, 'throttled by IFS')
        expect(world.events).toEqual([
            {
                name: CONTINUE_EVENT,
                table: CONNECTION.name,
                recordSysId: connection,
                parm1: connection,
                parm2: 'throttled by IFS',
                atMs: at,
            },
        ])
        expect(CONTINUE_EVENT).toBe('x_mlc_ifs_s2p.continue')
    })

    it('refuses to schedule for a connection that does not exist', () => {
        const world = freshWorld()
        expect(() => new GlideScheduler().scheduleContinuation('f'.repeat(32), 0, 'x')).toThrow(/does not exist/)
        expect(world.events).toEqual([])
    })
})

describe('GlideLog', () => {
    it('writes each level to gs with the app prefix, braces untouched', () => {
        const world = freshWorld()
        world.properties.set(LOG_LEVEL_PROPERTY, 'debug')
        const log = new GlideLog()
        log.debug('d')
        log.info('i {0}')
        log.warn('w')
        log.error('e')
        expect(world.logs).toEqual([
            { level: 'debug', message: '[ml-connector] d' },
            { level: 'info', message: '[ml-connector] i {0}' },
            { level: 'warn', message: '[ml-connector] w' },
            { level: 'error', message: '[ml-connector] e' },
        ])
    })
})

describe('GlideLog levels', () => {
    it('reads the <scope>.logging.verbosity property', () => {
        expect(LOG_LEVEL_PROPERTY).toBe('x_mlc_ifs_s2p.logging.verbosity')
    })

    it.each([
        ['warn', ['warn', 'error']],
        ['debug', ['debug', 'info', 'warn', 'error']],
        ['info', ['info', 'warn', 'error']],
        ['error', ['error']],
        ['off', ['error']],
        [' DEBUG ', ['debug', 'info', 'warn', 'error']],
        ['nonsense', ['info', 'warn', 'error']],
    ])('with %s as the log level property writes %j', (level, written) => {
        const world = freshWorld()
        world.properties.set(LOG_LEVEL_PROPERTY, level)
        const log = new GlideLog()
        log.debug('d')
        log.info('i')
        log.warn('w')
        log.error('e')
        expect(world.logs.map((l) => l.level)).toEqual(written)
    })
})

describe('createGlidePorts', () => {
    it('checks the roles of the run-as user it is given', () => {
        const world = freshWorld()
        const runAs = world.addUser('job.user', ['procurement_user'], false)
        world.addUser('admin.clicking', [])
        expect(createGlidePorts().platform.runAsUserName()).toBe('admin.clicking')
        const ports = createGlidePorts({ runAsUserSysId: runAs })
        expect(ports.platform.runAsUserName()).toBe('job.user')
        expect(ports.platform.runAsUserHasRole('procurement_user')).toBe(true)
    })

    it('bundles the Glide adapters, a token source per connection and a unique worker id', () => {
        freshWorld()
        const a = createGlidePorts()
        const b = createGlidePorts()
        expect(a.store).toBeInstanceOf(GlideStore)
        expect(a.waiter.maxInlineWaitMs).toBe(0)
        expect(a.workerId).not.toBe(b.workerId)
        expect(typeof a.tokensFor({ oauthProfile: 'x' } as never).fetchToken).toBe('function')
    })
})
