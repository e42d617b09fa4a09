import type { Clock, Waiter } from '../../src/server/ports/clock'

/**
 * A clock that moves only when told: by tests (advance/set), by the fake waiter, or by fake
 * ports that model time spent on the wire (FakeClock.advance from a scripted Http).
 */
export class FakeClock implements Clock {
    constructor(private now: number = Date.UTC(2026, 0, 15, 8, 0, 0)) {}

    nowMs(): number {
        return this.now
    }

    advance(ms: number): void {
        if (ms < 0) throw new Error('FakeClock cannot go backwards')
        this.now += ms
    }

    set(ms: number): void {
        this.now = ms
    }
}

/**
 * A waiter that "sleeps" by advancing the fake clock, and records every wait. maxInlineWaitMs 0
 * mimics the instance (every wait becomes a deferral); a larger value mimics Node.
 */
export class FakeWaiter implements Waiter {
    readonly waits: number[] = []

    constructor(
        private readonly clock: FakeClock,
        readonly maxInlineWaitMs: number = 0
    ) {}

    wait(ms: number): void {
        if (ms > this.maxInlineWaitMs) {
            throw new Error(`FakeWaiter asked to wait ${ms} ms, above maxInlineWaitMs ${this.maxInlineWaitMs}`)
        }
        this.waits.push(ms)
        if (ms > 0) this.clock.advance(ms)
    }

    get totalWaitedMs(): number {
        return this.waits.reduce((a, b) => a + b, 0)
    }
}
