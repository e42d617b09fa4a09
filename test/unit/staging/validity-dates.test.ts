import { ccPath, glPath, invoiceRow, StagingWorld } from './staging-world'

describe('code part validity given as a date-time with an offset', () => {
    it('counts the calendar date IFS wrote, not the UTC date (a +01:00 midnight is still that day)', () => {
        const world = new StagingWorld()
        world.ifs.set(glPath('10'), [
            // Valid through 31 January in the company's time zone.
            { CodeValue: '4000', Description: 'Goods', ValidFrom: null, ValidUntil: '2026-01-31T00:00:00+01:00' },
        ])
        world.ifs.set(ccPath('10'), [
            { CodeValue: '100', Description: 'Sales', ValidFrom: null, ValidUntil: null },
            // Valid from 1 February in the company's time zone.
            { CodeValue: '200', Description: 'IT', ValidFrom: '2026-02-01T00:00:00+01:00', ValidUntil: null },
        ])
        const onLastDay = world.runPage('supplier_invoice', [
            invoiceRow(1, { InvoiceDate: '2026-01-31', CodeA: '4000', CodeB: '100' }),
        ])
        const dayBeforeStart = world.runPage('supplier_invoice', [
            invoiceRow(2, { InvoiceDate: '2026-01-31', CodeA: '4000', CodeB: '200' }),
        ])
        // 31 Jan is inside the GL account's window; the cost center 200 only starts on 1 Feb.
        expect(onLastDay).toMatchObject({ inserted: 1, flagged: 0 })
        expect(dayBeforeStart).toMatchObject({ inserted: 0, flagged: 1 })
    })
})
