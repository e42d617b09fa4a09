import { NodeDigest } from '../../../src/local/node-ports/node-digest'
import type { Ports } from '../../../src/server/ports/ports'
import type { HttpRequest, HttpResult } from '../../../src/server/ports/http'
import type { Platform } from '../../../src/server/ports/platform'
import { permissivePlatform } from '../../fakes/fake-ports'
import type { TokenGrant } from '../../../src/server/ports/token-source'
import { toGlideDateTime } from '../../../src/server/core/domain/glide-time'
import { CONNECTION } from '../../../src/tables'
import { FakeClock, FakeWaiter } from '../../fakes/fake-clock'
import { MemoryStore } from '../../fakes/memory-store'
import { insertTypeRows } from '../../support/connection-types'

/** A connection record that parses: the handlers' happy path. */
export function connectionValues(overrides: Record<string, string | number | boolean | null> = {}) {
    return {
        name: 'ACME IFS',
        active: true,
        tenant_url: 'https://acme.ifs.cloud',
        realm: 'acme',
        oauth_profile: 'f'.repeat(32),
        companies: '10,20',
        ...overrides,
    }
}

export interface TestPorts extends Ports {
    store: MemoryStore
    clock: FakeClock
    scheduled: { connectionSysId: string; atMs: number; reason: string }[]
    requests: HttpRequest[]
}

export interface PortOptions {
    http?: (request: HttpRequest) => HttpResult
    token?: TokenGrant
    platform?: Partial<Platform>
}

/** Ports over the in-memory store and fake clock, with a scripted HTTP and platform. */
export function testPorts(options: PortOptions = {}): TestPorts {
    const store = new MemoryStore()
    const clock = new FakeClock()
    const scheduled: TestPorts['scheduled'] = []
    const requests: HttpRequest[] = []
    const http = options.http ?? (() => ({ kind: 'response', status: 200, headers: {}, body: '{"value":[]}' }))
    return {
        store,
        clock,
        scheduled,
        requests,
        http: {
            send(request) {
                requests.push(request)
                return http(request)
            },
        },
        tokensFor: () => ({
            fetchToken: () =>
                options.token ?? { kind: 'granted', accessToken: 'token-abcdef-123456', expiresInSeconds: 3600 },
        }),
        waiter: new FakeWaiter(clock, 0),
        scheduler: {
            scheduleContinuation(connectionSysId, atMs, reason) {
                scheduled.push({ connectionSysId, atMs, reason })
            },
        },
        platform: {
            isPluginActive: () => true,
            describeTable: permissivePlatform.describeTable,
            runAsUserHasRole: () => true,
            runAsUserName: () => 'ifs.integration',
            ...options.platform,
        },
        log: { debug() {}, info() {}, warn() {}, error() {} },
        digest: new NodeDigest(),
        workerId: 'test-worker',
    }
}

export function insertConnection(
    ports: TestPorts,
    overrides: Record<string, string | number | boolean | null> = {}
): string {
    // The type rows below stage into the brief's tables: the connection names that preset.
    const id = ports.store.insert(CONNECTION.name, connectionValues({ field_map_preset: 'brief', ...overrides }))
    insertTypeRows(ports.store, id)
    return id
}

/** Makes a run hold the connection's lease until `untilMs`. */
export function holdLease(ports: TestPorts, connectionSysId: string, untilMs: number, owner = 'instance:other'): void {
    ports.store.update(CONNECTION.name, connectionSysId, {
        lease_owner: owner,
        lease_expires_at: toGlideDateTime(untilMs),
    })
}
