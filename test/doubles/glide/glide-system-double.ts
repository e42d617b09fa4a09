import type { GlideWorld } from './glide-world'

type WorldRef = () => GlideWorld

interface RecordLike {
    getTableName(): string
    getUniqueValue(): string
}

interface DateTimeLike {
    getNumericValue(): number
}

/** `gs`: logging, the current user, properties, GUIDs and scheduled events, over a GlideWorld. */
export function glideSystemDouble(worldOf: WorldRef) {
    const userRoles = (): string[] => {
        const world = worldOf()
        return world.store
            .query('sys_user_has_role', { where: [{ field: 'user', op: '=', value: world.userSysId }] })
            .map((grant) => world.store.get('sys_user_role', grant.role ?? '')?.name ?? '')
    }
    return {
        info: (message: string) => worldOf().log('info', String(message)),
        warn: (message: string) => worldOf().log('warn', String(message)),
        error: (message: string) => worldOf().log('error', String(message)),
        debug: (message: string) => worldOf().log('debug', String(message)),
        getUserID: () => worldOf().userSysId,
        getUserName: () => worldOf().store.get('sys_user', worldOf().userSysId)?.user_name ?? '',
        hasRole: (role: string) => userRoles().some((r) => r === role || r === 'admin'),
        getProperty: (key: string, fallback?: string) => worldOf().properties.get(key) ?? fallback,
        generateGUID: () => worldOf().newGuid(),
        eventQueueScheduled(name: string, record: RecordLike, parm1: string, parm2: string, when: DateTimeLike) {
            if (!record || typeof record.getTableName !== 'function') {
                throw new Error('gs.eventQueueScheduled needs a GlideRecord as its second argument')
            }
            worldOf().events.push({
                name,
                table: record.getTableName(),
                recordSysId: record.getUniqueValue(),
                parm1: String(parm1),
                parm2: String(parm2),
                atMs: when.getNumericValue(),
            })
        },
        sleep() {
            // The instance refuses this in scoped apps.
            throw new Error('Function sleep is not allowed in scope x_mlc_ifs_s2p')
        },
    }
}

export function glideDateTimeClass(worldOf: WorldRef) {
    return class GlideDateTime {
        private ms: number

        constructor(value?: string) {
            this.ms = value === undefined ? worldOf().nowMs() : parse(value)
        }

        getNumericValue(): number {
            return this.ms
        }

        setNumericValue(ms: number): void {
            this.ms = Number(ms)
        }

        /** `YYYY-MM-DD HH:MM:SS`, UTC. */
        getValue(): string {
            return new Date(this.ms).toISOString().slice(0, 19).replace('T', ' ')
        }

        setValue(value: string | number): void {
            this.ms = typeof value === 'number' ? value : parse(value)
        }

        toString(): string {
            return this.getValue()
        }
    }
}

function parse(value: string): number {
    const ms = Date.parse(String(value).replace(' ', 'T') + 'Z')
    if (isNaN(ms)) throw new Error(`GlideDateTime double: cannot parse ${value}`)
    return ms
}

/** The scoped form: `new GlidePluginManager().isActive(id)`. */
export function glidePluginManagerClass(worldOf: WorldRef) {
    return class GlidePluginManager {
        isActive(pluginId: string): boolean {
            return worldOf().plugins.has(pluginId)
        }
    }
}
