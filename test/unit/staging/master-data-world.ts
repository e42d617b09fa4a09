import { presetMasterData } from '../../fakes/preset-partition'
import type { AuditEvent, AuditTrail } from '../../../src/server/core/audit/audit-trail'
import type { ConnectionConfig } from '../../../src/server/core/config/connection-config'
import type { IfsReader, IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import type { ODataQuery } from '../../../src/server/core/odata/query'
import { MasterDataCache } from '../../../src/server/core/staging/master-data-cache'

// IFS master data as the staging tests script it: entity-set paths and field names written out
// (not taken from the product's field tables).

const GL = "C.svc/CompanyFinanceSet(Company='{company}')/CodeAArray"
const CC = "C.svc/CompanyFinanceSet(Company='{company}')/CodeBArray"
export const SUPPLIERS = 'S.svc/SupplierInfoGeneralSet'

/** IFS as a table of rows per path; `in` filters on one field are applied; pages of two rows. */
class ScriptedIfs implements IfsReader {
    readonly calls: { path: string; query: ODataQuery }[] = []
    constructor(private readonly sets: Record<string, IfsRow[]>) {}

    readAll(path: string, query: ODataQuery, onPage: (rows: readonly IfsRow[]) => void): number {
        this.calls.push({ path, query })
        const filter = query.filter
        const rows = (this.sets[path] ?? []).filter((row) => {
            if (!filter) return true
            if (filter.op !== 'in') throw new Error('scripted IFS applies `in` filters only')
            return filter.values.some((v) => v.value === row[filter.field])
        })
        for (let i = 0; i < rows.length; i += 2) onPage(rows.slice(i, i + 2))
        return rows.length
    }

    readPage(): never {
        throw new Error('the master-data cache reads whole sets')
    }
}

export function cacheOver(sets: Record<string, IfsRow[]>) {
    const ifs = new ScriptedIfs(sets)
    const events: AuditEvent[] = []
    const audit = { record: (event: AuditEvent) => events.push(event) } as unknown as AuditTrail
    const connection = {
        tenantUrl: 'https://acme.ifs.cloud',
        masterData: presetMasterData({ supplier: SUPPLIERS, glAccount: GL, costCenter: CC }),
    } as ConnectionConfig
    return { cache: new MasterDataCache(ifs, connection, audit), ifs, events }
}
