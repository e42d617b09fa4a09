import { numberField, textField } from '../../../src/server/core/document-types/source-field'
import { keyText, rowKeyText } from '../../../src/server/core/lines/parent-key'

// A document's key text is what its lines are grouped by and what a stream compares rows with:
// the two spellings (from a values array, from a row's own fields) must give the same text, and
// that text is the key values' JSON array written out by hand here.

const COMPANY = textField('Company')
const INVOICE_ID = numberField('InvoiceId')
const FIELDS = [COMPANY, INVOICE_ID]

describe('keyText and rowKeyText', () => {
    it('write the values as a JSON array: text as IFS holds it, numbers as numbers', () => {
        expect(keyText(FIELDS, ['10', 4711])).toBe('["10",4711]')
        expect(rowKeyText(FIELDS, { Company: '10', InvoiceId: 4711, Other: 'x' })).toBe('["10",4711]')
    })

    it('read a number key given as text as the same number (4 and "4" are one key)', () => {
        expect(keyText(FIELDS, ['10', '4'])).toBe('["10",4]')
        expect(rowKeyText(FIELDS, { Company: '10', InvoiceId: ' 4 ' })).toBe('["10",4]')
        expect(rowKeyText(FIELDS, { Company: '10', InvoiceId: 4.5 })).toBe('["10",4.5]')
    })

    it('keep text exactly, spaces and case included, escaped as JSON escapes it', () => {
        expect(rowKeyText([COMPANY], { Company: ' Ab ' })).toBe('[" Ab "]')
        expect(rowKeyText([COMPANY], { Company: 'a"b\\c' })).toBe('["a\\"b\\\\c"]')
        // A number in a text key field is its text.
        expect(rowKeyText([COMPANY], { Company: 10 })).toBe('["10"]')
    })

    it('are null when a value is missing, empty or not of its kind', () => {
        for (const row of [
            { Company: '10' },
            { Company: '', InvoiceId: 1 },
            { Company: '10', InvoiceId: 'seven' },
            { Company: null, InvoiceId: 1 },
            { Company: '10', InvoiceId: Number.NaN },
        ]) {
            expect(rowKeyText(FIELDS, row)).toBeNull()
            expect(keyText(FIELDS, [row.Company, row.InvoiceId])).toBeNull()
        }
    })

    it('of no fields is the empty array', () => {
        expect(keyText([], [])).toBe('[]')
        expect(rowKeyText([], { Company: '10' })).toBe('[]')
    })
})
