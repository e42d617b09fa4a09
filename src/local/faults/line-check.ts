import Database from 'better-sqlite3'
import type { LineManifest, ManifestLine } from '../emulator/dataset/line-manifest'
import type { Manifest, ManifestDocument } from '../emulator/dataset/manifest'
import type { RowValue } from '../emulator/dataset/row'
import type { EmulatedType as ObjectType } from '../emulator/dataset/emulated-types'
import { checkRemovedDocuments, checkRemovedReceipts, mayBeStaged, sweptSince } from './removal-check'
import type { RemovalRuns } from './removal-check'

/** Lines and receipts counted over the SQLite file after a finished sync: each made exactly once, as IFS holds it now. */
export interface LineReport {
    /** Lines of documents the transform accepted, each expected as one primary line record. */
    linesJudged: number
    /** Receipts IFS holds, each expected as one primary receipt record. */
    receiptsJudged: number
    /**
     * Deletions judged: lines IFS deleted whose document IFS changed afterwards (or, with `removals`,
     * that the sweep had its turns for), receipts and whole documents IFS deleted (removal-check.ts).
     */
    removedJudged: number
    /** Lines with no primary line record under their document, and receipts with no primary receipt record. */
    lost: number
    /** Primary line records beyond the first for one line of one document, and receipt records beyond the first. */
    doubled: number
    /**
     * Line and receipt records holding other values than IFS holds now (a changed line not brought
     * up to date), and lines IFS deleted left unmarked where the connector says it marks them.
     */
    wrong: number
    problems: string[]
}

/**
 * Where the modelled Source-to-Pay transform puts a staged line (README "Lines", the stand-in's
 * "Invoice line import" and "Order line stage"): its primary line table and the column referencing
 * the primary header; the header's import table, whose transformed rows name the primary header
 * they made (`sys_target_sys_id`) and the document number.
 */
const PRIMARY_LINES: Readonly<
    Record<ObjectType, { lines: string; parent: string; headerImport: string; documentNumber: string }>
> = {
    supplier_invoice: {
        lines: 'sn_shop_invoice_line',
        parent: 'invoice',
        headerImport: 'sn_spend_intg_imp_invoice',
        documentNumber: 'u_external_invoice_number',
    },
    purchase_order: {
        lines: 'sn_shop_purchase_order_line',
        parent: 'purchase_order',
        headerImport: 'sn_fcms_intg_imp_order',
        documentNumber: 'u_erp_po_number',
    },
}

type Key = [string, RowValue][]
type LineRecord = Record<string, unknown>

/** How a line is numbered (README "Lines"): its IFS key fields after its document's, joined by "/". */
function lineNumberOf(documentKeyLength: number, lineKey: Key): string {
    return lineKey
        .slice(documentKeyLength)
        .map(([, v]) => String(v))
        .join('/')
}

/** A document's key values alone (line parent keys may name the fields otherwise). */
const keyValues = (key: Key): string => JSON.stringify(key.map(([, v]) => v))

/**
 * The line's state as the connector writes it (README "Lines": `open`, `closed`, `removed`): a PO
 * line IFS closed or cancelled is `closed`; invoice lines have no state in IFS and are open.
 */
function stateOf(line: ManifestLine): string {
    return line.kind === 'purchase_order_line' && /^(closed|cancelled)$/i.test(line.values.state ?? '')
        ? 'closed'
        : 'open'
}

/** The primary line record's columns (the stand-in's `sn_shop_*_line`) and the values IFS holds now. */
function expectedLineValues(line: ManifestLine): Record<string, string | number> {
    const v = line.values
    if (line.kind === 'invoice_item')
        return { quantity: v.quantity, unit_price: v.unitPrice, sub_total: v.netAmount, state: stateOf(line) }
    return {
        quantity: v.quantity,
        unit_price: v.unitPrice,
        total_amount: v.netAmount,
        quantity_received: line.values.qtyArrived,
        quantity_invoiced: line.values.qtyInvoiced,
        state: stateOf(line),
    }
}

/** Columns of a record that differ from the expected values, as `column = actual (expected …)`. */
function differences(expected: Record<string, string | number | null>, record: LineRecord): string[] {
    return Object.entries(expected)
        .filter(([column, want]) => (record[column] ?? null) !== want)
        .map(([column, want]) => `${column} = ${JSON.stringify(record[column])} (expected ${JSON.stringify(want)})`)
}

