import { presetMasterData } from '../../fakes/preset-partition'
import type { AuditEvent, AuditTrail } from '../../../src/server/core/audit/audit-trail'
import type { ConnectionConfig } from '../../../src/server/core/config/connection-config'
import type { IfsReader, IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import type { ODataQuery } from '../../../src/server/core/odata/query'
import { renderFilter } from '../../../src/server/core/odata/render-query'
import { MasterDataCache } from '../../../src/server/core/staging/master-data-cache'

// Master data is per company. A code-part set whose path has no `{company}` holds every
// company's rows (a Company column tells them apart): an account that exists only in company 20
// must not validate a company-10 document. Names written out (IFS's, not the product's tables).

const FLAT_GL = 'AccountingCodePartValuesHandling.svc/AccountingCodePartValueSet'
const PER_COMPANY_CC = "C.svc/CompanyFinanceSet(Company='{company}')/CodeBArray"

const account = (company: string | null, code: string): IfsRow => ({
    ...(company === null ? {} : { Company: company }),
    CodeValue: code,
    Description: `Account ${code}`,
    ValidFrom: '2020-01-01',
    ValidUntil: null,
})

/** A server that returns every row of a path, whatever the filter (the worst case). */
function cacheOver(sets: Record<string, IfsRow[]>) {
    const calls: { path: string; query: ODataQuery }[] = []
    const reader: IfsReader = {
        readAll(path, query, onPage) {
            calls.push({ path, query })
            const rows = sets[path] ?? []
            onPage(rows)
            return rows.length
        },
        readPage() {
            throw new Error('not used')
        },
    }
    const events: AuditEvent[] = []
    const audit = { record: (e: AuditEvent) => events.push(e) } as unknown as AuditTrail
    const connection = {
        tenantUrl: 'https://acme.ifs.cloud',
        masterData: presetMasterData({ supplier: 'S.svc/SupplierSet', glAccount: FLAT_GL, costCenter: PER_COMPANY_CC }),
    } as ConnectionConfig
    return { cache: new MasterDataCache(reader, connection, audit), calls }
}

describe('code parts of a set that is not per company in its path', () => {
    const rows = [
        account('10', '4000'),
        account('20', '4000'),
        account('20', '7777'),
        account(null, '9999'),
        account(' 10', '5000'),
    ]

    it('are read filtered by company, and only rows naming that company count', () => {
        const { cache, calls } = cacheOver({ [FLAT_GL]: rows })
        const ten = cache.codePartsOf('10', 'gl_account')
        expect([...ten.keys()].sort()).toEqual(['4000', '5000'])
        expect(ten.has('7777')).toBe(false)
        expect(ten.has('9999')).toBe(false)
        expect(calls[0].path).toBe(FLAT_GL)
        expect(renderFilter(calls[0].query.filter!)).toBe("Company eq '10'")
        expect(calls[0].query.select).toEqual(['Company', 'CodeValue', 'Description', 'ValidFrom', 'ValidUntil'])
    })

    it('each company is read and cached on its own', () => {
        const { cache, calls } = cacheOver({ [FLAT_GL]: rows })
        expect([...cache.codePartsOf('20', 'gl_account').keys()].sort()).toEqual(['4000', '7777'])
        expect([...cache.codePartsOf('10', 'gl_account').keys()].sort()).toEqual(['4000', '5000'])
        cache.codePartsOf('20', 'gl_account')
        expect(calls.map((c) => renderFilter(c.query.filter!))).toEqual(["Company eq '20'", "Company eq '10'"])
    })

    it('a per-company path is read as before: no company filter, no Company column needed', () => {
        const { cache, calls } = cacheOver({
            ["C.svc/CompanyFinanceSet(Company='10')/CodeBArray"]: [account(null, 'CC1')],
        })
        expect([...cache.codePartsOf('10', 'cost_center').keys()]).toEqual(['CC1'])
        expect(calls[0].query.filter).toBeUndefined()
        expect(calls[0].query.select).toEqual(['CodeValue', 'Description', 'ValidFrom', 'ValidUntil'])
    })
})
