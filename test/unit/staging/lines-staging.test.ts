import { SUPPLIER_INVOICE } from '../../../src/server/core/document-types/supplier-invoice'
import { withLineRows } from '../../../src/server/core/lines/document-line-rows'
import type { IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import { StagingWorld, ccPath, invoiceRow, INVOICE_PATH } from './staging-world'

// Staging documents that carry their lines, before any target takes lines: the header is staged
// exactly as without lines, a bad line flags its document naming the line, and the flag's re-read
// brings the lines again (in bulk) so a fixed document stages.

const LINES = SUPPLIER_INVOICE.lines
const item = (id: number, itemId: number) => ({
    Objversion: '20260110120000',
    Company: '10',
    InvoiceId: id,
    ItemId: itemId,
    Quantity: 1,
    UnitPrice: 50,
    NetCurrAmount: 50,
})
const posting = (id: number, itemId: number, costCenter: string) => ({
    Company: '10',
    InvoiceId: id,
    RowId: itemId,
    ItemId: itemId,
    CodeA: '4000',
    CodeB: costCenter,
    CurrAmount: 50,
})

function readingLines(): StagingWorld {
    const world = new StagingWorld()
    world.connection = {
        ...world.connection,
        partitions: world.connection.partitions.map((p) =>
            p.objectType === 'supplier_invoice' ? { ...p, source: { ...p.source, lines: LINES } } : p
        ),
    }
    return world
}

function withLines(id: number, costCenter: string): IfsRow {
    return withLineRows(invoiceRow(id), {
        lines: [item(id, 1), item(id, 2)],
        postings: [posting(id, 1, '100'), posting(id, 2, costCenter)],
    })
}

it('stages the header of a document with good lines exactly as without lines', () => {
    const plain = new StagingWorld()
    expect(plain.runPage('supplier_invoice', [invoiceRow(1)]).inserted).toBe(1)
    const world = readingLines()
    expect(world.runPage('supplier_invoice', [withLines(1, '100')]).inserted).toBe(1)
    const strip = (t: Record<string, unknown>) => ({
        ...t,
        sys_id: undefined,
        sys_created_on: undefined,
        sys_updated_on: undefined,
    })
    expect(world.targets('supplier_invoice').map(strip)).toEqual(plain.targets('supplier_invoice').map(strip))
})

it('flags a document with a bad posting row naming line and posting, and stages it once fixed in IFS', () => {
    const world = readingLines()
    const outcome = world.runPage('supplier_invoice', [withLines(1, '100'), withLines(2, '4711')])
    expect([outcome.inserted, outcome.flagged]).toEqual([1, 1])
    expect(world.flags('open').map((f) => [f.source_key, f.reason, f.message])).toEqual([
        [
            '{"Company":"10","InvoiceId":2}',
            'unknown_cost_center',
            'Line 2, posting 2: Cost center 4711 does not exist in IFS company 10.',
        ],
    ])

    // Fixed in IFS: the posting row recoded. The flag's re-read reads the header and its lines.
    world.ifs.set(INVOICE_PATH, [invoiceRow(2)])
    world.ifs.set(LINES.entitySet, [item(2, 1), item(2, 2)])
    world.ifs.set(LINES.postings.entitySet, [posting(2, 1, '100'), posting(2, 2, '100')])
    world.ifs.set(ccPath('10'), [{ CodeValue: '100', Description: 'Sales', ValidFrom: null, ValidUntil: null }])
    world.ifs.calls.length = 0
    const flag = world.flags('open')[0]
    expect(world.stager().stager.retryOpenFlags('supplier_invoice', [flag.sys_id])).toEqual({
        retried: 1,
        resolved: 1,
        stillFlagged: 0,
    })
    expect(world.ifs.callsTo(LINES.entitySet)).toHaveLength(1)
    expect(world.ifs.callsTo(LINES.postings.entitySet)).toHaveLength(1)
    expect(world.targets('supplier_invoice')).toHaveLength(2)
})

it('keeps a document flagged when its re-read still shows the bad line', () => {
    const world = readingLines()
    world.runPage('supplier_invoice', [withLines(2, '4711')])
    world.ifs.set(INVOICE_PATH, [invoiceRow(2)])
    world.ifs.set(LINES.entitySet, [item(2, 1), item(2, 2)])
    world.ifs.set(LINES.postings.entitySet, [posting(2, 1, '100'), posting(2, 2, '4711')])
    const flag = world.flags('open')[0]
    expect(world.stager().stager.retryOpenFlags('supplier_invoice', [flag.sys_id])).toMatchObject({ resolved: 0 })
    expect(world.targets('supplier_invoice')).toHaveLength(0)
})