/** The judge's running report and where its verdicts go. */
interface LineJudge {
    report: LineReport
    fault(kind: 'lost' | 'doubled' | 'wrong', text: string, n?: number): void
}

function newJudge(): LineJudge {
    const report: LineReport = {
        linesJudged: 0,
        receiptsJudged: 0,
        removedJudged: 0,
        lost: 0,
        doubled: 0,
        wrong: 0,
        problems: [],
    }
    return {
        report,
        fault: (kind, text, n = 1) => {
            report[kind] += n
            if (report.problems.length < 50) report.problems.push(text)
        },
    }
}

/**
 * The judge of lines and receipts, from the emulator's manifests alone (never the engine's
 * mapping): every line of a document whose header the manifest expects staged and accepted by the
 * transform, and whose lines are all good, has exactly one primary line record under a primary
 * header of the document's number with its line number, holding IFS's quantity, price, amount
 * (PO lines: received and invoiced quantity) and state now. A line with none is lost; any second
 * record of one line under one header is doubled; other values are wrong. A line IFS deleted is
 * marked `removed` once its document was read again (README "Lines": IFS re-totals the order), so
 * it is judged where IFS changed the document after the deletion. Every receipt likewise.
 * `scope` limits the documents judged to the connection's companies; receipts have none (README "Receipts").
 */
export function checkLines(
    manifest: Pick<Manifest, 'documents'>,
    lines: LineManifest,
    database: string,
    scope: LineScope = {}
): LineReport {
    const db = new Database(database, { readonly: true, fileMustExist: true })
    try {
        return checkLinesIn(db, manifest.documents, lines, scope)
    } finally {
        db.close()
    }
}

/** Which documents' lines are judged. */
export interface LineScope {
    /** The connection's companies: documents of others are out of scope (every company when absent). */
    companies?: readonly string[]
    /**
     * The modelled supplier master was left empty (invariants.ts `supplierMasterSeeded` false), so
     * the transform accepts every staged header: the lines of all of them are judged, not only of
     * those the manifest marks `importTransform: 'accepted'`.
     */
    everyHeaderAccepted?: boolean
    /**
     * The reason of the standing flag on a receipt, by its IFS key (the invariant checker reads the
     * flag table); without it no receipt counts as flagged.
     */
    receiptFlag?: (key: Key) => string | undefined
    /**
     * The removal sweep's bound and the runs since the world's last deletion: lines, receipts and
     * whole documents IFS deleted without touching a header are judged marked once every staged
     * document of their kind had its turn (removal-check.ts). Without it, only deletions whose
     * document IFS changed afterwards are judged.
     */
    removals?: RemovalRuns
}

/** checkLines over an open database (the invariant checker's). */
export function checkLinesIn(
    db: Database.Database,
    documents: readonly ManifestDocument[],
    lines: LineManifest,
    scope: LineScope = {}
): LineReport {
    const judge = newJudge()
    const { companies, everyHeaderAccepted } = scope
    // Documents the transform accepts, by IFS key values.
    const accepted = new Map(
        documents
            .filter(
                (d) =>
                    d.expected.outcome === 'staged' &&
                    (everyHeaderAccepted || d.expected.importTransform === 'accepted')
            )
            .filter((d) => !companies || companies.includes(String(d.identity.company)))
            .map((d) => [keyValues(d.key), d])
    )
    for (const objectType of ['supplier_invoice', 'purchase_order'] as const) {
        const made = primaryLines(db, objectType, judge)
        for (const doc of lines.documents) {
            if (doc.objectType !== objectType || doc.check.outcome !== 'staged') continue
            const header = accepted.get(keyValues(doc.key))
            if (header === undefined) continue
            for (const line of doc.lines) checkLine(judge, made, { objectType, header, line })
        }
        const swept = sweptSince(scope.removals, mayBeStaged(documents, lines, objectType))
        checkRemovedLines(judge, made, { objectType, lines, accepted, swept })
    }
    checkReceipts(db, { lines, documents, receiptFlag: scope.receiptFlag }, judge)
    checkRemovedReceipts(db, { lines, removals: scope.removals }, judge)
    checkRemovedDocuments(db, { documents, lines, removals: scope.removals }, judge)
    return judge.report
}

