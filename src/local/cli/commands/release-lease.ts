import { releaseLease } from '../../../server/core/actions/release-lease'
import { parseCommonArgs } from '../args'
import { EXIT } from '../cli-io'
import type { CliIo } from '../cli-io'
import { loadLocalConfig } from '../local-config'
import { openRuntime } from '../local-runtime'

/**
 * `ml-connector release-lease --config FILE`: the CLI twin of the connection form's Release lease
 * action. Frees the run lease a dead runner left in the database (e.g. one that ran under a clock
 * set ahead), audited under the config's localInstance.user. A live runner loses it at its next
 * renewal and stops after its current page. Exit 0 when released or none was held, 1 otherwise.
 */
export function runReleaseLease(argv: readonly string[], io: CliIo): number {
    const args = parseCommonArgs(argv, false)
    const config = loadLocalConfig(args.config)
    const runtime = openRuntime(config, { logLevel: 'silent', env: io.env, writeConnection: false })
    try {
        if (!runtime.connectionSysId) {
            io.err(`No connection "${config.name}" in ${config.database}: it holds no lease.`)
            return EXIT.failed
        }
        const messages = releaseLease(runtime.ports, runtime.connectionSysId, config.localInstance.user)
        for (const message of messages) {
            if (message.level === 'error') io.err(message.text)
            else io.out(message.text)
        }
        return messages.some((m) => m.level === 'error') ? EXIT.failed : EXIT.ok
    } finally {
        runtime.close()
    }
}
