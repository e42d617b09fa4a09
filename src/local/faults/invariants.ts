import Database from 'better-sqlite3'
import type { FieldMapPreset } from '../../server/core/config/connection-config'
import type { IfsRow } from '../../server/core/ifs/ifs-reader'
import { DOCUMENT_SOURCES } from '../../server/core/ifs/source-fields'
import { FIELD_MAPS } from '../../server/core/staging/field-maps'
import { flagSourceKey } from '../../server/core/staging/flag-book'
import { mapRow, sourceKeyOf } from '../../server/core/staging/map-document'
import { stagingKeyOfDocument } from '../../server/core/staging/staging-key'
import { compareCursors, cursorOf } from '../../server/core/sync/cursor'
import type { Cursor } from '../../server/core/sync/cursor'
import { CONNECTION, FLAG, STAGING_KEY, SYNC_STATE } from '../../tables'
import { OBJECT_TYPES } from '../../tables/object-types'
import type { ObjectType } from '../../tables/object-types'

/** Every document row IFS (the emulator) holds now, by object type. */
export type SourceRows = Readonly<Record<ObjectType, readonly IfsRow[]>>

/** What "exactly once" means, counted over the SQLite file after a run (or after a kill). */
export interface InvariantReport {
    sourceRows: number
    staged: number
    flagged: number
    /** Source rows neither staged nor flagged (only counted when the sync says it is done). */
    lost: number
    /** Source rows both staged and flagged for a reason other than "changed after posting". */
    stagedAndFlagged: number
    /** Staging keys present more than once, plus target records sharing one external reference. */
    doubled: number
    /** Staged keys whose target record is missing, and target records no staged key points at. */
    orphans: number
    /** Source rows at or before a committed cursor that are neither staged nor flagged. */
    behindCursorUnhandled: number
    /** Rows of companies outside the configuration that were staged or flagged anyway. */
    outOfScopeTouched: number
    /** Readable descriptions of the first problems, for test failure messages. */
    problems: string[]
}

export interface InvariantOptions {
    database: string
    connectionName: string
    preset?: FieldMapPreset
    /** A finished sync must account for every row; after a kill only the cursor rule applies. */
    expectComplete: boolean
    /** The configured companies: rows of other companies are out of scope and must stay untouched. */
    companies: readonly string[]
}

// Flag states that still stand for the document (retrying = an AP user asked for another go).
const STANDING_FLAG_STATES = ['open', 'retrying']

/**
 * Compares the source rows with what the SQLite file holds. The oracle reads tables directly
 * and uses the product's pure identity functions (staging key, flag source key, cursor order)
 * only to name a row the way the product names it.
 */
export function checkInvariants(rows: SourceRows, options: InvariantOptions): InvariantReport {
    const db = new Database(options.database, { readonly: true, fileMustExist: true })
    try {
        return check(db, rows, options)
    } finally {
        db.close()
    }
}

