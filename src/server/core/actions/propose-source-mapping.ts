import { CONNECTION } from '../../../tables/connection'
import type { Ports } from '../../ports/ports'
import { describeConfigErrors } from '../config/config-error'
import { parseStoredConnection } from '../config/load-connection'
import { messageOf } from '../domain/failure'
import { proposeMapping } from '../prerequisites/propose-mapping'
import { openSession } from '../session/connection-session'
import type { ActionMessage } from './action-message'
import { error, info } from './action-message'

/**
 * "Propose source mapping": reads the `$metadata` of every service the connection reads (through
 * its IFS client: token, limiter, audit and redaction apply) and shows the proposed override JSON
 * and the fields to confirm as form messages. Nothing is saved: the admin confirms each name and
 * enters what is right in the connection type's source overrides.
 */
export function proposeSourceMapping(ports: Ports, connectionSysId: string): ActionMessage[] {
    const record = ports.store.get(CONNECTION.name, connectionSysId)
    if (!record) return [error('This connection is not saved yet: save it, then propose a mapping.')]
    const parsed = parseStoredConnection(ports.store, record)
    if (!parsed.ok) return [error(`The settings need fixing first: ${describeConfigErrors(parsed.errors)}`)]
    const session = openSession(ports, parsed.config, { runSysId: '' })
    try {
        const proposal = proposeMapping(session.reader(), session.config)
        session.audit.record({
            operation: 'prerequisite',
            message: `Propose source mapping: ${proposal.toConfirm} field(s) to confirm; nothing saved`,
        })
        return [
            info(
                `Proposed source mapping for ${session.config.name} (not saved; enter what you confirm in the source overrides):`
            ),
            info(JSON.stringify(proposal.overrides, null, 2)),
            ...proposal.attention.map((n) => info(session.redactor.scrub(n))),
        ]
    } catch (e) {
        return [error(`$metadata could not be read: ${session.redactor.scrub(messageOf(e))}`)]
    } finally {
        session.audit.flush()
    }
}
