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
    const plugins = new Map<string, PluginRequirement>()
    const roles = new Set<string>()
    for (const partition of connection.partitions) {
        const requirement = PLATFORM_REQUIREMENTS[connection.fieldMapPreset][partition.objectType]
        for (const plugin of requirement.plugins) plugins.set(plugin.id, plugin)
        for (const role of requirement.roles) roles.add(role)
    }

    const lines: PrerequisiteLine[] = []
    for (const plugin of plugins.values()) {
        const active = platform.isPluginActive(plugin.id)
        lines.push({
            check: `Plugin ${plugin.label} (${plugin.id}) is active`,
            passed: active,
            reason: active ? 'active' : `activate the plugin ${plugin.id} (System Definition > Plugins)`,
        })
    }
    for (const table of new Set(connection.partitions.map((p) => p.targetTable))) {
        const columns = platform.describeTable(table)
        lines.push({
            check: `Target table ${table} exists`,
            passed: columns !== null,
            reason:
                columns === null
                    ? `no table ${table} on this instance: install its plugin or change the target table on the connection`
                    : `${columns.length} columns`,
        })
    }
    // Cross-scope privileges do not grant what a table's own Application Access refuses: the app
    // reads, creates and updates target records from its own scope.
    if (platform.tableAccess) {
        for (const table of new Set(connection.partitions.map((p) => p.targetTable))) {
            const access = platform.tableAccess(table)
            if (access === null) continue // reported above as a missing table
            lines.push(...accessLines(table, access))
        }
    }
    const user = platform.runAsUserName()
    for (const role of roles) {
        const held = platform.runAsUserHasRole(role)
        lines.push({
            check: `Run-as user ${user} has role ${role}`,
            passed: held,
            reason: held ? 'granted' : `grant ${role} to ${user}, or set a run-as user who has it on the scheduled job`,
        })
    }
    return lines
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
