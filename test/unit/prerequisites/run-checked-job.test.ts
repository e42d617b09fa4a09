import { TARGET_TABLE_SCHEMAS } from '../../../src/server/core/staging/field-maps'
import { NodeDigest } from '../../../src/local/node-ports/node-digest'
import { runCheckedJob } from '../../../src/server/core/prerequisites/run-checked-job'
import { PLATFORM_REQUIREMENTS } from '../../../src/server/core/prerequisites/platform-requirements'
import { createStager } from '../../../src/server/core/staging/create-stager'
import type { HttpRequest } from '../../../src/server/ports/http'
import type { ColumnInfo, Platform } from '../../../src/server/ports/platform'
import type { Ports } from '../../../src/server/ports/ports'
import { AUDIT, CONNECTION, RUN } from '../../../src/tables'
import { FakeClock, FakeWaiter } from '../../fakes/fake-clock'
import { MemoryStore } from '../../fakes/memory-store'
import { insertTypeRows } from '../../support/connection-types'

const ALL_PLUGINS = Object.values(PLATFORM_REQUIREMENTS.brief).flatMap((r) => r.plugins.map((p) => p.ids[0]))
const ALL_ROLES = Object.values(PLATFORM_REQUIREMENTS.brief).flatMap((r) => r.roles.map((role) => role.anyOf[0]))

function setup(plugins: readonly string[]) {
    const store = new MemoryStore()
    const clock = new FakeClock()
    const requests: HttpRequest[] = []
    let tokenRequests = 0
    const platform: Platform = {
        isPluginActive: (id) => plugins.includes(id),
        describeTable: (table): ColumnInfo[] =>
            (TARGET_TABLE_SCHEMAS[table] ?? []).map((c) => ({ ...c, mandatory: false })),
        runAsUserHasRole: (role) => ALL_ROLES.includes(role),
        runAsUserName: () => 'sync.user',
    }
    const ports: Ports = {
        http: {
            send: (request) => {
                requests.push(request)
                return { kind: 'transport_error', reason: 'connection', message: 'unreachable' }
            },
        },
        tokensFor: () => ({
            fetchToken: () => {
                tokenRequests++
                return { kind: 'rejected', status: 401, message: 'invalid_client' }
            },
        }),
        store,
        clock,
        waiter: new FakeWaiter(clock),
        scheduler: { scheduleContinuation: () => undefined },
        platform,
        log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
        digest: new NodeDigest(),
        workerId: 'test',
    }
    const connection = store.insert(CONNECTION.name, {
        name: 'Acme',
        active: true,
        tenant_url: 'https://acme.ifs.cloud',
        realm: 'acme',
        oauth_profile: 'a'.repeat(32),
        companies: '10',
        // Its type rows stage into the brief's tables (support/connection-types.ts).
        field_map_preset: 'brief',
    })
    insertTypeRows(store, connection)
    return { ports, store, connection, requests, tokenRequests: () => tokenRequests }
}

describe('runCheckedJob', () => {
    it('ends the run at once with the list of what is missing, without calling IFS', () => {
        const { ports, store, connection, requests, tokenRequests } = setup([])
        const report = runCheckedJob(ports, { trigger: 'schedule' }, createStager)

        expect(report.connections).toHaveLength(1)
        const [only] = report.connections
        expect(only).toMatchObject({ connectionSysId: connection, status: 'failed' })
        expect(only.message).toMatch(/^Prerequisites missing:/)
        for (const id of ALL_PLUGINS) expect(only.message).toContain(id)
        expect(requests).toEqual([])
        expect(tokenRequests()).toBe(0)

        const [run] = store.all(RUN.name)
        expect(run).toMatchObject({ connection, status: 'failed', trigger: 'schedule' })
        expect(run.message).toBe(only.message)
        expect(store.all(AUDIT.name)).toEqual([
            expect.objectContaining({ run: run.sys_id, operation: 'prerequisite', message: only.message }),
        ])
    })

    it('hands a connection whose prerequisites are met to runJob', () => {
        const { ports, connection, tokenRequests } = setup(ALL_PLUGINS)
        const report = runCheckedJob(ports, { trigger: 'continuation', connectionSysId: connection }, createStager)
        expect(report.connections).toHaveLength(1)
        expect(report.connections[0].message).not.toMatch(/Prerequisites missing/)
        // runJob went as far as asking for a token.
        expect(tokenRequests()).toBeGreaterThan(0)
    })

    it('leaves an unknown connection to runJob, which reports it', () => {
        const { ports } = setup(ALL_PLUGINS)
        const report = runCheckedJob(ports, { trigger: 'continuation', connectionSysId: 'f'.repeat(32) }, createStager)
        expect(report.connections).toEqual([
            expect.objectContaining({ status: 'failed', message: expect.stringContaining('No connection') }),
        ])
    })
})
