import { parseArgs } from 'util'

export class UsageError extends Error {
    constructor(message: string) {
        super(message)
        this.name = 'UsageError'
    }
}

export interface CommonArgs {
    config: string
    json: boolean
    verbose: boolean
}

/** `--config FILE [--json] [--verbose]`, strictly: an unknown flag (e.g. --secret) is a usage error. */
export function parseCommonArgs(argv: readonly string[], allowJson: boolean): CommonArgs {
    let values: { config?: string; json?: boolean; verbose?: boolean }
    try {
        ;({ values } = parseArgs({
            args: [...argv],
            options: {
                config: { type: 'string', short: 'c' },
                json: { type: 'boolean' },
                verbose: { type: 'boolean', short: 'v' },
            },
            strict: true,
            allowPositionals: false,
        }))
    } catch (error) {
        throw new UsageError((error as Error).message)
    }
    if (values.json && !allowJson) throw new UsageError('--json is not available for this command')
    if (!values.config) throw new UsageError('--config FILE is required')
    return { config: values.config, json: values.json === true, verbose: values.verbose === true }
}
