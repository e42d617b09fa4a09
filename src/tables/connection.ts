import type { TableSpec } from './column-spec'

/**
 * One record per IFS Cloud tenant: where to read, where master data is, how fast. What it reads and
 * where each document type is staged are its rows in the connection document type table.
 */
export const CONNECTION = {
    name: 'x_mlc_ifs_s2p_connection',
    label: 'IFS connection',
    columns: {
        name: { type: 'string', options: { label: 'Name', maxLength: 100, mandatory: true } },
        active: { type: 'boolean', options: { label: 'Active', default: true } },
        // Tenant
        tenant_url: {
            type: 'url',
            options: { label: 'Tenant URL', maxLength: 255, mandatory: true, hint: 'https://<tenant>.ifs.cloud' },
        },
        allowed_host_suffix: {
            type: 'string',
            options: { label: 'Allowed host suffix', maxLength: 100, default: 'ifs.cloud' },
        },
        realm: { type: 'string', options: { label: 'Realm', maxLength: 100, mandatory: true } },
        token_url: {
            type: 'url',
            options: { label: 'Token URL override', maxLength: 255, hint: 'Empty: <tenant>/auth/realms/<realm>/...' },
        },
        // Authentication: the client id and secret live in the OAuth registry, never here.
        oauth_profile: {
            type: 'reference',
            options: { label: 'OAuth profile', referenceTable: 'oauth_entity_profile' },
        },
        client_id: {
            type: 'string',
            options: {
                label: 'Client ID',
                maxLength: 100,
                hint: 'Must equal the client id of the OAuth provider behind the profile (checked by Test connection and every run)',
            },
        },
        token_scope: {
            type: 'string',
            options: {
                label: 'Token scope',
                maxLength: 255,
                default: 'openid microprofile-jwt',
                hint: 'OAuth scope asked for with client credentials (IFS default: openid microprofile-jwt)',
            },
        },
        // Objects
        companies: {
            type: 'string',
            options: { label: 'Companies', maxLength: 1000, mandatory: true, hint: 'Comma-separated IFS company ids' },
        },
        supplier_entity_set: {
            type: 'string',
            options: {
                label: 'Supplier entity set',
                maxLength: 255,
                default: 'SuppliersHandling.svc/SupplierInfoGeneralSet',
            },
        },
        gl_account_entity_set: {
            type: 'string',
            options: {
                label: 'GL account entity set',
                maxLength: 255,
                default: "CodePartValuesHandling.svc/CompanyFinanceSet(Company='{company}')/CodeAArray",
            },
        },
        cost_center_entity_set: {
            type: 'string',
            options: {
                label: 'Cost center entity set',
                maxLength: 255,
                default: "CodePartValuesHandling.svc/CompanyFinanceSet(Company='{company}')/CodeBArray",
            },
        },
        // The IFS names read at connection level (core/config/connection-sources.ts); each document
        // type's own names are its row's IFS field overrides, which take the place of `objects.<type>`.
        source_mapping: {
            type: 'json',
            options: {
                label: 'IFS source mapping',
                maxLength: 4000,
                hint: 'JSON, empty: the preset. {"preset": "ifs_cloud", "masterData": {"fields": {"supplier": {"id": "VendorNo"}}, "codeParts": {"glAccount": "A", "costCenter": "B"}}}. A document type\'s own IFS names: its row\'s IFS field overrides',
            },
        },
        // Targets
        field_map_preset: {
            type: 'choice',
            options: {
                label: 'Field map preset',
                choices: {
                    s2p_import: {
                        label: 'Source-to-Pay import tables (sn_spend_intg_imp_invoice, sn_fcms_intg_imp_order)',
                    },
                    s2p_tables: { label: 'Source-to-Pay tables directly (sn_shop_invoice, sn_shop_purchase_order)' },
                    legacy_procurement: { label: 'Legacy Procurement POs (proc_po) + Source-to-Pay invoice import' },
                    brief: {
                        label: 'Undocumented sn_apo_invoice + proc_po (only if your instance has sn_apo_invoice)',
                    },
                },
                default: 's2p_import',
            },
        },
        // Every Source-to-Pay record takes its ERP source from a sn_fin_erp_source record (ServiceNow
        // docs, IF/erp-source); the import table's mandatory ERP source column is filled from it.
        erp_source: {
            type: 'reference',
            options: {
                label: 'ERP source',
                referenceTable: 'sn_fin_erp_source',
                hint: 'The ERP source record for IFS Cloud (Source-to-Pay > ERP sources): written into every staged row, so Source-to-Pay knows which ERP a document came from',
            },
        },
        external_invoice_source: {
            type: 'string',
            options: {
                label: 'External invoice source',
                maxLength: 100,
                default: 'IFS Cloud',
                hint: 'Name of the system invoices come from, written to the import table (mandatory there)',
            },
        },
        transform_mode: {
            type: 'choice',
            options: {
                label: 'Transform staged rows',
                choices: {
                    run_now: { label: 'At the end of each run (read outcomes at once)' },
                    platform_schedule: { label: "By the platform's import schedule (outcomes read next run)" },
                },
                default: 'run_now',
            },
        },
        // Limits and schedule
        page_size: { type: 'integer', options: { label: 'Page size', default: 5000 }, min: 1, max: 5000 },
        request_ceiling: {
            type: 'integer',
            options: { label: 'Requests per minute', default: 1000 },
            min: 1,
            max: 1000,
        },
        time_budget_seconds: {
            type: 'integer',
            options: { label: 'Time budget per run (s)', default: 240 },
            min: 10,
            max: 3600,
        },
        overlap_seconds: {
            type: 'integer',
            options: { label: 'Clock-skew overlap (s)', default: 0 },
            min: 0,
            max: 86400,
        },
        // IFS stamps a row when it changes, but the transaction may commit minutes later: every run
        // re-reads this window behind its cursor (re-reads of unchanged rows write nothing).
        lookback_seconds: {
            type: 'integer',
            options: {
                label: 'Lookback window (s)',
                default: 600,
                hint: 'Each run re-reads rows stamped this long before its cursor: catches rows IFS committed late',
            },
            min: 0,
            max: 86400,
        },
        // A PO or invoice line that changed in IFS while IFS does not show its document (yet) waits
        // this long for it before the document is flagged (issue 18); re-checked every run.
        header_wait_hours: {
            type: 'integer',
            options: {
                label: 'Line waits for its document (h)',
                default: 24,
                hint: 'A changed line whose document IFS does not show waits this long before the document is flagged',
            },
            min: 0,
            max: 720,
        },
        // IFS OData has no deletion feed: each run re-reads the line keys (and receipt keys) of this
        // many staged documents per object type, oldest check first, and marks what IFS no longer
        // shows as removed (core/lines/removal-sweep). 0 turns the check off.
        removal_checks_per_run: {
            type: 'integer',
            options: {
                label: 'Removal checks per run',
                default: 200,
                hint: 'Staged documents per object type whose lines or receipts are checked against IFS each run, so one deleted in IFS is marked removed; 0 = off',
            },
            min: 0,
            max: 5000,
        },
        dry_run: { type: 'boolean', options: { label: 'Dry run (read and validate, stage nothing)', default: false } },
        // Status, written by the job only
        last_run: {
            type: 'reference',
            options: { label: 'Last run', referenceTable: 'x_mlc_ifs_s2p_run', readOnly: true },
        },
        last_run_at: { type: 'datetime', options: { label: 'Last run at', readOnly: true } },
        last_outcome: { type: 'string', options: { label: 'Last outcome', maxLength: 40, readOnly: true } },
        last_error: { type: 'multiline', options: { label: 'Last error', maxLength: 4000, readOnly: true } },
        next_run_at: { type: 'datetime', options: { label: 'Next run at', readOnly: true } },
        lease_owner: { type: 'string', options: { label: 'Lease owner', maxLength: 100, readOnly: true } },
        lease_expires_at: { type: 'datetime', options: { label: 'Lease expires at', readOnly: true } },
    },
} as const satisfies TableSpec
