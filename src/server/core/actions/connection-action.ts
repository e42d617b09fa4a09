import { CONNECTION } from '../../../tables/connection'
import type { Ports } from '../../ports/ports'
import type { StoredRecord } from '../../ports/store'
import type { ActionMessage } from './action-message'
import { error } from './action-message'

/** The saved connection an admin action works on, the name its messages use, and who asked. */
export interface ActionTarget {
    connection: StoredRecord
    name: string
    userName: string
}

/** An admin action on one connection, as the UI actions and the CLI call it. */
export type ConnectionAction<P> = (ports: P, connectionSysId: string, userName: string) => ActionMessage[]

/**
 * An action on one connection (Run now, Release lease, ...): it starts with the saved record, or
 * says `notSaved` for a form that has not been saved yet, then does `act` on it.
 */
export function connectionAction<P extends Pick<Ports, 'store'>>(
    notSaved: string,
    act: (ports: P, target: ActionTarget) => ActionMessage[]
): ConnectionAction<P> {
    return (ports, connectionSysId, userName) => {
        const connection = ports.store.get(CONNECTION.name, connectionSysId)
        if (!connection) return [error(notSaved)]
        return act(ports, { connection, name: connection.name ?? connectionSysId, userName })
    }
}
