import { SqliteStore } from '../../src/local/store/sqlite-store'
import { openModelStore } from '../support/model-store'
import { ModelledImportTransform } from '../../src/local/s2p-model/import-transform'
import { seedModelSuppliers } from '../../src/local/s2p-model/seed-suppliers'
import { LOCAL_ERP_SOURCE_NAME } from '../../src/local/s2p-model/target-tables'

// The stand-in's transform maps: what the documented Source-to-Pay transform does to a pending
// import row, reduced to the checks that make it refuse one (see import-transform.ts).

const INVOICES = 'sn_spend_intg_imp_invoice'
const ORDERS = 'sn_fcms_intg_imp_order'

function open(): { store: SqliteStore; transform: ModelledImportTransform } {
    const store = openModelStore()
    seedModelSuppliers(store, [
        { supplierCode: '7001', legalEntity: '10', name: 'Nordic Steel' },
        { supplierCode: '7002', legalEntity: '10', name: 'Acme' },
        { supplierCode: '7002', legalEntity: '20', name: 'Acme' },
    ])
    return { store, transform: new ModelledImportTransform(store) }
}

/** An invoice row with every documented mandatory column filled. */
function invoice(overrides: Record<string, string | null> = {}): Record<string, string | null> {
    return {
        u_external_invoice_number: 'INV-1',
        u_external_invoice_source: 'IFS Cloud',
        u_erp_source: LOCAL_ERP_SOURCE_NAME,
        u_supplier: '7001',
        u_legal_entity: '10',
        u_invoice_date: '2026-01-10',
        u_subtotal: '100',
        u_other_charges: '0',
        ...overrides,
    }
}

