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
    /**
     * @param block blocks the thread for the given ms (default: Atomics.wait on a cell nobody
     * notifies); tests pass a recorder instead of timing a real block.
     */
    constructor(
        readonly maxInlineWaitMs: number,
        private readonly block: (ms: number) => void = blockThread
    ) {}

    wait(ms: number): void {
        if (ms > 0) this.block(Math.min(ms, this.maxInlineWaitMs))
    }
}

const cell = new Int32Array(new SharedArrayBuffer(4))

/** Blocks this thread for `ms`: nobody ever notifies the cell, so Atomics.wait runs to its timeout. */
export function blockThread(ms: number): void {
    Atomics.wait(cell, 0, 0, ms)
}
