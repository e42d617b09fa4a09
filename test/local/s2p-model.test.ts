import { LocalPlatform } from '../../src/local/store/local-platform'
import { SqliteStore } from '../../src/local/store/sqlite-store'
import { targetTablesFor } from '../../src/local/cli/local-runtime'
import { MODEL_CONFIG, openModelStore } from '../support/model-store'
import { connectionValues } from '../../src/local/cli/connection-row'
import { seedModelTables } from '../../src/local/s2p-model/s2p-model'
import type { ColumnInfo } from '../../src/server/ports/platform'

// The stand-in's Source-to-Pay tables, checked against ServiceNow's documentation as summarised in
// the fact sheet (shared/reference/s2p-targets.md §1a, §1d, §2): not against the field maps.

const config = MODEL_CONFIG

function open(): { store: SqliteStore; platform: LocalPlatform } {
    const store = openModelStore()
    const platform = new LocalPlatform(store, { activePlugins: [], roles: [], userName: 'u' })
    return { store, platform }
}

const IMPORT_SET_ROW = [
    'sys_import_set',
    'sys_import_state',
    'sys_import_state_comment',
    'sys_target_sys_id',
    'sys_target_table',
    'sys_row_error',
]

describe('the modelled import tables', () => {
    const { platform } = open()
    /** The import columns (`u_*`) a table marks mandatory, sorted. */
    const mandatoryImportColumns = (columns: readonly ColumnInfo[]) =>
        columns
            .filter((c) => c.mandatory && c.name.startsWith('u_'))
            .map((c) => c.name)
            .sort()

    it('invoice staging marks the documented mandatory columns, and only those', () => {
        const columns = platform.describeTable('sn_spend_intg_imp_invoice')!
        expect(mandatoryImportColumns(columns)).toEqual(
            [
                'u_erp_source',
                'u_external_invoice_number',
                'u_external_invoice_source',
                'u_invoice_date',
                'u_other_charges',
                'u_subtotal',
                'u_supplier',
            ].sort()
        )
        expect(columns.find((c) => c.name === 'u_invoice_type')?.choices).toEqual([
            'invoice',
            'non_po_invoice',
            'debit_memo',
            'credit_memo',
        ])
    })

    it('order staging requires the ERP PO number and ERP source', () => {
        const columns = platform.describeTable('sn_fcms_intg_imp_order')!
        expect(mandatoryImportColumns(columns)).toEqual(['u_erp_po_number', 'u_erp_source'])
        expect(columns.find((c) => c.name === 'u_order_type')?.choices).toEqual(['standard', 'blanket'])
    })

    it.each(['sn_spend_intg_imp_invoice', 'sn_fcms_intg_imp_order'])('%s has the import-set row columns', (table) => {
        const names = platform.describeTable(table)!.map((c) => c.name)
        expect(names).toEqual(expect.arrayContaining(IMPORT_SET_ROW))
        const state = platform.describeTable(table)!.find((c) => c.name === 'sys_import_state')
        expect(state?.choices).toEqual(['pending', 'inserted', 'updated', 'ignored', 'skipped', 'error'])
    })
})

describe('the model is not the field maps', () => {
    it('invoice staging has no column the documentation does not name (no invented u_* fields)', () => {
        const names = open()
            .platform.describeTable('sn_spend_intg_imp_invoice')!
            .map((c) => c.name)
        for (const invented of ['u_external_reference', 'u_net_amount', 'u_total_amount', 'u_source_state'])
            expect(names).not.toContain(invented)
    })

    it("proc_po has none of the brief's assumed columns unless the brief preset is asked for", () => {
        expect(
            open()
                .platform.describeTable('proc_po')!
                .map((c) => c.name)
        ).not.toContain('po_number')
        const brief = targetTablesFor({ ...config, fieldMapPreset: 'brief' }).find((t) => t.name === 'proc_po')!
        expect(brief.columns.map((c) => c.name)).toContain('po_number')
    })
})

describe('the modelled targets and reference tables', () => {
    it('proc_po has its real columns (ship to: required on the form, not modelled mandatory: unconfirmed)', () => {
        const { platform } = open()
        const columns = platform.describeTable('proc_po')!
        expect(columns.map((c) => c.name)).toEqual(
            expect.arrayContaining(['number', 'status', 'total_cost', 'vendor', 'due_by', 'ship_to'])
        )
        expect(columns.find((c) => c.name === 'ship_to')?.kind).toBe('reference')
    })

    it('starts with one ERP source, "IFS Cloud", and seeding again adds no second one', () => {
        const { store } = open()
        seedModelTables(store)
        const rows = store.query('sn_fin_erp_source', { where: [] })
        expect(rows.map((r) => r.name)).toEqual(['IFS Cloud'])
    })

    it('the local connection row points at that ERP source record by default', () => {
        const { store } = open()
        const [source] = store.query('sn_fin_erp_source', { where: [] })
        expect(connectionValues(config).erp_source).toBe(source.sys_id)
    })

    it.each(['sn_shop_invoice', 'sn_shop_purchase_order', 'sn_fin_supplier', 'sn_fin_legal_entity'])(
        '%s exists in the stand-in',
        (table) => {
            expect(open().platform.describeTable(table)).not.toBeNull()
        }
    )
})

describe('an import row written by a script', () => {
    it('starts pending, as the platform leaves it until a transform runs', () => {
        const { store } = open()
        const id = store.insert('sn_spend_intg_imp_invoice', { u_external_invoice_number: 'INV-1' })
        expect(store.get('sn_spend_intg_imp_invoice', id)?.sys_import_state).toBe('pending')
    })
})
