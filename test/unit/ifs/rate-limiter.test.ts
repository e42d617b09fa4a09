import { RollingWindowLimiter } from '../../../src/server/core/ifs/rate-limiter'

describe('RollingWindowLimiter', () => {
    it('lets N requests through, then asks to wait until the oldest leaves the 60 s window', () => {
        const l = new RollingWindowLimiter(3)
        for (const t of [0, 10, 20]) {
            expect(l.delayMs(t)).toBe(0)
            l.record(t)
        }
        expect(l.delayMs(30)).toBe(59_970)
        expect(l.delayMs(59_999)).toBe(1)
        expect(l.delayMs(60_000)).toBe(0)
        l.record(60_000)
        expect(l.delayMs(60_005)).toBe(5)
    })

    it('counts requests of earlier runs given at construction', () => {
        const l = new RollingWindowLimiter(2, 60_000, [1_000, 500])
        expect(l.delayMs(2_000)).toBe(58_500)
        expect(l.delayMs(61_000)).toBe(0)
    })

    it('never allows more than N in any window when driven by its own delays', () => {
        const l = new RollingWindowLimiter(7)
        let now = 0
        const times: number[] = []
        for (let i = 0; i < 100; i++) {
            now += l.delayMs(now)
            l.record(now)
            times.push(now)
            now += 1 + (i % 5) * 300
        }
        for (let i = 0; i < times.length; i++) {
            const inWindow = times.filter((t) => t >= times[i] && t < times[i] + 60_000).length
            expect(inWindow).toBeLessThanOrEqual(7)
        }
    })

    it('refuses a ceiling below one', () => {
        expect(() => new RollingWindowLimiter(0)).toThrow()
    })
})
