import type { ConnectionConfig } from '../../server/core/config/connection-config'
import type { IfsClient } from '../../server/core/ifs/ifs-client'
import { openSession } from '../../server/core/session/connection-session'
import { parseCommonArgs } from './args'
import type { CommonArgs } from './args'
import { scrubbedIo } from './cli-io'
import type { CliIo } from './cli-io'
import { loadLocalConfig } from './local-config'
import type { LocalConfig } from './local-config'
import { openRuntime } from './local-runtime'
import type { LocalRuntime } from './local-runtime'

/** A command that only looks at the tenant (ping, propose-mapping): its arguments, config, runtime and scrubbed output. */
export interface TenantLook {
    args: CommonArgs
    config: LocalConfig
    runtime: LocalRuntime
    safe: CliIo
}

/** Opens the runtime over an in-memory database, so looking at the tenant leaves no trace on disk. */
export function openTenantLook(argv: readonly string[], io: CliIo): TenantLook {
    const args = parseCommonArgs(argv, true)
    const config = { ...loadLocalConfig(args.config), database: ':memory:' }
    const runtime = openRuntime(config, {
        logLevel: args.verbose ? 'debug' : 'silent',
        env: io.env,
        writeConnection: false,
    })
    return { args, config, runtime, safe: scrubbedIo(io, runtime.redactor) }
}

/**
 * The connection's IFS client outside a run: the session Test connection opens on the instance
 * (audited without a run record, redacted, rate-limited), with the runtime's redactor.
 */
export function tenantClient(runtime: LocalRuntime, connection: ConnectionConfig): IfsClient {
    return openSession(runtime.ports, connection, { runSysId: '', redactor: runtime.redactor }).reader()
}
