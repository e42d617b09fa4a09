import type { ColumnKind } from '../../ports/platform'

/**
 * The kind of a dictionary column (its internal type, as sys_dictionary and the element descriptor
 * name it) as the prerequisite and field-map checks compare it. One table for every reader of an
 * instance's dictionary (Glide on the instance, the Table API from the local runner), so they judge
 * a table alike; a type not listed is `other`.
 */
const KIND_OF_INTERNAL_TYPE: Readonly<Record<string, ColumnKind>> = {
    string: 'string',
    translated_text: 'string',
    translated_field: 'string',
    email: 'string',
    url: 'string',
    choice: 'string',
    journal_input: 'string',
    // Multi-line text (a description or comment column of an import or line table).
    multi_two_lines: 'string',
    html: 'string',
    json: 'string',
    integer: 'integer',
    longint: 'integer',
    decimal: 'decimal',
    float: 'decimal',
    currency: 'decimal',
    price: 'decimal',
    boolean: 'boolean',
    glide_date: 'date',
    glide_date_time: 'datetime',
    due_date: 'datetime',
    reference: 'reference',
}

export function columnKindOf(internalType: string): ColumnKind {
    return Object.prototype.hasOwnProperty.call(KIND_OF_INTERNAL_TYPE, internalType)
        ? KIND_OF_INTERNAL_TYPE[internalType]
        : 'other'
}
