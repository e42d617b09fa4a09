/** What the core may ask about the instance it stages into (plugins, tables, roles). */
export type ColumnKind = 'string' | 'integer' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'reference' | 'other'

export interface ColumnInfo {
    name: string
    kind: ColumnKind
    /** Characters, for string-like columns. */
    maxLength?: number
    mandatory: boolean
}

export interface Platform {
    isPluginActive(pluginId: string): boolean
    /** Null when the table does not exist. */
    describeTable(table: string): readonly ColumnInfo[] | null
    /** Whether the user the job runs as holds the role. */
    runAsUserHasRole(role: string): boolean
    /** Name of the user the job runs as, for messages. */
    runAsUserName(): string
}
