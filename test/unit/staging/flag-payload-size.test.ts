import { FLAG } from '../../../src/tables'
import { Redactor } from '../../../src/server/core/audit/redactor'
import { payloadJson } from '../../../src/server/core/staging/flag-book'
import { invoiceRow } from './staging-world'

const LIMIT = FLAG.columns.payload.options.maxLength

describe('the raw IFS payload stored on a flag', () => {
    it.each([
        ['quotes', '"'.repeat(40_000)],
        ['backslashes', '\\'.repeat(40_000)],
        ['newlines', '\n'.repeat(40_000)],
        ['plain text', 'x'.repeat(80_000)],
    ])('fits the payload column even when the row is long and full of %s (JSON escaping grows it)', (_, text) => {
        const json = payloadJson(invoiceRow(1, { InvoiceNo: text }), new Redactor())
        expect(json.length).toBeLessThanOrEqual(LIMIT)
        const parsed = JSON.parse(json) as { truncated?: boolean; start?: string }
        expect(parsed.truncated).toBe(true)
        expect(typeof parsed.start).toBe('string')
        expect(parsed.start!.length).toBeGreaterThan(1000)
    })

    it('a row that fits is stored whole', () => {
        const row = invoiceRow(1, { InvoiceNo: 'INV "1"\n' })
        expect(JSON.parse(payloadJson(row, new Redactor()))).toEqual(row)
    })
})
