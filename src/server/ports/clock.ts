/** Wall-clock time in epoch milliseconds (GlideDateTime on the instance). */
export interface Clock {
    nowMs(): number
    /**
     * Milliseconds on a clock that never jumps (Node's performance.now), for measuring how long
     * something took whatever the wall clock does. Absent on the instance (no such API in Glide).
     */
    monotonicMs?(): number
}

/**
 * Inline waiting. The instance cannot sleep (no gs.sleep in scoped apps), so its waiter has
 * maxInlineWaitMs 0 and every wait becomes a scheduled continuation; Node may block briefly.
 */
export interface Waiter {
    readonly maxInlineWaitMs: number
    wait(ms: number): void
}
