import type { ColumnInfo, Platform, TableAccess } from '../../ports/platform'
import type { ConnectionConfig } from '../config/connection-config'
import { PLATFORM_REQUIREMENTS } from './platform-requirements'
import type { PluginRequirement, RoleRequirement } from './platform-requirements'
import type { PrerequisiteLine } from './prerequisite-line'
import { fieldMapLines } from './field-map-check'
import { compileFieldMap } from '../staging/field-map-rows'
import type { FieldMapRow } from '../staging/field-map-rows'
import { unstagedTypes } from '../config/connection-types'

/**
 * The instance side of the checklist for one connection: the plugins and roles its presets and
 * object types need, that every configured target table exists, that its field map fits the
 * tables' dictionary (field-map-check.ts; `fieldMapRows`: the field-map table's rows, none = the
 * shipped preset) and that the tables let the app read, create and update. Each item is checked once.
 */
export function checkPlatformPrerequisites(
    platform: Platform,
    connection: ConnectionConfig,
    fieldMapRows: readonly FieldMapRow[] = []
): PrerequisiteLine[] {
    platform = describingOnce(platform)
    const { plugins, roles } = requirementsOf(connection)
    const tables = [...new Set(connection.partitions.map((p) => p.targetTable))]
    const lines = [
        ...[...plugins.values()].map((plugin) => pluginLine(platform, plugin)),
        ...tables.map((table) => tableLine(platform, table)),
        ...fieldMapLines(platform, connection, fieldMapRows),
        ...tableAccessLines(platform, [...tables, ...lineTablesOf(connection, fieldMapRows, tables)]),
    ]
    const user = platform.runAsUserName()
    return [
        ...unstagedLines(connection),
        ...lines,
        ...[...roles.values()].map((role) => roleLine(platform, user, role)),
    ]
}

/**
 * The types the connection's preset does not stage, each with why: they are off whatever their
 * row says (receipts under a preset without a receipt table). Not a failure: said, not blocking.
 */
function unstagedLines(connection: ConnectionConfig): PrerequisiteLine[] {
    const preset = connection.fieldMapPreset
    return unstagedTypes(preset).map(({ type, reason }) => ({
        check: `${type.pluralLabel.charAt(0).toUpperCase()}${type.pluralLabel.slice(1)} are off under field map preset ${preset}`,
        passed: true,
        reason: `not staged: ${reason}`,
    }))
}

/** The line tables the connection's field maps write (issue 18), beyond its header tables. */
function lineTablesOf(
    connection: ConnectionConfig,
    rows: readonly FieldMapRow[],
    headerTables: readonly string[]
): string[] {
    const compiled = compileFieldMap(rows, connection)
    if (!compiled.ok) return []
    const lines = connection.partitions.flatMap((p) => compiled.maps[p.objectType]?.lines?.defaultTable ?? [])
    return [...new Set(lines)].filter((t) => !headerTables.includes(t))
}

/** The platform, each table's dictionary read once (the table line and the field-map lines both need it). */
function describingOnce(platform: Platform): Platform {
    const described = new Map<string, readonly ColumnInfo[] | null>()
    const access = platform.tableAccess
    return {
        isPluginActive: (id) => platform.isPluginActive(id),
        describeTable: (table) => {
            if (!described.has(table)) described.set(table, platform.describeTable(table))
            return described.get(table) ?? null
        },
        runAsUserHasRole: (role) => platform.runAsUserHasRole(role),
        runAsUserName: () => platform.runAsUserName(),
        ...(access ? { tableAccess: (table: string) => access.call(platform, table) } : {}),
    }
}

/** The plugins and role requirements (each once) the connection's preset needs for its object types. */
function requirementsOf(connection: ConnectionConfig): {
    plugins: Map<string, PluginRequirement>
    roles: Map<string, RoleRequirement>
} {
    const plugins = new Map<string, PluginRequirement>()
    const roles = new Map<string, RoleRequirement>()
    for (const partition of connection.partitions) {
        const requirement = PLATFORM_REQUIREMENTS[connection.fieldMapPreset][partition.objectType]
        for (const plugin of requirement.plugins) plugins.set(plugin.ids[0], plugin)
        for (const role of requirement.roles) roles.set(role.anyOf.join(' '), role)
    }
    return { plugins, roles }
}

/**
 * Asks for the documented id first, then each alternative form, until the instance answers; the
 * line says which id it answered to (the documentation is ambiguous about store apps' ids).
 */
function pluginLine(platform: Platform, plugin: PluginRequirement): PrerequisiteLine {
    const [documented, ...others] = plugin.ids
    const answered = plugin.ids.find((id) => platform.isPluginActive(id))
    const asked = others.length === 0 ? documented : `${documented}, also asked as ${others.join(', ')}`
    const check = `Plugin ${plugin.label} (${asked}) is active`
    if (answered === undefined) {
        const none = others.length === 0 ? '' : `; the instance answered to none of ${plugin.ids.join(', ')}`
        return {
            check,
            passed: false,
            reason: `activate the plugin ${documented} (System Definition > Plugins)${none}`,
        }
    }
    const reason = others.length === 0 ? 'active' : `active: the instance answered to ${answered}`
    return { check, passed: true, reason }
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

/** One role, or any one of several the documentation names for the same job; the line names them. */
function roleLine(platform: Platform, user: string, role: RoleRequirement): PrerequisiteLine {
    const [first, ...others] = role.anyOf
    const held = role.anyOf.find((name) => platform.runAsUserHasRole(name))
    if (others.length === 0)
        return {
            check: `Run-as user ${user} has role ${first}`,
            passed: held !== undefined,
            reason: held
                ? 'granted'
                : `grant ${first} to ${user}, or set a run-as user who has it on the scheduled job`,
        }
    return {
        check: `Run-as user ${user} has one of the roles ${role.anyOf.join(', ')}`,
        passed: held !== undefined,
        reason: held
            ? `granted: ${held}`
            : `grant ${first} (or ${others.join(', or ')}) to ${user}, or set a run-as user who has one on the scheduled job`,
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
