import { connectionFor } from '../prerequisites/connection-fixture'
import type { IfsReader } from '../../../src/server/core/ifs/ifs-reader'
import type { FilterExpr, ODataQuery } from '../../../src/server/core/odata/query'
import { plannedSourceQueries } from '../../../src/server/core/prerequisites/planned-source-queries'
import { MasterDataCache } from '../../../src/server/core/staging/master-data-cache'
import { KeysetPager } from '../../../src/server/core/sync/keyset-pager'
import type { AuditTrail } from '../../../src/server/core/audit/audit-trail'
import { PURCHASE_ORDER } from '../../../src/server/core/document-types/purchase-order'
import { SUPPLIER_INVOICE } from '../../../src/server/core/document-types/supplier-invoice'
import { readLinesOf } from '../../../src/server/core/lines/line-reader'

/** Every field name a query names, in $select, $filter and $orderby. */
function namesOf(query: ODataQuery): string[] {
    const fromFilter = (f: FilterExpr): string[] => {
        if ('args' in f) return f.args.flatMap(fromFilter)
        if ('arg' in f) return fromFilter(f.arg)
        return [f.field]
    }
    return [
        ...(query.select ?? []),
        ...(query.filter ? fromFilter(query.filter) : []),
        ...(query.orderBy ?? []).map((o) => o.field),
    ]
}

/** A reader that records every query and answers with `rows` for the first page of each path, nothing after. */
function recordingReader(rows: (path: string) => Record<string, unknown>[]) {
    const asked: { path: string; query: ODataQuery }[] = []
    const reader: IfsReader = {
        readAll: (path, query, onPage) => {
            asked.push({ path, query })
            onPage(rows(path))
            return rows(path).length
        },
        readPage: (path, query) => {
            asked.push({ path, query })
            const seen = asked.filter((a) => a.path === path).length
            return { rows: seen === 1 ? rows(path) : [], nextLink: seen === 1 ? 'next' : null }
        },
    }
    return { reader, asked }
}

