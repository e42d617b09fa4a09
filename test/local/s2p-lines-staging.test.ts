import { STAGING_KEY, FLAG } from '../../src/tables'
import { LocalPlatform } from '../../src/local/store/local-platform'
import type { SqliteStore } from '../../src/local/store/sqlite-store'
import { ModelledImportTransform } from '../../src/local/s2p-model/import-transform'
import { seedModelSuppliers } from '../../src/local/s2p-model/seed-suppliers'
import { LOCAL_ERP_SOURCE_NAME, seededSysId } from '../../src/local/s2p-model/target-tables'
import type { Platform } from '../../src/server/ports/platform'
import type { Ports } from '../../src/server/ports/ports'
import type { StoredRecord } from '../../src/server/ports/store'
import { openModelStore } from '../support/model-store'
import { INVOICE_PATH, StagingWorld, invoiceRow, orderRow } from '../unit/staging/staging-world'
import { line, withLines } from '../unit/staging/lines-fixtures'

jest.mock('../../src/server/core/staging/map-document', () =>
    jest.requireActual('../unit/staging/lines-fixtures').mapRowWithLines()
)

// Documents with lines staged into the stand-in's real SQLite tables (s2p_import), each page's
// import rows run through the modelled transform maps and their outcomes read back: headers into
// sn_shop_invoice / sn_shop_purchase_order, lines into their line tables, linked to their header.

/** The staging world with the stand-in behind it: SQLite tables from the documentation's model. */
class StandInWorld extends StagingWorld {
    readonly sqlite: SqliteStore = openModelStore()
    readonly transform = new ModelledImportTransform(this.sqlite)

    constructor() {
        super('s2p_import')
        this.connection = { ...this.connection, erpSource: seededSysId('sn_fin_erp_source', LOCAL_ERP_SOURCE_NAME) }
        // Globex (S2) is not a supplier ServiceNow knows: its invoices are refused by the transform.
        seedModelSuppliers(this.sqlite, [{ supplierCode: 'S1', legalEntity: '10', name: 'Acme Ltd' }])
    }

    override platform(): Platform {
        return new LocalPlatform(this.sqlite, { activePlugins: [], roles: [], userName: 'sync.user' })
    }

    override ports(): Ports {
        return { ...super.ports(), store: this.sqlite, importTransform: this.transform }
    }

    rows(table: string): StoredRecord[] {
        return this.sqlite.query(table, {})
    }

    openFlags(): StoredRecord[] {
        return this.rows(FLAG.name).filter((f) => f.state === 'open')
    }
}

const INVOICE_LINE_TABLE = 'sn_spend_intg_imp_invoice_line'

const poLines = [
    line('1', {
        description: 'Steel sheet',
        quantity: 10,
        unitPrice: 5,
        amount: 50,
        quantityReceived: 0,
        quantityInvoiced: 0,
    }),
    line('2', {
        description: 'Bolts',
        quantity: 100,
        unitPrice: 0.2,
        amount: 20,
        quantityReceived: 0,
        quantityInvoiced: 0,
    }),
]
const invoiceLines = [
    line('1', {
        description: 'Steel sheet',
        quantity: 10,
        unitPrice: 5,
        amount: 50,
        poLine: { orderNumber: 'PO-1', lineNumber: '1', releaseNumber: null },
    }),
    line('2', {
        description: 'Bolts',
        quantity: 100,
        unitPrice: 0.2,
        amount: 20,
        poLine: { orderNumber: 'PO-1', lineNumber: '2', releaseNumber: null },
    }),
]

