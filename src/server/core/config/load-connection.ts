import type { Store, StoredRecord } from '../../ports/store'
import { readConnectionTypeRows } from './connection-types'
import { parseConnection } from './parse-connection'
import type { ParsedConnection } from './parse-connection'

/** A stored connection record parsed with its document type rows, read here once per parse. */
export function parseStoredConnection(store: Pick<Store, 'query'>, record: StoredRecord): ParsedConnection {
    return parseConnection(record, readConnectionTypeRows(store, record.sys_id))
}
