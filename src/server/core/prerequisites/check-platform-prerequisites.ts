import type { Platform, TableAccess } from '../../ports/platform'
import type { ConnectionConfig } from '../config/connection-config'
import { PLATFORM_REQUIREMENTS } from './platform-requirements'
import type { PluginRequirement } from './platform-requirements'
import type { PrerequisiteLine } from './prerequisite-line'

/**
 * The instance side of the checklist for one connection: the plugins and roles its presets and
 * object types need, and that every configured target table exists. Each item is checked once.
 */
export function checkPlatformPrerequisites(platform: Platform, connection: ConnectionConfig): PrerequisiteLine[] {
    const { plugins, roles } = requirementsOf(connection)
    const tables = [...new Set(connection.partitions.map((p) => p.targetTable))]
    const lines = [
        ...[...plugins.values()].map((plugin) => pluginLine(platform, plugin)),
        ...tables.map((table) => tableLine(platform, table)),
        ...tableAccessLines(platform, tables),
    ]
    const user = platform.runAsUserName()
    return [...lines, ...[...roles].map((role) => roleLine(platform, user, role))]
}

/** The plugins (each once) and roles the connection's preset needs for its object types. */
function requirementsOf(connection: ConnectionConfig): { plugins: Map<string, PluginRequirement>; roles: Set<string> } {
    const plugins = new Map<string, PluginRequirement>()
    const roles = new Set<string>()
    for (const partition of connection.partitions) {
        const requirement = PLATFORM_REQUIREMENTS[connection.fieldMapPreset][partition.objectType]
        for (const plugin of requirement.plugins) plugins.set(plugin.id, plugin)
        for (const role of requirement.roles) roles.add(role)
    }
    return { plugins, roles }
}

function pluginLine(platform: Platform, plugin: PluginRequirement): PrerequisiteLine {
    const active = platform.isPluginActive(plugin.id)
    return {
        check: `Plugin ${plugin.label} (${plugin.id}) is active`,
        passed: active,
        reason: active ? 'active' : `activate the plugin ${plugin.id} (System Definition > Plugins)`,
    }
}

function tableLine(platform: Platform, table: string): PrerequisiteLine {
    const columns = platform.describeTable(table)
    return {
        check: `Target table ${table} exists`,
        passed: columns !== null,
        reason:
            columns === null
                ? `no table ${table} on this instance: install its plugin or change the target table on the connection`
                : `${columns.length} columns`,
    }
}

/**
 * Cross-scope privileges do not grant what a table's own Application Access refuses: the app
 * reads, creates and updates target records from its own scope. A missing table is reported by
 * tableLine; a platform that cannot tell (Node) adds no lines.
 */
function tableAccessLines(platform: Platform, tables: readonly string[]): PrerequisiteLine[] {
    const readAccess = platform.tableAccess
    if (!readAccess) return []
    const lines: PrerequisiteLine[] = []
    for (const table of tables) {
        const access = readAccess.call(platform, table)
        if (access !== null) lines.push(...accessLines(table, access))
    }
    return lines
}

function roleLine(platform: Platform, user: string, role: string): PrerequisiteLine {
    const held = platform.runAsUserHasRole(role)
    return {
        check: `Run-as user ${user} has role ${role}`,
        passed: held,
        reason: held ? 'granted' : `grant ${role} to ${user}, or set a run-as user who has it on the scheduled job`,
    }
}

const SETTINGS = 'System Definition > Tables'

/** One line per Application Access setting the app relies on, each naming the setting to change. */
function accessLines(table: string, access: TableAccess): PrerequisiteLine[] {
    const where = `${SETTINGS} > ${table} > Application Access`
    const line = (what: string, passed: boolean, fix: string): PrerequisiteLine => ({
        check: `Target table ${table} lets other application scopes ${what}`,
        passed,
        reason: passed
            ? 'allowed'
            : `${fix} (${where}; owned by the table's application, ask its owner if it is not yours)`,
    })
    return [
        line('reach it', access.allScopes, 'set "Accessible from" to All application scopes'),
        line('read records', access.canRead, 'tick "Can read"'),
        line('create records', access.canCreate, 'tick "Can create"'),
        line('update records', access.canUpdate, 'tick "Can update"'),
    ]
}