function check(db: Database.Database, rows: SourceRows, options: InvariantOptions): InvariantReport {
    const report: InvariantReport = {
        sourceRows: 0,
        staged: 0,
        flagged: 0,
        lost: 0,
        stagedAndFlagged: 0,
        doubled: 0,
        orphans: 0,
        behindCursorUnhandled: 0,
        outOfScopeTouched: 0,
        problems: [],
    }
    const problem = (text: string) => {
        if (report.problems.length < 20) report.problems.push(text)
    }
    const connection = db
        .prepare(`SELECT sys_id FROM ${CONNECTION.name} WHERE name = ?`)
        .get(options.connectionName) as { sys_id: string } | undefined
    if (!connection) {
        report.lost = OBJECT_TYPES.reduce((n, ot) => n + (options.expectComplete ? rows[ot].length : 0), 0)
        problem(`no connection row named "${options.connectionName}"`)
        return report
    }
    const preset = options.preset ?? 'brief'
    for (const objectType of OBJECT_TYPES) {
        const map = FIELD_MAPS[preset][objectType]
        const target = map.defaultTable
        const refColumn = map.columns.externalReference
        const keyRows = db
            .prepare(
                `SELECT key, state, target_sys_id FROM ${STAGING_KEY.name} WHERE connection = ? AND object_type = ?`
            )
            .all(connection.sys_id, objectType) as { key: string; state: string; target_sys_id: string | null }[]
        const keyCount = new Map<string, number>()
        for (const k of keyRows) keyCount.set(k.key, (keyCount.get(k.key) ?? 0) + 1)
        for (const [key, n] of keyCount)
            if (n > 1) {
                report.doubled += n - 1
                problem(`${objectType}: staging key ${key} written ${n} times`)
            }
        const targets = db.prepare(`SELECT sys_id, ${refColumn} AS ref FROM ${target}`).all() as {
            sys_id: string
            ref: string | null
        }[]
        const byRef = new Map<string, string[]>()
        for (const t of targets) byRef.set(t.ref ?? '', [...(byRef.get(t.ref ?? '') ?? []), t.sys_id])
        for (const [ref, ids] of byRef)
            if (ids.length > 1) {
                report.doubled += ids.length - 1
                problem(`${objectType}: ${ids.length} ${target} records for staging key ${ref}`)
            }
        const stagedKeys = new Set<string>()
        for (const k of keyRows) {
            if (k.state !== 'staged') continue
            if (!byRef.has(k.key) || (k.target_sys_id && !byRef.get(k.key)!.includes(k.target_sys_id))) {
                report.orphans++
                problem(`${objectType}: staged key ${k.key} has no ${target} record`)
                continue
            }
            stagedKeys.add(k.key)
        }
        const keyed = new Set(keyRows.map((k) => k.key))
        for (const ref of byRef.keys())
            if (!keyed.has(ref)) {
                report.orphans++
                problem(`${objectType}: ${target} record with reference ${ref} has no staging key`)
            }

        const flags = db
            .prepare(
                `SELECT source_key, reason, state FROM ${FLAG.name} WHERE connection = ? AND object_type = ? AND state IN (${STANDING_FLAG_STATES.map(() => '?').join(',')})`
            )
            .all(connection.sys_id, objectType, ...STANDING_FLAG_STATES) as { source_key: string; reason: string }[]
        const flagged = new Map<string, string>()
        for (const f of flags) flagged.set(f.source_key, f.reason)

        const cursorRow = db
            .prepare(
                `SELECT cursor_modified, cursor_key FROM ${SYNC_STATE.name} WHERE connection = ? AND object_type = ?`
            )
            .get(connection.sys_id, objectType) as
            { cursor_modified: string | null; cursor_key: string | null } | undefined
        const cursor: Cursor | null =
            cursorRow?.cursor_modified && cursorRow.cursor_key
                ? { modified: cursorRow.cursor_modified, keys: JSON.parse(cursorRow.cursor_key) }
                : null

        const companyField = DOCUMENT_SOURCES[objectType].fields.company.name
        for (const row of rows[objectType]) {
            const inScope = options.companies.includes(String(row[companyField]))
            if (inScope) report.sourceRows++
            const mapped = mapRow(objectType, row)
            const key = mapped.kind === 'mapped' ? stagingKeyOfDocument(connection.sys_id, mapped.doc) : null
            const isStaged = key !== null && stagedKeys.has(key)
            const flagReason = flagged.get(flagSourceKey(sourceKeyOf(objectType, row)))
            const isFlagged = flagReason !== undefined
            const name = `${objectType} ${sourceKeyOf(objectType, row)}`
            if (!inScope) {
                if (isStaged || isFlagged) {
                    report.outOfScopeTouched++
                    problem(`${name} belongs to a company outside the configuration but was staged or flagged`)
                }
                continue
            }
            if (isStaged) report.staged++
            if (isFlagged) report.flagged++
            if (isStaged && isFlagged && flagReason !== 'changed_after_posting') {
                report.stagedAndFlagged++
                problem(`${name} is staged and flagged (${flagReason})`)
            }
            if (!isStaged && !isFlagged) {
                if (options.expectComplete) {
                    report.lost++
                    problem(`${name} is neither staged nor flagged`)
                }
                if (cursor && atOrBefore(objectType, row, cursor)) {
                    report.behindCursorUnhandled++
                    problem(`${name} is behind the committed cursor ${JSON.stringify(cursor)} but unhandled`)
                }
            }
        }
    }
    return report
}

function atOrBefore(objectType: ObjectType, row: IfsRow, cursor: Cursor): boolean {
    try {
        return compareCursors(cursorOf(objectType, row), cursor) <= 0
    } catch {
        // A row without a valid stamp or key cannot be placed; the engine flags those.
        return false
    }
}

/** Doubled records of a report, the figure the summary table shows (must be 0). */
export function doubledOf(r: InvariantReport): number {
    return r.doubled + r.stagedAndFlagged
}

/** Records lost or misplaced, the figure the summary table shows (must be 0). */
export function lostOf(r: InvariantReport): number {
    return r.lost + r.behindCursorUnhandled + r.orphans + r.outOfScopeTouched
}