describe('plannedSourceQueries', () => {
    it('names every set the sync reads, with the keys and kinds of the mapping', () => {
        const planned = plannedSourceQueries(connectionFor(['10', '20']))
        expect(planned.map((p) => [p.what, p.path, p.probe])).toEqual([
            ['supplier_invoice', 'Inv.svc/InvoiceSet', true],
            ['purchase_order', 'Po.svc/OrderSet', true],
            ['suppliers', 'Sup.svc/SupplierSet', true],
            ['GL accounts of company 10', "Fin.svc/CompanySet(Company='10')/CodeAArray", true],
            ['cost centers of company 10', "Fin.svc/CompanySet(Company='10')/CodeBArray", true],
            ['GL accounts of company 20', "Fin.svc/CompanySet(Company='20')/CodeAArray", true],
            ['cost centers of company 20', "Fin.svc/CompanySet(Company='20')/CodeBArray", true],
        ])
        const invoice = planned[0].plan
        expect(invoice.keys).toEqual(['Company', 'InvoiceId'])
        expect(invoice.fields.slice(0, 4)).toEqual([
            { name: 'Objversion', kind: 'string' },
            { name: 'Company', kind: 'string' },
            { name: 'InvoiceId', kind: 'number' },
            { name: 'InvoiceNo', kind: 'string' },
        ])
        expect(invoice.fields).toContainEqual({ name: 'CreationDate', kind: 'datetime' })
        expect(invoice.fields).toContainEqual({ name: 'InvoiceDate', kind: 'date' })
        expect(invoice.fields).toContainEqual({ name: 'GrossCurrAmount', kind: 'number' })
        expect(new Set(invoice.fields.map((f) => f.name)).size).toBe(invoice.fields.length)
        expect(planned[2].plan).toEqual({
            path: 'Sup.svc/SupplierSet',
            fields: [
                { name: 'SupplierId', kind: 'string' },
                { name: 'Name', kind: 'string' },
            ],
            keys: null,
        })
        expect(planned[3].plan.fields).toEqual([
            { name: 'CodeValue', kind: 'string' },
            { name: 'Description', kind: 'string' },
            { name: 'ValidFrom', kind: 'date' },
            { name: 'ValidUntil', kind: 'date' },
        ])
    })

    it('without companies still checks the code-part sets, but reads none (a company comes with each document)', () => {
        const planned = plannedSourceQueries(connectionFor([]))
        expect(planned.slice(3).map((p) => [p.what, p.probe])).toEqual([
            ['GL accounts', false],
            ['cost centers', false],
        ])
        expect(planned[0].query.filter).toBeUndefined()
    })

    it('covers every name of every query the pager and the master-data cache actually send', () => {
        const config = connectionFor(['10'])
        const planned = plannedSourceQueries(config)
        const plannedNames = (path: string) =>
            new Set(planned.find((p) => p.path === path)!.plan.fields.map((f) => f.name))
        const { reader, asked } = recordingReader((path) =>
            path === 'Po.svc/OrderSet'
                ? [{ Objversion: '20260101000000', OrderNo: 'PO1', Company: '10' }]
                : path === 'Inv.svc/InvoiceSet'
                  ? [{ Objversion: '20260101000000', Company: '10', InvoiceId: 7 }]
                  : []
        )
        for (const partition of config.partitions) {
            const pager = new KeysetPager({ reader, connection: config, partition })
            pager.startAt({ kind: 'from_stamp', modified: '20250101000000' })
            while (pager.next() !== null);
        }
        const audit = { record: () => undefined } as unknown as AuditTrail
        const cache = new MasterDataCache(reader, config, audit)
        cache.codePartsOf('10', 'gl_account')
        cache.codePartsOf('10', 'cost_center')
        cache.loadSuppliers(['S1'])
        cache.loadSuppliers(Array.from({ length: 101 }, (_, i) => `S${i + 2}`))
        expect(new Set(asked.map((a) => a.path)).size).toBe(5)
        expect(asked.length).toBeGreaterThan(6)
        for (const { path, query } of asked) {
            const missing = namesOf(query).filter((name) => !plannedNames(path).has(name))
            expect({ path, missing }).toEqual({ path, missing: [] })
        }
    })

    it("plans a reading type's line and posting sets, covering every name the line reader sends", () => {
        const base = connectionFor(['10'])
        const lines = { purchase_order: PURCHASE_ORDER.lines, supplier_invoice: SUPPLIER_INVOICE.lines }
        const config = {
            ...base,
            partitions: base.partitions.map((p) => ({
                ...p,
                source: { ...p.source, lines: lines[p.objectType as keyof typeof lines] },
            })),
        }
        const planned = plannedSourceQueries(config)
        expect(planned.slice(0, 5).map((p) => [p.what, p.path, p.plan.keys])).toEqual([
            ['supplier_invoice', 'Inv.svc/InvoiceSet', ['Company', 'InvoiceId']],
            ['supplier_invoice lines', SUPPLIER_INVOICE.lines.entitySet, ['Company', 'InvoiceId', 'ItemId']],
            [
                'supplier_invoice posting rows',
                SUPPLIER_INVOICE.lines.postings.entitySet,
                ['Company', 'InvoiceId', 'RowId'],
            ],
            ['purchase_order', 'Po.svc/OrderSet', ['OrderNo']],
            ['purchase_order lines', PURCHASE_ORDER.lines.entitySet, ['OrderNo', 'LineNo', 'ReleaseNo']],
        ])
        expect(planned[4].plan.fields).toContainEqual({ name: 'BuyQtyDue', kind: 'number' })
        const { reader, asked } = recordingReader(() => [])
        const audit = { record: () => undefined }
        for (const partition of config.partitions) {
            const header =
                partition.objectType === 'purchase_order' ? { OrderNo: 'PO1' } : { Company: '10', InvoiceId: 7 }
            readLinesOf([header], {
                reader,
                tenantUrl: config.tenantUrl,
                objectType: partition.objectType,
                source: partition.source,
                maxPerRequest: 100,
                audit,
            })
        }
        expect(asked.map((a) => a.path)).toEqual([
            SUPPLIER_INVOICE.lines.entitySet,
            SUPPLIER_INVOICE.lines.postings.entitySet,
            PURCHASE_ORDER.lines.entitySet,
        ])
        for (const { path, query } of asked) {
            const names = new Set(planned.find((p) => p.path === path)!.plan.fields.map((f) => f.name))
            expect({ path, missing: namesOf(query).filter((n) => !names.has(n)) }).toEqual({ path, missing: [] })
        }
    })
})
