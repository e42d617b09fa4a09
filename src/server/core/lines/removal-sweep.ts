import type { ObjectType } from '../../../tables/object-types'
import { STAGING_KEY } from '../../../tables/staging-key'
import type { Store, StoredRecord } from '../../ports/store'
import type { AuditTrail } from '../audit/audit-trail'
import type { Redactor } from '../audit/redactor'
import { messageOf } from '../domain/failure'
import type { LineSource } from '../document-types/line-source'
import type { DocumentSource } from '../document-types/source-field'
import type { IfsReader, IfsRow } from '../ifs/ifs-reader'
import type { ODataLiteral } from '../odata/query'
import type { PageOutcome } from '../sync/page-sink'
import { lineLedgerOf } from '../staging/line-ledger'
import { flagKeyValues } from '../staging/flag-retry-query'
import type { RemovedMarks } from '../staging/removed-marks'
import { readDocumentsByKey } from './documents-by-key'
import { readLinesOf } from './line-reader'
import { keyText } from './parent-key'
import { lineRowsOf } from './document-line-rows'
import { lineNumberOf } from '../staging/map-lines'
import { dueInRotation } from '../staging/rotation'
import { readDocumentKeys, readLineKeys } from './removal-keys'
import type { KeyReadContext, ShownLines } from './removal-keys'

/**
 * IFS OData has no deletion feed: a line deleted in IFS leaves its document's stamp as it was, and
 * a deleted receipt has no stamp left to read. After a partition's pages, the removal sweep takes
 * a bounded number of its staged documents, oldest check first (`lines_checked_at`), reads only
 * their line keys (receipts: their own keys) from IFS in bulk — the URL-bound batches of line
 * reads, never a request per document — and compares them with what is staged:
 *  - a staged line IFS no longer shows is marked removed exactly as a re-read marks it: its
 *    document is read again by key with its lines and staged through the page path, which writes
 *    the line's "removed" row (line-writer); lines marked before are not read again for;
 *  - a staged receipt IFS no longer shows has its staged row's state set to Removed (removed-marks);
 *  - a document IFS shows no line of has its header key read (one request per URL-bound batch, only
 *    for those), and one IFS no longer shows is marked removed as a whole, as a receipt is: its rows'
 *    state Removed, its lines' rows removed (quantity and amount 0), its key's `removed_at` set and
 *    hashes forgotten, so a document IFS shows again is staged again by the normal page path.
 * Documents read this run are current already and cost nothing: a first sync makes no request here.
 * A failure (IFS error, malformed answer) is audited; it never fails the run, and the documents
 * stay due for the next run.
 */
export interface RemovalSweepContext {
    store: Store
    reader: IfsReader
    connection: { sysId: string; tenantUrl: string; companies: readonly string[]; pageSize: number }
    objectType: ObjectType
    /** The documents' entity set and source mapping (the partition's). */
    entitySet: string
    source: DocumentSource
    /** Documents checked per run at most; 0: off. */
    bound: number
    /** Key texts (parent-key.ts) of the documents this run read: current already. */
    readThisRun: ReadonlySet<string>
    /** Stages header rows with their lines attached, as a page is staged. */
    stage: (rows: IfsRow[]) => PageOutcome
    marks: RemovedMarks
    audit: Pick<AuditTrail, 'record'>
    redactor: Pick<Redactor, 'scrub'>
    /** Now, as GlideDateTime text (what `lines_checked_at` gets). */
    now: string
}

export interface RemovalSweepOutcome {
    /** Documents compared with IFS (or known current), marked checked. */
    checked: number
    /** Lines (receipts) marked removed this run. */
    removed: number
    /** Documents with lines IFS deleted as a whole, marked removed this run (their lines with them). */
    documentsRemoved: number
    /** What the re-read of documents with removed lines staged. */
    counts: PageOutcome | null
    /** Why the sweep stopped (audited), or null. */
    failed: string | null
}

/** A staged document due for the check: its key record, IFS key text and literals. */
export interface DueDocument {
    rec: StoredRecord
    text: string
    literals: readonly ODataLiteral[]
}

const NONE: RemovalSweepOutcome = { checked: 0, removed: 0, documentsRemoved: 0, counts: null, failed: null }

