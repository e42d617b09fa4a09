import type { ColumnInfo, ColumnKind } from '../../server/ports/platform'
import type { FieldValue } from '../../server/ports/store'
import type { ColumnSpec, TableSpec } from '../../tables'
import { PLATFORM_NUMBER_DEFAULT } from '../../tables/numbering'
import type { Numbering } from '../../tables/numbering'

/** One table as the SQLite stand-in creates it: the dictionary of an instance, reduced. */
export interface LocalTable {
    name: string
    columns: readonly LocalColumn[]
    /** Non-unique lookup indexes (each a list of columns). */
    indexes?: readonly (readonly string[])[]
}

export interface LocalColumn extends ColumnInfo {
    /** Dictionary default, applied on insert like the instance does. */
    defaultValue?: FieldValue
    /** Platform numbering (the default is getNextObjNumberPadded()): the store hands out the next number. */
    numbering?: Numbering
}

/** A target table given as the staging code describes it (name + ColumnInfo list). */
export interface TargetTableSchema {
    name: string
    /** With the dictionary default where the model has one (an import row starts `pending`). */
    columns: readonly (ColumnInfo & { defaultValue?: FieldValue })[]
    /** Columns the stand-in indexes for look-ups (s2p-model's `indexes`). */
    indexes?: readonly (readonly string[])[]
}

/** Columns every record has on an instance, whatever its table. */
export const SYSTEM_COLUMNS: readonly LocalColumn[] = [
    { name: 'sys_id', kind: 'string', maxLength: 32, mandatory: true },
    { name: 'sys_created_on', kind: 'datetime', mandatory: false },
    { name: 'sys_updated_on', kind: 'datetime', mandatory: false },
]

const KIND_OF: Record<ColumnSpec['type'], ColumnKind> = {
    string: 'string',
    multiline: 'string',
    url: 'string',
    json: 'string',
    choice: 'string',
    integer: 'integer',
    decimal: 'decimal',
    boolean: 'boolean',
    date: 'date',
    datetime: 'datetime',
    reference: 'reference',
}

/** Choice fields are 40 characters unless the dictionary says otherwise (instance default). */
const CHOICE_MAX_LENGTH = 40

export function fromAppTable(spec: TableSpec): LocalTable {
    const columns: LocalColumn[] = Object.entries(spec.columns).map(([name, column]) => {
        const options = column.options as { mandatory?: boolean; maxLength?: number; default?: FieldValue }
        const maxLength =
            column.type === 'choice'
                ? CHOICE_MAX_LENGTH
                : column.type === 'reference'
                  ? 32
                  : 'maxLength' in column.options
                    ? options.maxLength
                    : undefined
        const numbered = options.default === PLATFORM_NUMBER_DEFAULT && spec.numbering !== undefined
        return {
            name,
            kind: KIND_OF[column.type],
            maxLength,
            mandatory: options.mandatory === true,
            ...(numbered ? { numbering: spec.numbering } : { defaultValue: options.default }),
        }
    })
    return { name: spec.name, columns }
}

export function fromTargetTable(schema: TargetTableSchema): LocalTable {
    return {
        name: schema.name,
        columns: schema.columns.map((c) => ({ ...c })),
        ...(schema.indexes ? { indexes: schema.indexes } : {}),
    }
}

/** Table and column names are interpolated into SQL (they cannot be parameters): only plain identifiers. */
export function assertIdentifier(name: string): string {
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,79}$/.test(name)) throw new Error(`Not a valid table or column name: ${name}`)
    return name
}

export function sqlType(kind: ColumnKind): string {
    if (kind === 'integer') return 'INTEGER'
    if (kind === 'decimal') return 'REAL'
    return 'TEXT'
}