/** The primary records of each line, by document number and line number. */
type LineRecords = Map<string, LineRecord[]>

const lineId = (documentNumber: unknown, lineNumber: string): string => `${String(documentNumber)}\u0000${lineNumber}`

function checkLine(
    judge: LineJudge,
    made: LineRecords,
    at: { objectType: ObjectType; header: ManifestDocument; line: ManifestLine }
): void {
    judge.report.linesJudged++
    const number = at.header.identity.documentNumber
    const lineNumber = lineNumberOf(at.header.key.length, at.line.key)
    const name = `${at.objectType} ${number} line ${lineNumber}`
    const records = made.get(lineId(number, lineNumber)) ?? []
    if (records.length === 0) return judge.fault('lost', `${name} has no primary line record`)
    // Several headers of one number (two suppliers' invoices) each hold their own line: one must be current.
    const wrong = records.map((r) => differences(expectedLineValues(at.line), r))
    if (wrong.every((w) => w.length > 0)) judge.fault('wrong', `${name} holds ${wrong[0].join(', ')}`)
}

/**
 * Lines IFS deleted: where IFS changed the document after the deletion, the connector read it
 * again, so every primary record of the line says `removed`; so too where it did not, once the
 * removal sweep went round every staged document of the type (`swept`). Otherwise the line may
 * still show its last values (README "Lines") and is not judged.
 */
function checkRemovedLines(
    judge: LineJudge,
    made: LineRecords,
    at: { objectType: ObjectType; lines: LineManifest; accepted: Map<string, ManifestDocument>; swept: boolean }
): void {
    const kind = at.objectType === 'purchase_order' ? 'purchase_order_line' : 'invoice_item'
    const current = new Set(
        at.lines.documents.flatMap((d) => d.lines.filter((l) => l.kind === kind).map((l) => keyValues(l.key)))
    )
    for (const removed of at.lines.removedLines) {
        if (removed.kind !== kind || current.has(keyValues(removed.key))) continue
        const header = at.accepted.get(keyValues(removed.parentKey))
        if (!header) continue
        const reread = header.modified !== null && String(header.modified) > removed.removedAt
        if (!reread && !at.swept) continue
        judge.report.removedJudged++
        const number = header.identity.documentNumber
        const lineNumber = lineNumberOf(removed.parentKey.length, removed.key)
        const unmarked = (made.get(lineId(number, lineNumber)) ?? []).filter((r) => r.state !== 'removed')
        if (unmarked.length > 0)
            judge.fault(
                'wrong',
                `${at.objectType} ${number} line ${lineNumber} was deleted in IFS, but its record says ${JSON.stringify(unmarked[0].state)}`
            )
    }
}

/** Primary line records per (document number, line number); doubles under one header counted. */
function primaryLines(db: Database.Database, objectType: ObjectType, judge: LineJudge): LineRecords {
    const t = PRIMARY_LINES[objectType]
    // A header may have several import rows naming its primary record: each line once (DISTINCT).
    const rows = db
        .prepare(
            `SELECT DISTINCT l.*, h.${t.documentNumber} AS mlc_document_number
             FROM ${t.lines} l JOIN ${t.headerImport} h ON h.sys_target_sys_id = l.${t.parent}`
        )
        .all() as LineRecord[]
    const perParent = new Map<string, number>()
    const byNumber: LineRecords = new Map()
    for (const r of rows) {
        const underParent = `${String(r[t.parent])}\u0000${String(r.line_number)}`
        const seen = (perParent.get(underParent) ?? 0) + 1
        perParent.set(underParent, seen)
        if (seen > 1)
            judge.fault(
                'doubled',
                `${objectType} ${String(r.mlc_document_number)} line ${String(r.line_number)}: ${seen} primary line records`
            )
        const byDoc = lineId(r.mlc_document_number, String(r.line_number))
        byNumber.set(byDoc, [...(byNumber.get(byDoc) ?? []), r])
    }
    return byNumber
}

/** What the receipts are judged by: the line manifest, the document manifest (their orders) and their flags. */
interface ReceiptScope {
    lines: LineManifest
    documents: readonly ManifestDocument[]
    receiptFlag?: (key: Key) => string | undefined
}