export function sweepRemovals(ctx: RemovalSweepContext): RemovalSweepOutcome {
    if (ctx.bound <= 0) return NONE
    const due = selectDue(ctx)
    if (due.length === 0) return NONE
    const current = due.filter((d) => d.text === '' || ctx.readThisRun.has(d.text))
    const toCheck = due.filter((d) => d.text !== '' && !ctx.readThisRun.has(d.text))
    let outcome: RemovalSweepOutcome
    try {
        outcome = toCheck.length === 0 ? NONE : check(ctx, toCheck)
    } catch (e) {
        const failed = `${ctx.objectType}: the removal check of ${toCheck.length} staged documents failed (${ctx.redactor.scrub(messageOf(e))}); they are checked again next run`
        ctx.audit.record({ operation: 'removal_check', objectType: ctx.objectType, message: failed })
        // Those known current are checked all the same.
        markChecked(ctx, current)
        return { ...NONE, checked: current.length, failed }
    }
    markChecked(ctx, [...current, ...toCheck])
    const checked = current.length + toCheck.length
    const what = ctx.source.lines ? 'lines' : 'receipts'
    ctx.audit.record({
        operation: 'removal_check',
        objectType: ctx.objectType,
        rows: outcome.removed + outcome.documentsRemoved,
        message: `${checked} staged documents checked for ${what} deleted in IFS (${toCheck.length} read from IFS); ${outcome.removed} ${what} marked removed${wholeDocuments(outcome)}`,
    })
    return { ...outcome, checked }
}

/** The audit's note of documents IFS deleted as a whole (types with lines: receipts are documents). */
function wholeDocuments(outcome: RemovalSweepOutcome): string {
    return outcome.documentsRemoved > 0
        ? `; ${outcome.documentsRemoved} documents deleted in IFS as a whole marked removed, with their lines`
        : ''
}

/**
 * The bound's worth of the type's staged documents not marked removed whole, never checked first,
 * then the oldest check.
 * A key without a readable IFS key (text '') is current by definition: nothing can be asked.
 */
export function selectDue(
    ctx: Pick<RemovalSweepContext, 'store' | 'connection' | 'objectType' | 'source' | 'bound'>
): DueDocument[] {
    const rows = dueInRotation(ctx.store, {
        connectionSysId: ctx.connection.sysId,
        objectType: ctx.objectType,
        checkedAt: 'lines_checked_at',
        // A document marked removed whole has nothing left to check; asking IFS for it again would
        // cost a header request per batch for ever. IFS showing it again re-stages it (page path).
        where: [{ field: 'removed_at', op: 'ISEMPTY' }],
        limit: ctx.bound,
    })
    return rows.map((rec) => {
        const literals = flagKeyValues(ctx.source, rec)
        const text =
            literals === null
                ? null
                : keyText(
                      ctx.source.keys,
                      literals.map((l) => l.value)
                  )
        return { rec, text: text ?? '', literals: literals ?? [] }
    })
}

function check(ctx: RemovalSweepContext, due: readonly DueDocument[]): RemovalSweepOutcome {
    const lines = ctx.source.lines
    return lines ? checkLines(ctx, lines, due) : checkReceipts(ctx, due)
}

function keyReadContext(ctx: RemovalSweepContext): KeyReadContext {
    return {
        reader: ctx.reader,
        tenantUrl: ctx.connection.tenantUrl,
        objectType: ctx.objectType,
        maxPerRequest: ctx.connection.pageSize,
    }
}

/**
 * Per document, IFS's line keys; a document IFS shows no line of has its header key asked for, and
 * one IFS no longer shows is marked removed whole (markDocuments); the others' staged lines are compared.
 */
function checkLines(ctx: RemovalSweepContext, lines: LineSource, due: readonly DueDocument[]): RemovalSweepOutcome {
    const staged = due.map((doc) => ({ doc, staged: [...(lineLedgerOf(doc.rec)?.lines.keys() ?? [])] }))
    const shown = readLineKeys(
        keyReadContext(ctx),
        lines,
        due.map((d) => d.literals)
    )
    // A document IFS shows no line of may be gone as a whole: only those have their header asked for.
    const deleted = goneDocuments(
        ctx,
        staged.filter((s) => !shown.has(s.doc.text))
    )
    const withLines = staged.filter((s) => s.staged.length > 0 && !deleted.texts.has(s.doc.text))
    return { ...checkStagedLines(ctx, lines, withLines, shown), documentsRemoved: deleted.removed }
}

type StagedLines = { doc: DueDocument; staged: string[] }

