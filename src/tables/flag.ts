import type { TableSpec } from './column-spec'
import { NUMBER_COLUMN, WRITTEN_CONNECTION_COLUMN } from './shared-columns'
import { OBJECT_TYPE_CHOICES } from './object-type-choices'

export const FLAG_REASON_CHOICES = {
    unknown_gl_account: { label: 'Unknown GL account' },
    unknown_cost_center: { label: 'Unknown cost center' },
    unknown_supplier: { label: 'Unknown supplier' },
    unknown_reference: { label: 'Not known in ServiceNow' },
    unmapped_dimension: { label: 'No ServiceNow mapping' },
    missing_field: { label: 'Missing field' },
    invalid_value: { label: 'Invalid value' },
    target_rejected: { label: 'Rejected by target table' },
    transform_rejected: { label: 'Rejected by the import transform' },
    changed_after_posting: { label: 'Changed after posting' },
    missing_header: { label: 'Document not in IFS' },
}
export type FlagReason = keyof typeof FLAG_REASON_CHOICES

export const FLAG_STATE_CHOICES = {
    open: { label: 'Open' },
    retrying: { label: 'Retrying' },
    resolved: { label: 'Resolved' },
    ignored: { label: 'Ignored' },
}
export type FlagState = keyof typeof FLAG_STATE_CHOICES

/** A source document that was not staged, and why: the AP user's work list. */
export const FLAG = {
    name: 'x_mlc_ifs_s2p_flag',
    label: 'Flagged record',
    numbering: { prefix: 'IFSFLG', start: 1000, digits: 7 },
    columns: {
        number: NUMBER_COLUMN,
        connection: WRITTEN_CONNECTION_COLUMN,
        object_type: { type: 'choice', options: { label: 'Type', choices: OBJECT_TYPE_CHOICES, readOnly: true } },
        company: { type: 'string', options: { label: 'Company', maxLength: 40, readOnly: true } },
        document_number: { type: 'string', options: { label: 'Number in IFS', maxLength: 100, readOnly: true } },
        supplier: { type: 'string', options: { label: 'Supplier', maxLength: 255, readOnly: true } },
        source_key: { type: 'string', options: { label: 'IFS key (JSON)', maxLength: 1000, readOnly: true } },
        source_key_hash: {
            type: 'string',
            options: { label: 'IFS key hash', maxLength: 64, readOnly: true, hint: 'SHA-256 of the IFS key' },
        },
        staging_key: { type: 'string', options: { label: 'Staging key', maxLength: 64, readOnly: true } },
        reason: { type: 'choice', options: { label: 'Reason', choices: FLAG_REASON_CHOICES, readOnly: true } },
        message: { type: 'multiline', options: { label: 'Message', maxLength: 4000, readOnly: true } },
        payload: { type: 'json', options: { label: 'IFS payload', maxLength: 65000, readOnly: true } },
        state: {
            type: 'choice',
            // Read-only for people: Retry and Ignore change it (ACL + business rule guard).
            options: { label: 'State', choices: FLAG_STATE_CHOICES, default: 'open', readOnly: true },
        },
        attempts: { type: 'integer', options: { label: 'Attempts', default: 1, readOnly: true } },
        first_flagged_at: { type: 'datetime', options: { label: 'First flagged', readOnly: true } },
        last_attempt_at: { type: 'datetime', options: { label: 'Last attempt', readOnly: true } },
        resolution_note: { type: 'multiline', options: { label: 'Resolution note', maxLength: 4000 } },
    },
    // The AP work list and the stager look flags up by state, by staging key and by the IFS key's hash.
    indexes: [
        { name: 'x_mlc_ifs_s2p_flag_state', unique: false, element: 'state' },
        { name: 'x_mlc_ifs_s2p_flag_staging_key', unique: false, element: 'staging_key' },
        { name: 'x_mlc_ifs_s2p_flag_source_key_hash', unique: false, element: 'source_key_hash' },
    ],
} as const satisfies TableSpec