describe('lines through the modelled Source-to-Pay transform (SQLite stand-in)', () => {
    it('stages a PO and an invoice with lines; each invoice line finds its PO line through the staged data alone', () => {
        const world = new StandInWorld()
        expect(world.runPage('purchase_order', [withLines(orderRow('PO-1'), poLines)])).toMatchObject({
            inserted: 1,
            rejected: 0,
        })
        expect(world.runPage('supplier_invoice', [withLines(invoiceRow(1), invoiceLines)])).toMatchObject({
            inserted: 1,
            rejected: 0,
        })

        const [order] = world.rows('sn_shop_purchase_order')
        const orderLines = world.rows('sn_shop_purchase_order_line')
        expect(orderLines.map((l) => [l.purchase_order, l.line_number, l.quantity, l.state])).toEqual([
            [order.sys_id, '1', '10', 'open'],
            [order.sys_id, '2', '100', 'open'],
        ])
        const [invoice] = world.rows('sn_shop_invoice')
        const lines = world.rows('sn_shop_invoice_line')
        expect(lines).toHaveLength(2)
        for (const l of lines) {
            expect(l.invoice).toBe(invoice.sys_id)
            const matched = orderLines.filter(
                (o) => o.purchase_order === order.sys_id && o.line_number === l.po_line_number
            )
            expect(
                world.rows('sn_fcms_intg_imp_order').find((r) => r.sys_target_sys_id === order.sys_id)?.u_erp_po_number
            ).toBe(l.po_number)
            expect(matched).toHaveLength(1)
            expect(matched[0].quantity).toBe(l.quantity)
        }
        const keys = world.rows(STAGING_KEY.name)
        expect(keys.map((k) => k.transform_state)).toEqual(['inserted', 'inserted'])
    })

    it('keeps PO line balances current: a received quantity and a removed line update the primary lines', () => {
        const world = new StandInWorld()
        world.runPage('purchase_order', [withLines(orderRow('PO-1'), poLines)])
        const received = [{ ...poLines[0], quantityReceived: 10, closed: true }, poLines[1]]
        expect(world.runPage('purchase_order', [withLines(orderRow('PO-1'), received)])).toMatchObject({ updated: 1 })
        // One new import row (line 1), none for the header or line 2; the primary line updated in place.
        expect(world.rows('sn_fcms_intg_imp_order')).toHaveLength(1)
        expect(world.rows('sn_fcms_intg_imp_order_line')).toHaveLength(3)
        expect(
            world.rows('sn_shop_purchase_order_line').map((l) => [l.line_number, l.quantity_received, l.state])
        ).toEqual([
            ['1', '10', 'closed'],
            ['2', '0', 'open'],
        ])

        expect(world.runPage('purchase_order', [withLines(orderRow('PO-1'), [received[0]])])).toMatchObject({
            updated: 1,
        })
        expect(world.rows('sn_shop_purchase_order_line').map((l) => [l.line_number, l.quantity, l.state])).toEqual([
            ['1', '10', 'closed'],
            ['2', '0', 'removed'],
        ])
        expect(world.rows('sn_fcms_intg_imp_order_line').every((r) => r.sys_import_state !== 'error')).toBe(true)
        expect(world.runPage('purchase_order', [withLines(orderRow('PO-1'), [received[0]])])).toMatchObject({
            duplicates: 1,
        })
    })

    it('a line the transform refuses flags its document with the platform message naming the line', () => {
        const world = new StandInWorld()
        const noPrice = [invoiceLines[0], { ...invoiceLines[1], unitPrice: null }]
        expect(world.runPage('supplier_invoice', [withLines(invoiceRow(2), noPrice)])).toMatchObject({
            rejected: 1,
            flagged: 1,
        })
        const [flag] = world.openFlags()
        expect(flag.reason).toBe('transform_rejected')
        expect(flag.message).toContain('Invoice INV-2 line 2')
        expect(flag.message).toContain('u_line_unit_price')
        expect(world.rows('sn_shop_invoice_line')).toHaveLength(1)
        expect(world.rows(STAGING_KEY.name)[0].transform_state).toBe('error')
    })

    it("lines of an invoice whose header the transform refuses are refused with it; the flag names the header's reason", () => {
        const world = new StandInWorld()
        expect(
            world.runPage('supplier_invoice', [withLines(invoiceRow(3, { Identity: 'S2' }), invoiceLines)])
        ).toMatchObject({ rejected: 1 })
        const [flag] = world.openFlags()
        expect(flag.message).toBe(
            "ServiceNow's import transform refused Invoice INV-3: Supplier S2 is not known in ServiceNow for legal entity 10."
        )
        // The lines' own refusal only echoes the header's ("has no record in ServiceNow"): not repeated.
        expect(world.rows('sn_shop_invoice_line')).toHaveLength(0)
        expect(world.rows(STAGING_KEY.name)[0].transform_state).toBe('error')
    })

    it('a refused document retried after the fix in ServiceNow goes in again with all its lines', () => {
        const world = new StandInWorld()
        const row = withLines(invoiceRow(4, { Identity: 'S2' }), invoiceLines)
        world.runPage('supplier_invoice', [row])
        expect(world.rows('sn_shop_invoice_line')).toHaveLength(0)
        // The AP team adds the supplier in ServiceNow; the flag is retried (its row read again from IFS).
        seedModelSuppliers(world.sqlite, [{ supplierCode: 'S2', legalEntity: '10', name: 'Globex' }])
        world.ifs.set(INVOICE_PATH, [row])
        const [flag] = world.openFlags()
        const outcome = world.stager().stager.retryOpenFlags('supplier_invoice', [flag.sys_id])
        expect(outcome).toMatchObject({ retried: 1, resolved: 1 })
        expect(world.rows('sn_shop_invoice')).toHaveLength(1)
        expect(world.rows('sn_shop_invoice_line').map((l) => [l.line_number, l.invoice])).toEqual([
            ['1', world.rows('sn_shop_invoice')[0].sys_id],
            ['2', world.rows('sn_shop_invoice')[0].sys_id],
        ])
        expect(world.rows(STAGING_KEY.name)[0].transform_state).toBe('inserted')
        expect(world.openFlags()).toHaveLength(0)
    })

    it('platform_schedule: the document waits for its header and line rows, then a refused line is flagged', () => {
        const world = new StandInWorld()
        world.connection = { ...world.connection, transformMode: 'platform_schedule' }
        const noPrice = [invoiceLines[0], { ...invoiceLines[1], unitPrice: null }]
        expect(world.runPage('supplier_invoice', [withLines(invoiceRow(5), noPrice)])).toMatchObject({ inserted: 1 })
        expect(world.rows(STAGING_KEY.name)[0].transform_state).toBe('pending')
        const settle = () => world.stager().stager.settlePendingOutcomes!('supplier_invoice')
        const pendingRows = (table: string) =>
            world
                .rows(table)
                .filter((r) => r.sys_import_state === 'pending')
                .map((r) => r.sys_id)

        // The platform's schedule transforms the header first: the lines still wait, so does the key.
        world.transform.transform('sn_spend_intg_imp_invoice', pendingRows('sn_spend_intg_imp_invoice'))
        expect(settle()).toEqual({ rejected: 0, flagged: 0 })
        expect(world.rows(STAGING_KEY.name)[0].transform_state).toBe('pending')

        world.transform.transform(INVOICE_LINE_TABLE, pendingRows(INVOICE_LINE_TABLE))
        expect(settle()).toEqual({ rejected: 1, flagged: 1 })
        expect(world.rows(STAGING_KEY.name)[0].transform_state).toBe('error')
        const [flag] = world.openFlags()
        expect(flag.reason).toBe('transform_rejected')
        expect(flag.message).toContain('Invoice INV-5 line 2')
        expect(flag.message).toContain('u_line_unit_price')
        expect(settle()).toEqual({ rejected: 0, flagged: 0 })
    })
})
