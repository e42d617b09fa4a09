import { UsageError } from './args'
import { EXIT, processIo } from './cli-io'
import type { CliIo } from './cli-io'
import { runDemo } from './commands/demo'
import { runEmulator } from './commands/emulator'
import { runPing } from './commands/ping'
import { runProposeMapping } from './commands/propose-mapping'
import { runReleaseLease } from './commands/release-lease'
import { runStatus } from './commands/status'
import { runSync } from './commands/sync'
import { ConfigFileError } from './local-config'
import { EMULATOR_USAGE } from '../emulator/cli-options'

/** `ml-connector <command>`: the Node runner of the very engine the ServiceNow app ships. */
const USAGE = `Usage: ml-connector <command> [options]

Commands:
  emulator [--port N] [--seed N] [--invoices N] [--orders N] [--faults spec]
                                   start the IFS Cloud emulator
  sync --config FILE [--json]      run one sync into the local SQLite database
  ping --config FILE               check the IFS tenant (and ServiceNow instance) before installing
  propose-mapping --config FILE    propose IFS field names from the tenant's $metadata (prints, never saves)
  status --config FILE             last runs and open flags by reason
  release-lease --config FILE      free the run lease a dead runner left behind (audited)
  demo                             emulator + three syncs into .ml-connector/demo.db (npm start)

The IFS client secret is read from the environment variable named in the config file
(default ML_CONNECTOR_CLIENT_SECRET), never from the file or a flag.`

/** What `ml-connector <command> --help` prints: the command's own usage. */
const COMMAND_USAGE: Readonly<Record<string, string>> = {
    emulator: EMULATOR_USAGE,
    sync: `Usage: ml-connector sync --config FILE [--json] [--verbose]
  Runs one sync of the connection in FILE into its SQLite database and prints the run's totals.`,
    ping: `Usage: ml-connector ping --config FILE [--json] [--verbose]
  Checks the IFS tenant (token; each entity set's names against its $metadata, then one read with
  the sync's own query) and the ServiceNow instance, if configured.`,
    'propose-mapping': `Usage: ml-connector propose-mapping --config FILE [--json] [--verbose]
  Reads the $metadata of every service the connection reads and proposes, per document type and
  canonical field, the most alike property by name and type: printed as the source-mapping override
  JSON with a confidence note per field. Nothing is written: confirm each name, then edit the config.`,
    status: `Usage: ml-connector status --config FILE [--json] [--verbose]
  Last runs, open flags by reason and the cursor of each object type.`,
    'release-lease': `Usage: ml-connector release-lease --config FILE
  Frees the run lease of the connection in FILE whatever its expiry says, for a runner that died
  holding it (for example under a clock set ahead). Audited. A runner that is in fact alive loses
  the lease at its next renewal and stops after its current page.`,
    demo: `Usage: ml-connector demo [--invoices N] [--orders N]
  Starts the emulator and runs three syncs into .ml-connector/demo.db (npm start).`,
}

/** What each command runs: the arguments after the command's name, and the streams. */
type Command = (argv: readonly string[], io: CliIo) => number | Promise<number>

const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
    ['emulator', runEmulator],
    ['sync', runSync],
    ['ping', runPing],
    ['propose-mapping', runProposeMapping],
    ['status', runStatus],
    ['release-lease', runReleaseLease],
    ['demo', runDemo],
])

const HELP_FLAGS: readonly (string | undefined)[] = [undefined, 'help', '--help', '-h']

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
    const [command, ...rest] = argv
    const run = command === undefined ? undefined : COMMANDS.get(command)
    if (command === undefined || run === undefined) return generalHelp(command, io)
    if (rest.includes('--help') || rest.includes('-h')) {
        io.out(COMMAND_USAGE[command])
        return EXIT.ok
    }
    try {
        return await run(rest, io)
    } catch (error) {
        return refused(command, error, io)
    }
}

/** `ml-connector`, `ml-connector help`, or a command that does not exist. */
function generalHelp(command: string | undefined, io: CliIo): number {
    if (HELP_FLAGS.includes(command)) {
        io.out(USAGE)
        return command === undefined ? EXIT.usage : EXIT.ok
    }
    io.err(`Unknown command "${command}".\n\n${USAGE}`)
    return EXIT.usage
}

/** Usage and config-file errors exit 2 with their message; anything else is a crash (exit 1). */
function refused(command: string, error: unknown, io: CliIo): number {
    if (error instanceof UsageError) {
        io.err(`ml-connector ${command}: ${error.message}\n\n${USAGE}`)
        return EXIT.usage
    }
    if (error instanceof ConfigFileError) {
        io.err(`ml-connector ${command}: the config file has problems: ${error.message}`)
        return EXIT.usage
    }
    throw error
}

if (require.main === module) start()

export function start(): void {
    main(process.argv.slice(2)).then(
        (code) => {
            process.exitCode = code
            // The emulator command serves until killed; every other command ends here.
        },
        (error: unknown) => {
            process.stderr.write(`ml-connector: ${error instanceof Error ? error.message : String(error)}\n`)
            process.exitCode = 1
        }
    )
}
