/**
 * Rolling-window request ceiling: never more than `ceiling` requests in any `windowMs` span of
 * the clock. Every request of the connection goes through one limiter (data, master data, tokens).
 */
export class RollingWindowLimiter {
    /** Times of the requests still inside the window, oldest first. */
    private readonly sent: number[] = []

    constructor(
        readonly ceiling: number,
        readonly windowMs: number = 60_000,
        /** Requests made before this limiter existed (earlier runs), by time. */
        earlier: readonly number[] = []
    ) {
        if (!Number.isInteger(ceiling) || ceiling < 1) throw new Error('ceiling must be a whole number >= 1')
        this.sent.push(...[...earlier].sort((a, b) => a - b))
    }

    private prune(nowMs: number): void {
        while (this.sent.length > 0 && this.sent[0] <= nowMs - this.windowMs) this.sent.shift()
    }

    /** 0 when a request may go now; otherwise how long until the oldest one leaves the window. */
    delayMs(nowMs: number): number {
        this.prune(nowMs)
        if (this.sent.length < this.ceiling) return 0
        const oldest = this.sent[this.sent.length - this.ceiling]
        return oldest + this.windowMs - nowMs
    }

    record(nowMs: number): void {
        this.sent.push(nowMs)
    }

    get inWindow(): number {
        return this.sent.length
    }
}
