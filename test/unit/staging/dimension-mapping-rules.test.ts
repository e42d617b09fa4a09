import { MemoryStore } from '../../fakes/memory-store'
import { DimensionMappings } from '../../../src/server/core/staging/dimension-mappings'
import type { CodePart } from '../../../src/server/core/staging/master-data-cache'

// Which ServiceNow value an IFS code part maps to: admin rows within their dates, auto rows, the
// identity mapping auto-fill writes. Table and column names are written out here.

const TABLE = 'x_mlc_ifs_s2p_dimension_map'
const part = (value: string, extra: Partial<CodePart> = {}): CodePart => ({
    value,
    description: null,
    validFrom: null,
    validUntil: null,
    ...extra,
})

function world(rows: Record<string, string | null>[], autoFill = false) {
    const store = new MemoryStore()
    for (const row of rows) store.insert(TABLE, { connection: 'c1', company: '10', dimension: 'gl_account', ...row })
    const queries = jest.spyOn(store, 'query')
    return { store, queries, mappings: new DimensionMappings(store, 'c1', autoFill) }
}

describe('admin rows', () => {
    it('map within their dates, bounds included, date-times taken by their date', () => {
        const { mappings } = world([
            {
                ifs_value: '4000',
                sn_value: 'GL-OLD',
                source: 'admin',
                valid_from: null,
                valid_until: '2026-01-31 23:00:00',
            },
            {
                ifs_value: '4000',
                sn_value: 'GL-NEW',
                source: 'admin',
                valid_from: '2026-02-01 00:00:00',
                valid_until: '2026-12-31',
            },
        ])
        const at = (date: string) => mappings.resolve('10', 'gl_account', part('4000'), date)
        expect(at('2025-06-30')).toBe('GL-OLD')
        expect(at('2026-01-31')).toBe('GL-OLD')
        expect(at('2026-02-01')).toBe('GL-NEW')
        expect(at('2026-12-31')).toBe('GL-NEW')
        expect(at('2027-01-01')).toBeNull()
    })

    it('win over an auto row, and an empty ServiceNow value maps nothing', () => {
        const { mappings } = world([
            { ifs_value: '4000', sn_value: 'AUTO', source: 'auto' },
            { ifs_value: '4000', sn_value: 'ADMIN', source: 'admin' },
            { ifs_value: '4100', sn_value: null, source: 'admin' },
            { ifs_value: '4100', sn_value: 'AUTO', source: 'auto' },
        ])
        expect(mappings.resolve('10', 'gl_account', part('4000'), '2026-01-01')).toBe('ADMIN')
        expect(mappings.resolve('10', 'gl_account', part('4100'), '2026-01-01')).toBeNull()
    })
})

describe('auto rows', () => {
    it('map to their value; the first one counts; an empty value maps nothing', () => {
        const { mappings } = world([
            { ifs_value: '4000', sn_value: 'A1', source: 'auto' },
            { ifs_value: '4000', sn_value: 'A2', source: 'auto' },
            { ifs_value: '4200', sn_value: '', source: 'auto' },
            { ifs_value: '4300', sn_value: null, source: 'auto' },
        ])
        expect(mappings.resolve('10', 'gl_account', part('4000'), '2026-01-01')).toBe('A1')
        expect(mappings.resolve('10', 'gl_account', part('4200'), '2026-01-01')).toBeNull()
        expect(mappings.resolve('10', 'gl_account', part('4300'), '2026-01-01')).toBeNull()
    })

    it('of other connections, companies, dimensions or with no IFS value do not apply', () => {
        const { mappings } = world([
            { ifs_value: '4000', sn_value: 'OTHER-CONN', source: 'admin', connection: 'c2' },
            { ifs_value: '4000', sn_value: 'OTHER-COMPANY', source: 'admin', company: '20' },
            { ifs_value: '4000', sn_value: 'COST-CENTER', source: 'admin', dimension: 'cost_center' },
            { ifs_value: '4000', sn_value: 'UNKNOWN-DIM', source: 'admin', dimension: 'project' },
            { ifs_value: null, sn_value: 'NO-VALUE', source: 'admin' },
        ])
        expect(mappings.resolve('10', 'gl_account', part('4000'), '2026-01-01')).toBeNull()
        expect(mappings.resolve('10', 'cost_center', part('4000'), '2026-01-01')).toBe('COST-CENTER')
        expect(mappings.resolve('20', 'gl_account', part('4000'), '2026-01-01')).toBe('OTHER-COMPANY')
    })
})

