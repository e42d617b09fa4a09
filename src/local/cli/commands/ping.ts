import { describeConfigErrors } from '../../../server/core/config/config-error'
import { parseConnection } from '../../../server/core/config/parse-connection'
import type { ConnectionConfig } from '../../../server/core/config/connection-config'
import { displayUrl } from '../../../server/core/odata/url-parts'
import { checkIfsPrerequisites } from '../../../server/core/prerequisites/check-ifs-prerequisites'
import { checkPlatformPrerequisites } from '../../../server/core/prerequisites/check-platform-prerequisites'
import { readFieldMapRows } from '../../../server/core/staging/run-targets'
import type { PrerequisiteLine } from '../../../server/core/prerequisites/prerequisite-line'
import { isLoopbackHost } from '../../http/loopback-emulator-http'
import { RestPlatform } from '../../servicenow/rest-platform'
import { loginToServiceNow } from '../../servicenow/servicenow-login'
import { TableApiClient } from '../../servicenow/table-api-client'
import { EXIT } from '../cli-io'
import type { CliIo } from '../cli-io'
import { connectionRecordOf, connectionTypeValues } from '../connection-row'
import type { LocalConfig } from '../local-config'
import type { LocalRuntime } from '../local-runtime'
import { openTenantLook, tenantClient } from '../tenant-session'

/**
 * `ml-connector ping --config FILE`: what a customer needs before installing. Nothing is staged;
 * the runtime's database is an in-memory one, so a ping leaves no trace on disk.
 */
export function runPing(argv: readonly string[], io: CliIo): number {
    const { args, config, runtime, safe } = openTenantLook(argv, io)
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
    const record = connectionRecordOf(config)
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
    lines.push(...checkIfsPrerequisites(tenantClient(runtime, connection), connection))
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
        // The field map is the one this runner would stage with (its database's rows, else the shipped preset).
        const rows = readFieldMapRows(runtime.store)
        const platform = new RestPlatform(api, settings.user)
        lines.push(...checkPlatformPrerequisites(platform, connection, rows))
        if (platform.unreadChoices !== null)
            lines.push({
                check: 'Choice values of the target columns (sys_choice) are readable',
                passed: false,
                reason: `${platform.unreadChoices}: constants were not checked against their columns' choices; let ${settings.user} read sys_choice`,
            })
    } catch (error) {
        lines.push({
            check: 'ServiceNow prerequisites (plugins, tables, roles)',
            passed: false,
            reason: (error as Error).message,
        })
    }
    return lines
}
