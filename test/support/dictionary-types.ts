import type { ColumnSpec } from '../../src/tables/column-spec'

/**
 * The dictionary type (sys_dictionary internal_type) of each column type of `src/tables`: what the
 * built app's dictionary records must hold and what an instance's GlideRecord then reports as a
 * column's internal type. Written from the platform's documentation, not from the build.
 */
export const DICTIONARY_TYPE: Readonly<Record<ColumnSpec['type'], string>> = {
    string: 'string',
    multiline: 'multi_two_lines',
    url: 'url',
    json: 'json',
    integer: 'integer',
    decimal: 'decimal',
    boolean: 'boolean',
    date: 'glide_date',
    datetime: 'glide_date_time',
    choice: 'choice',
    reference: 'reference',
}
