import type { HttpRequest, HttpResult } from '../../../src/server/ports/http'
import type { ColumnInfo, ColumnKind } from '../../../src/server/ports/platform'
import { columnKindOf } from '../../../src/server/core/prerequisites/column-kind-of'
import type { Store } from '../../../src/server/ports/store'
import { APP_TABLES } from '../../../src/tables'
import type { ColumnSpec } from '../../../src/tables'
import { MemoryStore } from '../../fakes/memory-store'
import { DICTIONARY_TYPE } from '../../support/dictionary-types'
import type { TransformCall } from './import-transformer-double'

/** A column as the instance's element descriptor reports it. */
export interface ColumnDescriptor {
    name: string
    /** Glide internal type: string, integer, decimal, boolean, glide_date, glide_date_time, reference... */
    internalType: string
    maxLength?: number
    mandatory?: boolean
    /** For references: the referenced table (dot-walked queries and display values use it). */
    reference?: string
    /** For choice fields: the choice values (sys_choice), in order. */
    choices?: string[]
}

export type OAuthAnswer = { status: 200; accessToken: string; expiresIn: number } | { status: number; error: string }

export interface ScheduledEvent {
    name: string
    table: string
    recordSysId: string
    parm1: string
    parm2: string
    atMs: number
}

/** Answers the OAuth registry would get from the provider behind one oauth_entity name. */
export type OAuthProvider = (providerName: string, grantType: string, scope: string) => OAuthAnswer

/**
 * Everything the Glide doubles read and write: the instance's tables (over any Store, the
 * in-memory one by default, SQLite in the built-artifact test), its plugins, users and roles, the
 * outside world (HTTP, OAuth) and what the code left behind (logs, events).
 */
export interface BeforeRule {
    table: string
    insert: boolean
    update: boolean
    script: (current: never, previous: never) => void
}

export class GlideWorld {
    readonly store: Store
    private readonly tables = new Map<string, ColumnDescriptor[]>()
    readonly plugins = new Set<string>()
    readonly properties = new Map<string, string>()
    readonly logs: { level: 'debug' | 'info' | 'warn' | 'error'; message: string }[] = []
    readonly events: ScheduledEvent[] = []
    readonly httpRequests: HttpRequest[] = []
    /** The outbound log level (setLogLevel) each request was sent with, in order; undefined when never set. */
    readonly httpLogLevels: (string | undefined)[] = []
    /** REST messages the app declares (name → method names); null accepts any. */
    restMessages: Map<string, readonly string[]> | null = null
    userSysId = ''
    /** How the GlideDigest double turns text into bytes (the documentation does not say). */
    digestCharset: 'utf8' | 'latin1' = 'utf8'
    /** Strings hashed through the GlideDigest double. */
    digests = 0
    nowMs: () => number = () => Date.now()
    http: (request: HttpRequest) => HttpResult = () => ({
        kind: 'transport_error',
        reason: 'connection',
        message: 'no HTTP configured in this GlideWorld',
    })
    oauth: OAuthProvider = () => ({ status: 401, error: 'no OAuth provider configured in this GlideWorld' })
    /**
     * Before business rules the app declares (register them in a test): run by GlideRecord.insert
     * and update unless setWorkflow(false), with `current` (the record with its pending values) and
     * `previous` (the stored record); current.setAbortAction(true) makes the write return null.
     */
    readonly businessRules: BeforeRule[] = []
    /** GlideImportSetTransformer.transformAllMaps calls, and what the instance's transform maps do. */
    readonly transformCalls: TransformCall[] = []
    transformMaps: (importSetSysId: string) => void = () => {}
    private guid = 0

    constructor(store: Store = new MemoryStore({ booleans: 'true/false' })) {
        this.store = store
        for (const table of APP_TABLES) this.defineTable(table.name, appColumns(table.columns))
        for (const table of SYSTEM_TABLES) this.defineTable(table.name, table.columns)
    }

    /** Makes a table exist, e.g. a target table of a Source-to-Pay plugin. */
    defineTable(name: string, columns: readonly ColumnDescriptor[]): void {
        this.tables.set(name, [...columns])
    }

    hasTable(name: string): boolean {
        return this.tables.has(name)
    }

    columnsOf(name: string): readonly ColumnDescriptor[] {
        return this.tables.get(name) ?? []
    }

    /** Creates a user and returns its sys_id; `asCurrent` makes it the user the script runs as. */
    addUser(userName: string, roles: readonly string[], asCurrent = true): string {
        const userSysId = this.store.insert('sys_user', { user_name: userName, name: userName })
        for (const role of roles) this.grantRole(userSysId, role)
        if (asCurrent) this.userSysId = userSysId
        return userSysId
    }

    grantRole(userSysId: string, role: string): void {
        const existing = this.store.query('sys_user_role', { where: [{ field: 'name', op: '=', value: role }] })
        const roleSysId = existing.length > 0 ? existing[0].sys_id : this.store.insert('sys_user_role', { name: role })
        this.store.insert('sys_user_has_role', { user: userSysId, role: roleSysId })
    }