/** Documents of these IFS no longer shows (their header keys read in bulk), marked removed whole. */
function goneDocuments(
    ctx: RemovalSweepContext,
    candidates: readonly StagedLines[]
): { texts: Set<string>; removed: number } {
    if (candidates.length === 0) return { texts: new Set(), removed: 0 }
    const shown = readDocumentKeys(
        keyReadContext(ctx),
        { entitySet: ctx.entitySet, keys: ctx.source.keys },
        candidates.map((c) => c.doc.literals)
    )
    const gone = candidates.filter((c) => !shown.has(c.doc.text))
    if (gone.length === 0) return { texts: new Set(), removed: 0 }
    const removed = ctx.marks.markDocuments(
        gone.map((g) => ({ rec: g.doc.rec, lineReferences: g.staged.map((n) => `${g.doc.rec.key}:${n}`) })),
        ctx.now
    )
    return { texts: new Set(gone.map((g) => g.doc.text)), removed }
}

/**
 * Per document, the staged lines IFS no longer shows (and that are not marked removed already);
 * the documents that have such lines are read again by key and staged, which marks those lines.
 */
function checkStagedLines(
    ctx: RemovalSweepContext,
    lines: LineSource,
    withLines: readonly StagedLines[],
    shown: ReadonlyMap<string, ShownLines>
): RemovalSweepOutcome {
    const gone = withLines.flatMap(({ doc, staged }) => {
        const inIfs = shown.get(doc.text)
        // A document whose line numbers could not all be read is left as it is (nothing is guessed).
        if (inIfs === 'unreadable') return []
        return staged.filter((n) => !inIfs?.has(n)).map((n) => ({ doc, reference: `${doc.rec.key}:${n}` }))
    })
    const marked = ctx.marks.linesMarked(gone.map((g) => g.reference))
    const fresh = gone.filter((g) => !marked.has(g.reference))
    if (fresh.length === 0) return NONE
    const parents = new Map(fresh.map((g) => [g.doc.text, g.doc.literals] as const))
    const restaged = restageDocuments(ctx, lines, parents)
    // Marked: a line its document, read again and staged, no longer has (IFS may have added it back meanwhile).
    const removed = fresh.filter((g) => {
        const now = restaged.found.get(g.doc.text)
        return now !== undefined && !now.has(g.reference.slice(g.reference.lastIndexOf(':') + 1))
    }).length
    return { ...NONE, removed, counts: restaged.counts }
}

/** Staged receipts IFS no longer shows: documents deleted as a whole, marked as such. */
function checkReceipts(ctx: RemovalSweepContext, due: readonly DueDocument[]): RemovalSweepOutcome {
    const { removed } = goneDocuments(
        ctx,
        due.map((doc) => ({ doc, staged: [] }))
    )
    return { ...NONE, removed }
}

/**
 * The documents read again by key with their lines and staged (as a changed line's are); returns
 * each staged document's line numbers as read (none when staging failed: nothing was marked).
 */
function restageDocuments(
    ctx: RemovalSweepContext,
    lines: LineSource,
    parents: ReadonlyMap<string, readonly ODataLiteral[]>
): { found: Map<string, Set<string>>; counts: PageOutcome | null } {
    const found = new Map<string, Set<string>>()
    const rows = readDocumentsWithLines(ctx, parents)
    if (rows.length === 0) return { found, counts: null }
    const counts = ctx.stage(rows)
    if (counts.errors > 0) return { found, counts }
    const keys = ctx.source.keys
    for (const row of rows) {
        const text = keyText(
            keys,
            keys.map((k) => row[k.name])
        )
        const numbers = (lineRowsOf(row)?.lines ?? []).map((l) => lineNumberOf(lines, l))
        if (text !== null) found.set(text, new Set(numbers.flatMap((n) => (n === null ? [] : [n]))))
    }
    return { found, counts }
}

function readDocumentsWithLines(
    ctx: RemovalSweepContext,
    parents: ReadonlyMap<string, readonly ODataLiteral[]>
): IfsRow[] {
    const { found } = readDocumentsByKey(
        {
            reader: ctx.reader,
            tenantUrl: ctx.connection.tenantUrl,
            objectType: ctx.objectType,
            entitySet: ctx.entitySet,
            source: ctx.source,
            companies: ctx.connection.companies,
            maxPerRequest: ctx.connection.pageSize,
        },
        parents
    )
    if (found.length === 0) return []
    return readLinesOf(found, {
        reader: ctx.reader,
        tenantUrl: ctx.connection.tenantUrl,
        objectType: ctx.objectType,
        source: ctx.source,
        maxPerRequest: ctx.connection.pageSize,
        audit: ctx.audit,
    })
}

/** One statement: the documents' `lines_checked_at` is now. */
function markChecked(ctx: RemovalSweepContext, docs: readonly DueDocument[]): void {
    if (docs.length === 0) return
    ctx.store.updateWhere(STAGING_KEY.name, [{ field: 'sys_id', op: 'IN', value: docs.map((d) => d.rec.sys_id) }], {
        lines_checked_at: ctx.now,
    })
}
