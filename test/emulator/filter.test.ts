import { matches } from '../../src/local/emulator/odata/filter-eval'
import { parseFilter } from '../../src/local/emulator/odata/filter-parser'
import { lowerBound } from '../../src/local/emulator/odata/lower-bound'
import { ODataError } from '../../src/local/emulator/odata/odata-error'
import { documentSchema } from '../../src/local/emulator/dataset/schemas'
import type { EmulatorRow } from '../../src/local/emulator/dataset/row'
import { itMapsEach } from '../support/maps-each'

const schema = documentSchema('supplier_invoice', 'PostingProposalHeadSet')
const row: EmulatorRow = {
    Objversion: '20260115103000',
    Company: '10',
    InvoiceId: 42,
    InvoiceNo: "INV-42/O'R",
    Identity: 'SUP00001',
    InvoiceDate: '2026-01-10',
    CreationDate: '2026-01-10T08:30:00Z',
    DueDate: null,
    Currency: 'EUR',
    NetCurrAmount: 100.5,
    VatCurrAmount: 25.13,
    GrossCurrAmount: 125.63,
    PoRef: null,
    CodeA: '4000',
    CodeB: 'CC100',
    Objstate: 'Authorized',
}
const ok = (text: string): boolean => matches(parseFilter(text, schema), row)

describe('emulator $filter', () => {
    itMapsEach(ok, [
        ["Company eq '10'", true],
        ["Company ne '10'", false],
        ['InvoiceId gt 41', true],
        ['InvoiceId ge 42', true],
        ['InvoiceId lt 42', false],
        ['InvoiceId le 42', true],
        ['NetCurrAmount gt 100.49', true],
        ['NetCurrAmount lt 1e2', false],
        ["InvoiceNo eq 'INV-42/O''R'", true],
        ["InvoiceNo eq 'INV-42/OR'", false],
        ["Company eq '10' and InvoiceId eq 42", true],
        ["Company eq '20' or InvoiceId eq 42", true],
        ["Company eq '20' or InvoiceId eq 41", false],
        ["not (Company eq '20')", true],
        ["not Company eq '10'", false],
        ["(Company eq '20' or Company eq '10') and (InvoiceId eq 1 or InvoiceId eq 42)", true],
        ["Company eq '20' or Company eq '10' and InvoiceId eq 1", false],
        ["Company in ('20','10')", true],
        ["Company in ('20','30')", false],
        ['InvoiceId in (1, 2, 42)', true],
        ['InvoiceDate ge 2026-01-10', true],
        ['InvoiceDate gt 2026-01-10', false],
        ['CreationDate eq 2026-01-10T08:30:00Z', true],
        ['CreationDate eq 2026-01-10T10:30:00+02:00', true],
        ['CreationDate lt 2026-01-10T09:00:00.5+00:00', true],
        ['CreationDate gt 2026-01-10T08:30:00-01:00', false],
        ['DueDate eq null', true],
        ['DueDate ne null', false],
        ['PoRef eq null and Currency ne null', true],
        ["'10' eq Company", true],
        ["Objversion gt '20260115102959'", true],
        ["Objversion gt '20260115103000' or (Objversion eq '20260115103000' and InvoiceId gt 41)", true],
    ])

    it.each([
        "Company eq '10",
        "Company eq '10' and",
        "Company eq '10')",
        "(Company eq '10'",
        'Company eq',
        "Company equals '10'",
        "Nope eq '10'",
        'InvoiceId eq 4x',
        'Company in ()',
        "Company in ('10'",
        "InvoiceId eq '42'",
        "InvoiceDate eq '2026-01-10'",
        'InvoiceDate eq 2026-13-45',
        "Company eq '10' # x",
        '',
    ])('rejects %p with a 400 OData error', (text) => {
        let error: unknown
        try {
            parseFilter(text, schema)
        } catch (e) {
            error = e
        }
        expect(error).toBeInstanceOf(ODataError)
        expect((error as ODataError).status).toBe(400)
        expect((error as ODataError).body().error.code).toMatch(/^ODP_/)
    })

    it('finds the Objversion lower bound of a cursor filter, and none when unbounded', () => {
        const bound = (text: string) => lowerBound(parseFilter(text, schema), 'Objversion')
        expect(bound("Objversion gt 'B' or (Objversion eq 'B' and InvoiceId gt 3)")).toBe('B')
        expect(bound("Company eq '10' and (Objversion gt 'B' or (Objversion eq 'B' and InvoiceId gt 3))")).toBe('B')
        expect(bound("Objversion ge 'A' and Objversion ge 'C'")).toBe('C')
        expect(bound("Objversion gt 'C' or Objversion eq 'A'")).toBe('A')
        expect(bound("'B' lt Objversion")).toBe('B')
        expect(bound("Objversion gt 'B' or Company eq '10'")).toBeNull()
        expect(bound("not (Objversion lt 'B')")).toBeNull()
        expect(bound("Objversion lt 'B'")).toBeNull()
    })
})
