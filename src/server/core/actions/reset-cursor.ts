import { CONNECTION } from '../../../tables/connection'
import type { Ports } from '../../ports/ports'
import { AuditTrail } from '../audit/audit-trail'
import { Redactor } from '../audit/redactor'
import { describeStoredCursorFields } from '../sync/cursor'
import { resetPartitions } from '../sync/sync-state'
import type { ActionMessage } from './action-message'
import { error, info } from './action-message'
import { runInProgress } from './connection-busy'

/**
 * "Reset cursor" (admin, after a confirmation): every object type of the connection starts again
 * from the beginning of IFS's history on the next run. Staging keys stay, so documents already
 * staged are recognised and not staged twice. Audited with the previous cursors.
 */
export function resetCursor(
    ports: Pick<Ports, 'store' | 'clock'>,
    connectionSysId: string,
    userName: string
): ActionMessage[] {
    const connection = ports.store.get(CONNECTION.name, connectionSysId)
    if (!connection) return [error('This connection is not saved yet: there is no cursor to reset.')]
    const name = connection.name ?? connectionSysId
    const busy = runInProgress(connection, ports.clock.nowMs())
    if (busy) return [error(`A run of ${name} is in progress (${busy.owner}): reset the cursor when it has finished.`)]

    const states = resetPartitions(ports.store, connectionSysId)
    const audit = new AuditTrail(ports.store, ports.clock, new Redactor(), { connectionSysId, runSysId: '' })
    for (const state of states) {
        audit.record({
            operation: 'cursor_reset',
            objectType: state.objectType ?? undefined,
            message: `Cursor reset by ${userName}; it was ${describeStoredCursorFields(state.cursor)}`,
        })
    }
    if (states.length === 0) {
        audit.record({
            operation: 'cursor_reset',
            message: `Cursor reset by ${userName}; no object type had synced yet`,
        })
        audit.flush()
        return [info(`${name} has not synced yet: its next run starts from the beginning anyway.`)]
    }
    audit.flush()
    const types = states.map((s) => s.objectType ?? '?').join(', ')
    return [
        info(
            `Cursor of ${name} reset (${types}): the next run reads IFS from the beginning. Staged documents are not staged twice.`
        ),
    ]
}
