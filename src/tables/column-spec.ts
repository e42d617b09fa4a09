import type { Numbering } from './numbering'

/**
 * The shape every table schema in this folder is written in. `options` is passed unchanged to the
 * matching Fluent column function (StringColumn, IntegerColumn, ...), so Fluent metadata, the
 * server code and the SQLite stand-in all read names, lengths and choices from one place.
 */
type Choices = Record<string, { label: string }>

type Base = { label: string; mandatory?: boolean; readOnly?: boolean; hint?: string }

export type ColumnSpec =
    | { type: 'string'; options: Base & { maxLength: number; default?: string } }
    | { type: 'multiline'; options: Base & { maxLength: number } }
    | { type: 'url'; options: Base & { maxLength: number } }
    | { type: 'json'; options: Base & { maxLength: number } }
    | { type: 'integer'; options: Base & { default?: number }; min?: number; max?: number }
    | { type: 'decimal'; options: Base & { default?: number } }
    | { type: 'boolean'; options: Base & { default?: boolean } }
    | { type: 'date'; options: Base }
    | { type: 'datetime'; options: Base }
    | { type: 'choice'; options: Base & { choices: Choices; default?: string } }
    | {
          type: 'reference'
          /** `cascadeRule: 'delete'`: deleting the referenced record deletes this one (a child row). */
          options: Base & { referenceTable: string; cascadeRule?: 'delete' }
      }

export type TableSpec = {
    name: string
    label: string
    columns: Record<string, ColumnSpec>
    /** Platform numbering of the `number` column (its default is PLATFORM_NUMBER_DEFAULT). */
    numbering?: Numbering
    /** Database indexes beyond sys_id: Fluent declares them, the SQLite stand-in creates them. */
    indexes?: readonly { name: string; unique: boolean; element: string | readonly string[] }[]
}
