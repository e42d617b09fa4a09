import { EMULATED_TYPES } from './dataset/emulated-types'
import { IFS_DOCUMENTS } from './dataset/ifs-schema'
import { EMULATOR_USAGE, EmulatorUsageError, parseEmulatorArgs } from './cli-options'
import { startEmulator, type RunningEmulator } from './start-emulator'

export interface EmulatorCliIo {
    out(line: string): void
    err(line: string): void
    env: Readonly<Record<string, string | undefined>>
}

const processIo: EmulatorCliIo = {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
    env: process.env,
}

/**
 * `ml-connector emulator ...`: starts the emulator and serves until SIGINT/SIGTERM (then 0).
 * The first stdout line is always `IFS emulator listening on <url>`, so a parent process can read it.
 * `onStarted` is for callers (tests) that want the running emulator.
 */
export async function runEmulatorCli(
    argv: string[],
    io: EmulatorCliIo = processIo,
    onStarted?: (emulator: RunningEmulator) => void
): Promise<number> {
    // A flag, not an option with a value: `--help` anywhere prints the usage and starts nothing.
    if (argv.includes('--help') || argv.includes('-h')) {
        io.out(EMULATOR_USAGE)
        return 0
    }
    let emulator: RunningEmulator
    let generatedSecret: string | null
    try {
        const parsed = parseEmulatorArgs(argv, io.env)
        generatedSecret = parsed.generatedSecret
        emulator = await startEmulator(parsed.options)
    } catch (e) {
        if (e instanceof EmulatorUsageError) {
            io.err(e.message)
            io.err(EMULATOR_USAGE)
            return 2
        }
        io.err(`The emulator could not start: ${(e as Error).message}`)
        return 1
    }
    const docs = emulator.control.dataset.documents
    io.out(`IFS emulator listening on ${emulator.url}`)
    io.out(`realm: ${emulator.realm}`)
    io.out(`token URL: ${emulator.tokenUrl}`)
    io.out(`client id: ${emulator.clients[0].clientId}`)
    if (generatedSecret) io.out(`client secret (generated for this emulator): ${generatedSecret}`)
    else io.out('client secret: from IFS_EMULATOR_CLIENT_SECRET')
    io.out(`companies: ${emulator.control.dataset.companies.join(', ')}`)
    io.out(EMULATED_TYPES.map((t) => `${IFS_DOCUMENTS[t].plural}: ${docs[t].size}`).join(', '))
    if (emulator.control.faultRules().length) io.out(`faults: ${JSON.stringify(emulator.control.faultRules())}`)
    onStarted?.(emulator)
    const stop = () => void emulator.close()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    await emulator.closed
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
    return 0
}
