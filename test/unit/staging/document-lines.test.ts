import { STAGING_KEY } from '../../../src/tables'
import { StoreError } from '../../../src/server/ports/store'
import type { StoredRecord } from '../../../src/server/ports/store'
import { StagingWorld, invoiceRow, orderRow } from './staging-world'
import { line, posting, withLines } from './lines-fixtures'

jest.mock('../../../src/server/core/staging/map-document', () =>
    jest.requireActual('./lines-fixtures').mapRowWithLines()
)

// A document is a header with its lines, staged as one unit: lines after their header and before
// the key, each line row carrying the connector key "<staging key>:<line number>".

const INVOICE_LINES = 'sn_spend_intg_imp_invoice_line'
const PO_ITEMS = 'proc_po_item'

function lineRows(world: StagingWorld, table: string): StoredRecord[] {
    return world.store.all(table)
}

/** The rows of one line (by its number) in the order written. */
function rowsOf(world: StagingWorld, table: string, lineNumber: string): StoredRecord[] {
    const key = world.keys()[0].key
    return lineRows(world, table).filter((r) => r.u_ml_connector_key === `${key}:${lineNumber}`)
}

describe('invoice lines into the import table (s2p_import)', () => {
    const lines = [
        line('1', {
            description: 'Bolts',
            quantity: 4,
            unitPrice: 2.5,
            amount: 10,
            poLine: { orderNumber: 'PO-7', lineNumber: '3', releaseNumber: '2' },
            postings: [
                posting({
                    glAccount: '6100',
                    costCenter: 'CC-A',
                    glAccountMapped: null,
                    costCenterMapped: null,
                    amount: 6,
                }),
                posting({ postingNumber: '2', glAccountMapped: '6200', costCenterMapped: 'CC-B', amount: 4 }),
            ],
        }),
        line('2', { description: 'Freight', quantity: 1, unitPrice: 15, amount: 15 }),
    ]

    it('writes each line joined to its header, with its PO line, its first posting coding and its connector key', () => {
        const world = new StagingWorld('s2p_import')
        expect(world.runPage('supplier_invoice', [withLines(invoiceRow(1), lines)])).toMatchObject({
            inserted: 1,
            flagged: 0,
        })
        const key = world.keys()[0].key
        const rows = lineRows(world, INVOICE_LINES)
        expect(rows).toHaveLength(2)
        expect(rows.find((r) => r.u_erp_line_number === '1')).toMatchObject({
            u_external_invoice_number: 'INV-1',
            u_external_invoice_source: 'IFS Cloud',
            u_line_description: 'Bolts',
            u_line_quantity: '4',
            u_line_unit_price: '2.5',
            u_subtotal: '10',
            u_line_amount_invoiced: '10',
            u_purchase_order: 'PO-7',
            u_purchase_order_line: '3/2',
            u_gl_account: '6100',
            u_cost_center: 'CC-A',
            u_currency: 'EUR',
            u_ml_connector_key: `${key}:1`,
            u_ml_line_state: 'open',
        })
        expect(rows.find((r) => r.u_erp_line_number === '2')).toMatchObject({
            u_purchase_order: null,
            u_purchase_order_line: null,
            u_ml_connector_key: `${key}:2`,
        })
        // Header, then its lines, then the key: a key never names lines that are not there.
        const order = world.store.writes
            .filter((w) => [world.targetTable('supplier_invoice'), INVOICE_LINES, STAGING_KEY.name].includes(w.table))
            .map((w) => w.table)
        expect(order).toEqual(['sn_spend_intg_imp_invoice', INVOICE_LINES, INVOICE_LINES, STAGING_KEY.name])
    })

    it('covers every line in the hash, whatever order IFS lists them in', () => {
        const world = new StagingWorld('s2p_import')
        world.runPage('supplier_invoice', [withLines(invoiceRow(1), lines)])
        const reordered = withLines(invoiceRow(1), [lines[1], lines[0]])
        expect(world.runPage('supplier_invoice', [reordered])).toMatchObject({ duplicates: 1, updated: 0 })
        const changed = withLines(invoiceRow(1), [lines[0], { ...lines[1], quantity: 3, amount: 45 }])
        expect(world.runPage('supplier_invoice', [changed])).toMatchObject({ updated: 1, duplicates: 0 })
    })

    it('re-stages only the line that changed: one new line row, no new header row', () => {
        const world = new StagingWorld('s2p_import')
        world.runPage('supplier_invoice', [withLines(invoiceRow(1), lines)])
        const changed = withLines(invoiceRow(1), [lines[0], { ...lines[1], quantity: 3, amount: 45 }])
        expect(world.runPage('supplier_invoice', [changed])).toMatchObject({ updated: 1 })
        expect(world.targets('supplier_invoice')).toHaveLength(1)
        expect(rowsOf(world, INVOICE_LINES, '1')).toHaveLength(1)
        const line2 = rowsOf(world, INVOICE_LINES, '2')
        expect(line2.map((r) => r.u_line_quantity)).toEqual(['1', '3'])
        expect(world.runPage('supplier_invoice', [changed])).toMatchObject({ duplicates: 1 })
        expect(lineRows(world, INVOICE_LINES)).toHaveLength(3)
    })

    it('a changed header alone rewrites the header and no line row', () => {
        const world = new StagingWorld('s2p_import')
        world.runPage('supplier_invoice', [withLines(invoiceRow(1), lines)])
        const before = world.store.writes.length
        const changed = withLines(invoiceRow(1, { NetCurrAmount: 90, GrossCurrAmount: 115 }), lines)
        expect(world.runPage('supplier_invoice', [changed])).toMatchObject({ updated: 1 })
        // Not transformed yet (no transform here): the pending header row is brought up to date in place.
        expect(world.targets('supplier_invoice')).toEqual([expect.objectContaining({ u_subtotal: '90' })])
        expect(world.store.writes.slice(before).filter((w) => w.table === INVOICE_LINES)).toEqual([])
        expect(lineRows(world, INVOICE_LINES)).toHaveLength(2)
    })

    it('marks a line removed in IFS with a removed row, once, and writes it anew when it comes back', () => {
        const world = new StagingWorld('s2p_import')
        world.runPage('supplier_invoice', [withLines(invoiceRow(1), lines)])
        const without = withLines(invoiceRow(1), [lines[0]])
        expect(world.runPage('supplier_invoice', [without])).toMatchObject({ updated: 1 })
        const line2 = rowsOf(world, INVOICE_LINES, '2')
        // Two rows (toMatchObject on an array: the same length), the second the removed one.
        expect(line2).toMatchObject([
            expect.anything(),
            {
                u_ml_line_state: 'removed',
                u_erp_line_number: '2',
                u_external_invoice_number: 'INV-1',
                u_line_quantity: '0',
                u_subtotal: '0',
            },
        ])
        expect(rowsOf(world, INVOICE_LINES, '1')).toHaveLength(1)
        expect(world.runPage('supplier_invoice', [without])).toMatchObject({ duplicates: 1 })
        expect(lineRows(world, INVOICE_LINES)).toHaveLength(3)

        expect(world.runPage('supplier_invoice', [withLines(invoiceRow(1), lines)])).toMatchObject({ updated: 1 })
        expect(rowsOf(world, INVOICE_LINES, '2').map((r) => r.u_ml_line_state)).toEqual(['open', 'removed', 'open'])
    })

    it('a document without lines stages exactly as before: no line rows, no line ledger in its key', () => {
        const world = new StagingWorld('s2p_import')
        expect(world.runPage('supplier_invoice', [invoiceRow(1)])).toMatchObject({ inserted: 1 })
        expect(lineRows(world, INVOICE_LINES)).toHaveLength(0)
        expect(world.keys()[0].line_hashes ?? null).toBeNull()
        expect(world.store.queries.filter((q) => q.table === INVOICE_LINES)).toHaveLength(0)
    })

    it('a line that cannot be written flags its document naming the line, and nothing is staged', () => {
        const world = new StagingWorld('s2p_import')
        const long = line('7', { description: 'x'.repeat(300) })
        expect(world.runPage('supplier_invoice', [withLines(invoiceRow(1), [lines[0], long])])).toMatchObject({
            inserted: 0,
            flagged: 1,
        })
        const flag = world.flags('open')[0]
        expect(flag.message).toContain('Line 7:')
        expect(flag.message).toContain('300 characters')
        expect(world.targets('supplier_invoice')).toHaveLength(0)
        expect(lineRows(world, INVOICE_LINES)).toHaveLength(0)
    })

    it('two lines with the same number flag the document', () => {
        const world = new StagingWorld('s2p_import')
        expect(world.runPage('supplier_invoice', [withLines(invoiceRow(1), [lines[0], lines[0]])])).toMatchObject({
            flagged: 1,
        })
        expect(world.flags('open')[0].message).toContain('Line 1 appears twice')
    })
})

