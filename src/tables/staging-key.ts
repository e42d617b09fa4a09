import type { TableSpec } from './column-spec'
import { WRITTEN_CONNECTION_COLUMN } from './shared-columns'
import { OBJECT_TYPE_CHOICES } from './object-type-choices'

/** Match readiness states (core/match/readiness.ts MatchState), in the order an AP user reads them. */
const MATCH_STATE_CHOICES = {
    ready: { label: 'Ready for match' },
    waiting_for_po: { label: 'Waiting for PO' },
    waiting_for_receipt: { label: 'Waiting for receipt' },
    receipt_not_checked: { label: 'PO line staged, receipt not checked' },
    no_po_line: { label: 'No PO line (not matchable)' },
    no_lines: { label: 'No lines staged' },
}

/** The dedup ledger: one row per source document ever staged, written before its target record. */
export const STAGING_KEY = {
    name: 'x_mlc_ifs_s2p_staging_key',
    label: 'Staging key',
    columns: {
        key: { type: 'string', options: { label: 'Staging key', maxLength: 64, mandatory: true, readOnly: true } },
        connection: WRITTEN_CONNECTION_COLUMN,
        object_type: {
            type: 'choice',
            options: { label: 'Object type', choices: OBJECT_TYPE_CHOICES, readOnly: true },
        },
        company: { type: 'string', options: { label: 'Company', maxLength: 40, readOnly: true } },
        document_number: { type: 'string', options: { label: 'Document number', maxLength: 100, readOnly: true } },
        supplier_number: { type: 'string', options: { label: 'Supplier number', maxLength: 100, readOnly: true } },
        creation_date: { type: 'date', options: { label: 'Creation date', readOnly: true } },
        target_table: { type: 'string', options: { label: 'Target table', maxLength: 80, readOnly: true } },
        target_sys_id: { type: 'string', options: { label: 'Target sys_id', maxLength: 32, readOnly: true } },
        payload_hash: { type: 'string', options: { label: 'Payload hash', maxLength: 64, readOnly: true } },
        source_hash: {
            type: 'string',
            options: {
                label: 'Source hash',
                maxLength: 64,
                readOnly: true,
                hint: 'SHA-256 of the IFS row the staged payload was built from',
            },
        },
        line_hashes: {
            type: 'string',
            options: {
                label: 'Line hashes',
                maxLength: 65000,
                readOnly: true,
                hint: 'Per staged line (by line number): the hash of the values last written for it, so a re-stage writes only changed lines and marks removed ones',
            },
        },
        state: {
            type: 'choice',
            options: {
                label: 'State',
                choices: { pending: { label: 'Pending' }, staged: { label: 'Staged' } },
                default: 'pending',
                readOnly: true,
            },
        },
        source_key: {
            type: 'string',
            options: {
                label: 'IFS key (JSON)',
                maxLength: 1000,
                readOnly: true,
                hint: 'Names the document in IFS when a later run finds its import row rejected',
            },
        },
        transform_state: {
            type: 'choice',
            options: {
                label: 'Transform state',
                choices: {
                    pending: { label: 'Pending' },
                    inserted: { label: 'Inserted' },
                    updated: { label: 'Updated' },
                    ignored: { label: 'Ignored' },
                    skipped: { label: 'Skipped' },
                    error: { label: 'Error' },
                },
                readOnly: true,
                hint: "The import-set transform's verdict on the document's latest import row (import tables only)",
            },
        },
        produced_table: {
            type: 'string',
            options: { label: 'Produced record table', maxLength: 80, readOnly: true },
        },
        produced_sys_id: {
            type: 'string',
            options: {
                label: 'Produced record',
                maxLength: 32,
                readOnly: true,
                hint: 'The record the import-set transform created or updated from the import row',
            },
        },
        first_run: {
            type: 'reference',
            options: { label: 'First run', referenceTable: 'x_mlc_ifs_s2p_run', readOnly: true },
        },
        last_run: {
            type: 'reference',
            options: { label: 'Last run', referenceTable: 'x_mlc_ifs_s2p_run', readOnly: true },
        },
        // Three-way match readiness of a staged invoice (core/match): never a flag, waiting is not a failure.
        match_state: {
            type: 'choice',
            options: {
                label: 'Match readiness',
                choices: MATCH_STATE_CHOICES,
                readOnly: true,
                hint: 'Whether every line of the staged invoice has its PO line and a receipt in ServiceNow; re-checked each run while waiting',
            },
        },
        match_summary: {
            type: 'string',
            options: { label: 'Match summary', maxLength: 1000, readOnly: true },
        },
        match_checked_at: { type: 'datetime', options: { label: 'Match checked at', readOnly: true } },
        match_run: {
            type: 'reference',
            options: { label: 'Match checked in run', referenceTable: 'x_mlc_ifs_s2p_run', readOnly: true },
        },
        // When the removal sweep (core/lines/removal-sweep) last compared the document's staged lines
        // (a receipt: the receipt itself) with IFS; empty = never. The sweep takes the oldest first.
        lines_checked_at: {
            type: 'datetime',
            options: {
                label: 'Removals checked at',
                readOnly: true,
                hint: 'When the staged lines (or receipt) were last compared with IFS to mark what IFS deleted',
            },
        },
        // Set by the removal sweep when IFS no longer shows the document at all; a re-stage clears it.
        removed_at: {
            type: 'datetime',
            options: {
                label: 'Removed in IFS',
                readOnly: true,
                hint: 'When the removal sweep found the document deleted in IFS (its staged rows and lines are marked removed); empty while IFS shows it',
            },
        },
    },
} as const satisfies TableSpec