    /** An OAuth provider record and a profile of it; returns the profile's sys_id. */
    addOAuthProfile(providerName: string, provider: Readonly<Record<string, string | boolean>> = {}): string {
        const entity = this.store.insert('oauth_entity', {
            name: providerName,
            token_url: 'https://tenant.ifs.cloud/auth/realms/prod/protocol/openid-connect/token',
            client_id: 'ml-connector',
            default_grant_type: 'client_credentials',
            active: true,
            ...provider,
        })
        return this.store.insert('oauth_entity_profile', {
            name: `${providerName} default_profile`,
            oauth_entity: entity,
        })
    }

    newGuid(): string {
        const hex = (++this.guid).toString(16)
        return 'f'.repeat(32 - hex.length) + hex
    }

    log(level: 'debug' | 'info' | 'warn' | 'error', message: string): void {
        this.logs.push({ level, message })
    }
}

/** The platform tables the app's adapters read (users, roles, the OAuth registry, events, scheduled jobs). */
export const SYSTEM_TABLES: readonly { name: string; columns: readonly ColumnDescriptor[] }[] = [
    {
        name: 'sys_user',
        columns: [
            { name: 'user_name', internalType: 'string', maxLength: 40 },
            { name: 'name', internalType: 'string', maxLength: 151 },
        ],
    },
    { name: 'sys_user_role', columns: [{ name: 'name', internalType: 'string', maxLength: 100 }] },
    {
        name: 'sys_user_has_role',
        columns: [
            { name: 'user', internalType: 'reference', reference: 'sys_user' },
            { name: 'role', internalType: 'reference', reference: 'sys_user_role' },
        ],
    },
    {
        // Application Access of tables, field names as now-sdk build writes them for the app's tables.
        name: 'sys_db_object',
        columns: [
            { name: 'name', internalType: 'string', maxLength: 80 },
            { name: 'access', internalType: 'string', maxLength: 40 },
            { name: 'read_access', internalType: 'boolean' },
            { name: 'create_access', internalType: 'boolean' },
            { name: 'update_access', internalType: 'boolean' },
        ],
    },
    {
        name: 'oauth_entity',
        columns: [
            { name: 'name', internalType: 'string', maxLength: 100 },
            { name: 'token_url', internalType: 'url', maxLength: 1024 },
            { name: 'client_id', internalType: 'string', maxLength: 100 },
            { name: 'default_grant_type', internalType: 'string', maxLength: 40 },
            { name: 'active', internalType: 'boolean' },
        ],
    },
    {
        name: 'oauth_entity_profile',
        columns: [
            { name: 'name', internalType: 'string', maxLength: 100 },
            { name: 'oauth_entity', internalType: 'reference', reference: 'oauth_entity' },
        ],
    },
    {
        name: 'sysevent',
        columns: [
            { name: 'name', internalType: 'string', maxLength: 100 },
            { name: 'table', internalType: 'string', maxLength: 80 },
            { name: 'instance', internalType: 'string', maxLength: 32 },
            { name: 'parm1', internalType: 'string', maxLength: 4000 },
            { name: 'parm2', internalType: 'string', maxLength: 4000 },
        ],
    },
    {
        // Scheduled jobs: the sync job's Run as user is whose roles the prerequisite check reads.
        name: 'sysauto_script',
        columns: [
            { name: 'name', internalType: 'string', maxLength: 100 },
            { name: 'run_as', internalType: 'reference', reference: 'sys_user' },
        ],
    },
]

/** A descriptor as the Platform port's ColumnInfo (for stores that create tables from them). */
export function toColumnInfo(column: ColumnDescriptor): ColumnInfo {
    return {
        name: column.name,
        kind: columnKindOf(column.internalType),
        ...(column.maxLength !== undefined ? { maxLength: column.maxLength } : {}),
        mandatory: column.mandatory ?? false,
    }
}

/** The reverse, for target tables described by the staging code. */
export function fromColumnInfo(column: ColumnInfo): ColumnDescriptor {
    const internalType: Record<ColumnKind, string> = {
        string: 'string',
        integer: 'integer',
        decimal: 'decimal',
        boolean: 'boolean',
        date: 'glide_date',
        datetime: 'glide_date_time',
        reference: 'reference',
        other: 'string',
    }
    return {
        name: column.name,
        internalType: internalType[column.kind],
        ...(column.maxLength !== undefined ? { maxLength: column.maxLength } : {}),
        mandatory: column.mandatory,
    }
}

function appColumns(columns: Readonly<Record<string, ColumnSpec>>): ColumnDescriptor[] {
    return Object.entries(columns).map(([name, spec]) => ({
        name,
        internalType: DICTIONARY_TYPE[spec.type],
        ...('maxLength' in spec.options ? { maxLength: spec.options.maxLength } : {}),
        mandatory: spec.options.mandatory ?? false,
        ...(spec.type === 'reference' ? { reference: spec.options.referenceTable } : {}),
    }))
}
