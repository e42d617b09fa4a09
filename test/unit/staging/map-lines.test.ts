import { PURCHASE_ORDER } from '../../../src/server/core/document-types/purchase-order'
import { SUPPLIER_INVOICE } from '../../../src/server/core/document-types/supplier-invoice'
import { withLineRows } from '../../../src/server/core/lines/document-line-rows'
import { mapRow } from '../../../src/server/core/staging/map-document'
import { compareLineNumbers, mapLines } from '../../../src/server/core/staging/map-lines'

// PO lines and invoice lines (with posting rows) as IFS sends them → canonical lines; every
// problem an AP user may see about a line, written out.

const PO_LINES = PURCHASE_ORDER.lines
const INV_LINES = SUPPLIER_INVOICE.lines
const DOC_STAMP = '20260115080000'

function poLine(lineNo: string, releaseNo: string, values: Record<string, unknown> = {}) {
    return {
        Objversion: '20260115090000',
        OrderNo: 'PO1',
        LineNo: lineNo,
        ReleaseNo: releaseNo,
        Description: `Line ${lineNo}`,
        BuyQtyDue: 4,
        BuyUnitPrice: 2.5,
        NetAmtCurr: 10,
        QtyArrived: 1,
        InvQtyArrived: 0,
        Objstate: 'Released',
        CodeA: '4000',
        CodeB: 'CC1',
        ...values,
    }
}

function item(itemId: number, values: Record<string, unknown> = {}) {
    return {
        Objversion: '20260115090000',
        Company: '10',
        InvoiceId: 7,
        ItemId: itemId,
        Description: null,
        Quantity: 2,
        UnitPrice: 5,
        NetCurrAmount: 10,
        PoOrderNo: null,
        PoLineNo: null,
        PoReleaseNo: null,
        ...values,
    }
}

function posting(rowId: number, itemId: number, values: Record<string, unknown> = {}) {
    return {
        Company: '10',
        InvoiceId: 7,
        RowId: rowId,
        ItemId: itemId,
        CodeA: '4000',
        CodeB: 'CC1',
        CurrAmount: 10,
        ...values,
    }
}

describe('PO lines', () => {
    it('map in line order, numbered with their release, coded on themselves', () => {
        const rows = [
            poLine('10', '1'),
            poLine('2', '2', { Objstate: 'Closed' }),
            poLine('2', '1', { BuyUnitPrice: null }),
        ]
        const { lines, problems } = mapLines(PO_LINES, { lines: rows, postings: [] }, DOC_STAMP)
        expect(problems).toEqual([])
        expect(lines.map((l) => l.lineNumber)).toEqual(['2/1', '2/2', '10/1'])
        expect(lines[0]).toEqual({
            sourceKey: '{"OrderNo":"PO1","LineNo":"2","ReleaseNo":"1"}',
            lineNumber: '2/1',
            description: 'Line 2',
            quantity: 4,
            unitPrice: null,
            amount: 10,
            quantityReceived: 1,
            quantityInvoiced: 0,
            closed: false,
            poLine: null,
            postings: [
                {
                    postingNumber: '1',
                    glAccount: '4000',
                    costCenter: 'CC1',
                    amount: 10,
                    glAccountMapped: null,
                    costCenterMapped: null,
                },
            ],
            modified: '20260115090000',
        })
        expect(lines[1].closed).toBe(true)
    })

    it("take the document's stamp when a line has none", () => {
        const { lines } = mapLines(
            PO_LINES,
            { lines: [poLine('1', '1', { Objversion: null })], postings: [] },
            DOC_STAMP
        )
        expect(lines[0].modified).toBe(DOC_STAMP)
    })

    it('name the line in every problem, and give no lines when one is bad', () => {
        const rows = [
            poLine('3', '1', { BuyQtyDue: '12,5x' }),
            poLine('4', '1', { NetAmtCurr: null, CodeB: ' ' }),
            poLine('5', '1'),
        ]
        const { lines, problems } = mapLines(PO_LINES, { lines: rows, postings: [] }, DOC_STAMP)
        expect(lines).toEqual([])
        expect(problems).toEqual([
            {
                reason: 'invalid_value',
                message: 'Line 3/1: the quantity in IFS (field BuyQtyDue) is "12,5x", which is not a number.',
            },
            { reason: 'missing_field', message: 'Line 4/1: the amount is empty in IFS (field NetAmtCurr).' },
            { reason: 'missing_field', message: 'Line 4/1: the cost center is empty in IFS (field CodeB).' },
        ])
    })

    it('refuse a line number twice (a key mapping that does not tell lines apart)', () => {
        const rows = [poLine('1', '1'), poLine('1', '1', { Description: 'again' })]
        expect(mapLines(PO_LINES, { lines: rows, postings: [] }, DOC_STAMP).problems).toEqual([
            {
                reason: 'invalid_value',
                message: 'Line 1/1 appears twice in IFS; check the line keys of the source mapping.',
            },
        ])
    })

    it('allow a document without lines', () => {
        expect(mapLines(PO_LINES, { lines: [], postings: [] }, DOC_STAMP)).toEqual({ lines: [], problems: [] })
    })
})

