import { resolveSourceMapping } from '../../../src/server/core/config/source-mapping'
import type { DocumentSource } from '../../../src/server/core/document-types/source-field'
import { renderFilter, renderQuery } from '../../../src/server/core/odata/render-query'
import { keysFilter } from '../../../src/server/core/staging/flag-retry-query'
import { mapRow, sourceKeyOf } from '../../../src/server/core/staging/map-document'
import { cursorOf, encodeCursor, readStart } from '../../../src/server/core/sync/cursor'
import { pageQuery } from '../../../src/server/core/sync/keyset-pager'
import { placePage } from '../../../src/server/core/sync/page-placement'
import { CHANGED_AT_TEXT_KEYS } from '../../support/source-overrides'

// One tenant's other names for supplier invoices: a date-time stamp, text keys, other amounts.
function renamed(): DocumentSource {
    const r = resolveSourceMapping({
        objectType: 'supplier_invoice',
        preset: 'ifs_cloud',
        overrides: {
            ...CHANGED_AT_TEXT_KEYS,
            fields: {
                documentNumber: 'SupplierInvoiceNo',
                netAmount: 'AmountNet',
                taxAmount: 'AmountTax',
                grossAmount: 'AmountTotal',
                createdAt: { name: 'CreatedAt', kind: 'datetime' },
            },
        },
    })
    if (!r.ok) throw new Error(r.errors.join('\n'))
    return r.source
}

const partition = { objectType: 'supplier_invoice' as const, source: renamed() }

const row = (key: string, changedAt: string) => ({
    ChangedAt: changedAt,
    Company: '10',
    InvoiceKey: key,
    SupplierInvoiceNo: `SI-${key}`,
    Identity: 'S1',
    InvoiceDate: '2026-01-10',
    CreatedAt: '2026-01-10T09:00:00+01:00',
    DueDate: '2026-02-10',
    Currency: 'EUR',
    AmountNet: 100,
    AmountTax: 25,
    AmountTotal: 125,
    PoRef: null,
    CodeA: '4000',
    CodeB: '100',
    Objstate: 'Posted',
})

describe('a renamed source mapping', () => {
    it('selects and orders by its own names', () => {
        const q = pageQuery(partition.source, { kind: 'start' }, ['10'])
        expect(q.select).toEqual([
            'ChangedAt',
            'Company',
            'InvoiceKey',
            'SupplierInvoiceNo',
            'Identity',
            'InvoiceDate',
            'CreatedAt',
            'DueDate',
            'Currency',
            'AmountNet',
            'AmountTax',
            'AmountTotal',
            'PoRef',
            'CodeA',
            'CodeB',
            'Objstate',
        ])
        expect(decodeURIComponent(renderQuery(q))).toBe(
            `$filter=Company in ('10')&$select=${q.select?.join(',')}&$orderby=ChangedAt asc,Company asc,InvoiceKey asc`
        )
    })

    it('stands the cursor at the UTC instant and text keys, and filters after it with a date-time literal', () => {
        const cursor = cursorOf(partition, row('INV-7', '2026-01-15T09:00:00+01:00'))
        expect(cursor).toEqual({ modified: '2026-01-15T08:00:00.0000000Z', keys: ['10', 'INV-7'] })
        const q = pageQuery(partition.source, { kind: 'after', cursor }, [])
        expect(renderFilter(q.filter!)).toBe(
            "ChangedAt gt 2026-01-15T08:00:00.0000000Z or (ChangedAt eq 2026-01-15T08:00:00.0000000Z and (Company gt '10' or (Company eq '10' and InvoiceKey gt 'INV-7')))"
        )
        expect(encodeCursor(cursor)).toEqual({ modified: '2026-01-15T08:00:00.0000000Z', key: '["10","INV-7"]' })
    })

    it('re-reads the lookback window on ISO instants', () => {
        const cursor = { modified: '2026-01-15T08:00:00.0000000Z', keys: ['10', 'INV-7'] }
        const { from, note } = readStart(cursor, 600, false)
        expect(note).toBeNull()
        expect(from).toEqual({ kind: 'from_stamp', modified: '2026-01-15T07:50:00.0000000Z' })
        expect(renderFilter(pageQuery(partition.source, from, []).filter!)).toBe(
            'ChangedAt ge 2026-01-15T07:50:00.0000000Z'
        )
    })

    it('places rows by instant, and skips one stamped before the window whatever its offset', () => {
        const from = { kind: 'from_stamp' as const, modified: '2026-01-15T07:50:00.0000000Z' }
        const placed = placePage({
            partition,
            from,
            companies: [],
            rows: [
                row('A', '2026-01-15T08:49:00+01:00'),
                row('B', '2026-01-15T07:55:00Z'),
                row('C', '2026-01-15T10:00:00+02:00'),
            ],
        })
        expect(placed.rows.map((r) => r.InvoiceKey)).toEqual(['B', 'C'])
        expect(placed.outsideCount).toBe(1)
        expect(placed.last).toEqual({ modified: '2026-01-15T08:00:00.0000000Z', keys: ['10', 'C'] })
    })

    it('maps the canonical document from its own names', () => {
        const mapped = mapRow(partition, row('INV-7', '2026-01-15T09:00:00+01:00'))
        if (mapped.kind !== 'mapped') throw new Error(JSON.stringify(mapped.problems))
        expect(mapped.doc).toMatchObject({
            documentNumber: 'SI-INV-7',
            netAmount: 100,
            taxAmount: 25,
            grossAmount: 125,
            createdAt: '2026-01-10T08:00:00Z',
            modified: '2026-01-15T09:00:00+01:00',
            sourceKey: '{"Company":"10","InvoiceKey":"INV-7"}',
        })
        expect(sourceKeyOf(partition.source, row('X', ''))).toBe('{"Company":"10","InvoiceKey":"X"}')
    })

    it('flags a row whose date-time stamp is no date-time, naming the field', () => {
        const mapped = mapRow(partition, row('INV-8', '20260115080000'))
        expect(mapped.kind === 'rejected' && mapped.problems.map((p) => p.message)).toEqual([
            'The IFS field ChangedAt is "20260115080000", which is not a date and time with a time zone offset.',
        ])
    })

    it('re-reads flagged documents by their text keys', () => {
        const filter = keysFilter(partition.source, [
            [
                { kind: 'string', value: '10' },
                { kind: 'string', value: 'INV-7' },
            ],
        ])
        expect(renderFilter(filter)).toBe("Company eq '10' and InvoiceKey eq 'INV-7'")
    })
})
