import * as path from 'path'
import { startEmulatorProcess } from './emulator-process'
import type { EmulatorProcess } from './emulator-process'
import { runCli, tempDir, writeJson } from './run-cli'
import type { CliResult } from './run-cli'

/**
 * One emulator process and one temporary folder for the enclosing describe block (or file): the
 * process starts in beforeAll and stops in afterAll, so a block only names its data and faults.
 */
export interface EmulatorForBlock {
    /** Set in beforeAll. */
    readonly emulator: EmulatorProcess
    /** The block's temporary folder (configs, databases); set in beforeAll. */
    readonly dir: string
    /**
     * `ml-connector sync --json` with a config of `connection`'s keys plus this emulator's tenant,
     * written to the block's folder; a relative database lies there too.
     */
    sync(connection: Record<string, unknown>): Promise<CliResult>
}

export function emulatorForBlock(options: {
    /** The emulator's arguments (`--port 0` is added). */
    args: readonly string[]
    clientSecret: string
    tempPrefix: string
}): EmulatorForBlock {
    let emulator: EmulatorProcess | undefined
    let dir = ''
    let configs = 0
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
        async sync(connection) {
            const config = writeJson(path.join(dir, `config-${++configs}.json`), {
                ...connection,
                ifs: emulatorTenant(this.emulator.url),
            })
            return runCli(['sync', '--config', config, '--json'], { ML_CONNECTOR_CLIENT_SECRET: options.clientSecret })
        },
    }
}

/** The `ifs` part of a config that reaches a local emulator under its default names and client. */
export function emulatorTenant(url: string): Record<string, unknown> {
    return { url, realm: 'ifs', clientId: 'ml-connector', insecureLocalEmulator: true }
}