describe('loading', () => {
    it('asks the store once per company for this connection', () => {
        const { mappings, queries } = world([{ ifs_value: '4000', sn_value: 'X', source: 'admin' }])
        mappings.resolve('10', 'gl_account', part('4000'), '2026-01-01')
        mappings.resolve('10', 'cost_center', part('4000'), '2026-01-01')
        mappings.resolve('20', 'gl_account', part('4000'), '2026-01-01')
        expect(queries.mock.calls).toEqual([
            [
                TABLE,
                {
                    where: [
                        { field: 'connection', op: '=', value: 'c1' },
                        { field: 'company', op: '=', value: '10' },
                    ],
                },
            ],
            [
                TABLE,
                {
                    where: [
                        { field: 'connection', op: '=', value: 'c1' },
                        { field: 'company', op: '=', value: '20' },
                    ],
                },
            ],
        ])
    })
})

describe('auto-fill', () => {
    it('off: an unmapped code maps nothing and nothing is written', () => {
        const { mappings, store } = world([])
        expect(mappings.resolve('10', 'gl_account', part('4000'), '2026-01-01')).toBeNull()
        expect(mappings.writeQueued()).toBe(0)
        expect(store.query(TABLE, {})).toEqual([])
    })

    it('on: maps a code to itself once and writes one auto row with IFS dates on writeQueued', () => {
        const { mappings, store } = world([], true)
        const gl = part('4000', { description: 'Sales', validFrom: '2026-01-01', validUntil: '2026-12-31' })
        expect(mappings.resolve('10', 'gl_account', gl, '2026-03-01')).toBe('4000')
        expect(mappings.resolve('10', 'gl_account', gl, '2026-04-01')).toBe('4000')
        expect(mappings.writeQueued()).toBe(1)
        expect(mappings.writeQueued()).toBe(0)
        const [row] = store.query(TABLE, {})
        expect(row).toMatchObject({
            connection: 'c1',
            company: '10',
            dimension: 'gl_account',
            ifs_value: '4000',
            description: 'Sales',
            sn_value: '4000',
            source: 'auto',
        })
        expect(row.valid_from?.slice(0, 10)).toBe('2026-01-01')
        expect(row.valid_until?.slice(0, 10)).toBe('2026-12-31')
    })

    it('cuts a description to 255 characters and leaves a missing one empty', () => {
        const { mappings, store } = world([], true)
        mappings.resolve('10', 'gl_account', part('A', { description: 'd'.repeat(256) }), '2026-01-01')
        mappings.resolve('10', 'cost_center', part('B'), '2026-01-01')
        expect(mappings.writeQueued()).toBe(2)
        const rows = store.query(TABLE, {})
        expect(rows.map((r) => [r.dimension, r.ifs_value, r.description])).toEqual([
            ['gl_account', 'A', 'd'.repeat(255)],
            ['cost_center', 'B', null],
        ])
    })

    it('does not map a code longer than the 100-character IFS value column', () => {
        const { mappings } = world([], true)
        expect(mappings.resolve('10', 'gl_account', part('v'.repeat(101)), '2026-01-01')).toBeNull()
        expect(mappings.resolve('10', 'gl_account', part('v'.repeat(100)), '2026-01-01')).toBe('v'.repeat(100))
        expect(mappings.writeQueued()).toBe(1)
    })

    it('does not fill a code that has a row, even one that maps nothing', () => {
        const { mappings } = world([{ ifs_value: '4000', sn_value: '', source: 'admin' }], true)
        expect(mappings.resolve('10', 'gl_account', part('4000'), '2026-01-01')).toBeNull()
        expect(mappings.writeQueued()).toBe(0)
    })

    it('discards what it queued when told (a dry run or a failed page)', () => {
        const { mappings } = world([], true)
        mappings.resolve('10', 'gl_account', part('4000'), '2026-01-01')
        mappings.discardQueued()
        expect(mappings.writeQueued()).toBe(0)
    })
})
