import { createHash } from 'node:crypto'
import { SUPPLIER_INVOICE } from '../../../src/server/core/document-types/supplier-invoice'
import { withLineRows } from '../../../src/server/core/lines/document-line-rows'
import type { IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import { StagingWorld, invoiceRow } from './staging-world'

// The source hash is the hash of the document row as IFS sent it, its line rows included (they
// travel under one key of the row): an unchanged document is a duplicate before any look-up, a
// changed line is a changed document. Through the real mapping and a preset that stages lines.

const LINES = SUPPLIER_INVOICE.lines
const INVOICE_LINES = 'sn_spend_intg_imp_invoice_line'

const item = (itemId: number, quantity: number) => ({
    Objversion: '20260110120000',
    Company: '10',
    InvoiceId: 1,
    ItemId: itemId,
    Quantity: quantity,
    UnitPrice: 50,
    NetCurrAmount: 50 * quantity,
})
const posting = (itemId: number, amount: number) => ({
    Company: '10',
    InvoiceId: 1,
    RowId: itemId,
    ItemId: itemId,
    CodeA: '4000',
    CodeB: '100',
    CurrAmount: amount,
})

/** Invoice 1 with two lines; the second line's quantity as given. */
function document(secondQuantity: number): IfsRow {
    return withLineRows(invoiceRow(1), {
        lines: [item(1, 1), item(2, secondQuantity)],
        postings: [posting(1, 50), posting(2, 50 * secondQuantity)],
    })
}

function stagingLines(): StagingWorld {
    const world = new StagingWorld('s2p_import')
    world.connection = {
        ...world.connection,
        partitions: world.connection.partitions.map((p) =>
            p.objectType === 'supplier_invoice' ? { ...p, source: { ...p.source, lines: LINES } } : p
        ),
    }
    return world
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

it('hashes the document row as read, lines included once', () => {
    const world = stagingLines()
    const row = document(1)
    expect(world.runPage('supplier_invoice', [row])).toMatchObject({ inserted: 1, flagged: 0 })
    expect(world.keys()[0].source_hash).toBe(sha256(JSON.stringify(row)))
})

it('an unchanged document with lines is a duplicate and writes nothing', () => {
    const world = stagingLines()
    world.runPage('supplier_invoice', [document(1)])
    const writes = world.store.writes.length
    world.ifs.calls.length = 0
    expect(world.runPage('supplier_invoice', [document(1)])).toMatchObject({ duplicates: 1, inserted: 0, updated: 0 })
    expect(world.store.writes.slice(writes).filter((w) => w.table !== 'x_mlc_ifs_s2p_audit')).toEqual([])
    // Taken as a duplicate before enrichment: no supplier or master data asked of IFS.
    expect(world.ifs.calls).toEqual([])
})

it('a changed line re-stages the document: its line written again, the key hashes the new row', () => {
    const world = stagingLines()
    world.runPage('supplier_invoice', [document(1)])
    const lineRows = world.store.all(INVOICE_LINES).length
    const changed = document(3)
    expect(world.runPage('supplier_invoice', [changed])).toMatchObject({ updated: 1, duplicates: 0 })
    expect(world.store.all(INVOICE_LINES).length).toBe(lineRows + 1)
    expect(world.keys()[0].source_hash).toBe(sha256(JSON.stringify(changed)))
})
