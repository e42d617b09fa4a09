import Database from 'better-sqlite3'
import * as path from 'path'
import { emulatorForBlock } from '../support/emulator-for-block'
import { INVOICE_IMPORT_MANDATORY_COLUMNS } from '../support/s2p-mandatory-columns'

/**
 * The local runner with no preset named: the default stages into the integration framework's
 * import tables as the documentation describes them (s2p-targets §1a, §1d), every mandatory
 * column filled, the ERP source named. Expectations come from the documentation, not the maps.
 */
const SECRET = `default-preset-${process.pid}-${Date.now()}`
const block = emulatorForBlock({
    args: ['--seed', '11', '--invoices', '40', '--orders', '20'],
    clientSecret: SECRET,
    tempPrefix: 'mlc-default-preset-',
})

test('sync stages invoices and orders into the import tables with every documented mandatory column filled', async () => {
    const result = await block.sync({ name: 'Default preset', companies: ['10', '20'], database: 'default.db' })
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout).report.status).toBe('succeeded')
    const db = new Database(path.join(block.dir, 'default.db'), { readonly: true })
    try {
        const invoices = db.prepare('SELECT * FROM sn_spend_intg_imp_invoice').all() as Record<string, unknown>[]
        const orders = db.prepare('SELECT * FROM sn_fcms_intg_imp_order').all() as Record<string, unknown>[]
        expect(invoices.length).toBeGreaterThan(0)
        expect(orders.length).toBeGreaterThan(0)
        for (const row of invoices) {
            for (const column of INVOICE_IMPORT_MANDATORY_COLUMNS)
                expect({ column, empty: row[column] == null }).toEqual({ column, empty: false })
            expect(row.u_erp_source).toBe('IFS Cloud')
            expect(row.u_external_invoice_source).toBe('IFS Cloud')
            expect(String(row.u_invoice_date)).toMatch(/^\d{4}-\d{2}-\d{2}$/)
            expect(String(row.u_third_party_import_id)).toMatch(/^[0-9a-f]{64}$/)
        }
        for (const row of orders) {
            expect(row.u_erp_po_number).not.toBeNull()
            expect(row.u_erp_source).toBe('IFS Cloud')
        }
        // Nothing was written to the brief's tables.
        expect(db.prepare('SELECT COUNT(*) AS n FROM sn_apo_invoice').get()).toEqual({ n: 0 })
    } finally {
        db.close()
    }
})
