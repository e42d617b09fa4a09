import type { FieldMapPreset } from '../../src/server/core/config/connection-config'
import { defaultTypeRows } from '../../src/server/core/config/connection-types'
import type { ObjectType } from '../../src/server/core/document-types/object-type'
import type { FieldValue, Store } from '../../src/server/ports/store'
import { CONNECTION_TYPE } from '../../src/tables'

/** Per type, the columns of its row that differ from a new connection's defaults. */
export type TypeRowChanges = Partial<Record<ObjectType, Readonly<Record<string, FieldValue>>>>

/** The connection record most tests insert: a valid tenant, one company, the column defaults else. */
export const ACME_CONNECTION = {
    name: 'Acme',
    tenant_url: 'https://acme.ifs.cloud',
    realm: 'acme',
    oauth_profile: 'p'.repeat(32),
    companies: '10',
} as const

/** The connections most tests run: purchase orders only / supplier invoices only. */
export const ORDERS_ONLY: TypeRowChanges = { supplier_invoice: { active: false } }
export const INVOICES_ONLY: TypeRowChanges = { purchase_order: { active: false } }
/**
 * Purchase orders only, their headers alone (`"lines": false`): for tests about how header pages
 * are read, whose scripted answers would otherwise be taken by the page's line request.
 */
export const ORDER_HEADERS_ONLY: TypeRowChanges = {
    ...ORDERS_ONLY,
    purchase_order: { source_overrides: '{"lines": false}' },
}

/**
 * The document type rows the instance's after-insert rule gives a new connection (one per
 * registered type, registry defaults), with `changes` applied: what tests that insert a connection
 * record directly add next to it.
 */
export function typeRowsFor(
    connectionSysId: string,
    changes: TypeRowChanges = {},
    preset: FieldMapPreset = 'brief'
): Record<string, FieldValue>[] {
    return defaultTypeRows(connectionSysId, preset).map((row) => ({
        ...row,
        ...changes[row.object_type as ObjectType],
    }))
}

export function insertTypeRows(
    store: Pick<Store, 'insert'>,
    connectionSysId: string,
    changes: TypeRowChanges = {},
    preset: FieldMapPreset = 'brief'
): void {
    for (const row of typeRowsFor(connectionSysId, changes, preset)) store.insert(CONNECTION_TYPE.name, row)
}
