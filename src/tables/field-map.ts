import type { TableSpec } from './column-spec'
import { CONNECTION } from './connection'
import { OBJECT_TYPE_CHOICES } from './object-type-choices'

/**
 * One row per target column of a field-map preset: where its value comes from and how it is
 * shaped. The shipped presets are records marked `shipped` (src/fluent/field-map-records.now.ts,
 * generated from the document-type definitions); an admin adds rows for custom columns.
 */
export const FIELD_MAP = {
    name: 'x_mlc_ifs_s2p_field_map',
    label: 'Target field mapping',
    columns: {
        preset: {
            type: 'choice',
            options: { label: 'Preset', choices: CONNECTION.columns.field_map_preset.options.choices, mandatory: true },
        },
        object_type: {
            type: 'choice',
            options: { label: 'Object type', choices: OBJECT_TYPE_CHOICES, mandatory: true },
        },
        level: {
            type: 'choice',
            options: {
                label: 'Level',
                choices: { header: { label: 'Document header' }, line: { label: 'Document line' } },
                default: 'header',
                mandatory: true,
                hint: 'Line rows write one record per document line into the line table (source Line field)',
            },
        },
        target_table: { type: 'string', options: { label: 'Target table', maxLength: 80, mandatory: true } },
        column_name: { type: 'string', options: { label: 'Target column', maxLength: 80, mandatory: true } },
        source_kind: {
            type: 'choice',
            options: {
                label: 'Source',
                choices: {
                    field: { label: 'Document field' },
                    constant: { label: 'Constant' },
                    setting: { label: 'Connection setting' },
                    lookup: { label: 'Reference look-up' },
                    line: { label: 'Line field' },
                },
                default: 'field',
                mandatory: true,
            },
        },
        source_value: {
            type: 'string',
            options: {
                label: 'Value',
                maxLength: 255,
                hint: 'Document field (e.g. documentNumber), line field (e.g. lineQuantity), constant text, or setting (erpSource, externalInvoiceSource)',
            },
        },
        lookup: {
            type: 'string',
            options: {
                label: 'Look-up',
                maxLength: 160,
                hint: 'For a reference look-up: <table>.<column> holding the field value; the record sys_id is written',
            },
        },
        lookup_scope: {
            type: 'string',
            options: {
                label: 'Look-up scope',
                maxLength: 160,
                hint: 'Optional, for a reference look-up: <column of the look-up table>=<target column of this map>, e.g. legal_entity=legal_entity (the supplier of the legal entity that row resolved)',
            },
        },
        transform: {
            type: 'choice',
            options: {
                label: 'Transform',
                choices: { none: { label: 'None' }, date: { label: 'Date as yyyy-mm-dd' } },
                default: 'none',
            },
        },
        shipped: { type: 'boolean', options: { label: 'Shipped with the app', default: false, readOnly: true } },
        active: { type: 'boolean', options: { label: 'Active', default: true } },
    },
} as const satisfies TableSpec
