import { AuditTrail } from '../../server/core/audit/audit-trail'
import type { ConnectionConfig } from '../../server/core/config/connection-config'
import { createIfsClient } from '../../server/core/ifs/ifs-client'
import type { IfsClient } from '../../server/core/ifs/ifs-client'
import { newRequestCounters } from '../../server/core/ifs/request-counters'
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

/** The connection's IFS client outside a run: audited without a run record, redacted, rate-limited. */
export function tenantClient(runtime: LocalRuntime, connection: ConnectionConfig): IfsClient {
    const audit = new AuditTrail(runtime.store, runtime.ports.clock, runtime.redactor, {
        connectionSysId: connection.sysId,
        runSysId: '',
    })
    return createIfsClient({
        ports: runtime.ports,
        connection,
        audit,
        redactor: runtime.redactor,
        counters: newRequestCounters(),
    })
}
