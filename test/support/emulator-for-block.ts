import { startEmulatorProcess } from './emulator-process'
import type { EmulatorProcess } from './emulator-process'
import { tempDir } from './run-cli'

/**
 * One emulator process and one temporary folder for the enclosing describe block (or file): the
 * process starts in beforeAll and stops in afterAll, so a block only names its data and faults.
 */
export interface EmulatorForBlock {
    /** Set in beforeAll. */
    readonly emulator: EmulatorProcess
    /** The block's temporary folder (configs, databases); set in beforeAll. */
    readonly dir: string
}

export function emulatorForBlock(options: {
    /** The emulator's arguments (`--port 0` is added). */
    args: readonly string[]
    clientSecret: string
    tempPrefix: string
}): EmulatorForBlock {
    let emulator: EmulatorProcess | undefined
    let dir = ''
    beforeAll(async () => {
        emulator = await startEmulatorProcess(options.args, { clientSecret: options.clientSecret })
        dir = tempDir(options.tempPrefix)
    })
    afterAll(async () => {
        await emulator?.stop()
    })
    return {
        get emulator(): EmulatorProcess {
            if (!emulator) throw new Error('the emulator starts in beforeAll')
            return emulator
        },
        get dir(): string {
            return dir
        },
    }
}

/** The `ifs` part of a config that reaches a local emulator under its default names and client. */
export function emulatorTenant(url: string): Record<string, unknown> {
    return { url, realm: 'ifs', clientId: 'ml-connector', insecureLocalEmulator: true }
}
