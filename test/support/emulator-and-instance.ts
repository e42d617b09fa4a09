import { startEmulatorProcess } from './emulator-process'
import type { EmulatorProcess } from './emulator-process'
import { startFakeServiceNow } from './fake-servicenow'
import type { FakeInstanceState, FakeServiceNow } from './fake-servicenow'
import { startedTogether } from './started-together'

/**
 * An emulator process and a fake ServiceNow instance for a file that checks both sides (`ping`):
 * started together in beforeAll (neither start waits on the other; one failing stops the other),
 * both stopped in afterAll.
 */
export interface EmulatorAndInstance {
    /** Set in beforeAll. */
    readonly emulator: EmulatorProcess
    /** Set in beforeAll, in the state the file asked for. */
    readonly instance: FakeServiceNow
}

export function emulatorAndInstanceForFile(options: {
    /** The emulator's arguments (`--port 0` is added). */
    args: readonly string[]
    clientSecret: string
    instance: FakeInstanceState
}): EmulatorAndInstance {
    let started: [EmulatorProcess, FakeServiceNow] | undefined
    beforeAll(async () => {
        started = await startedTogether(
            startEmulatorProcess(options.args, { clientSecret: options.clientSecret }),
            startFakeServiceNow(options.instance)
        )
    })
    afterAll(async () => {
        await Promise.all(started?.map((s) => s.stop()) ?? [])
    })
    return {
        // Read by hooks that run after a failed beforeAll too: undefined then, as a `let` would be.
        get emulator() {
            return started?.[0] as EmulatorProcess
        },
        get instance() {
            return started?.[1] as FakeServiceNow
        },
    }
}

/** The `servicenow` part of a config that reaches a fake instance as the ping tests' service user. */
export function fakeInstanceSettings(url: string): Record<string, unknown> {
    return { instanceUrl: url, user: 'svc_mlc', passwordEnv: 'SN_PW' }
}
