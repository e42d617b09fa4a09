import type { TableSpec } from './column-spec'
import { OBJECT_TYPE_CHOICES } from './object-type-choices'

/**
 * Per connection and document type: sync it or not, where IFS holds it, where it is staged, and
 * how its IFS names differ from the preset. One row per (connection, object type); the connection's
 * after-insert rule creates one per registered type with the registry's defaults, so nobody types
 * an object type id. An empty entity set or target table means the registry's default.
 */
export const CONNECTION_TYPE = {
    name: 'x_mlc_ifs_s2p_connection_type',
    label: 'Connection document type',
    columns: {
        connection: {
            type: 'reference',
            options: {
                label: 'Connection',
                referenceTable: 'x_mlc_ifs_s2p_connection',
                mandatory: true,
                cascadeRule: 'delete',
            },
        },
        object_type: {
            type: 'choice',
            options: { label: 'Object type', choices: OBJECT_TYPE_CHOICES, mandatory: true },
        },
        active: { type: 'boolean', options: { label: 'Active', default: true } },
        entity_set_path: {
            type: 'string',
            options: {
                label: 'Entity set',
                maxLength: 255,
                hint: "<Projection>.svc/<EntitySet>; empty: the document type's default",
            },
        },
        target_table: {
            type: 'string',
            options: {
                label: 'Target table',
                maxLength: 80,
                hint: "Empty: the field map preset's table for this document type",
            },
        },
        source_overrides: {
            type: 'json',
            options: {
                label: 'IFS field overrides',
                maxLength: 4000,
                hint: 'JSON: {"stamp": ..., "keys": [...], "fields": {...}} where IFS names differ from the preset; empty: none',
            },
        },
    },
    // One row per partition: the save refuses a second row for the same connection and type.
    indexes: [
        { name: 'x_mlc_ifs_s2p_connection_type_partition', unique: true, element: ['connection', 'object_type'] },
    ],
} as const satisfies TableSpec
