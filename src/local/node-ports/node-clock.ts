import type { Clock, Waiter } from '../../server/ports/clock'

export class NodeClock implements Clock {
    nowMs(): number {
        return Date.now()
    }

    monotonicMs(): number {
        return performance.now()
    }
}

/**
 * Node may block the runner's thread (it serves nobody else), so short throttles are waited out
 * inline; longer ones still become continuations, exactly as on the instance.
 */
export class NodeWaiter implements Waiter {
    private readonly cell = new Int32Array(new SharedArrayBuffer(4))

    constructor(readonly maxInlineWaitMs: number) {}

    wait(ms: number): void {
        if (ms > 0) Atomics.wait(this.cell, 0, 0, Math.min(ms, this.maxInlineWaitMs))
    }
}
