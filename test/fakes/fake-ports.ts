import { NodeDigest } from '../../src/local/node-ports/node-digest'
import type { Ports } from '../../src/server/ports/ports'
import type { Http } from '../../src/server/ports/http'
import type { Log } from '../../src/server/ports/log'
import type { ColumnInfo, Platform } from '../../src/server/ports/platform'
import { TARGET_TABLE_SCHEMAS } from '../../src/server/core/staging/field-maps'
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

/** Every column any shipped field map writes or reads: a permissive table has them all. */
const EVERY_MAPPED_COLUMN: ColumnInfo[] = [
    ...new Map(
        Object.values(TARGET_TABLE_SCHEMAS)
            .flat()
            .map((c) => [c.name, { ...c, mandatory: false }] as const)
    ).values(),
]

/**
 * A platform where every plugin, table and role is present, every table with every column the
 * shipped field maps use (override per test; the dictionary check is field-map-check.test.ts's).
 */
export const permissivePlatform: Platform = {
    isPluginActive: () => true,
    describeTable: () => EVERY_MAPPED_COLUMN,
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
