import type { Platform } from '../../ports/platform'
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
