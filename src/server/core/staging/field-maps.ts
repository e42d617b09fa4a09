import type { ObjectType } from '../../../tables/object-types'
import type { FieldMapPreset } from '../config/connection-config'
import type { ColumnKind } from '../../ports/platform'

/** Canonical values a target record can receive; `externalReference` is the staging key. */
export type MappedField =
    | 'documentNumber'
    | 'supplierNumber'
    | 'supplierName'
    | 'company'
    | 'documentDate'
    | 'createdAt'
    | 'dueDate'
    | 'currency'
    | 'netAmount'
    | 'taxAmount'
    | 'grossAmount'
    | 'poReference'
    | 'glAccount'
    | 'costCenter'
    | 'state'
    | 'externalReference'

/**
 * Canonical field → target column for one object type. The external reference is mandatory: the
 * crash repair finds a half-staged document by it. `lock` names the target's own state column and
 * the states after which a change from IFS must not be written (it is flagged instead).
 */
export interface FieldMap {
    defaultTable: string
    columns: Partial<Record<MappedField, string>> & { externalReference: string }
    lock: { column: string; states: readonly string[] }
}

const INVOICE_LOCK = ['approved', 'posted', 'paid']

const SHOP_PURCHASE_ORDER: FieldMap = {
    defaultTable: 'sn_shop_purchase_order',
    columns: {
        documentNumber: 'po_number',
        supplierNumber: 'supplier_number',
        supplierName: 'supplier_name',
        company: 'legal_entity',
        documentDate: 'order_date',
        createdAt: 'source_created_at',
        dueDate: 'expected_delivery_date',
        currency: 'currency',
        netAmount: 'net_amount',
        taxAmount: 'tax_amount',
        grossAmount: 'total_amount',
        glAccount: 'gl_account',
        costCenter: 'cost_center',
        state: 'source_state',
        externalReference: 'external_reference',
    },
    lock: { column: 'state', states: ['closed', 'canceled'] },
}

export const FIELD_MAPS: Readonly<Record<FieldMapPreset, Readonly<Record<ObjectType, FieldMap>>>> = {
    // The product brief's tables. Column names are this connector's; POs lock once received/closed.
    brief: {
        supplier_invoice: {
            defaultTable: 'sn_apo_invoice',
            columns: {
                documentNumber: 'invoice_number',
                supplierNumber: 'supplier_number',
                supplierName: 'supplier_name',
                company: 'company',
                documentDate: 'invoice_date',
                createdAt: 'source_created_at',
                dueDate: 'due_date',
                currency: 'currency',
                netAmount: 'net_amount',
                taxAmount: 'tax_amount',
                grossAmount: 'gross_amount',
                poReference: 'po_number',
                glAccount: 'gl_account',
                costCenter: 'cost_center',
                state: 'source_state',
                externalReference: 'external_reference',
            },
            lock: { column: 'state', states: INVOICE_LOCK },
        },
        purchase_order: {
            defaultTable: 'proc_po',
            columns: {
                documentNumber: 'po_number',
                supplierNumber: 'supplier_number',
                supplierName: 'supplier_name',
                company: 'company',
                documentDate: 'order_date',
                createdAt: 'source_created_at',
                dueDate: 'due_by',
                currency: 'currency',
                netAmount: 'net_amount',
                taxAmount: 'tax_amount',
                grossAmount: 'total_cost',
                glAccount: 'gl_account',
                costCenter: 'cost_center',
                state: 'source_state',
                externalReference: 'external_reference',
            },
            lock: { column: 'status', states: ['received', 'closed', 'canceled'] },
        },
    },
    // Import staging rows (u_* columns) processed by the platform's transform maps: once a row is
    // transformed, a change to it would never reach the invoice, so it is flagged instead.
    s2p_import: {
        supplier_invoice: {
            defaultTable: 'sn_spend_intg_imp_invoice',
            columns: {
                documentNumber: 'u_external_invoice_number',
                supplierNumber: 'u_supplier',
                supplierName: 'u_supplier_name',
                company: 'u_legal_entity',
                documentDate: 'u_invoice_date',
                createdAt: 'u_source_created_at',
                dueDate: 'u_due_date',
                currency: 'u_currency',
                netAmount: 'u_net_amount',
                taxAmount: 'u_tax_amount',
                grossAmount: 'u_total_amount',
                poReference: 'u_purchase_order',
                glAccount: 'u_gl_account',
                costCenter: 'u_cost_center',
                state: 'u_source_state',
                externalReference: 'u_external_reference',
            },
            lock: { column: 'sys_import_state', states: ['processed'] },
        },
        purchase_order: SHOP_PURCHASE_ORDER,
    },
    s2p_tables: {
        supplier_invoice: {
            defaultTable: 'sn_shop_invoice',
            columns: {
                documentNumber: 'invoice_number',
                supplierNumber: 'supplier_number',
                supplierName: 'supplier_name',
                company: 'legal_entity',
                documentDate: 'invoice_date',
                createdAt: 'source_created_at',
                dueDate: 'due_date',
                currency: 'currency',
                netAmount: 'net_amount',
                taxAmount: 'tax_amount',
                grossAmount: 'total_amount',
                poReference: 'purchase_order_number',
                glAccount: 'gl_account',
                costCenter: 'cost_center',
                state: 'source_state',
                externalReference: 'external_reference',
            },
            lock: { column: 'state', states: INVOICE_LOCK },
        },
        purchase_order: SHOP_PURCHASE_ORDER,
    },
}

