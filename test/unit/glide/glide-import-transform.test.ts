jest.mock('@servicenow/glide', () => require('../../doubles/glide/jest-glide').modules['@servicenow/glide'])

import { GlideImportTransform, IMPORT_SET_TABLE } from '../../../src/server/glide/glide-import-transform'
import { GlideStore } from '../../../src/server/glide/glide-store'
import { freshWorld } from '../../doubles/glide/jest-glide'
import type { GlideWorld } from '../../doubles/glide/glide-world'

const TABLE = 'sn_spend_intg_imp_invoice'

function importWorld(): GlideWorld {
    const world = freshWorld()
    world.defineTable(IMPORT_SET_TABLE, [
        { name: 'table_name', internalType: 'string', maxLength: 80 },
        { name: 'short_description', internalType: 'string', maxLength: 160 },
    ])
    world.defineTable(TABLE, [
        { name: 'u_external_invoice_number', internalType: 'string', maxLength: 40 },
        { name: 'sys_import_set', internalType: 'reference', reference: IMPORT_SET_TABLE },
        { name: 'sys_import_state', internalType: 'string', maxLength: 40 },
        { name: 'sys_import_state_comment', internalType: 'string', maxLength: 4000 },
        { name: 'sys_row_error', internalType: 'reference', reference: 'sys_import_set_row_error' },
        { name: 'sys_target_table', internalType: 'string', maxLength: 80 },
        { name: 'sys_target_sys_id', internalType: 'string', maxLength: 32 },
    ])
    return world
}

describe('GlideImportTransform', () => {
    it('creates an import set for the table, links the pending rows to it and runs every map synchronously', () => {
        const world = importWorld()
        const a = world.store.insert(TABLE, { u_external_invoice_number: 'INV-1', sys_import_state: 'pending' })
        const b = world.store.insert(TABLE, { u_external_invoice_number: 'INV-2', sys_import_state: 'pending' })
        const done = world.store.insert(TABLE, { u_external_invoice_number: 'INV-0', sys_import_state: 'inserted' })
        const seen: string[][] = []
        world.transformMaps = (setSysId) =>
            seen.push(
                world.store
                    .query(TABLE, { where: [{ field: 'sys_import_set', op: '=', value: setSysId }] })
                    .map((r) => r.u_external_invoice_number as string)
            )

        new GlideImportTransform(new GlideStore()).transform(TABLE, [a, b, done])

        const sets = world.store.query(IMPORT_SET_TABLE, {})
        expect(sets).toHaveLength(1)
        expect(sets[0].table_name).toBe(TABLE)
        expect(world.transformCalls).toEqual([
            { importSetSysId: sets[0].sys_id, importSetRecord: sets[0].sys_id, sync: true },
        ])
        // Only the pending rows were linked: a transformed row keeps the set it had.
        expect(seen).toEqual([['INV-1', 'INV-2']])
        expect(world.store.get(TABLE, done)?.sys_import_set ?? null).toBeNull()
    })

    it('does nothing for no rows', () => {
        const world = importWorld()
        new GlideImportTransform(new GlideStore()).transform(TABLE, [])
        expect(world.store.query(IMPORT_SET_TABLE, {})).toHaveLength(0)
        expect(world.transformCalls).toHaveLength(0)
    })

    it('reads state, comment and produced record of the asked rows in one query', () => {
        const world = importWorld()
        const ok = world.store.insert(TABLE, {
            sys_import_state: 'inserted',
            sys_target_table: 'sn_shop_invoice',
            sys_target_sys_id: 'a'.repeat(32),
        })
        const bad = world.store.insert(TABLE, {
            sys_import_state: 'error',
            sys_import_state_comment: 'Supplier 7001 not found',
        })
        world.store.insert(TABLE, { sys_import_state: 'pending' })
        const outcomes = new GlideImportTransform(new GlideStore()).outcomes(TABLE, [ok, bad])
        expect(outcomes).toEqual(
            expect.arrayContaining([
                {
                    rowSysId: ok,
                    state: 'inserted',
                    message: null,
                    targetTable: 'sn_shop_invoice',
                    targetSysId: 'a'.repeat(32),
                },
                {
                    rowSysId: bad,
                    state: 'error',
                    message: 'Supplier 7001 not found',
                    targetTable: null,
                    targetSysId: null,
                },
            ])
        )
        expect(outcomes).toHaveLength(2)
    })
})
