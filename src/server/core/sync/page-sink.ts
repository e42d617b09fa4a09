import type { ObjectType } from '../../../tables/object-types'
import type { ConnectionConfig } from '../config/connection-config'
import type { IfsRow } from '../ifs/ifs-reader'

export interface SourcePage {
    connection: ConnectionConfig
    objectType: ObjectType
    targetTable: string
    runSysId: string
    rows: readonly IfsRow[]
}

export interface PageOutcome {
    inserted: number
    updated: number
    duplicates: number
    flagged: number
    /**
     * Documents whose import row the import-set transform refused (each is also in `flagged`):
     * `inserted` and `updated` count outcomes, so a refused row is in neither.
     */
    rejected?: number
    /** Rows that could not be staged nor flagged (store failure). The cursor must not pass them. */
    errors: number
    /** Open flags closed because their document is now staged (optional: sinks that flag nothing omit it). */
    resolved?: number
}

/**
 * Where the engine hands each page (implemented by core/staging). acceptPage returns only when
 * every row of the page is durably staged, skipped as a duplicate, or flagged; only then does
 * the engine commit the cursor past the page.
 */
export interface PageSink {
    acceptPage(page: SourcePage): PageOutcome
}
