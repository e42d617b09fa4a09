import { CONNECTION } from '../../../tables/connection'
import type { Store, StoredRecord } from '../../ports/store'

/** The connection records a scheduled job works on: the active ones, in name order. */
export function activeConnections(store: Store): StoredRecord[] {
    return store.query(CONNECTION.name, {
        where: [{ field: 'active', op: '=', value: true }],
        orderBy: [{ field: 'name' }],
    })
}
