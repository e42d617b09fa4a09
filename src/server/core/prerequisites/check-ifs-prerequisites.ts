import type { ConnectionConfig } from '../config/connection-config'
import type { IfsReader } from '../ifs/ifs-reader'
import type { PrerequisiteLine } from './prerequisite-line'
import { messageOf } from '../domain/failure'

/**
 * The IFS side of the checklist: one `$top=1` read per configured entity set. A read needs a
 * token, so a refused client shows up here as a failed line with the reader's message.
 */
export function checkIfsPrerequisites(reader: IfsReader, connection: ConnectionConfig): PrerequisiteLine[] {
    const sets = [
        ...connection.partitions.map((p) => ({ what: p.objectType, path: p.entitySetPath })),
        { what: 'suppliers', path: connection.masterData.supplierEntitySet },
    ]
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
