import Database from 'better-sqlite3'
import { createHash } from 'crypto'
import type { ExpectedValues, Manifest, ManifestDocument } from '../emulator/dataset/manifest'
import type { RowValue } from '../emulator/dataset/row'
import { CONNECTION, FLAG, STAGING_KEY, SYNC_STATE } from '../../tables'
import { EMULATED_TYPES } from '../emulator/dataset/emulated-types'
import type { EmulatedType as ObjectType } from '../emulator/dataset/emulated-types'
import { IMPORT_TARGETS, storedForm } from './target-contract'
import type { TargetContract } from './target-contract'
import { checkImportRows, importRowsOf, producedOrphans, TRANSFORM_REJECTED } from './import-set-check'
import type { ImportRows } from './import-set-check'
import type { LineManifest } from '../emulator/dataset/line-manifest'
import { checkLinesIn } from './line-check'
import type { RemovalRuns } from './removal-check'
import type { LineReport } from './line-check'

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
    /** Import tables: documents whose row the transform refused as the manifest expects (each flagged). */
    refusedByTransform: number
    /** Import tables: documents whose row the transform turned into the primary record checked against the manifest. */
    producedChecked: number
    /**
     * Lines and receipts (when the options carry the line manifest and the sync finished): each
     * made once, holding IFS's values now, deleted lines marked (line-check.ts); null otherwise.
     * Their lost, doubled and wrong counts are part of lostOf, doubledOf and wrongOf.
     */
    lines: LineReport | null
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
    /** Target tables and columns; default the default preset's (`s2p_import`, IMPORT_TARGETS). */
    targets?: Readonly<Record<ObjectType, TargetContract>>
    /**
     * The harness seeded the modelled supplier master from the emulator (GET
     * /__control/servicenow-suppliers): the import transform must refuse exactly the documents the
     * manifest marks `importTransform: 'rejected'`. Without it the master is empty, which the model
     * does not check, so every import row must be accepted.
     */
    supplierMasterSeeded?: boolean
    /**
     * The emulator's line manifest (GET /__control/line-manifest): a finished sync is judged line
     * by line and receipt by receipt too. Without it, headers only (the line judge is not run).
     */
    lines?: LineManifest
    /** With `lines`: the removal sweep's bound and the runs since the last deletion (line-check LineScope). */
    removals?: RemovalRuns
}

// Flag states that still stand for the document (retrying = an AP user asked for another go).
const STANDING_FLAG_STATES = ['open', 'retrying']
/** Flags a staged document may carry: changed after posting, or (import tables) refused by the transform. */
const FLAGS_OF_STAGED = ['changed_after_posting', TRANSFORM_REJECTED]
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

function emptyReport(): InvariantReport {
    return {
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
        refusedByTransform: 0,
        producedChecked: 0,
        lines: null,
        problems: [],
    }
}

/** The report being written and its problem list (the first 20 problems are kept). */
interface Judge {
    report: InvariantReport
    problem(text: string): void
}

function check(
    db: Database.Database,
    documents: readonly ManifestDocument[],
    options: InvariantOptions
): InvariantReport {
    const report = emptyReport()
    const judge: Judge = {
        report,
        problem: (text) => {
            if (report.problems.length < 20) report.problems.push(text)
        },
    }
    const connection = db
        .prepare(`SELECT sys_id FROM ${CONNECTION.name} WHERE name = ?`)
        .get(options.connectionName) as { sys_id: string } | undefined
    if (!connection) {
        if (options.expectComplete)
            report.lost = documents.filter((d) => options.companies.includes(String(d.identity.company))).length
        judge.problem(`no connection row named "${options.connectionName}"`)
        return report
    }
    const targets = options.targets ?? IMPORT_TARGETS
    for (const objectType of EMULATED_TYPES)
        checkObjectType(
            { db, judge, options, connection: connection.sys_id, objectType, contract: targets[objectType] },
            documents
        )
    if (options.lines && options.expectComplete) {
        const receiptFlags = standingFlags({ db, judge, connection: connection.sys_id, objectType: 'receipt' })
        report.lines = checkLinesIn(db, documents, options.lines, {
            companies: options.companies,
            everyHeaderAccepted: !options.supplierMasterSeeded,
            receiptFlag: (key) => receiptFlags.get(storedSourceKey(key))?.[0],
            removals: options.removals,
        })
        for (const p of report.lines.problems) judge.problem(p)
    }
    return report
}

