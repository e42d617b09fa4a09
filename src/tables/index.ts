import type { TableSpec } from './column-spec'
import { AUDIT } from './audit'
import { CONNECTION } from './connection'
import { CONNECTION_TYPE } from './connection-type'
import { DIMENSION_MAP } from './dimension-map'
import { FIELD_MAP } from './field-map'
import { FLAG } from './flag'
import { RUN } from './run'
import { STAGING_KEY } from './staging-key'
import { SYNC_STATE } from './sync-state'

export { AUDIT, CONNECTION, CONNECTION_TYPE, DIMENSION_MAP, FLAG, RUN, STAGING_KEY, SYNC_STATE }
export type { ColumnSpec, TableSpec } from './column-spec'

/** Every table the app owns, for code that walks all of them (the SQLite stand-in, contract tests). */
export const APP_TABLES: readonly TableSpec[] = [
    CONNECTION,
    CONNECTION_TYPE,
    SYNC_STATE,
    STAGING_KEY,
    RUN,
    AUDIT,
    FLAG,
    DIMENSION_MAP,
    FIELD_MAP,
]
