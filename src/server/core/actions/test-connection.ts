import { CONNECTION } from '../../../tables/connection'
import type { Ports } from '../../ports/ports'
import { AuditTrail } from '../audit/audit-trail'
import { Redactor } from '../audit/redactor'
import type { ConnectionConfig } from '../config/connection-config'
import { parseConnection } from '../config/parse-connection'
import { createIfsClient } from '../ifs/ifs-client'
import type { IfsReader } from '../ifs/ifs-reader'
import { newRequestCounters } from '../ifs/request-counters'
import { checkIfsPrerequisites } from '../prerequisites/check-ifs-prerequisites'
import { checkPlatformPrerequisites } from '../prerequisites/check-platform-prerequisites'
import type { PrerequisiteLine } from '../prerequisites/prerequisite-line'
import type { ActionMessage } from './action-message'
import { error, info } from './action-message'
import { messageOf } from '../domain/failure'

/** How the check reaches IFS; the default is the real client (token + `$top=1` per entity set). */
export type ReaderFactory = (
    ports: Ports,
    connection: ConnectionConfig,
    audit: AuditTrail,
    redactor: Redactor
) => IfsReader

const realReader: ReaderFactory = (ports, connection, audit, redactor) =>
    createIfsClient({ ports, connection, audit, redactor, counters: newRequestCounters() })

function lineMessage(line: PrerequisiteLine): ActionMessage {
    return line.passed ? info(`Passed: ${line.check} (${line.reason})`) : error(`Failed: ${line.check}: ${line.reason}`)
}

/**
 * "Test connection": the saved settings, then the instance side (plugins, target tables, roles),
 * then IFS (token and one `$top=1` read per entity set). One message per line, passed or failed
 * with its reason, and a summary first. Every check is audited as one `prerequisite` event.
 */
export function testConnection(
    ports: Ports,
    connectionSysId: string,
    openReader: ReaderFactory = realReader
): ActionMessage[] {
    const record = ports.store.get(CONNECTION.name, connectionSysId)
    if (!record) return [error('This connection is not saved yet: save it, then click Test connection.')]
    const parsed = parseConnection(record)
    if (!parsed.ok) {
        return [
            error(`The settings of ${record.name ?? 'this connection'} need fixing before IFS can be tried:`),
            ...parsed.errors.map((e) =>
                error(
                    `${CONNECTION.columns[e.field as keyof typeof CONNECTION.columns]?.options.label ?? e.field}: ${e.message}`
                )
            ),
        ]
    }
    const connection = parsed.config
    const redactor = new Redactor()
    const audit = new AuditTrail(ports.store, ports.clock, redactor, { connectionSysId, runSysId: '' })
    const lines = [...checkPlatformPrerequisites(ports.platform, connection)]
    try {
        lines.push(...checkIfsPrerequisites(openReader(ports, connection, audit, redactor), connection))
    } catch (e) {
        lines.push({
            check: 'IFS client can be set up',
            passed: false,
            reason: redactor.scrub(messageOf(e)),
        })
    }
    const failed = lines.filter((l) => !l.passed).length
    audit.record({
        operation: 'prerequisite',
        message:
            `Test connection: ${lines.length - failed} passed, ${failed} failed` +
            (failed
                ? `: ${lines
                      .filter((l) => !l.passed)
                      .map((l) => l.check)
                      .join('; ')}`
                : ''),
    })
    audit.flush()
    const summary =
        failed === 0
            ? info(`${connection.name}: all ${lines.length} checks passed.`)
            : error(`${connection.name}: ${failed} of ${lines.length} checks failed.`)
    return [summary, ...lines.map(lineMessage).map((m) => ({ ...m, text: redactor.scrub(m.text) }))]
}
