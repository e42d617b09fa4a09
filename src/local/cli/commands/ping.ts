import { AuditTrail } from '../../../server/core/audit/audit-trail'
import { describeConfigErrors } from '../../../server/core/config/config-error'
import { parseConnection } from '../../../server/core/config/parse-connection'
import type { ConnectionConfig } from '../../../server/core/config/connection-config'
import { createIfsClient } from '../../../server/core/ifs/ifs-client'
import { newRequestCounters } from '../../../server/core/ifs/request-counters'
import { displayUrl } from '../../../server/core/odata/url-parts'
import { checkIfsPrerequisites } from '../../../server/core/prerequisites/check-ifs-prerequisites'
import { checkPlatformPrerequisites } from '../../../server/core/prerequisites/check-platform-prerequisites'
import type { PrerequisiteLine } from '../../../server/core/prerequisites/prerequisite-line'
import type { StoredRecord } from '../../../server/ports/store'
import { isLoopbackHost } from '../../http/loopback-emulator-http'
import { RestPlatform } from '../../servicenow/rest-platform'
import { loginToServiceNow } from '../../servicenow/servicenow-login'
import { TableApiClient } from '../../servicenow/table-api-client'
import { parseCommonArgs } from '../args'
import { EXIT, scrubbedIo } from '../cli-io'
import type { CliIo } from '../cli-io'
import { connectionTypeValues, connectionValues } from '../connection-row'
import { loadLocalConfig } from '../local-config'
import type { LocalConfig } from '../local-config'
import { openRuntime } from '../local-runtime'
import type { LocalRuntime } from '../local-runtime'

/**
 * `ml-connector ping --config FILE`: what a customer needs before installing. Nothing is staged;
 * the runtime's database is an in-memory one, so a ping leaves no trace on disk.
 */
export function runPing(argv: readonly string[], io: CliIo): number {
    const args = parseCommonArgs(argv, true)
    const config = { ...loadLocalConfig(args.config), database: ':memory:' }
    const runtime = openRuntime(config, {
        logLevel: args.verbose ? 'debug' : 'silent',
        env: io.env,
        writeConnection: false,
    })
    const safe = scrubbedIo(io, runtime.redactor)
    try {
        const lines = pingChecks(runtime, config, io.env)
        if (args.json) safe.out(JSON.stringify({ passed: lines.every((l) => l.passed), checks: lines }, null, 2))
        else {
            safe.out(`Checking "${config.name}"${config.ifs.insecureLocalEmulator ? ' (local emulator)' : ''}:`)
            for (const line of lines) safe.out(`${line.passed ? '  [pass]' : '  [FAIL]'} ${line.check}: ${line.reason}`)
            const failed = lines.filter((l) => !l.passed).length
            safe.out(failed === 0 ? 'All checks passed.' : `${failed} of ${lines.length} checks failed.`)
        }
        return lines.every((l) => l.passed) ? EXIT.ok : EXIT.failed
    } finally {
        runtime.close()
    }
}

function pingChecks(
    runtime: LocalRuntime,
    config: LocalConfig,
    env: Readonly<Record<string, string | undefined>>
): PrerequisiteLine[] {
    const lines: PrerequisiteLine[] = []
    const record = asStoredRecord(connectionValues(config))
    const parsed = parseConnection(record, connectionTypeValues(config))
    if (!parsed.ok) {
        lines.push({
            check: 'Connection settings are valid',
            passed: false,
            reason: describeConfigErrors(parsed.errors),
        })
        return lines
    }
    const connection = parsed.config
    lines.push({ check: 'Connection settings are valid', passed: true, reason: `tenant ${displayUrl(config.ifs.url)}` })
    lines.push(...ifsChecks(runtime, connection))
    if (config.servicenow) lines.push(...serviceNowChecks(runtime, config, connection, env))
    return lines
}

function ifsChecks(runtime: LocalRuntime, connection: ConnectionConfig): PrerequisiteLine[] {
    const lines: PrerequisiteLine[] = []
    const grant = runtime.ports.tokensFor(connection).fetchToken()
    const tokenCheck = `IFS token for client ${runtime.config.ifs.clientId}`
    if (grant.kind !== 'granted') {
        lines.push({ check: tokenCheck, passed: false, reason: grant.message })
        return lines
    }
    lines.push({ check: tokenCheck, passed: true, reason: `granted, valid for ${grant.expiresInSeconds} s` })
    const audit = new AuditTrail(runtime.store, runtime.ports.clock, runtime.redactor, {
        connectionSysId: connection.sysId,
        runSysId: '',
    })
    const reader = createIfsClient({
        ports: runtime.ports,
        connection,
        audit,
        redactor: runtime.redactor,
        counters: newRequestCounters(),
    })
    lines.push(...checkIfsPrerequisites(reader, connection))
    return lines
}

function serviceNowChecks(
    runtime: LocalRuntime,
    config: LocalConfig,
    connection: ConnectionConfig,
    env: Readonly<Record<string, string | undefined>>
): PrerequisiteLine[] {
    const settings = config.servicenow!
    const check = `ServiceNow ${displayUrl(settings.instanceUrl)} accepts ${settings.user}`
    let instance: URL
    try {
        instance = new URL(settings.instanceUrl)
    } catch {
        return [{ check, passed: false, reason: 'servicenow.instanceUrl is not a URL' }]
    }
    // Plain http only to this machine (a test double); a real instance is always https.
    if (instance.protocol !== 'https:' && !(instance.protocol === 'http:' && isLoopbackHost(instance.hostname)))
        return [{ check, passed: false, reason: 'servicenow.instanceUrl must start with https://' }]
    // The instance is reached directly (never through the IFS emulator mapping).
    const login = loginToServiceNow(runtime.http, settings, env, runtime.redactor)
    if (!login.ok) return [{ check, passed: false, reason: login.reason }]
    const api = new TableApiClient(runtime.http, instance.origin, login.auth)
    try {
        const users = api.list('sys_user', [{ field: 'user_name', value: settings.user }], ['user_name', 'active'], 1)
        if (users.length === 0) return [{ check, passed: false, reason: `no user ${settings.user} is visible` }]
    } catch (error) {
        return [{ check, passed: false, reason: (error as Error).message }]
    }
    const lines: PrerequisiteLine[] = [{ check, passed: true, reason: login.how }]
    try {
        lines.push(...checkPlatformPrerequisites(new RestPlatform(api, settings.user), connection))
    } catch (error) {
        lines.push({
            check: 'ServiceNow prerequisites (plugins, tables, roles)',
            passed: false,
            reason: (error as Error).message,
        })
    }
    return lines
}

function asStoredRecord(values: Readonly<Record<string, string | number | boolean | null>>): StoredRecord {
    const out: Record<string, string | null> = { sys_id: 'local' }
    for (const [k, v] of Object.entries(values)) {
        out[k] = v === null ? null : typeof v === 'boolean' ? (v ? '1' : '0') : String(v)
    }
    return out as StoredRecord
}
