import { CONNECTION } from '../../../tables/connection'
import type { Ports } from '../../ports/ports'
import type { ConfigError } from '../config/config-error'
import { parseStoredConnection } from '../config/load-connection'
import { checkIfsPrerequisites } from '../prerequisites/check-ifs-prerequisites'
import { checkPlatformPrerequisites } from '../prerequisites/check-platform-prerequisites'
import { readFieldMapRows } from '../staging/run-targets'
import type { PrerequisiteLine } from '../prerequisites/prerequisite-line'
import type { ActionMessage } from './action-message'
import { error, info } from './action-message'
import { messageOf } from '../domain/failure'
import { openSession } from '../session/connection-session'
import type { ConnectionSession } from '../session/connection-session'

function lineMessage(line: PrerequisiteLine): ActionMessage {
    return line.passed ? info(`Passed: ${line.check} (${line.reason})`) : error(`Failed: ${line.check}: ${line.reason}`)
}

/**
 * "Test connection": the saved settings, then the instance side (plugins, target tables, roles),
 * then IFS (token and one `$top=1` read per entity set). One message per line, passed or failed
 * with its reason, and a summary first. Every check is audited as one `prerequisite` event.
 */
export function testConnection(ports: Ports, connectionSysId: string): ActionMessage[] {
    const record = ports.store.get(CONNECTION.name, connectionSysId)
    if (!record) return [error('This connection is not saved yet: save it, then click Test connection.')]
    const parsed = parseStoredConnection(ports.store, record)
    if (!parsed.ok) return settingsToFix(record.name ?? 'this connection', parsed.errors)
    const session = openSession(ports, parsed.config, { runSysId: '' })
    const lines = checkLines(ports, session)
    const failed = lines.filter((l) => !l.passed)
    session.audit.record({
        operation: 'prerequisite',
        message:
            `Test connection: ${lines.length - failed.length} passed, ${failed.length} failed` +
            (failed.length ? `: ${failed.map((l) => l.check).join('; ')}` : ''),
    })
    session.audit.flush()
    const name = session.config.name
    const summary =
        failed.length === 0
            ? info(`${name}: all ${lines.length} checks passed.`)
            : error(`${name}: ${failed.length} of ${lines.length} checks failed.`)
    return [summary, ...lines.map(lineMessage).map((m) => ({ ...m, text: session.redactor.scrub(m.text) }))]
}

function settingsToFix(name: string, errors: readonly ConfigError[]): ActionMessage[] {
    const labelOf = (field: string) =>
        CONNECTION.columns[field as keyof typeof CONNECTION.columns]?.options.label ?? field
    return [
        error(`The settings of ${name} need fixing before IFS can be tried:`),
        ...errors.map((e) => error(`${labelOf(e.field)}: ${e.message}`)),
    ]
}

/** The instance side first, then IFS through the session's client (one token, one limiter). */
function checkLines(ports: Ports, session: ConnectionSession): PrerequisiteLine[] {
    const lines = [...checkPlatformPrerequisites(ports.platform, session.config, readFieldMapRows(ports.store))]
    try {
        lines.push(...checkIfsPrerequisites(session.reader(), session.config))
    } catch (e) {
        lines.push({
            check: 'IFS client can be set up',
            passed: false,
            reason: session.redactor.scrub(messageOf(e)),
        })
    }
    return lines
}
