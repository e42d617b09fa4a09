import type { EmulatorProcess } from '../support/emulator-process'
import { startCanary, type Canary } from './loopback-servers'
import { SMALL_DATA, startEmulator } from './world'

/**
 * The emulator of one describe block: started before its tests, stopped after; `keep` receives
 * it. `unthrottled` lifts the tenant's rate limit, so the suite's own request volume never trips
 * it and every 429 comes from a fault plan.
 */
export function emulatorForBlock(
    keep: (emulator: EmulatorProcess) => void,
    options: { args?: readonly string[]; unthrottled?: boolean } = {}
): void {
    let emulator: EmulatorProcess | undefined
    beforeAll(async () => {
        emulator = await startEmulator(options.args ?? SMALL_DATA)
        if (options.unthrottled) await emulator.control.settings({ rateLimitPerMinute: 1_000_000 })
        keep(emulator)
    })
    afterAll(async () => {
        await emulator?.stop()
    })
}

/** The canary of one describe block (a server that must never be reached), closed after it. */
export function canaryForBlock(keep: (canary: Canary) => void): void {
    let canary: Canary | undefined
    beforeAll(async () => {
        canary = await startCanary()
        keep(canary)
    })
    afterAll(async () => {
        await canary?.close()
    })
}
