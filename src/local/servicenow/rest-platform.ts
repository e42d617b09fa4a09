import { columnKindOf } from '../../server/core/prerequisites/column-kind-of'
import type { ColumnInfo, Platform } from '../../server/ports/platform'
import type { TableApiClient } from './table-api-client'

/**
 * The Platform port over a real instance's REST Table API, so `ping` runs the very prerequisite
 * checklist the instance's job runs: plugins (v_plugin, then store apps), tables (sys_db_object,
 * columns from sys_dictionary) and the service account's roles (sys_user_has_role).
 * Failures of the API itself are thrown (TableApiError): the caller turns them into failed lines.
 */
export class RestPlatform implements Platform {
    /** Why a table's choice values could not be read (sys_choice refused), or null. */
    private choicesUnread: string | null = null

    constructor(
        private readonly api: TableApiClient,
        private readonly userName: string
    ) {}

    isPluginActive(pluginId: string): boolean {
        const plugin = this.api.list('v_plugin', [{ field: 'id', value: pluginId }], ['id', 'active'], 1)
        if (plugin.length > 0) return plugin[0].active === 'active' || plugin[0].active === 'true'
        // Scoped Source-to-Pay apps (sn_ap_apm, ...) are store applications, not plugins.
        const app = this.api.list('sys_store_app', [{ field: 'scope', value: pluginId }], ['scope', 'active'], 1)
        return app.length > 0 && (app[0].active === 'true' || app[0].active === '1')
    }

    describeTable(table: string): readonly ColumnInfo[] | null {
        const found = this.api.list('sys_db_object', [{ field: 'name', value: table }], ['name'], 1)
        if (found.length === 0) return null
        const columns = this.api.list(
            'sys_dictionary',
            [{ field: 'name', value: table }],
            ['element', 'internal_type', 'max_length', 'mandatory', 'choice'],
            1000
        )
        // sys_dictionary.choice: 0/empty = no choice list; 1, 2, 3 = a choice list in sys_choice.
        const hasChoices = columns.some((c) => c.element && c.choice && c.choice !== '0')
        const choices = hasChoices ? this.choicesOf(table) : null
        return columns
            .filter((c) => c.element)
            .map((c) => {
                const maxLength = Number(c.max_length)
                const values = c.choice && c.choice !== '0' ? choices?.get(c.element) : undefined
                const info: ColumnInfo = {
                    name: c.element,
                    kind: columnKindOf(c.internal_type),
                    mandatory: c.mandatory === 'true',
                    ...(values && values.length > 0 ? { choices: values } : {}),
                }
                return Number.isFinite(maxLength) && maxLength > 0 ? { ...info, maxLength } : info
            })
    }

    /**
     * Why choice values could not be read, or null: the service account may not read sys_choice
     * (an ACL), so constants were not checked against choices. ping prints it as a line of its own.
     */
    get unreadChoices(): string | null {
        return this.choicesUnread
    }

    /** The active choice values of a table's columns (sys_choice), or null when the instance refuses them. */
    private choicesOf(table: string): Map<string, string[]> | null {
        let rows: Record<string, string>[]
        try {
            rows = this.api.list(
                'sys_choice',
                [
                    { field: 'name', value: table },
                    { field: 'inactive', value: 'false' },
                ],
                ['element', 'value'],
                1000
            )
        } catch (error) {
            this.choicesUnread ??= (error as Error).message
            return null
        }
        const byColumn = new Map<string, string[]>()
        for (const r of rows) {
            if (!r.element) continue
            const values = byColumn.get(r.element) ?? []
            values.push(r.value ?? '')
            byColumn.set(r.element, values)
        }
        return byColumn
    }

    runAsUserHasRole(role: string): boolean {
        const held = (name: string) =>
            this.api.list(
                'sys_user_has_role',
                [
                    { field: 'user.user_name', value: this.userName },
                    { field: 'role.name', value: name },
                ],
                ['sys_id'],
                1
            ).length > 0
        return held(role) || held('admin')
    }

    runAsUserName(): string {
        return this.userName
    }
}
