import * as fs from 'fs'
import * as path from 'path'
import { NodeDigest } from '../../src/local/node-ports/node-digest'
import { stagingKeyText } from '../../src/server/core/staging/staging-key'
import { toGlideDateTime } from '../../src/server/core/domain/glide-time'
import { SCHEDULED_RUN_REASON } from '../../src/server/core/sync/continuation-reason'
import { AUDIT, CONNECTION, FLAG, RUN, STAGING_KEY, SYNC_STATE } from '../../src/tables'
import { FLAG_REASON_CHOICES } from '../../src/tables/flag'
import type { FinancialType } from '../../src/server/core/domain/canonical-document'
import type { ScheduledEvent } from '../doubles/glide/glide-world'
import { startEmulatorProcess } from '../support/emulator-process'
import type { EmulatorProcess } from '../support/emulator-process'
import type { ArtifactInstance, EmulatorFacts } from './artifact-instance'
import { ALL_PLUGINS, emulatorFacts, openArtifactInstance } from './artifact-instance'
import type { BuiltApp, BuiltScript } from './built-app'
import { readBuiltApp } from './built-app'
import { checkModules, formatFindings } from './static-check'

/**
 * The app as `now-sdk build` emits it (dist/app: run `npx now-sdk build` first; `npm test` does),
 * run the way the instance would run it: the scheduled job's script (which only queues events) and
 * the continuation Script Action's script (which runs the sync), in a node:vm context with only
 * Glide globals, against the IFS emulator.
 */
const ROOT = path.resolve(__dirname, '..', '..')
const DIST_APP = process.env.ML_CONNECTOR_DIST_APP ?? path.join(ROOT, 'dist', 'app')

let app: BuiltApp

beforeAll(() => {
    app = readBuiltApp(DIST_APP)
})

function script(table: BuiltScript['table']): BuiltScript {
    const found = app.scripts.filter((s) => s.table === table)
    expect(found).toHaveLength(1)
    return found[0]
}

function serverSources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) return serverSources(full)
        return /\.ts$/.test(entry.name) && !/\.(now|d|test)\.ts$/.test(entry.name) ? [full] : []
    })
}

