import { runEmulatorCli } from '../../emulator/main'
import type { CliIo } from '../cli-io'

/** `ml-connector emulator ...`: the emulator's own CLI serves until SIGINT/SIGTERM. */
export function runEmulator(argv: readonly string[], io: CliIo): Promise<number> {
    return runEmulatorCli([...argv], io)
}
