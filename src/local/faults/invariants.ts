import Database from 'better-sqlite3'
import { createHash } from 'crypto'
import type { ExpectedValues, Manifest, ManifestDocument } from '../emulator/dataset/manifest'
import type { RowValue } from '../emulator/dataset/row'
import { CONNECTION, FLAG, STAGING_KEY, SYNC_STATE } from '../../tables'
import { EMULATED_TYPES } from '../emulator/dataset/emulated-types'
import type { ObjectType } from '../../tables/object-types'
import { BRIEF_TARGETS, storedForm } from './target-contract'
import type { TargetContract } from './target-contract'

/** What "exactly once, with the right values" means, counted over the SQLite file after a run (or a kill). */
export interface InvariantReport {
    sourceRows: number
    staged: number
    flagged: number
    /** Documents neither staged nor flagged (only counted when the sync says it is done). */
    lost: number
    /** Documents both staged and flagged for a reason other than "changed after posting". */
    stagedAndFlagged: number
    /**
     * Staging keys present more than once, target records sharing one external reference, more
     * than one target record for one document, and more than one standing flag for one document.
     */
    doubled: number
    /** Staged keys whose target record is missing, and target records no staging key points at. */
    orphans: number
    /** Documents at or before a committed cursor that are neither staged nor flagged (mid-run checks). */
    behindCursorUnhandled: number
    /** Documents of companies outside the configuration that were staged or flagged anyway. */
    outOfScopeTouched: number
    /** Staged documents whose target record holds a value other than the manifest's (finished syncs only). */
    wrongValues: number
    /** Staged though the manifest says flagged, flagged though it says staged, or flagged for another reason. */
    wrongOutcomes: number
    /** Staged documents whose every value was compared with the manifest. */
    valuesChecked: number
    /** Of those, documents holding values a test put in (hostile overrides). */
    overriddenValuesChecked: number
    /** Readable descriptions of the first problems, for test failure messages. */
    problems: string[]
}

export interface InvariantOptions {
    database: string
    connectionName: string
    /** A finished sync must account for every document; after a kill only the cursor rules apply. */
    expectComplete: boolean
    /** The configured companies: documents of other companies are out of scope and must stay untouched. */
    companies: readonly string[]
    /** Target tables and columns; default the `brief` preset's. */
    targets?: Readonly<Record<ObjectType, TargetContract>>
}

// Flag states that still stand for the document (retrying = an AP user asked for another go).
const STANDING_FLAG_STATES = ['open', 'retrying']
const SOURCE_KEY_MAX = FLAG.columns.source_key.options.maxLength

/**
 * Compares the emulator's manifest with what the SQLite file holds. Every document is named by its
 * IFS key and found through columns the stored rows carry — the flag's `source_key`, the target's
 * company / number / supplier — never through the engine's mapping, staging-key or cursor code:
 * the checker must not share a bug with what it checks (test/unit/faults/invariants.test.ts
 * plants each fault it reports).
 */
export function checkInvariants(manifest: Pick<Manifest, 'documents'>, options: InvariantOptions): InvariantReport {
    const db = new Database(options.database, { readonly: true, fileMustExist: true })
    try {
        return check(db, manifest.documents, options)
    } finally {
        db.close()
    }
}

/** The flag `source_key` of an IFS key: its JSON, or (longer than the column) a prefix, `#` and the SHA-256 of the JSON. */
export function storedSourceKey(key: readonly [string, RowValue][]): string {
    const json = JSON.stringify(Object.fromEntries(key))
    if (json.length <= SOURCE_KEY_MAX) return json
    return json.slice(0, SOURCE_KEY_MAX - 65) + '#' + createHash('sha256').update(json, 'utf8').digest('hex')
}

const identityText = (values: readonly (string | number | null | undefined)[]): string =>
    JSON.stringify(values.map((v) => (v === undefined || v === null ? null : String(v))))

function documentIdentity(doc: ManifestDocument, contract: TargetContract): string | null {
    const values = contract.identity.map((f) =>
        f === 'company'
            ? doc.identity.company
            : f === 'documentNumber'
              ? doc.identity.documentNumber
              : f === 'supplierNumber'
                ? doc.identity.supplierNumber
                : null
    )
    return values.some((v) => v === null) ? null : identityText(values)
}