describe('purchase-order lines into proc_po_item (legacy_procurement): one row per line, kept current', () => {
    const lines = [line('1', { quantity: 10, unitPrice: 3 }), line('2', { quantity: 5, unitPrice: 7 })]

    /** proc_po's vendor is a core_company found by the supplier's name. */
    function legacyWorld(): StagingWorld {
        const world = new StagingWorld('legacy_procurement')
        world.store.insert('core_company', { name: 'Acme Ltd' })
        return world
    }

    it('references the header record and updates only the changed line in place; closed and removed are marked', () => {
        const world = legacyWorld()
        world.runPage('purchase_order', [withLines(orderRow('PO-1'), lines)])
        const po = world.targets('purchase_order')[0]
        expect(lineRows(world, PO_ITEMS).map((r) => [r.purchase_order, r.ordered_quantity, r.cost])).toEqual([
            [po.sys_id, '10', '3'],
            [po.sys_id, '5', '7'],
        ])
        const before = world.store.writes.length
        const received = [line('1', { quantity: 10, unitPrice: 3, quantityReceived: 10, closed: true }), lines[1]]
        expect(world.runPage('purchase_order', [withLines(orderRow('PO-1'), received)])).toMatchObject({ updated: 1 })
        const writes = world.store.writes.slice(before).filter((w) => w.table === PO_ITEMS || w.table === 'proc_po')
        expect(writes.map((w) => [w.op, w.table])).toEqual([['update', PO_ITEMS]])
        expect(rowsOf(world, PO_ITEMS, '1')).toEqual([expect.objectContaining({ u_ml_line_state: 'closed' })])

        expect(world.runPage('purchase_order', [withLines(orderRow('PO-1'), [received[0]])])).toMatchObject({
            updated: 1,
        })
        expect(rowsOf(world, PO_ITEMS, '2')).toEqual([
            expect.objectContaining({ u_ml_line_state: 'removed', ordered_quantity: '0' }),
        ])
        expect(lineRows(world, PO_ITEMS)).toHaveLength(2)
    })

    it('a line the table refuses flags the document naming it; the next run writes it and resolves the flag', () => {
        const world = legacyWorld()
        world.store.beforeWrite = (op, table, values) => {
            if (table === PO_ITEMS && String(values.u_ml_connector_key).endsWith(':2'))
                throw new StoreError('Invalid cost', 'rejected')
        }
        expect(world.runPage('purchase_order', [withLines(orderRow('PO-1'), lines)])).toMatchObject({
            inserted: 0,
            flagged: 1,
        })
        const flag = world.flags('open')[0]
        expect(flag.reason).toBe('target_rejected')
        expect(flag.message).toContain('Line 2: proc_po_item refused it: Invalid cost')
        expect(lineRows(world, PO_ITEMS)).toHaveLength(1)

        // Read again once IFS has a new version of it (the same row again is settled by its open flag).
        world.store.beforeWrite = null
        const again = withLines(orderRow('PO-1', { Objversion: '20260111120000' }), lines)
        expect(world.runPage('purchase_order', [again])).toMatchObject({ updated: 1, resolved: 1 })
        expect(lineRows(world, PO_ITEMS)).toHaveLength(2)
        expect(world.targets('purchase_order')).toHaveLength(1)
        expect(world.runPage('purchase_order', [again])).toMatchObject({ duplicates: 1 })
    })
})

describe('header-only presets', () => {
    it('brief stages the header and ignores the lines (it names no line table)', () => {
        const world = new StagingWorld('brief')
        expect(world.runPage('supplier_invoice', [withLines(invoiceRow(1), [line('1')])])).toMatchObject({
            inserted: 1,
        })
        expect(world.store.writes.map((w) => w.table)).not.toContain(INVOICE_LINES)
    })
})
