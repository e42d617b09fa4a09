import { PLATFORM_REQUIREMENTS } from '../../server/core/prerequisites/platform-requirements'
import type { ColumnInfo, Platform } from '../../server/ports/platform'
import type { SqliteStore } from './sqlite-store'

export interface LocalPlatformOptions {
    /** Plugin ids the embedded stand-in pretends are active (the Source-to-Pay plugins by default). */
    activePlugins: readonly string[]
    /** Roles of the user the local runner acts as. */
    roles: readonly string[]
    userName: string
}

const everyRequirement = Object.values(PLATFORM_REQUIREMENTS).flatMap((byType) => Object.values(byType))

/** By default the embedded stand-in has every plugin any preset needs... */
export const DEFAULT_LOCAL_PLUGINS: readonly string[] = [
    ...new Set(everyRequirement.flatMap((r) => r.plugins.map((p) => p.ids[0]))),
]
/** ...and its user holds every role any preset needs; a config file may narrow both. */
export const DEFAULT_LOCAL_ROLES: readonly string[] = [
    ...new Set(everyRequirement.flatMap((r) => r.roles.map((role) => role.anyOf[0]))),
]

/** The Platform port for the embedded stand-in: tables from the SQLite schema, the rest configured. */
export class LocalPlatform implements Platform {
    constructor(
        private readonly store: SqliteStore,
        private readonly options: LocalPlatformOptions
    ) {}

    isPluginActive(pluginId: string): boolean {
        return this.options.activePlugins.includes(pluginId)
    }

    describeTable(table: string): readonly ColumnInfo[] | null {
        const columns = this.store.describe(table)
        if (!columns) return null
        return columns.map(({ name, kind, maxLength, mandatory, choices }) => ({
            name,
            kind,
            mandatory,
            ...(maxLength === undefined ? {} : { maxLength }),
            ...(choices === undefined ? {} : { choices }),
        }))
    }

    runAsUserHasRole(role: string): boolean {
        return this.options.roles.includes(role)
    }

    runAsUserName(): string {
        return this.options.userName
    }
}