describe('the built sys_modules', () => {
    it('include every server source file (the build is not stale)', () => {
        const built = new Set([...app.modules.keys()].map((p) => p.slice(p.indexOf('/src/') + 1)))
        const sources = [
            ...serverSources(path.join(ROOT, 'src', 'server')),
            ...serverSources(path.join(ROOT, 'src', 'tables')),
        ]
        const missing = sources
            .map((f) => path.relative(ROOT, f).split(path.sep).join('/'))
            .filter((f) => !built.has(f))
        expect(missing).toEqual([])
    })

    it('use nothing the instance rejects and nothing only Node offers', () => {
        // Subclassing Error is among the rejected constructs: the core's exceptions extend Failure.
        expect(formatFindings(checkModules(app.modules.values()))).toBe('')
    })

    it('touch Glide only in src/server/glide and src/server/entry', () => {
        const glideUsers = [...app.modules.values()]
            .filter((m) => /from '@servicenow\/glide/.test(m.content))
            .map((m) => m.path.slice(m.path.indexOf('/src/') + 1))
        expect(glideUsers.length).toBeGreaterThan(0)
        expect(glideUsers.filter((p) => !/^src\/server\/(glide|entry)\//.test(p))).toEqual([])
    })
})

describe('the built job, run in a Glide-only sandbox against the IFS emulator', () => {
    let emulator: EmulatorProcess
    let facts: EmulatorFacts
    let instance: ArtifactInstance

    beforeAll(async () => {
        emulator = await startEmulatorProcess([
            '--seed',
            '7',
            '--invoices',
            '60',
            '--orders',
            '40',
            '--bad-share',
            '0.2',
        ])
        for (let i = 0; i < 100 && !emulator.output.some((l) => l.startsWith('companies:')); i++) {
            await new Promise((resolve) => setTimeout(resolve, 20))
        }
        facts = emulatorFacts(emulator.url, emulator.output)
    })

    afterAll(async () => {
        await emulator?.stop()
    })

    beforeEach(() => {
        instance = openArtifactInstance(app, DIST_APP, facts)
    })

    afterEach(() => instance.close())

    /** The scheduled job's own script: it queues continuation events and runs nothing itself. */
    const runScheduledJob = (): ScheduledEvent[] => {
        const before = instance.world.events.length
        const job = script('sysauto_script')
        instance.sandbox.runScript(job.script, job.file)
        return instance.world.events.slice(before)
    }

    /** What the event processor does with a due event: a sysevent row, handed to the Script Action's script. */
    const fireEvent = (queued: ScheduledEvent) => {
        const eventId = instance.store.insert('sysevent', {
            name: queued.name,
            table: queued.table,
            instance: queued.recordSysId,
            parm1: queued.parm1,
            parm2: queued.parm2,
        })
        const glide = instance.sandbox.require('@servicenow/glide') as {
            GlideRecord: new (t: string) => { get(id: string): boolean }
        }
        const event = new glide.GlideRecord('sysevent')
        expect(event.get(eventId)).toBe(true)
        const action = script('sysevent_script_action')
        instance.sandbox.runScript(action.script, action.file, { event, current: null })
    }

    /** One scheduled cycle: the job queues, then each event it queued is fired (all are due now). */
    const runScheduledCycle = (): ScheduledEvent[] => {
        const queued = runScheduledJob()
        for (const event of queued) {
            expect(event.atMs).toBeLessThanOrEqual(instance.world.nowMs())
            fireEvent(event)
        }
        return queued
    }

    const rows = (table: string) => instance.store.query(table, {})

    it('stages, flags and audits a full sync through the scheduled job script and the events it queues', () => {
        const { world, sandbox, connectionSysId } = instance
        // The job's own transaction only queues the connection's event: no run, no request.
        const queued = runScheduledJob()
        expect(queued).toEqual([
            {
                name: 'x_mlc_ifs_s2p.continue',
                table: 'x_mlc_ifs_s2p_connection',
                recordSysId: connectionSysId,
                parm1: connectionSysId,
                parm2: SCHEDULED_RUN_REASON,
                atMs: expect.any(Number),
            },
        ])
        expect(queued[0].atMs).toBeLessThanOrEqual(world.nowMs())
        expect(rows(RUN.name)).toEqual([])
        expect(world.httpRequests).toEqual([])
        expect(instance.tokenRequests()).toBe(0)
        expect(sandbox.loaded).not.toContainEqual(expect.stringMatching(/src\/server\/core\/sync\/run-job\.ts$/))

        fireEvent(queued[0])

        const runs = rows(RUN.name)
        expect(runs).toHaveLength(1)
        const [run] = runs
        expect(run).toMatchObject({ connection: connectionSysId, trigger: 'schedule', status: 'succeeded' })

        const invoices = rows('sn_apo_invoice')
        const orders = rows('proc_po')
        const flags = rows(FLAG.name)
        expect(invoices.length).toBeGreaterThan(0)
        expect(orders.length).toBeGreaterThan(0)
        expect(flags.length).toBeGreaterThan(0)
        // Every document read is staged or flagged, and the run record says so.
        expect(invoices.length + orders.length + flags.length).toBe(60 + 40)
        expect(Number(run.read_count)).toBe(100)
        expect(Number(run.inserted_count)).toBe(invoices.length + orders.length)
        expect(Number(run.flagged_count)).toBe(flags.length)
        for (const flag of flags) {
            expect(Object.keys(FLAG_REASON_CHOICES)).toContain(flag.reason)
            expect(flag).toMatchObject({ connection: connectionSysId, state: 'open' })
            // The indexed look-up column: SHA-256 hex of the stored IFS key.
            expect(flag.source_key_hash).toMatch(/^[0-9a-f]{64}$/)
        }
        // Numbers come from the tables' numbering (sys_number), not from the app: distinct, prefixed.
        expect(run.number).toBe('IFSRUN0001000')
        const flagNumbers = flags.map((f) => f.number)
        for (const number of flagNumbers) expect(number).toMatch(/^IFSFLG\d{7}$/)
        expect(new Set(flagNumbers).size).toBe(flags.length)
        // Every request went out at the basic outbound log level (request headers are not logged).
        expect(world.httpLogLevels).toHaveLength(world.httpRequests.length)
        expect(new Set(world.httpLogLevels)).toEqual(new Set(['basic']))

        // The dedup ledger: one staged key per target record.
        const keys = rows(STAGING_KEY.name)
        expect(keys.filter((k) => k.state === 'staged')).toHaveLength(invoices.length + orders.length)
        const targetIds = new Set([...invoices, ...orders].map((r) => r.sys_id))
        for (const key of keys) expect(targetIds.has(key.target_sys_id ?? '')).toBe(true)
        // Every digest came from GlideDigest (the built app has no SHA-256 of its own) and is the one
        // node:crypto gives for the same text: keys stored by either side match.
        expect(world.digests).toBeGreaterThanOrEqual(keys.length + flags.length)
        const node = new NodeDigest()
        for (const key of keys)
            expect(key.key).toBe(
                node.sha256Hex(
                    stagingKeyText({
                        connectionSysId,
                        objectType: key.object_type as FinancialType,
                        company: key.company ?? '',
                        documentNumber: key.document_number ?? '',
                        createdAt: key.creation_date ?? '',
                        supplierNumber: key.supplier_number,
                    })
                )
            )
        for (const flag of flags) expect(flag.source_key_hash).toBe(node.sha256Hex(flag.source_key ?? ''))

        // Cursor committed for both partitions.
        const states = rows(SYNC_STATE.name)
        expect(states.map((s) => s.object_type).sort()).toEqual(['purchase_order', 'supplier_invoice'])
        for (const state of states) expect(state.cursor_modified).toMatch(/^\d{14}$/)

        const operations = rows(AUDIT.name).map((a) => a.operation)
        for (const op of ['run_start', 'read_page', 'stage_insert', 'flag', 'cursor_commit', 'run_end']) {
            expect(operations).toContain(op)
        }
        expect(rows(AUDIT.name).every((a) => a.run === run.sys_id)).toBe(true)

        // Everything went out through RESTMessageV2 to the connection's tenant, with a bearer token.
        expect(instance.tokenRequests()).toBeGreaterThan(0)
        expect(world.httpRequests.length + instance.tokenRequests()).toBe(Number(run.ifs_requests))
        for (const request of world.httpRequests) {
            expect(request.url.startsWith('https://tenant.ifs-emulator.invalid/main/ifsapplications/')).toBe(true)
            expect(request.headers.Authorization ?? request.headers.authorization).toMatch(/^Bearer \S+$/)
        }
        // No secret or token in anything the app wrote.
        const written = JSON.stringify([rows(AUDIT.name), rows(RUN.name), flags, world.logs])
        expect(written).not.toContain(facts.clientSecret)
        const token = (world.httpRequests[0].headers.Authorization ?? '').slice('Bearer '.length)
        expect(written).not.toContain(token)

        expect(sandbox.loaded).toEqual(
            expect.arrayContaining([
                expect.stringMatching(/src\/server\/entry\/job\.ts$/),
                expect.stringMatching(/src\/server\/core\/sync\/dispatch\.ts$/),
                expect.stringMatching(/src\/server\/entry\/events\/continue-event\.ts$/),
                expect.stringMatching(/src\/server\/glide\/glide-store\.ts$/),
                expect.stringMatching(/src\/server\/glide\/glide-digest\.ts$/),
                expect.stringMatching(/src\/server\/core\/sync\/run-job\.ts$/),
            ])
        )
    })

    it('stages nothing twice when the job runs again', () => {
        expect(runScheduledCycle()).toHaveLength(1)
        const staged = rows('sn_apo_invoice').length + rows('proc_po').length
        expect(runScheduledCycle()).toHaveLength(1)
        expect(rows('sn_apo_invoice').length + rows('proc_po').length).toBe(staged)
        const runs = rows(RUN.name)
        expect(runs).toHaveLength(2)
        expect(runs.map((r) => r.trigger)).toEqual(['schedule', 'schedule'])
        expect(Number(runs[1].inserted_count)).toBe(0)
    })

    it('queues no event for an inactive connection, nor for one whose run holds the lease', () => {
        const { world, connectionSysId } = instance
        instance.store.update(CONNECTION.name, connectionSysId, { active: false })
        expect(runScheduledJob()).toEqual([])

        instance.store.update(CONNECTION.name, connectionSysId, {
            active: true,
            lease_owner: 'node-2/job-7',
            lease_expires_at: toGlideDateTime(world.nowMs() + 120_000),
        })
        expect(runScheduledJob()).toEqual([])
        expect(world.logs).toContainEqual({ level: 'info', message: expect.stringContaining('node-2/job-7') })
        expect(rows(RUN.name)).toEqual([])
        expect(world.httpRequests).toEqual([])
    })

    it('continues one connection through the Script Action script of the continuation event', () => {
        const action = script('sysevent_script_action')
        const { world, connectionSysId, sandbox } = instance
        const eventId = instance.store.insert('sysevent', {
            name: 'x_mlc_ifs_s2p.continue',
            table: 'x_mlc_ifs_s2p_connection',
            instance: connectionSysId,
            parm1: connectionSysId,
            parm2: 'deferred',
        })
        const modules = sandbox.require('@servicenow/glide') as {
            GlideRecord: new (t: string) => { get(id: string): boolean }
        }
        const event = new modules.GlideRecord('sysevent')
        expect(event.get(eventId)).toBe(true)
        sandbox.runScript(action.script, action.file, { event, current: null })

        const runs = rows(RUN.name)
        expect(runs).toEqual([expect.objectContaining({ connection: connectionSysId, trigger: 'continuation' })])
        expect(rows('sn_apo_invoice').length).toBeGreaterThan(0)
        expect(world.logs.filter((l) => l.level === 'error')).toEqual([])
    })

    it('defers a throttled run through gs.eventQueueScheduled and finishes it from that event', async () => {
        const { world, connectionSysId, sandbox } = instance
        // The instance's clock stands still during the run (on a whole second: deferrals are
        // rounded up to Glide's seconds), so the deferral is exactly Retry-After from it, however
        // long this machine takes.
        const t0 = Math.floor(world.nowMs() / 1000) * 1000
        world.nowMs = () => t0
        await emulator.control.setFaults({ rules: [{ kind: 'throttle', retryAfterSeconds: 30 }] })
        let byJob: ScheduledEvent[]
        try {
            byJob = runScheduledCycle()
        } finally {
            await emulator.control.setFaults({ rules: [] })
        }
        expect(byJob).toHaveLength(1)
        const [first] = rows(RUN.name)
        expect(first).toMatchObject({ trigger: 'schedule', status: 'deferred' })
        expect(rows('sn_apo_invoice').length + rows('proc_po').length).toBe(0)
        // No inline wait on the instance: the wait became one scheduled continuation event.
        const byRun = world.events.slice(byJob.length)
        expect(byRun).toHaveLength(1)
        const [queued] = byRun
        expect(queued).toMatchObject({
            name: 'x_mlc_ifs_s2p.continue',
            table: 'x_mlc_ifs_s2p_connection',
            recordSysId: connectionSysId,
            parm1: connectionSysId,
        })
        expect(queued.atMs).toBe(t0 + 30_000)

        // The event processor fires it when it is due (the instance's clock has moved on by then)
        // and the Script Action continues the same connection.
        world.nowMs = () => queued.atMs + 1000
        fireEvent(queued)

        const second = rows(RUN.name)[1]
        expect(second).toMatchObject({ trigger: 'continuation', status: 'succeeded' })
        expect(rows('sn_apo_invoice').length + rows('proc_po').length + rows(FLAG.name).length).toBe(100)
    })

    it.each<[string, Record<string, string | boolean>]>([
        [
            'a token URL on another tenant',
            { token_url: 'https://other.ifs.cloud/auth/realms/r/protocol/openid-connect/token' },
        ],
        ['a token URL outside the allowed suffix', { token_url: 'https://login.example.com/token' }],
        ['another client id', { client_id: 'not-the-connections-client' }],
    ])('refuses to take a token when the OAuth provider has %s, and reads nothing', (_what, provider) => {
        const { world } = instance
        const profile = instance.store.get(CONNECTION.name, instance.connectionSysId)!.oauth_profile!
        const entity = instance.store.get('oauth_entity_profile', profile)!.oauth_entity!
        instance.store.update('oauth_entity', entity, provider)
        expect(runScheduledCycle()).toHaveLength(1)
        const [run] = rows(RUN.name)
        expect(run.status).toBe('failed')
        expect(run.message).toContain('OAuth provider')
        expect(instance.tokenRequests()).toBe(0)
        expect(world.httpRequests).toEqual([])
    })

    it('the built GlideStore refuses the text NULL instead of blanking the field', () => {
        const glideStore = instance.sandbox.require(
            [...app.modules.keys()].find((p) => p.endsWith('src/server/glide/glide-store.ts'))!
        ) as { GlideStore: new () => { insert(t: string, v: Record<string, string>): string } }
        const store = new glideStore.GlideStore()
        for (const value of ['NULL', 'null', ' NULL ']) {
            expect(() => store.insert('proc_po', { po_number: value })).toThrow(/proc_po\.po_number/)
        }
        expect(rows('proc_po')).toEqual([])
        const id = store.insert('proc_po', { po_number: 'NULLABLE-1' })
        expect(instance.store.get('proc_po', id)?.po_number).toBe('NULLABLE-1')
    })

    it('ends the run at once, naming the setting, when a target table refuses other scopes to create records', () => {
        const [proc] = instance.store.query('sys_db_object', { where: [{ field: 'name', op: '=', value: 'proc_po' }] })
        instance.store.update('sys_db_object', proc.sys_id, { create_access: false })
        expect(runScheduledCycle()).toHaveLength(1)
        const [run] = rows(RUN.name)
        expect(run.status).toBe('failed')
        expect(run.message).toContain('Target table proc_po lets other application scopes create records')
        expect(run.message).toContain('Can create')
        expect(instance.world.httpRequests).toEqual([])
    })

    it('ends the run at once, listing what is missing, when a plugin is inactive', () => {
        const { world } = instance
        world.plugins.delete('com.snc.procurement')
        expect(ALL_PLUGINS).toContain('com.snc.procurement')
        expect(runScheduledCycle()).toHaveLength(1)
        const [run] = rows(RUN.name)
        expect(run).toMatchObject({ trigger: 'schedule', status: 'failed' })
        expect(run.message).toMatch(/^Prerequisites missing:/)
        expect(run.message).toContain('com.snc.procurement')
        expect(world.httpRequests).toEqual([])
        expect(rows('proc_po')).toEqual([])
        expect(rows(AUDIT.name).map((a) => a.operation)).toEqual(['prerequisite'])
    })
})
