import Database from 'better-sqlite3'
import type { LineManifest } from '../emulator/dataset/line-manifest'
import type { Manifest } from '../emulator/dataset/manifest'
import type { RowValue } from '../emulator/dataset/row'
import type { EmulatedType as ObjectType } from '../emulator/dataset/emulated-types'

/** Lines and receipts counted over the SQLite file after a finished sync: each made exactly once. */
export interface LineReport {
    /** Lines of documents the transform accepted, each expected as one primary line record. */
    linesJudged: number
    /** Receipts IFS holds, each expected as one primary receipt record. */
    receiptsJudged: number
    /** Lines with no primary line record under their document, and receipts with no primary receipt record. */
    lost: number
    /** Primary line records beyond the first for one line of one document, and receipt records beyond the first. */
    doubled: number
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

/** How a line is numbered (README "Lines"): its IFS key fields after its document's, joined by "/". */
function lineNumberOf(documentKey: Key, lineKey: Key): string {
    return lineKey
        .slice(documentKey.length)
        .map(([, v]) => String(v))
        .join('/')
}

/**
 * The judge of lines, from the emulator's manifests alone: every line of a document whose header
 * the manifest expects staged and accepted by the transform, and whose lines are all good, has
 * exactly one primary line record under a primary header of the document's number with its line
 * number. A line with none is lost; any second record of one line under one header is doubled.
 */
export function checkLines(manifest: Manifest, lines: LineManifest, database: string): LineReport {
    const report: LineReport = { linesJudged: 0, receiptsJudged: 0, lost: 0, doubled: 0, problems: [] }
    // Documents the transform accepts, by IFS key: their document numbers.
    const accepted = new Map(
        manifest.documents
            .filter((d) => d.expected.outcome === 'staged' && d.expected.importTransform === 'accepted')
            .map((d) => [JSON.stringify(d.key), d.identity.documentNumber])
    )
    const db = new Database(database, { readonly: true, fileMustExist: true })
    try {
        for (const objectType of ['supplier_invoice', 'purchase_order'] as const) {
            const made = primaryLines(db, objectType, report)
            for (const doc of lines.documents) {
                if (doc.objectType !== objectType || doc.check.outcome !== 'staged') continue
                const number = accepted.get(JSON.stringify(doc.key))
                if (number === undefined) continue
                for (const line of doc.lines) {
                    report.linesJudged++
                    const lineNumber = lineNumberOf(doc.key, line.key)
                    if ((made.get(`${number}\u0000${lineNumber}`) ?? 0) > 0) continue
                    report.lost++
                    report.problems.push(`${objectType} ${number} line ${lineNumber} has no primary line record`)
                }
            }
        }
        checkReceipts(db, lines, report)
    } finally {
        db.close()
    }
    return report
}

/** Primary line records per (document number, line number); doubles under one header counted. */
function primaryLines(db: Database.Database, objectType: ObjectType, report: LineReport): Map<string, number> {
    const t = PRIMARY_LINES[objectType]
    const rows = db
        .prepare(
            `SELECT DISTINCT l.sys_id AS id, l.${t.parent} AS parent, l.line_number AS line, h.${t.documentNumber} AS number
             FROM ${t.lines} l JOIN ${t.headerImport} h ON h.sys_target_sys_id = l.${t.parent}`
        )
        .all() as { id: string; parent: string; line: string; number: string }[]
    const perParent = new Map<string, number>()
    const byNumber = new Map<string, number>()
    for (const r of rows) {
        const underParent = `${r.parent}\u0000${r.line}`
        const seen = (perParent.get(underParent) ?? 0) + 1
        perParent.set(underParent, seen)
        if (seen > 1) {
            report.doubled++
            report.problems.push(`${objectType} ${r.number} line ${r.line}: ${seen} primary line records`)
        }
        const byDoc = `${r.number}\u0000${r.line}`
        byNumber.set(byDoc, (byNumber.get(byDoc) ?? 0) + 1)
    }
    return byNumber
}

/**
 * Every receipt IFS holds has exactly one primary receipt record (the modelled transform's
 * `sn_shop_receipt`, coalesced on PO number, PO line and receipt number): none is lost, and a
 * second record of one receipt is doubled. Receipts are staged whether or not their PO line has
 * arrived (README "Receipts"), so every receipt of the manifest is judged. Its PO line is
 * numbered like a PO line (its key fields after the order's, joined by "/").
 */
function checkReceipts(db: Database.Database, lines: LineManifest, report: LineReport): void {
    const records = new Map<string, number>()
    const rows = db.prepare('SELECT po_number, po_line_number, receipt_number FROM sn_shop_receipt').all() as {
        po_number: string
        po_line_number: string
        receipt_number: string
    }[]
    for (const r of rows) {
        const id = `${r.po_number}\u0000${r.po_line_number}\u0000${r.receipt_number}`
        records.set(id, (records.get(id) ?? 0) + 1)
    }
    for (const receipt of lines.receipts) {
        report.receiptsJudged++
        const v = receipt.values
        const line = lineNumberOf([receipt.poLineKey[0]], receipt.poLineKey)
        const n = records.get(`${v.orderNo}\u0000${line}\u0000${String(v.receiptNo)}`) ?? 0
        const name = `receipt ${v.receiptNo} of ${v.orderNo} line ${line}`
        if (n === 0) {
            report.lost++
            report.problems.push(`${name} has no primary receipt record`)
        } else if (n > 1) {
            report.doubled += n - 1
            report.problems.push(`${name}: ${n} primary receipt records`)
        }
    }
}
