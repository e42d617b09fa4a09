import { GlidePluginManager, GlideRecord, gs } from '@servicenow/glide'
import { columnKindOf } from '../core/prerequisites/column-kind-of'
import type { ColumnInfo, Platform, TableAccess } from '../ports/platform'

/** The scoped API's instance form of isActive (the typings only show the global static one). */
interface PluginQuery {
    isActive(pluginId: string): boolean
}

/** A Java list of choice values as plain strings. */
function choicesOf(list: unknown): string[] {
    const values: string[] = []
    const items = list as { size?: () => number; get?: (i: number) => unknown; length?: number }
    const size = typeof items.size === 'function' ? Number(items.size()) : Number(items.length ?? 0)
    for (let i = 0; i < size; i++)
        values.push(String(typeof items.get === 'function' ? items.get(i) : (list as unknown[])[i]))
    return values
}

/**
 * Platform over GlidePluginManager, the table's element descriptors (which include inherited
 * columns, unlike sys_dictionary rows) and sys_user_has_role for the run-as user.
 */
export class GlidePlatform implements Platform {
    /** runAsUserSysId: the job's run-as user; defaults to the user the script runs as. */
    constructor(private readonly runAsUserSysId: string = String(gs.getUserID())) {}

    isPluginActive(pluginId: string): boolean {
        const manager = new GlidePluginManager() as unknown as PluginQuery
        return Boolean(manager.isActive(pluginId))
    }

    describeTable(table: string): readonly ColumnInfo[] | null {
        const record = new GlideRecord(table)
        if (!record.isValid()) return null
        record.initialize()
        return record.getElements().map((element) => {
            const descriptor = element.getED()
            const internalType = String(descriptor.getInternalType())
            const kind = columnKindOf(internalType)
            const length = Number(descriptor.getLength())
            // Choice values (sys_choice), so the field-map check can refuse a constant no choice allows.
            const choices = descriptor.isChoiceTable() ? choicesOf(element.getChoices()) : null
            return {
                name: String(element.getName()),
                kind,
                ...(kind === 'string' && length > 0 ? { maxLength: length } : {}),
                mandatory: Boolean(descriptor.isMandatory()),
                ...(choices && choices.length > 0 ? { choices } : {}),
            }
        })
    }

    runAsUserHasRole(role: string): boolean {
        const grant = new GlideRecord('sys_user_has_role')
        grant.addQuery('user', this.runAsUserSysId)
        // admin holds every role implicitly, without a sys_user_has_role row per role.
        grant.addQuery('role.name', 'IN', [role, 'admin'])
        grant.setLimit(1)
        grant.query()
        return grant.hasNext()
    }

    /** sys_db_object's Application Access fields (as the SDK writes them for the app's own tables). */
    tableAccess(table: string): TableAccess | null {
        const record = new GlideRecord('sys_db_object')
        record.addQuery('name', table)
        record.setLimit(1)
        record.query()
        if (!record.next()) return null
        const yes = (field: string) => {
            const value = String(record.getValue(field) ?? '')
            return value === 'true' || value === '1'
        }
        return {
            allScopes: String(record.getValue('access') ?? '') === 'public',
            canRead: yes('read_access'),
            canCreate: yes('create_access'),
            canUpdate: yes('update_access'),
        }
    }

    runAsUserName(): string {
        const user = new GlideRecord('sys_user')
        return user.get(this.runAsUserSysId) ? String(user.getValue('user_name')) : this.runAsUserSysId
    }
}
