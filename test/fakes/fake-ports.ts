import { NodeDigest } from '../../src/local/node-ports/node-digest'
import type { Ports } from '../../src/server/ports/ports'
import type { Http } from '../../src/server/ports/http'
import type { Log } from '../../src/server/ports/log'
import type { Platform } from '../../src/server/ports/platform'
import type { Scheduler } from '../../src/server/ports/scheduler'
import type { TokenSource } from '../../src/server/ports/token-source'
import { FakeClock, FakeWaiter } from './fake-clock'
import { MemoryStore } from './memory-store'

class RecordingScheduler implements Scheduler {
    readonly continuations: { connectionSysId: string; atMs: number; reason: string }[] = []
    scheduleContinuation(connectionSysId: string, atMs: number, reason: string): void {
        this.continuations.push({ connectionSysId, atMs, reason })
    }
}

class RecordingLog implements Log {
    readonly lines: { level: string; message: string }[] = []
    debug(message: string): void {
        this.lines.push({ level: 'debug', message })
    }
    info(message: string): void {
        this.lines.push({ level: 'info', message })
    }
    warn(message: string): void {
        this.lines.push({ level: 'warn', message })
    }
    error(message: string): void {
        this.lines.push({ level: 'error', message })
    }
}

/** A platform where every plugin, table and role is present (override per test). */
export const permissivePlatform: Platform = {
    isPluginActive: () => true,
    describeTable: () => [],
    runAsUserHasRole: () => true,
    runAsUserName: () => 'sync.user',
}

export interface FakePorts extends Ports {
    store: MemoryStore
    clock: FakeClock
    waiter: FakeWaiter
    scheduler: RecordingScheduler
    log: RecordingLog
}

/** Ports made of fakes; pass what the test scripts (http, tokens), the rest defaults. */
export function fakePorts(parts: {
    http: Http
    tokens: TokenSource
    store?: MemoryStore
    clock?: FakeClock
    maxInlineWaitMs?: number
    workerId?: string
}): FakePorts {
    const clock = parts.clock ?? new FakeClock()
    return {
        http: parts.http,
        tokensFor: () => parts.tokens,
        store: parts.store ?? new MemoryStore({ nowMs: () => clock.nowMs() }),
        clock,
        waiter: new FakeWaiter(clock, parts.maxInlineWaitMs ?? 0),
        scheduler: new RecordingScheduler(),
        platform: permissivePlatform,
        log: new RecordingLog(),
        digest: new NodeDigest(),
        workerId: parts.workerId ?? 'worker-1',
    }
}
