import { MemoryStore } from '../../fakes/memory-store'
import { canonicalDocument } from '../../support/canonical-document'
import type { FinancialDocument } from '../../../src/server/core/domain/canonical-document'
import { DimensionMappings } from '../../../src/server/core/staging/dimension-mappings'
import { enrichAndValidate } from '../../../src/server/core/staging/enrich-and-validate'
import { SUPPLIERS, cacheOver } from './master-data-world'

// A mapped document checked against IFS master data and the dimension map: each problem an AP
// user may see, with its reason and message written out.

const GL_PATH = "C.svc/CompanyFinanceSet(Company='10')/CodeAArray"
const CC_PATH = "C.svc/CompanyFinanceSet(Company='10')/CodeBArray"

const DOC = canonicalDocument()

function check(doc: FinancialDocument, mapRows: Record<string, string>[] = [], autoFill = true) {
    const { cache } = cacheOver({
        [SUPPLIERS]: [{ SupplierId: 'S1', Name: 'Acme' }],
        [GL_PATH]: [
            { CodeValue: '4000', Description: 'Sales', ValidFrom: '2026-01-01', ValidUntil: '2026-12-31' },
            { CodeValue: '4900', Description: 'Old', ValidFrom: null, ValidUntil: '2025-12-31' },
            { CodeValue: '4800', Description: 'New', ValidFrom: '2026-06-01', ValidUntil: null },
        ],
        [CC_PATH]: [{ CodeValue: 'CC1', Description: 'Main', ValidFrom: null, ValidUntil: null }],
    })
    cache.loadSuppliers([doc.supplierNumber])
    const store = new MemoryStore()
    for (const row of mapRows) store.insert('x_mlc_ifs_s2p_dimension_map', { connection: 'c1', company: '10', ...row })
    const checked = enrichAndValidate(doc, cache, new DimensionMappings(store, 'c1', autoFill))
    // An invoice in, an invoice out: enrichment keeps the document's shape.
    return { ...checked, doc: checked.doc as FinancialDocument }
}

describe('enrich and validate', () => {
    it('adds the supplier name and the mapped GL account and cost center', () => {
        const { doc, problems } = check(DOC, [
            { dimension: 'gl_account', ifs_value: '4000', sn_value: 'GL-4000', source: 'admin' },
        ])
        expect(problems).toEqual([])
        expect(doc).toEqual({ ...DOC, supplierName: 'Acme', glAccountMapped: 'GL-4000', costCenterMapped: 'CC1' })
    })

    it('flags a supplier IFS does not have, and still checks the code parts', () => {
        const { doc, problems } = check({ ...DOC, supplierNumber: 'S9', glAccount: '7777' })
        expect(problems).toEqual([
            { reason: 'unknown_supplier', message: 'Supplier S9 does not exist in IFS.' },
            { reason: 'unknown_gl_account', message: 'GL account 7777 does not exist in IFS company 10.' },
        ])
        expect(doc.supplierName).toBeNull()
        expect(doc.glAccountMapped).toBeNull()
        expect(doc.costCenterMapped).toBe('CC1')
    })

    it.each([
        ['4900', '2025-12-31', 'open to 2025-12-31'],
        ['4800', '2026-06-01', '2026-06-01 to open'],
    ])('flags GL account %s outside its validity (document date 2026-03-15)', (code, _bound, window) => {
        const { problems } = check({ ...DOC, glAccount: code })
        expect(problems).toEqual([
            {
                reason: 'unknown_gl_account',
                message: `GL account ${code} of IFS company 10 is not valid on the document date 2026-03-15 (valid ${window}).`,
            },
        ])
    })

    it('accepts a code part on the last day of its validity', () => {
        expect(check({ ...DOC, documentDate: '2026-12-31' }).problems).toEqual([])
    })

    it('flags an unknown cost center with its own reason', () => {
        expect(check({ ...DOC, costCenter: 'CC\n2' }).problems).toEqual([
            { reason: 'unknown_cost_center', message: 'Cost center CC\\u000a2 does not exist in IFS company 10.' },
        ])
    })

    it('flags a code part with no ServiceNow value when auto-fill is off', () => {
        expect(check(DOC, [], false).problems).toEqual([
            {
                reason: 'unmapped_dimension',
                message: 'GL account 4000 of IFS company 10 has no ServiceNow value: add one under Dimension mappings.',
            },
            {
                reason: 'unmapped_dimension',
                message: 'Cost center CC1 of IFS company 10 has no ServiceNow value: add one under Dimension mappings.',
            },
        ])
    })
})

