import { isValidOn } from '../../../src/server/core/staging/master-data-cache'
import { SUPPLIERS, cacheOver } from './master-data-world'
import type { CodePart } from '../../../src/server/core/staging/master-data-cache'

// What the master-data cache asks IFS for and what it makes of the answers. IFS field names,
// paths and audit texts are written out here, not taken from the product's field tables.

const inFilter = (...ids: string[]) => ({
    op: 'in',
    field: 'SupplierId',
    values: ids.map((value) => ({ kind: 'string', value })),
})

describe('code parts', () => {
    const sets = {
        "C.svc/CompanyFinanceSet(Company='10')/CodeAArray": [
            { CodeValue: ' 4000 ', Description: ' Sales ', ValidFrom: '2026-01-01', ValidUntil: null },
            { CodeValue: '', Description: 'no value: skipped', ValidFrom: null, ValidUntil: null },
            { CodeValue: 4100, Description: null, ValidFrom: '2026-02-01T00:00:00+01:00', ValidUntil: 'soon' },
            { CodeValue: '4200', Description: 12, ValidFrom: '2026-13-01', ValidUntil: '2026-12-31T23:30:00-05:00' },
        ],
        "C.svc/CompanyFinanceSet(Company='10')/CodeBArray": [
            { CodeValue: 'CC1', Description: 'Cost center', ValidFrom: null, ValidUntil: null },
        ],
        "C.svc/CompanyFinanceSet(Company='O''B')/CodeAArray": [
            { CodeValue: '9', Description: 'quoted company', ValidFrom: null, ValidUntil: null },
        ],
    }

    it('reads every page of the company set once, with trimmed values and calendar-date bounds', () => {
        const { cache, ifs, events } = cacheOver(sets)
        const parts = cache.codePartsOf('10', 'gl_account')
        expect(Object.fromEntries(parts)).toEqual({
            '4000': { value: '4000', description: 'Sales', validFrom: '2026-01-01', validUntil: null },
            '4100': { value: '4100', description: null, validFrom: '2026-02-01', validUntil: null },
            '4200': { value: '4200', description: '12', validFrom: null, validUntil: '2026-12-31' },
        })
        expect(ifs.calls).toEqual([
            {
                path: "C.svc/CompanyFinanceSet(Company='10')/CodeAArray",
                query: { select: ['CodeValue', 'Description', 'ValidFrom', 'ValidUntil'] },
            },
        ])
        expect(events).toEqual([
            {
                operation: 'read_master_data',
                path: "C.svc/CompanyFinanceSet(Company='10')/CodeAArray",
                rows: 4,
                message: 'gl_account of company 10',
            },
        ])
    })

    it('asks again for nothing it has read this run, and keeps dimensions and companies apart', () => {
        const { cache, ifs, events } = cacheOver(sets)
        const first = cache.codePartsOf('10', 'gl_account')
        expect(cache.codePartsOf('10', 'gl_account')).toBe(first)
        expect([...cache.codePartsOf('10', 'cost_center').keys()]).toEqual(['CC1'])
        expect([...cache.codePartsOf("O'B", 'gl_account').keys()]).toEqual(['9'])
        expect(cache.codePartsOf('10', 'cost_center').get('CC1')?.description).toBe('Cost center')
        expect(ifs.calls.map((c) => c.path)).toEqual([
            "C.svc/CompanyFinanceSet(Company='10')/CodeAArray",
            "C.svc/CompanyFinanceSet(Company='10')/CodeBArray",
            "C.svc/CompanyFinanceSet(Company='O''B')/CodeAArray",
        ])
        expect(events.map((e) => e.message)).toEqual([
            'gl_account of company 10',
            'cost_center of company 10',
            "gl_account of company O'B",
        ])
    })
})

describe('isValidOn', () => {
    const january: CodePart = { value: 'A', description: null, validFrom: '2026-01-01', validUntil: '2026-01-31' }
    it.each([
        ['2025-12-31', false],
        ['2026-01-01', true],
        ['2026-01-15', true],
        ['2026-01-31', true],
        ['2026-02-01', false],
    ])('a part valid in January 2026, on %s: %s', (date, expected) => {
        expect(isValidOn(january, date)).toBe(expected)
    })

    it('open bounds hold for every date', () => {
        const open: CodePart = { ...january, validFrom: null, validUntil: null }
        expect(isValidOn(open, '1900-01-01')).toBe(true)
        expect(isValidOn({ ...january, validFrom: null }, '1900-01-01')).toBe(true)
        expect(isValidOn({ ...january, validFrom: null }, '2026-02-01')).toBe(false)
        expect(isValidOn({ ...january, validUntil: null }, '2999-12-31')).toBe(true)
        expect(isValidOn({ ...january, validUntil: null }, '2025-12-31')).toBe(false)
    })
})

