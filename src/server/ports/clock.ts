/** Wall-clock time in epoch milliseconds (GlideDateTime on the instance). */
export interface Clock {
    nowMs(): number
}

/**
 * Inline waiting. The instance cannot sleep (no gs.sleep in scoped apps), so its waiter has
 * maxInlineWaitMs 0 and every wait becomes a scheduled continuation; Node may block briefly.
 */
export interface Waiter {
    readonly maxInlineWaitMs: number
    wait(ms: number): void
}
