import { renderFilter } from '../../../src/server/core/odata/render-query'
import type { FilterExpr } from '../../../src/server/core/odata/query'
import { STAGING_KEY, FLAG } from '../../../src/tables'
import { StagingWorld, orderRow, invoiceRow, SUPPLIER_PATH, ORDER_PATH } from './staging-world'

const HOSTILE = [
    "O'Brien''s PO",
    'PO^ORnumber=1^NQactive=true',
    'PO,1,2',
    'a=b',
    '发票-２０２６-Ω',
    'Счёт №5',
    'emoji 🧾',
    'x'.repeat(100),
]

/** Keys and supplier numbers go back to IFS in queries: control characters there are flagged, not sent. */
const CONTROL = ['line1\nline2', 'nul\u0000byte', 'tab\there', 'del\u007f']

describe('document and supplier numbers with quotes, ^, ^OR, commas, =, newlines, NUL and non-Latin text', () => {
    it('stages each once, dedups them on re-run, and puts them into store conditions only as structured values', () => {
        const world = new StagingWorld()
        const suppliers = HOSTILE.map((v, i) => ({ SupplierId: `${v}#${i}`, Name: `Name ${v}` }))
        world.ifs.set(SUPPLIER_PATH, suppliers)
        const rows = HOSTILE.map((v, i) => orderRow(v, { VendorNo: `${v}#${i}` }))
        // The 100-character number plus '#9' is too long for the supplier number column: flagged, not cut.
        const out = world.runPage('purchase_order', rows)
        expect(out).toMatchObject({ inserted: HOSTILE.length - 1, flagged: 1 })
        const flag = world.flags()[0]
        expect(flag.reason).toBe('invalid_value')
        expect(flag.message).toContain('102 characters long; column supplier_number holds at most 100')
        const staged = world.targets('purchase_order')
        expect(staged.map((t) => t.po_number)).toEqual(HOSTILE.slice(0, -1))
        expect(staged.map((t) => t.supplier_name)).toEqual(HOSTILE.slice(0, -1).map((v) => `Name ${v}`))

        const again = world.runPage('purchase_order', rows)
        // The flagged row is unchanged too: its open flag already says so, nothing is written.
        expect(again).toMatchObject({ inserted: 0, duplicates: HOSTILE.length, flagged: 0 })
        expect(world.flags()).toHaveLength(1)

        // Store lookups carry raw values in structured IN conditions, never text.
        const flagQuery = world.store.queries.filter((q) => q.table === FLAG.name).pop()!
        // Flags are looked up by the hashed key column: short hex values, no commas, indexable.
        expect(flagQuery.query.where!.find((c) => c.field === 'source_key')).toBeUndefined()
        const sourceKeys = flagQuery.query.where!.find((c) => c.field === 'source_key_hash')!
        expect(sourceKeys).toMatchObject({ op: 'IN' })
        const hashes = (sourceKeys as unknown as { value: string[] }).value
        expect(hashes.length).toBe(HOSTILE.length)
        for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{64}$/)
        const keyQuery = world.store.queries.filter((q) => q.table === STAGING_KEY.name).pop()!
        expect(keyQuery.query.where).toEqual([{ field: 'key', op: 'IN', value: expect.any(Array) }])
        for (const v of (keyQuery.query.where![0] as unknown as { value: string[] }).value)
            expect(v).toMatch(/^[0-9a-f]{64}$/)

        // OData: the supplier batch escapes quotes by doubling them, and keeps everything else intact.
        const supplierFilter = world.ifs.callsTo(SUPPLIER_PATH)[0].query.filter as FilterExpr
        const rendered = renderFilter(supplierFilter)
        expect(rendered).toContain("'O''Brien''''s PO#0'")
        expect(rendered).toContain("'PO,1,2#2'")
        expect(rendered).toContain("'发票-２０２６-Ω#4'")
    })

    it('flags document and supplier numbers with control characters on their own rows; the rest is staged', () => {
        const world = new StagingWorld()
        world.ifs.set(SUPPLIER_PATH, [{ SupplierId: 'V-OK', Name: 'Fine' }])
        const rows = [
            ...CONTROL.map((v) => orderRow(v, { VendorNo: 'V-OK' })),
            ...CONTROL.map((v, i) => orderRow(`PO-C${i}`, { VendorNo: v })),
            orderRow('PO-GOOD', { VendorNo: 'V-OK' }),
        ]
        const out = world.runPage('purchase_order', rows)
        expect(out).toMatchObject({ inserted: 1, flagged: CONTROL.length * 2 })
        for (const flag of world.flags()) {
            expect(flag.reason).toBe('invalid_value')
            expect(flag.message).toMatch(/holds a control character \(U\+00(0A|00|09|7F)\)/)
        }
        // No supplier look-up carried a control character.
        for (const call of world.ifs.callsTo(SUPPLIER_PATH))
            expect(renderFilter(call.query.filter as FilterExpr)).not.toMatch(/[\u0000-\u001f\u007f]/)
    })

    it('re-reads flagged documents with hostile numbers by their exact key', () => {
        const world = new StagingWorld()
        const rows = HOSTILE.slice(0, -1).map((v) => orderRow(v, { CodeA: 'BAD' }))
        world.ifs.set(ORDER_PATH, rows)
        world.runPage('purchase_order', rows)
        world.ifs.set(
            ORDER_PATH,
            rows.map((r) => ({ ...r, CodeA: '4000' }))
        )
        const { stager } = world.stager()
        expect(stager.retryOpenFlags('purchase_order')).toEqual({
            retried: HOSTILE.length - 1,
            resolved: HOSTILE.length - 1,
            stillFlagged: 0,
        })
        const filter = world.ifs.callsTo(ORDER_PATH).pop()!.query.filter as FilterExpr
        expect(filter).toEqual({
            op: 'in',
            field: 'OrderNo',
            values: HOSTILE.slice(0, -1).map((v) => ({ kind: 'string', value: v })),
        })
        expect(world.targets('purchase_order')).toHaveLength(HOSTILE.length - 1)
    })

    it('flags a document number too long for any query, keeps the flag bounded, and never sends it back to IFS', () => {
        const world = new StagingWorld()
        const long = 'N'.repeat(5000)
        world.ifs.set(ORDER_PATH, [orderRow(long, { CodeA: 'BAD' })])
        world.runPage('purchase_order', [orderRow(long, { CodeA: 'BAD' })])
        const flag = world.flags()[0]
        expect(flag.reason).toBe('invalid_value')
        expect(flag.message).toContain('OrderNo is 5000 characters long; at most 200 can be sent to IFS in a query')
        expect(flag.source_key!.length).toBeLessThanOrEqual(1000)
        expect(flag.document_number!.length).toBeLessThanOrEqual(100)
        // Same document again, unchanged: same flag, untouched.
        world.runPage('purchase_order', [orderRow(long, { CodeA: 'BAD' })])
        expect(world.flags()).toHaveLength(1)
        expect(world.flags()[0].attempts).toBe('1')
        // Changed in IFS but still bad: the same flag, a second attempt.
        world.runPage('purchase_order', [orderRow(long, { CodeA: 'BAD', NetAmount: 12.5 })])
        expect(world.flags()).toHaveLength(1)
        expect(world.flags()[0].attempts).toBe('2')
        // A retry cannot re-read it by its key (no request may carry it): the attempt is counted, nothing is sent.
        world.ifs.set(ORDER_PATH, [orderRow(long)])
        const before = world.ifs.callsTo(ORDER_PATH).length
        expect(world.stager().stager.retryOpenFlags('purchase_order')).toMatchObject({ retried: 1, stillFlagged: 1 })
        expect(world.ifs.callsTo(ORDER_PATH)).toHaveLength(before)
        expect(world.flags()[0]).toMatchObject({ attempts: '3', reason: 'invalid_value' })
    })

    it('handles a supplier invoice whose company holds a quote and a caret', () => {
        const world = new StagingWorld()
        const company = "A'^OR1"
        world.ifs.set("CodePartValuesHandling.svc/CompanyFinanceSet(Company='A''^OR1')/CodeAArray", [
            { CodeValue: '4000' },
        ])
        world.ifs.set("CodePartValuesHandling.svc/CompanyFinanceSet(Company='A''^OR1')/CodeBArray", [
            { CodeValue: '100' },
        ])
        expect(world.runPage('supplier_invoice', [invoiceRow(1, { Company: company })]).inserted).toBe(1)
        expect(world.targets('supplier_invoice')[0].company).toBe(company)
    })
})