/**
 * What may become of a receipt, from its order's place in the manifest: `flagged` where the order
 * is flagged for a field the receipt's key holds too (its order number cannot be sent to IFS in a
 * query: too long, a control character) — never staged (README "Bad input gets a clear error and
 * loses nothing"); `either` where a test wrote the order's values (hostile overrides: staged or
 * flagged, like the order); else `staged`.
 */
function receiptOutcome(
    receipt: LineManifest['receipts'][number],
    orders: Map<string, ManifestDocument>
): 'staged' | 'flagged' | 'either' {
    const expected = orders.get(keyValues(receipt.key.slice(0, 1)))?.expected
    if (expected?.outcome === 'staged_or_flagged') return 'either'
    if (expected?.outcome !== 'flagged') return 'staged'
    const field = expected.field
    return receipt.key.some(([name]) => name === field) ? 'flagged' : 'staged'
}

/**
 * Every receipt IFS holds has exactly one primary receipt record (the modelled transform's
 * `sn_shop_receipt`, coalesced on PO number, PO line and receipt number) holding its quantity and
 * state now: none is lost, a second record of one receipt is doubled, other values are wrong.
 * Receipts are staged whether or not their PO line has arrived (README "Receipts"), so every
 * receipt of the manifest is judged; one whose order number cannot be read is flagged instead,
 * one of a hostile order may be either (receiptOutcome). Its PO line is numbered like a PO line (its key fields after the order's,
 * joined by "/").
 */
function checkReceipts(db: Database.Database, scope: ReceiptScope, judge: LineJudge): void {
    const records = new Map<string, LineRecord[]>()
    for (const r of db.prepare('SELECT * FROM sn_shop_receipt').all() as LineRecord[]) {
        const id = `${String(r.po_number)}\u0000${String(r.po_line_number)}\u0000${String(r.receipt_number)}`
        records.set(id, [...(records.get(id) ?? []), r])
    }
    const orders = new Map(
        scope.documents.filter((d) => d.objectType === 'purchase_order').map((d) => [keyValues(d.key), d])
    )
    for (const receipt of scope.lines.receipts) {
        judge.report.receiptsJudged++
        const v = receipt.values
        const line = lineNumberOf(1, receipt.poLineKey)
        const found = records.get(`${v.orderNo}\u0000${line}\u0000${String(v.receiptNo)}`) ?? []
        const name = `receipt ${v.receiptNo} of ${v.orderNo} line ${line}`
        const at = { found, flag: scope.receiptFlag?.(receipt.key), values: receipt.values }
        const outcome = receiptOutcome(receipt, orders)
        if (outcome === 'flagged') checkFlaggedReceipt(judge, name, at)
        else checkStagedReceipt(judge, name, { ...at, mayBeFlagged: outcome === 'either' })
    }
}

/** A receipt expected staged (or, `mayBeFlagged`, flagged): one record holding its values, or else its flag. */
function checkStagedReceipt(
    judge: LineJudge,
    name: string,
    at: {
        found: readonly LineRecord[]
        flag: string | undefined
        values: { quantity: number; state: string | null }
        mayBeFlagged: boolean
    }
): void {
    const { found, flag } = at
    if (found.length === 0 && flag !== undefined) {
        if (!at.mayBeFlagged) judge.fault('wrong', `${name} is flagged ${flag}, but nothing is wrong with it in IFS`)
    } else if (found.length === 0) judge.fault('lost', `${name} has no primary receipt record`)
    else if (found.length > 1)
        judge.fault('doubled', `${name}: ${found.length} primary receipt records`, found.length - 1)
    else {
        const wrong = differences({ quantity_received: at.values.quantity, state: at.values.state }, found[0])
        if (wrong.length > 0) judge.fault('wrong', `${name} holds ${wrong.join(', ')}`)
    }
}

/** A receipt expected flagged: flagged and not staged. */
function checkFlaggedReceipt(
    judge: LineJudge,
    name: string,
    at: { found: readonly LineRecord[]; flag: string | undefined }
): void {
    if (at.found.length > 0) judge.fault('wrong', `${name} is staged, but its order number cannot be read in IFS`)
    else if (at.flag === undefined) judge.fault('lost', `${name} is neither staged nor flagged`)
}
