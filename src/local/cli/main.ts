/** `ml-connector <command>`: the Node runner of the very engine the ServiceNow app ships. */
const USAGE = `Usage: ml-connector <command> [options]

Commands:
  emulator [--port N] [--seed N] [--invoices N] [--orders N] [--faults spec]
                                   start the IFS Cloud emulator
  sync --config FILE [--json]      run one sync into the local SQLite database
  ping --config FILE               check the IFS tenant (and ServiceNow instance) before installing
  status --config FILE             last runs and open flags by reason
  demo                             emulator + two syncs into .ml-connector/demo.db (npm start)

The IFS client secret is read from the environment variable named in the config file
(default ML_CONNECTOR_CLIENT_SECRET), never from the file or a flag.`

export async function main(argv: readonly string[]): Promise<number> {
    const [command] = argv
    switch (command) {
        case undefined:
        case 'help':
        case '--help':
        case '-h':
            process.stdout.write(USAGE + '\n')
            return command === undefined ? 2 : 0
        default:
            process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`)
            return 2
    }
}

main(process.argv.slice(2)).then(
    (code) => {
        process.exitCode = code
    },
    (error: unknown) => {
        process.stderr.write(`ml-connector: ${error instanceof Error ? error.message : String(error)}\n`)
        process.exitCode = 1
    }
)