/** One object type of one connection in the database, with what the checks of its documents share. */
export interface TypeScope {
    db: Database.Database
    judge: Judge
    options: InvariantOptions
    connection: string
    objectType: ObjectType
    contract: TargetContract
}

interface StagingKeyRow {
    key: string
    state: string
    target_sys_id: string | null
}

/**
 * The target table's records by external reference (sys_ids) and by document identity, in the
 * order they were written (an import table may hold several rows of one document: the last is current).
 */
interface TargetIndex {
    byRef: Map<string, string[]>
    byIdentity: Map<string, Record<string, unknown>[]>
    /** Import tables: the primary records the transform produced, and which rows point at them. */
    importRows: ImportRows | null
}

type Cursor = { modified: string; keys: unknown[] } | null

function checkObjectType(scope: TypeScope, documents: readonly ManifestDocument[]): void {
    const keyRows = scope.db
        .prepare(`SELECT key, state, target_sys_id FROM ${STAGING_KEY.name} WHERE connection = ? AND object_type = ?`)
        .all(scope.connection, scope.objectType) as StagingKeyRow[]
    checkKeysWrittenOnce(scope, keyRows)
    const targets = indexTargets(scope)
    checkRefsUnique(scope, targets)
    checkNoOrphans(scope, keyRows, targets)
    if (targets.importRows && scope.options.expectComplete) producedOrphans(scope, targets.importRows)
    const flags = standingFlags(scope)
    const cursor = committedCursor(scope)
    const seenIdentities = new Set<string>()
    for (const doc of documents)
        if (doc.objectType === scope.objectType)
            checkDocument({ ...scope, targets, flags, cursor, seenIdentities }, doc)
}

function checkKeysWrittenOnce({ judge, objectType }: TypeScope, keyRows: readonly StagingKeyRow[]): void {
    const keyCount = new Map<string, number>()
    for (const k of keyRows) keyCount.set(k.key, (keyCount.get(k.key) ?? 0) + 1)
    for (const [key, n] of keyCount)
        if (n > 1) {
            judge.report.doubled += n - 1
            judge.problem(`${objectType}: staging key ${key} written ${n} times`)
        }
}

function indexTargets(scope: TypeScope): TargetIndex {
    const { db, contract } = scope
    // rowid: the order rows were written (sys_created_on has whole seconds only).
    const targetRows = db.prepare(`SELECT * FROM ${contract.table} ORDER BY rowid`).all() as Record<string, unknown>[]
    const byRef = new Map<string, string[]>()
    const byIdentity = new Map<string, Record<string, unknown>[]>()
    for (const t of targetRows) {
        const ref = String(t[contract.externalReference] ?? '')
        byRef.set(ref, [...(byRef.get(ref) ?? []), String(t.sys_id)])
        const id = identityText(contract.identity.map((f) => t[contract.columns[f] as string] as string | null))
        byIdentity.set(id, [...(byIdentity.get(id) ?? []), t])
    }
    return {
        byRef,
        byIdentity,
        importRows: contract.importSet ? importRowsOf(scope, contract.importSet, targetRows) : null,
    }
}

function checkRefsUnique({ judge, objectType, contract }: TypeScope, { byRef, importRows }: TargetIndex): void {
    // An import table may hold several rows of one key (README "Outcomes read back"): judged per document.
    if (importRows) return
    for (const [ref, ids] of byRef)
        if (ids.length > 1) {
            judge.report.doubled += ids.length - 1
            judge.problem(`${objectType}: ${ids.length} ${contract.table} records with external reference ${ref}`)
        }
}

/**
 * A staged key has its target record, and at the end every target record has its staging key.
 * Mid-run (after a kill) a target may lack its key: a page writes its targets first and their keys
 * in one batch after them, so a kill between leaves them keyless until the next run recognises
 * them; the cursor is committed only after the keys, and the final check still counts any left.
 */
function checkNoOrphans(scope: TypeScope, keyRows: readonly StagingKeyRow[], { byRef }: TargetIndex): void {
    const { judge, objectType } = scope
    const table = scope.contract.table
    for (const k of keyRows) {
        if (k.state !== 'staged') continue
        if (!byRef.has(k.key) || (k.target_sys_id && !byRef.get(k.key)!.includes(k.target_sys_id))) {
            judge.report.orphans++
            judge.problem(`${objectType}: staged key ${k.key} has no ${table} record`)
        }
    }
    if (!scope.options.expectComplete) return
    const keyed = new Set(keyRows.map((k) => k.key))
    for (const ref of byRef.keys())
        if (!keyed.has(ref)) {
            judge.report.orphans++
            judge.problem(`${objectType}: ${table} record with external reference ${ref} has no staging key`)
        }
}

