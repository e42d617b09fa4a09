/** What the core may ask about the instance it stages into (plugins, tables, roles). */
export type ColumnKind = 'string' | 'integer' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'reference' | 'other'

export interface ColumnInfo {
    name: string
    kind: ColumnKind
    /** Characters, for string-like columns. */
    maxLength?: number
    mandatory: boolean
    /** Choice values (not labels) the dictionary lists for a choice column; absent: not a choice column or unknown. */
    choices?: readonly string[]
}

/**
 * A table's Application Access settings (sys_db_object): what scripts of other application scopes
 * may do with its records. Cross-scope privileges do not grant what these settings refuse.
 */
export interface TableAccess {
    /** "Accessible from: All application scopes" (access = public), not "This application scope only". */
    allScopes: boolean
    canRead: boolean
    canCreate: boolean
    canUpdate: boolean
}

export interface Platform {
    isPluginActive(pluginId: string): boolean
    /** Null when the table does not exist. */
    describeTable(table: string): readonly ColumnInfo[] | null
    /** Whether the user the job runs as holds the role. */
    runAsUserHasRole(role: string): boolean
    /** Name of the user the job runs as, for messages. */
    runAsUserName(): string
    /**
     * The table's Application Access settings, null when the table is unknown. Only the instance
     * has them: platforms that cannot tell (the local stand-in) leave this out.
     */
    tableAccess?(table: string): TableAccess | null
}