/** IFS's order of a keyset read: Objversion as text, then each key value (numbers as numbers). */
function compareValues(a: unknown, b: unknown): number {
    if (typeof a === 'number' && typeof b === 'number') return a - b
    const sa = String(a)
    const sb = String(b)
    return sa < sb ? -1 : sa > sb ? 1 : 0
}

function atOrBefore(doc: ManifestDocument, cursor: { modified: string; keys: unknown[] }): boolean {
    if (doc.modified === null || doc.key.some(([, v]) => v === null)) return false
    const c = compareValues(String(doc.modified), cursor.modified)
    if (c !== 0) return c < 0
    for (let i = 0; i < doc.key.length; i++) {
        const k = compareValues(doc.key[i][1], cursor.keys[i])
        if (k !== 0) return k < 0
    }
    return true
}

function sameValue(expected: string | number | null, actual: unknown): boolean {
    if (expected === null) return actual === null || actual === undefined || actual === ''
    if (typeof expected === 'number') return typeof actual === 'number' && actual === expected
    return actual === expected
}

function check(
    db: Database.Database,
    documents: readonly ManifestDocument[],
    options: InvariantOptions
): InvariantReport {
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
        wrongValues: 0,
        wrongOutcomes: 0,
        valuesChecked: 0,
        overriddenValuesChecked: 0,
        problems: [],
    }
    const problem = (text: string) => {
        if (report.problems.length < 20) report.problems.push(text)
    }
    const connection = db
        .prepare(`SELECT sys_id FROM ${CONNECTION.name} WHERE name = ?`)
        .get(options.connectionName) as { sys_id: string } | undefined
    if (!connection) {
        if (options.expectComplete)
            report.lost = documents.filter((d) => options.companies.includes(String(d.identity.company))).length
        problem(`no connection row named "${options.connectionName}"`)
        return report
    }
    const targets = options.targets ?? BRIEF_TARGETS
    for (const objectType of EMULATED_TYPES) {
        const contract = targets[objectType]
        const table = contract.table
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

        const targetRows = db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]
        const byRef = new Map<string, string[]>()
        const byIdentity = new Map<string, Record<string, unknown>[]>()
        for (const t of targetRows) {
            const ref = String(t[contract.externalReference] ?? '')
            byRef.set(ref, [...(byRef.get(ref) ?? []), String(t.sys_id)])
            const id = identityText(contract.identity.map((f) => t[contract.columns[f] as string] as string | null))
            byIdentity.set(id, [...(byIdentity.get(id) ?? []), t])
        }
        for (const [ref, ids] of byRef)
            if (ids.length > 1) {
                report.doubled += ids.length - 1
                problem(`${objectType}: ${ids.length} ${table} records with external reference ${ref}`)
            }
        for (const k of keyRows) {
            if (k.state !== 'staged') continue
            if (!byRef.has(k.key) || (k.target_sys_id && !byRef.get(k.key)!.includes(k.target_sys_id))) {
                report.orphans++
                problem(`${objectType}: staged key ${k.key} has no ${table} record`)
            }
        }
        const keyed = new Set(keyRows.map((k) => k.key))
        for (const ref of byRef.keys())
            if (!keyed.has(ref)) {
                report.orphans++
                problem(`${objectType}: ${table} record with external reference ${ref} has no staging key`)
            }

        const flagRows = db
            .prepare(
                `SELECT source_key, reason FROM ${FLAG.name} WHERE connection = ? AND object_type = ? AND state IN (${STANDING_FLAG_STATES.map(() => '?').join(',')})`
            )
            .all(connection.sys_id, objectType, ...STANDING_FLAG_STATES) as { source_key: string; reason: string }[]
        const flags = new Map<string, string[]>()
        for (const f of flagRows) flags.set(f.source_key, [...(flags.get(f.source_key) ?? []), f.reason])
        for (const [sourceKey, reasons] of flags)
            if (reasons.length > 1) {
                report.doubled += reasons.length - 1
                problem(`${objectType} ${sourceKey}: ${reasons.length} standing flags`)
            }

        const cursorRow = db
            .prepare(
                `SELECT cursor_modified, cursor_key FROM ${SYNC_STATE.name} WHERE connection = ? AND object_type = ?`
            )
            .get(connection.sys_id, objectType) as
            { cursor_modified: string | null; cursor_key: string | null } | undefined
        const cursor =
            cursorRow?.cursor_modified && cursorRow.cursor_key
                ? { modified: cursorRow.cursor_modified, keys: JSON.parse(cursorRow.cursor_key) as unknown[] }
                : null

        const seenIdentities = new Set<string>()
        for (const doc of documents) {
            if (doc.objectType !== objectType) continue
            const inScope = options.companies.includes(String(doc.identity.company))
            const name = `${objectType} ${JSON.stringify(Object.fromEntries(doc.key))}`
            const identity = documentIdentity(doc, contract)
            const records = identity === null ? [] : (byIdentity.get(identity) ?? [])
            const isStaged = records.length > 0
            const reasons = flags.get(storedSourceKey(doc.key))
            const flagReason = reasons?.[0]
            const isFlagged = flagReason !== undefined
            if (!inScope) {
                if (isStaged || isFlagged) {
                    report.outOfScopeTouched++
                    problem(`${name} belongs to a company outside the configuration but was staged or flagged`)
                }
                continue
            }
            report.sourceRows++
            if (isStaged) report.staged++
            if (isFlagged) report.flagged++
            if (identity !== null && records.length > 1 && !seenIdentities.has(identity)) {
                report.doubled += records.length - 1
                problem(`${name}: ${records.length} ${table} records`)
            }
            if (identity !== null) seenIdentities.add(identity)
            if (isStaged && isFlagged && flagReason !== 'changed_after_posting') {
                report.stagedAndFlagged++
                problem(`${name} is staged and flagged (${flagReason})`)
            }
            if (!isStaged && !isFlagged) {
                if (options.expectComplete) {
                    report.lost++
                    problem(`${name} is neither staged nor flagged`)
                }
                // Mid-run only: at the end such a document is already counted as lost.
                if (!options.expectComplete && cursor && atOrBefore(doc, cursor)) {
                    report.behindCursorUnhandled++
                    problem(`${name} is behind the committed cursor ${JSON.stringify(cursor)} but unhandled`)
                }
            }
            if (!options.expectComplete) continue
            const expected = doc.expected
            if (expected.outcome === 'flagged' && isStaged) {
                report.wrongOutcomes++
                problem(
                    `${name} is staged, but IFS holds a bad ${expected.field} (${expected.reason ?? 'flag expected'})`
                )
            } else if (
                expected.outcome === 'flagged' &&
                isFlagged &&
                expected.reason &&
                flagReason !== expected.reason
            ) {
                report.wrongOutcomes++
                problem(`${name} is flagged ${flagReason}, expected ${expected.reason} (${expected.field})`)
            } else if (expected.outcome === 'staged' && isFlagged && !isStaged) {
                report.wrongOutcomes++
                problem(`${name} is flagged ${flagReason}, but nothing is wrong with it in IFS`)
            }
            if (expected.outcome !== 'flagged' && records.length === 1) {
                const wrong = wrongColumns(expected.values, records[0], contract)
                report.valuesChecked++
                if (doc.overridden) report.overriddenValuesChecked++
                if (wrong.length > 0) {
                    report.wrongValues++
                    problem(`${name}: ${table} holds ${wrong.join(', ')}`)
                }
            }
        }
    }
    return report
}

/** Columns of a staged record that differ from the manifest, as `column = actual (expected …)`. */
function wrongColumns(values: ExpectedValues, record: Record<string, unknown>, contract: TargetContract): string[] {
    const out: string[] = []
    for (const field of Object.keys(contract.columns) as (keyof ExpectedValues)[]) {
        const column = contract.columns[field]
        if (!column) continue
        const expected = storedForm(field, values[field])
        const actual = record[column]
        if (!sameValue(expected, actual))
            out.push(`${column} = ${JSON.stringify(actual)} (expected ${JSON.stringify(expected)})`)
    }
    return out
}

/** Doubled records of a report, the figure the summary table shows (must be 0). */
export function doubledOf(r: InvariantReport): number {
    return r.doubled + r.stagedAndFlagged
}

/** Records lost or misplaced, the figure the summary table shows (must be 0). */
export function lostOf(r: InvariantReport): number {
    return r.lost + r.behindCursorUnhandled + r.orphans + r.outOfScopeTouched
}

/** Records staged with wrong values or given the wrong outcome (must be 0). */
export function wrongOf(r: InvariantReport): number {
    return r.wrongValues + r.wrongOutcomes
}