describe('modelled import transform', () => {
    it('new import rows start pending', () => {
        const { store } = open()
        const row = store.insert(INVOICES, invoice())
        expect(store.get(INVOICES, row)?.sys_import_state).toBe('pending')
    })

    it('turns a complete row into an sn_shop_invoice with its supplier and legal entity resolved', () => {
        const { store, transform } = open()
        const row = store.insert(INVOICES, invoice())
        transform.transform(INVOICES, [row])
        const [outcome] = transform.outcomes(INVOICES, [row])
        expect(outcome).toMatchObject({
            rowSysId: row,
            state: 'inserted',
            targetTable: 'sn_shop_invoice',
            message: null,
        })
        const produced = store.get('sn_shop_invoice', outcome.targetSysId!)
        const supplier = store.query('sn_fin_supplier', {
            where: [
                { field: 'erp_supplier_code', op: '=', value: '7001' },
                { field: 'erp_company_code', op: '=', value: '10' },
            ],
        })[0]
        expect(produced).toMatchObject({ supplier_invoice_number: 'INV-1', supplier: supplier.sys_id, subtotal: '100' })
        expect(produced?.legal_entity).not.toBeNull()
    })

    it('finds the invoice it made again when it died before marking the row: no second invoice', () => {
        const { store } = open()
        const row = store.insert(INVOICES, invoice())
        // Dies right after making the invoice, before the row's state is written (a SIGKILL there).
        const dying = Object.create(store) as SqliteStore
        dying.update = (table, sysId, values) => {
            if (table === INVOICES) throw new Error('killed')
            return store.update(table, sysId, values)
        }
        expect(() => new ModelledImportTransform(dying).transform(INVOICES, [row])).toThrow('killed')
        expect(store.get(INVOICES, row)?.sys_import_state).toBe('pending')
        const made = store.query('sn_shop_invoice', {})
        expect(made).toHaveLength(1)

        const transform = new ModelledImportTransform(store)
        transform.transform(INVOICES, [row])
        const [outcome] = transform.outcomes(INVOICES, [row])
        expect(store.query('sn_shop_invoice', {})).toHaveLength(1)
        expect(outcome.targetSysId).toBe(made[0].sys_id)
        expect(['inserted', 'updated']).toContain(outcome.state)
    })

    it('refuses a supplier ServiceNow does not hold for the row legal entity, with a message naming both', () => {
        const { store, transform } = open()
        const row = store.insert(INVOICES, invoice({ u_supplier: '7001', u_legal_entity: '20' }))
        transform.transform(INVOICES, [row])
        expect(transform.outcomes(INVOICES, [row])[0]).toMatchObject({
            state: 'error',
            message: 'Supplier 7001 is not known in ServiceNow for legal entity 20.',
            targetSysId: null,
        })
        expect(store.query('sn_shop_invoice', {})).toHaveLength(0)
    })

    it('refuses a row with mandatory columns empty, naming them', () => {
        const { store, transform } = open()
        const row = store.insert(INVOICES, invoice({ u_erp_source: null, u_other_charges: ' ' }))
        transform.transform(INVOICES, [row])
        const [outcome] = transform.outcomes(INVOICES, [row])
        expect(outcome.state).toBe('error')
        expect(outcome.message).toContain('u_erp_source')
        expect(outcome.message).toContain('u_other_charges')
    })

    it('refuses an ERP source no sn_fin_erp_source record has', () => {
        const { store, transform } = open()
        const row = store.insert(INVOICES, invoice({ u_erp_source: 'SAP' }))
        transform.transform(INVOICES, [row])
        expect(transform.outcomes(INVOICES, [row])[0]).toMatchObject({ state: 'error' })
        expect(transform.outcomes(INVOICES, [row])[0].message).toContain('ERP source "SAP"')
    })

    it('coalesces a later row of the same invoice and supplier onto the same record, and leaves transformed rows alone', () => {
        const { store, transform } = open()
        const first = store.insert(INVOICES, invoice())
        transform.transform(INVOICES, [first])
        const second = store.insert(INVOICES, invoice({ u_subtotal: '150' }))
        const other = store.insert(INVOICES, invoice({ u_supplier: '7002' }))
        transform.transform(INVOICES, [first, second, other])
        const [a, b, c] = [first, second, other].map((id) => transform.outcomes(INVOICES, [id])[0])
        expect(a.state).toBe('inserted')
        expect(b).toMatchObject({ state: 'updated', targetSysId: a.targetSysId })
        // Same number, another supplier: another invoice.
        expect(c.state).toBe('inserted')
        expect(c.targetSysId).not.toBe(a.targetSysId)
        expect(store.get('sn_shop_invoice', a.targetSysId!)?.subtotal).toBe('150')
    })

    it('transforms purchase-order staging onto sn_shop_purchase_order by ERP PO number', () => {
        const { store, transform } = open()
        const row = store.insert(ORDERS, {
            u_erp_po_number: 'PO-1',
            u_erp_source: LOCAL_ERP_SOURCE_NAME,
            u_po_amount: '10',
        })
        const missing = store.insert(ORDERS, { u_erp_po_number: 'PO-2' })
        transform.transform(ORDERS, [row, missing])
        const outcomes = transform.outcomes(ORDERS, [row, missing])
        expect(outcomes.find((o) => o.rowSysId === row)).toMatchObject({
            state: 'inserted',
            targetTable: 'sn_shop_purchase_order',
        })
        expect(outcomes.find((o) => o.rowSysId === missing)?.message).toContain('u_erp_source')
    })

    it('seeding the supplier master twice adds nothing the second time', () => {
        const { store } = open()
        expect(seedModelSuppliers(store, [{ supplierCode: '7001', legalEntity: '10', name: 'Nordic Steel' }])).toBe(0)
        expect(store.query('sn_fin_supplier', {})).toHaveLength(3)
    })

    it('checks suppliers only once the supplier master holds any (nothing seeds it outside the demo)', () => {
        const store = openModelStore()
        const transform = new ModelledImportTransform(store)
        const row = store.insert(INVOICES, invoice({ u_supplier: '9999' }))
        transform.transform(INVOICES, [row])
        expect(transform.outcomes(INVOICES, [row])[0]).toMatchObject({ state: 'inserted' })
    })
})
