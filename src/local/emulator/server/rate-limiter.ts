/** At most `perMinute` requests per client in any rolling 60 s; refused requests do not count. */
export class RateLimiter {
    private readonly windows = new Map<string, number[]>()

    constructor(
        public perMinute: number,
        private readonly now: () => number
    ) {}

    /** Null when admitted, else the seconds until a slot frees up (Retry-After). */
    admit(clientId: string): number | null {
        const t = this.now()
        const window = this.windows.get(clientId) ?? []
        while (window.length && window[0] <= t - 60_000) window.shift()
        this.windows.set(clientId, window)
        if (window.length >= this.perMinute) return Math.max(1, Math.ceil((window[0] + 60_000 - t) / 1000))
        window.push(t)
        return null
    }

    reset(): void {
        this.windows.clear()
    }
}