/** The reasons of the standing flags by source key; more than one standing flag is a double. */
function standingFlags({
    db,
    judge,
    connection,
    objectType,
}: Pick<TypeScope, 'db' | 'judge' | 'connection'> & { objectType: string }): Map<string, string[]> {
    const flagRows = db
        .prepare(
            `SELECT source_key, reason FROM ${FLAG.name} WHERE connection = ? AND object_type = ? AND state IN (${STANDING_FLAG_STATES.map(() => '?').join(',')})`
        )
        .all(connection, objectType, ...STANDING_FLAG_STATES) as { source_key: string; reason: string }[]
    const flags = new Map<string, string[]>()
    for (const f of flagRows) flags.set(f.source_key, [...(flags.get(f.source_key) ?? []), f.reason])
    for (const [sourceKey, reasons] of flags)
        if (reasons.length > 1) {
            judge.report.doubled += reasons.length - 1
            judge.problem(`${objectType} ${sourceKey}: ${reasons.length} standing flags`)
        }
    return flags
}

/** The cursor as sync_state holds it, read here on its own terms (the judge stays independent). */
function committedCursor({ db, connection, objectType }: TypeScope): Cursor {
    const cursorRow = db
        .prepare(`SELECT cursor_modified, cursor_key FROM ${SYNC_STATE.name} WHERE connection = ? AND object_type = ?`)
        .get(connection, objectType) as { cursor_modified: string | null; cursor_key: string | null } | undefined
    return cursorRow?.cursor_modified && cursorRow.cursor_key
        ? { modified: cursorRow.cursor_modified, keys: JSON.parse(cursorRow.cursor_key) as unknown[] }
        : null
}

export interface DocumentScope extends TypeScope {
    targets: TargetIndex
    flags: Map<string, string[]>
    cursor: Cursor
    /** Identities already reported as doubled, so a double is counted once. */
    seenIdentities: Set<string>
}

/** What the database holds for one source document. */
export interface DocumentFacts {
    name: string
    identity: string | null
    records: Record<string, unknown>[]
    isStaged: boolean
    isFlagged: boolean
    flagReason: string | undefined
}

function factsOf(scope: DocumentScope, doc: ManifestDocument): DocumentFacts {
    const identity = documentIdentity(doc, scope.contract)
    const records = identity === null ? [] : (scope.targets.byIdentity.get(identity) ?? [])
    const flagReason = scope.flags.get(storedSourceKey(doc.key))?.[0]
    return {
        name: `${scope.objectType} ${JSON.stringify(Object.fromEntries(doc.key))}`,
        identity,
        records,
        isStaged: records.length > 0,
        isFlagged: flagReason !== undefined,
        flagReason,
    }
}

function checkDocument(scope: DocumentScope, doc: ManifestDocument): void {
    const { judge, options } = scope
    const facts = factsOf(scope, doc)
    if (!options.companies.includes(String(doc.identity.company))) {
        if (facts.isStaged || facts.isFlagged) {
            judge.report.outOfScopeTouched++
            judge.problem(`${facts.name} belongs to a company outside the configuration but was staged or flagged`)
        }
        return
    }
    judge.report.sourceRows++
    if (facts.isStaged) judge.report.staged++
    if (facts.isFlagged) judge.report.flagged++
    checkStagedOnce(scope, facts)
    if (facts.isStaged && facts.isFlagged && !FLAGS_OF_STAGED.includes(facts.flagReason as string)) {
        judge.report.stagedAndFlagged++
        judge.problem(`${facts.name} is staged and flagged (${facts.flagReason})`)
    }
    if (!facts.isStaged && !facts.isFlagged) checkHandled(scope, doc, facts)
    if (options.expectComplete) checkFinished(scope, doc, facts)
}

/** After a finished sync: the outcome the manifest names, the values, and (import tables) what the transform did. */
function checkFinished(scope: DocumentScope, doc: ManifestDocument, facts: DocumentFacts): void {
    checkOutcome(scope.judge, doc, facts)
    checkValues(scope, doc, facts)
    if (scope.targets.importRows) checkImportRows(scope, scope.targets.importRows, doc, facts)
}