describe('suppliers', () => {
    const sets = {
        [SUPPLIERS]: [
            { SupplierId: 'S1', Name: ' Acme ' },
            { SupplierId: 'S2', Name: null },
            { SupplierId: ' ', Name: 'blank id: not remembered' },
        ],
    }

    it('fetches the ids not seen yet in one `in` request and remembers misses', () => {
        const { cache, ifs, events } = cacheOver(sets)
        expect(cache.supplier('S1')).toBeUndefined()
        cache.loadSuppliers(['S1', 'S2', 'S1', 'S3'])
        expect(ifs.calls).toEqual([
            { path: SUPPLIERS, query: { select: ['SupplierId', 'Name'], filter: inFilter('S1', 'S2', 'S3') } },
        ])
        expect(cache.supplier('S1')).toEqual({ id: 'S1', name: 'Acme' })
        expect(cache.supplier('S2')).toEqual({ id: 'S2', name: null })
        expect(cache.supplier('S3')).toBeNull()
        expect(cache.supplier('S4')).toBeUndefined()
        expect(events).toEqual([
            { operation: 'read_master_data', path: SUPPLIERS, rows: 2, message: '3 supplier(s) in 1 request(s)' },
        ])
    })

    it('asks only for new ids on the next page, and not at all when every id is known', () => {
        const { cache, ifs, events } = cacheOver(sets)
        cache.loadSuppliers(['S1', 'S3'])
        cache.loadSuppliers(['S3', 'S1'])
        cache.loadSuppliers(['S1', 'S2'])
        cache.loadSuppliers([])
        expect(ifs.calls.map((c) => c.query.filter)).toEqual([inFilter('S1', 'S3'), inFilter('S2')])
        expect(events.map((e) => e.message)).toEqual(['2 supplier(s) in 1 request(s)', '1 supplier(s) in 1 request(s)'])
    })

    it('never sends an id no request can carry; it stays unknown', () => {
        const { cache, ifs, events } = cacheOver(sets)
        cache.loadSuppliers(['S\u0001', 'x'.repeat(201)])
        expect(ifs.calls).toEqual([])
        expect(events).toEqual([])
        cache.loadSuppliers(['S\u0001', 'S1'])
        expect(ifs.calls.map((c) => c.query.filter)).toEqual([inFilter('S1')])
        expect(cache.supplier('S\u0001')).toBeUndefined()
    })

    it('reads up to 100 new ids with `in`, and the whole set for 101', () => {
        const hundred = Array.from({ length: 100 }, (_, i) => 'T' + String(i).padStart(3, '0'))
        const byIn = cacheOver(sets)
        byIn.cache.loadSuppliers(hundred)
        expect(byIn.ifs.calls).toHaveLength(1)
        expect(byIn.ifs.calls[0].query.filter).toEqual(inFilter(...hundred))
        expect(byIn.events.map((e) => e.message)).toEqual(['100 supplier(s) in 1 request(s)'])

        const whole = cacheOver(sets)
        whole.cache.loadSuppliers([...hundred, 'S1'])
        expect(whole.ifs.calls).toEqual([{ path: SUPPLIERS, query: { select: ['SupplierId', 'Name'] } }])
        expect(whole.events).toEqual([
            { operation: 'read_master_data', path: SUPPLIERS, rows: 3, message: 'all suppliers' },
        ])
        // After the whole set: an id it did not hold does not exist, and nothing is asked again.
        expect(whole.cache.supplier('S1')).toEqual({ id: 'S1', name: 'Acme' })
        expect(whole.cache.supplier('NOPE')).toBeNull()
        whole.cache.loadSuppliers(['NOPE', 'S9'])
        expect(whole.ifs.calls).toHaveLength(1)
    })

    it('splits ids whose request would pass the URL bound over several requests', () => {
        // 200 two-byte characters each: 1,200 characters percent-encoded, so 10 ids exceed 8 KB.
        const ids = Array.from({ length: 10 }, (_, i) => String(i) + '\u00e9'.repeat(199))
        const { cache, ifs, events } = cacheOver(sets)
        cache.loadSuppliers(ids)
        expect(ifs.calls.length).toBe(2)
        const sent = ifs.calls.flatMap((c) => (c.query.filter?.op === 'in' ? c.query.filter.values : []))
        expect(sent.map((v) => v.value)).toEqual(ids)
        expect(events.map((e) => e.message)).toEqual(['10 supplier(s) in 2 request(s)'])
        expect(cache.supplier(ids[9])).toBeNull()
    })
})
