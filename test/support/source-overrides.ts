/**
 * The stamp and keys of a tenant whose supplier invoices carry a date-time stamp (`ChangedAt`) and
 * text keys (`Company`, `InvoiceKey`): the part of a source override the mapping tests and the
 * renamed-source sync tests share. Each adds its own renamed fields.
 */
export const CHANGED_AT_TEXT_KEYS = {
    stamp: { name: 'ChangedAt', format: 'datetimeoffset' },
    keys: [
        { name: 'Company', kind: 'string' },
        { name: 'InvoiceKey', kind: 'string' },
    ],
} as const