function checkStagedOnce(scope: DocumentScope, { identity, records, name }: DocumentFacts): void {
    if (identity === null) return
    // Import rows: several per document are allowed; the primary records they produced are counted instead.
    if (records.length > 1 && !scope.targets.importRows && !scope.seenIdentities.has(identity)) {
        scope.judge.report.doubled += records.length - 1
        scope.judge.problem(`${name}: ${records.length} ${scope.contract.table} records`)
    }
    scope.seenIdentities.add(identity)
}

/** A document neither staged nor flagged: lost at the end, or mid-run behind the cursor. */
function checkHandled({ judge, options, cursor }: DocumentScope, doc: ManifestDocument, { name }: DocumentFacts): void {
    if (options.expectComplete) {
        judge.report.lost++
        judge.problem(`${name} is neither staged nor flagged`)
    }
    // Mid-run only: at the end such a document is already counted as lost.
    if (!options.expectComplete && cursor && atOrBefore(doc, cursor)) {
        judge.report.behindCursorUnhandled++
        judge.problem(`${name} is behind the committed cursor ${JSON.stringify(cursor)} but unhandled`)
    }
}

/** Staged or flagged as the manifest expects, with the reason it names. */
function checkOutcome(judge: Judge, doc: ManifestDocument, facts: DocumentFacts): void {
    const { name, isStaged, isFlagged, flagReason } = facts
    const expected = doc.expected
    let wrong: string | null = null
    if (expected.outcome === 'flagged' && isStaged)
        wrong = `${name} is staged, but IFS holds a bad ${expected.field} (${expected.reason ?? 'flag expected'})`
    else if (expected.outcome === 'flagged' && isFlagged && expected.reason && flagReason !== expected.reason)
        wrong = `${name} is flagged ${flagReason}, expected ${expected.reason} (${expected.field})`
    else if (expected.outcome === 'staged' && isFlagged && !isStaged)
        wrong = `${name} is flagged ${flagReason}, but nothing is wrong with it in IFS`
    if (wrong === null) return
    judge.report.wrongOutcomes++
    judge.problem(wrong)
}

function checkValues(
    { judge, contract }: DocumentScope,
    doc: ManifestDocument,
    { name, records }: DocumentFacts
): void {
    if (doc.expected.outcome === 'flagged' || records.length === 0) return
    // One record, or (import table) the document's latest row: it holds what IFS holds now.
    if (records.length !== 1 && !contract.importSet) return
    const wrong = wrongColumns(doc.expected.values, records[records.length - 1], contract)
    judge.report.valuesChecked++
    if (doc.overridden) judge.report.overriddenValuesChecked++
    if (wrong.length > 0) {
        judge.report.wrongValues++
        judge.problem(`${name}: ${contract.table} holds ${wrong.join(', ')}`)
    }
}

/** Columns of a staged record that differ from the manifest, as `column = actual (expected …)`. */
function wrongColumns(values: ExpectedValues, record: Record<string, unknown>, contract: TargetContract): string[] {
    const out: string[] = []
    for (const field of Object.keys(contract.columns) as (keyof ExpectedValues)[]) {
        const column = contract.columns[field]
        if (!column) continue
        const expected = storedForm(field, values[field], contract.importSet !== undefined)
        const actual = record[column]
        if (!sameValue(expected, actual))
            out.push(`${column} = ${JSON.stringify(actual)} (expected ${JSON.stringify(expected)})`)
    }
    return out
}

/** Doubled records of a report, the figure the summary table shows (must be 0). */
export function doubledOf(r: InvariantReport): number {
    return r.doubled + r.stagedAndFlagged + (r.lines?.doubled ?? 0)
}

/** Records lost or misplaced, the figure the summary table shows (must be 0). */
export function lostOf(r: InvariantReport): number {
    // An import row never transformed, or merged into another document's record, counts as lost (import-set-check.ts).
    return r.lost + r.behindCursorUnhandled + r.orphans + r.outOfScopeTouched + (r.lines?.lost ?? 0)
}

/** Records staged with wrong values or given the wrong outcome (must be 0). */
export function wrongOf(r: InvariantReport): number {
    return r.wrongValues + r.wrongOutcomes + (r.lines?.wrong ?? 0)
}
