import { PLATFORM_NUMBER_DEFAULT } from './numbering'

// Columns several tables declare alike, written once. Plain constants, not builder functions: the
// Fluent compiler resolves an imported constant but not a call's result (nor a spread, whose
// properties it drops without a word), and src/fluent/tables.now.ts reads these through it.

/** A numbered table's `number` column, filled by the platform (numbering.ts). */
export const NUMBER_COLUMN = {
    type: 'string',
    options: { label: 'Number', maxLength: 40, readOnly: true, default: PLATFORM_NUMBER_DEFAULT },
} as const

/** The connection a record the connector writes belongs to; people do not change it. */
export const WRITTEN_CONNECTION_COLUMN = {
    type: 'reference',
    options: { label: 'Connection', referenceTable: 'x_mlc_ifs_s2p_connection', readOnly: true },
} as const

/** The connection a setting row belongs to: required on every row. */
export const SETTING_CONNECTION_COLUMN = {
    type: 'reference',
    options: { label: 'Connection', referenceTable: 'x_mlc_ifs_s2p_connection', mandatory: true },
} as const
