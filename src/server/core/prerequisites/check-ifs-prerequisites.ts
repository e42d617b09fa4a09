import type { ConnectionConfig } from '../config/connection-config'
import type { IfsReader } from '../ifs/ifs-reader'
import type { PrerequisiteLine } from './prerequisite-line'
import { messageOf } from '../domain/failure'
import { withCompany } from '../odata/data-url'

/**
 * The IFS side of the checklist: one `$top=1` read per configured entity set — the documents, the
 * suppliers, and the GL account and cost-center sets of every company (the sync reads those in bulk
 * per company, so a wrong path or a company the client may not see fails here, not in the first
 * run). A read needs a token, so a refused client shows up here as a failed line with the reader's
 * message.
 */
export function checkIfsPrerequisites(reader: IfsReader, connection: ConnectionConfig): PrerequisiteLine[] {
    const { masterData } = connection
    const sets = [
        ...connection.partitions.map((p) => ({ what: p.objectType, path: p.entitySetPath })),
        { what: 'suppliers', path: masterData.supplier.entitySet },
    ]
    for (const company of connection.companies) {
        sets.push({
            what: `GL accounts of company ${company}`,
            path: withCompany(masterData.glAccount.entitySet, company),
        })
        sets.push({
            what: `cost centers of company ${company}`,
            path: withCompany(masterData.costCenter.entitySet, company),
        })
    }
    return sets.map(({ what, path }) => {
        const check = `IFS entity set ${path} (${what}) answers`
        try {
            const page = reader.readPage(path, { top: 1 })
            return { check, passed: true, reason: `read ${page.rows.length} row(s)` }
        } catch (error) {
            return { check, passed: false, reason: messageOf(error) }
        }
    })
}
