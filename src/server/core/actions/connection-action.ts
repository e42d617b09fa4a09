import { CONNECTION } from '../../../tables/connection'
import type { Ports } from '../../ports/ports'
import type { StoredRecord } from '../../ports/store'
import type { ActionMessage } from './action-message'
import { error } from './action-message'

/** The saved connection an admin action works on, and the name its messages use. */
export interface ActionTarget {
    connection: StoredRecord
    name: string
}

/**
 * What every action on one connection (Run now, Release lease, ...) starts with: the saved
 * record, or `notSaved` for a form that has not been saved yet; then the action itself.
 */
export function actOnConnection(
    ports: Pick<Ports, 'store'>,
    connectionSysId: string,
    notSaved: string,
    act: (target: ActionTarget) => ActionMessage[]
): ActionMessage[] {
    const connection = ports.store.get(CONNECTION.name, connectionSysId)
    if (!connection) return [error(notSaved)]
    return act({ connection, name: connection.name ?? connectionSysId })
}