describe('enrich and validate: lines', () => {
    const own = (glAccount: string, costCenter: string) => ({
        postingNumber: '1',
        glAccount,
        costCenter,
        amount: 10,
        glAccountMapped: null,
        costCenterMapped: null,
    })
    const line = (lineNumber: string, postings: ReturnType<typeof own>[]) => ({
        sourceKey: `{"L":"${lineNumber}"}`,
        lineNumber,
        description: null,
        quantity: 1,
        unitPrice: 10,
        amount: 10,
        quantityReceived: null,
        quantityInvoiced: null,
        closed: false,
        poLine: null,
        postings,
        modified: DOC.modified,
    })
    const ORDER = { ...DOC, objectType: 'purchase_order' } as FinancialDocument

    it('codes every posting with the mapped values, like the header', () => {
        const doc = { ...DOC, lines: [line('1', [own('4000', 'CC1'), { ...own('4000', 'CC1'), postingNumber: '2' }])] }
        const checked = check(doc, [
            { dimension: 'gl_account', ifs_value: '4000', sn_value: 'GL-4000', source: 'admin' },
        ])
        expect(checked.problems).toEqual([])
        expect(checked.doc.lines[0].postings.map((p) => [p.glAccountMapped, p.costCenterMapped])).toEqual([
            ['GL-4000', 'CC1'],
            ['GL-4000', 'CC1'],
        ])
    })

    it('names the line of a PO line coded on itself, on the document date', () => {
        const doc = { ...ORDER, lines: [line('3/1', [own('9999X', 'CC1')]), line('4/1', [own('4900', 'CCX999')])] }
        expect(check(doc).problems).toEqual([
            { reason: 'unknown_gl_account', message: 'Line 3/1: GL account 9999X does not exist in IFS company 10.' },
            {
                reason: 'unknown_gl_account',
                message:
                    'Line 4/1: GL account 4900 of IFS company 10 is not valid on the document date 2026-03-15 (valid open to 2025-12-31).',
            },
            {
                reason: 'unknown_cost_center',
                message: 'Line 4/1: Cost center CCX999 does not exist in IFS company 10.',
            },
        ])
    })

    it('names line and posting of an invoice posting row, and an unmapped code', () => {
        const doc = { ...DOC, lines: [line('2', [{ ...own('4000', 'CCX999'), postingNumber: '5' }])] }
        expect(check(doc).problems).toEqual([
            {
                reason: 'unknown_cost_center',
                message: 'Line 2, posting 5: Cost center CCX999 does not exist in IFS company 10.',
            },
        ])
        expect(check({ ...DOC, lines: [line('2', [own('4000', 'CC1')])] }, [], false).problems).toEqual([
            {
                reason: 'unmapped_dimension',
                message: 'GL account 4000 of IFS company 10 has no ServiceNow value: add one under Dimension mappings.',
            },
            {
                reason: 'unmapped_dimension',
                message: 'Cost center CC1 of IFS company 10 has no ServiceNow value: add one under Dimension mappings.',
            },
            {
                reason: 'unmapped_dimension',
                message:
                    'Line 2, posting 1: GL account 4000 of IFS company 10 has no ServiceNow value: add one under Dimension mappings.',
            },
            {
                reason: 'unmapped_dimension',
                message:
                    'Line 2, posting 1: Cost center CC1 of IFS company 10 has no ServiceNow value: add one under Dimension mappings.',
            },
        ])
    })
})
