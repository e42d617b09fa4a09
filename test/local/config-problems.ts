import { ConfigFileError, parseLocalConfig } from '../../src/local/cli/local-config'

/** The smallest valid config file. */
export const BASE_CONFIG = {
    name: 'Acme',
    ifs: { url: 'https://acme.ifs.cloud', realm: 'acme', clientId: 'mlc' },
    companies: ['10'],
    database: 'x.db',
}

/** The problems a config file is refused with; none when it parses. */
export function problemsOf(raw: unknown): string[] {
    try {
        parseLocalConfig(raw, '/cfg')
    } catch (error) {
        if (error instanceof ConfigFileError) return [...error.problems]
        throw error
    }
    return []
}