describe('invoice lines', () => {
    it('carry their posting rows and the PO line they bill', () => {
        const rows = [item(2, { PoOrderNo: 'PO1', PoLineNo: '3', PoReleaseNo: '1' }), item(1)]
        const postings = [
            posting(5, 2, { CurrAmount: 4 }),
            posting(6, 2, { CurrAmount: 6, CodeB: 'CC2' }),
            posting(1, 1),
        ]
        const { lines, problems } = mapLines(INV_LINES, { lines: rows, postings }, DOC_STAMP)
        expect(problems).toEqual([])
        expect(lines.map((l) => l.lineNumber)).toEqual(['1', '2'])
        expect(lines[1].poLine).toEqual({ orderNumber: 'PO1', lineNumber: '3', releaseNumber: '1' })
        expect(lines[0].poLine).toBeNull()
        expect(lines[1].postings.map((p) => [p.postingNumber, p.costCenter, p.amount])).toEqual([
            ['5', 'CC1', 4],
            ['6', 'CC2', 6],
        ])
        expect([lines[1].quantityReceived, lines[1].quantityInvoiced, lines[1].closed]).toEqual([null, null, false])
    })

    it('name line and posting in a posting problem, and refuse posting rows of a line the document lacks', () => {
        const postings = [posting(5, 1, { CurrAmount: 'ten' }), posting(9, 4)]
        expect(mapLines(INV_LINES, { lines: [item(1)], postings }, DOC_STAMP).problems).toEqual([
            {
                reason: 'invalid_value',
                message: 'Line 1, posting 5: the amount in IFS (field CurrAmount) is "ten", which is not a number.',
            },
            {
                reason: 'invalid_value',
                message: '1 posting row(s) in IFS name line 4, which this document does not have in IFS.',
            },
        ])
    })

    it("match a posting row to its line whichever way either set writes the line's number", () => {
        const { lines, problems } = mapLines(
            INV_LINES,
            { lines: [item(2)], postings: [posting(1, '2' as unknown as number)] },
            DOC_STAMP
        )
        expect(problems).toEqual([])
        expect(lines[0].postings.map((p) => p.postingNumber)).toEqual(['1'])
    })

    it('stage a line without posting rows uncoded', () => {
        const { lines, problems } = mapLines(INV_LINES, { lines: [item(1)], postings: [] }, DOC_STAMP)
        expect(problems).toEqual([])
        expect(lines[0].postings).toEqual([])
    })
})

describe('a document row with its lines', () => {
    const source = { ...PURCHASE_ORDER.source, lines: PO_LINES }
    const header = {
        Objversion: DOC_STAMP,
        OrderNo: 'PO1',
        Company: '10',
        VendorNo: 'V1',
        OrderDate: '2026-01-15',
        DateEntered: '2026-01-15T08:00:00Z',
        WantedReceiptDate: null,
        CurrencyCode: 'EUR',
        NetAmount: 20,
        TaxAmount: 5,
        GrossAmount: 25,
        CodeA: '4000',
        CodeB: 'CC1',
        Objstate: 'Released',
    }

    it('maps to a document holding its lines', () => {
        const row = withLineRows(header, { lines: [poLine('2', '1'), poLine('1', '1')], postings: [] })
        const mapped = mapRow({ objectType: 'purchase_order', source }, row)
        if (mapped.kind !== 'mapped') throw new Error(JSON.stringify(mapped.problems))
        expect(mapped.doc.lines.map((l) => l.lineNumber)).toEqual(['1/1', '2/1'])
    })

    it('is flagged as a document for a bad line, with the header problems first', () => {
        const row = withLineRows(
            { ...header, NetAmount: 'x' },
            { lines: [poLine('3', '1', { BuyQtyDue: '12,5x' })], postings: [] }
        )
        const mapped = mapRow({ objectType: 'purchase_order', source }, row)
        expect(mapped.kind === 'rejected' && mapped.problems.map((p) => p.message)).toEqual([
            'The net amount in IFS (field NetAmount) is "x", which is not a number.',
            'Line 3/1: the quantity in IFS (field BuyQtyDue) is "12,5x", which is not a number.',
        ])
    })

    it('without lines read (a source that reads none, or a stored row from before) maps with none', () => {
        const mapped = mapRow({ objectType: 'purchase_order', source }, header)
        expect(mapped.kind === 'mapped' && mapped.doc.lines).toEqual([])
    })
})

it('orders line numbers naturally', () => {
    expect(['10', '2/10', '2/2', '1', 'A'].sort(compareLineNumbers)).toEqual(['1', '2/2', '2/10', '10', 'A'])
})