export function fieldMapFor(preset: FieldMapPreset, objectType: ObjectType): FieldMap {
    return FIELD_MAPS[preset][objectType]
}

export interface TargetColumnSchema {
    name: string
    kind: ColumnKind
    maxLength?: number
}

/** The column each canonical field needs on an instance (and in the SQLite stand-in). */
const FIELD_COLUMN: Readonly<Record<MappedField, { kind: ColumnKind; maxLength?: number }>> = {
    documentNumber: { kind: 'string', maxLength: 100 },
    supplierNumber: { kind: 'string', maxLength: 100 },
    supplierName: { kind: 'string', maxLength: 255 },
    company: { kind: 'string', maxLength: 40 },
    documentDate: { kind: 'date' },
    createdAt: { kind: 'datetime' },
    dueDate: { kind: 'date' },
    currency: { kind: 'string', maxLength: 3 },
    netAmount: { kind: 'decimal' },
    taxAmount: { kind: 'decimal' },
    grossAmount: { kind: 'decimal' },
    poReference: { kind: 'string', maxLength: 100 },
    glAccount: { kind: 'string', maxLength: 100 },
    costCenter: { kind: 'string', maxLength: 100 },
    state: { kind: 'string', maxLength: 40 },
    externalReference: { kind: 'string', maxLength: 64 },
}

function schemaOf(map: FieldMap): TargetColumnSchema[] {
    const columns: TargetColumnSchema[] = []
    for (const field of Object.keys(map.columns) as MappedField[]) {
        const name = map.columns[field]
        if (name) columns.push({ name, ...FIELD_COLUMN[field] })
    }
    // The target's own state, read (never written) to decide whether a change may be applied.
    columns.push({ name: map.lock.column, kind: 'string', maxLength: 40 })
    return columns
}

function buildSchemas(): Readonly<Record<string, readonly TargetColumnSchema[]>> {
    const out: Record<string, readonly TargetColumnSchema[]> = {}
    for (const preset of Object.keys(FIELD_MAPS) as FieldMapPreset[])
        for (const objectType of Object.keys(FIELD_MAPS[preset]) as ObjectType[]) {
            const map = FIELD_MAPS[preset][objectType]
            out[map.defaultTable] = schemaOf(map)
        }
    return out
}

/**
 * For each default target table of every preset: the columns this connector writes and reads, so
 * the local SQLite stand-in can create target tables the way an instance has them.
 */
export const TARGET_TABLE_SCHEMAS: Readonly<Record<string, readonly TargetColumnSchema[]>> = buildSchemas()
