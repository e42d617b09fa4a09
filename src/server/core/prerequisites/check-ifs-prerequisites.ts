import type { ConnectionConfig } from '../config/connection-config'
import type { IfsReader } from '../ifs/ifs-reader'
import type { PrerequisiteLine } from './prerequisite-line'
import { messageOf } from '../domain/failure'
import { plannedSourceQueries } from './planned-source-queries'
import { describeSchemaProblems, MetadataCache } from './source-schema-check'
import type { MetadataReader, SchemaVerdict } from './source-schema-check'

/**
 * The IFS side of the checklist, one line per entity set the sync reads — the documents, the
 * suppliers, and the GL account and cost-center sets of every company. Each set's names are first
 * checked against its service's `$metadata` (read once per service), then one row is read with the
 * sync's own query (`$select`, `$filter`, `$orderby`, plus `$top=1`): a line that passes means the
 * sync can read that set. A read needs a token, so a refused client shows up here as a failed line
 * with the reader's message.
 */
export function checkIfsPrerequisites(
    reader: IfsReader & MetadataReader,
    connection: ConnectionConfig
): PrerequisiteLine[] {
    const metadata = new MetadataCache(reader)
    return plannedSourceQueries(connection).map((planned) => {
        const check = `IFS entity set ${planned.path} (${planned.what}) answers`
        try {
            const verdict = metadata.verdictOf(planned)
            if (verdict.kind === 'failed')
                return { check, passed: false, reason: describeSchemaProblems(planned, verdict.problems) }
            // Without configured companies a code-part path has no company to read yet: names only.
            if (!planned.probe) return { check, passed: true, reason: `${schemaNote(verdict)}; ${NOT_READ}` }
            const page = reader.readPage(planned.path, { ...planned.query, top: 1 })
            return { check, passed: true, reason: `${schemaNote(verdict)}; read ${page.rows.length} row(s)` }
        } catch (error) {
            return { check, passed: false, reason: messageOf(error) }
        }
    })
}

const NOT_READ = 'not read (no company configured: each document brings its own)'

function schemaNote(verdict: Exclude<SchemaVerdict, { kind: 'failed' }>): string {
    if (verdict.kind === 'unpublished') return `no $metadata (HTTP ${verdict.status}): names checked by the read only`
    return `${verdict.fields} fields match $metadata (${verdict.format.toUpperCase()} CSDL)`
}
