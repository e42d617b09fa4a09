import type Database from 'better-sqlite3'
import type { LineManifest } from '../emulator/dataset/line-manifest'
import type { ManifestDocument } from '../emulator/dataset/manifest'
import type { EmulatedType as ObjectType } from '../emulator/dataset/emulated-types'

/**
 * What the world tells the judge of deletions IFS made without touching a header (README "Lines":
 * the removal sweep compares at most _Removal checks per run_ staged documents of a type per run,
 * oldest check first): the bound it configured and how many runs finished since its last deletion.
 */
export interface RemovalRuns {
    checksPerRun: number
    runsSince: number
}

/** The judge's verdicts (line-check's LineJudge). */
interface Verdicts {
    report: { removedJudged: number }
    fault(kind: 'wrong', text: string): void
}

/**
 * Whether every staged document of a kind was compared with IFS since the deletion: `staged`
 * documents take ceil(staged / bound) runs (README "Known limits": "within (staged documents of
 * its type ÷ removal checks per run) runs"). `staged` counts from the manifest, never the store.
 */
export function sweptSince(removals: RemovalRuns | undefined, staged: number): boolean {
    if (!removals || removals.checksPerRun <= 0) return false
    return removals.runsSince >= Math.ceil(staged / removals.checksPerRun)
}

/** Documents of a type the sweep may hold a key of: those the manifest may stage, and those IFS deleted whole. */
export function mayBeStaged(
    documents: readonly ManifestDocument[],
    lines: LineManifest,
    objectType: ObjectType
): number {
    const live = documents.filter(
        (d) =>
            d.objectType === objectType &&
            (d.expected.outcome === 'staged' || d.expected.outcome === 'staged_or_flagged')
    ).length
    return live + lines.removedDocuments.filter((d) => d.objectType === objectType).length
}

/** How the README names the default preset's stage rows of a type (header state column, line table). */
const STAGE: Readonly<Record<ObjectType, { header: string; state: string | null; lines: string }>> = {
    purchase_order: { header: 'sn_fcms_intg_imp_order', state: 'u_po_status', lines: 'sn_fcms_intg_imp_order_line' },
    // The invoice import table has no state column: its staging key and lines carry the mark.
    supplier_invoice: { header: 'sn_spend_intg_imp_invoice', state: null, lines: 'sn_spend_intg_imp_invoice_line' },
}
const KEY_COLUMN = 'u_third_party_import_id'
const LINE_KEY_COLUMN = 'u_ml_connector_key'
const LINE_STATE_COLUMN = 'u_ml_line_state'

const sourceKeyOf = (key: readonly [string, unknown][]): string => JSON.stringify(Object.fromEntries(key))

/**
 * A receipt IFS deleted, once the sweep went round every staged receipt: every stage row of it
 * (`sn_fcms_intg_imp_receipt`, by PO number, PO line and receipt number) says `Removed`. One
 * never staged has nothing to mark.
 */
export function checkRemovedReceipts(
    db: Database.Database,
    at: { lines: LineManifest; removals?: RemovalRuns },
    judge: Verdicts
): void {
    const removed = at.lines.removedLines.filter((r) => r.kind === 'receipt')
    if (!sweptSince(at.removals, at.lines.receipts.length + removed.length)) return
    const rows = db.prepare(
        'SELECT u_state AS state FROM sn_fcms_intg_imp_receipt WHERE u_erp_po_number = ? AND u_erp_po_line_number = ? AND u_erp_receipt_number = ?'
    )
    for (const r of removed) {
        const v = Object.fromEntries(r.key) as Record<string, unknown>
        const line = `${String(v.LineNo)}/${String(v.ReleaseNo)}`
        const states = (rows.all(String(v.OrderNo), line, String(v.ReceiptNo)) as { state: string | null }[]).map(
            (s) => s.state
        )
        if (states.length === 0) continue
        judge.report.removedJudged++
        const unmarked = states.find((s) => (s ?? '').toLowerCase() !== 'removed')
        if (unmarked !== undefined)
            judge.fault(
                'wrong',
                `receipt ${String(v.ReceiptNo)} of ${String(v.OrderNo)} line ${line} was deleted in IFS, but its stage row says ${JSON.stringify(unmarked)}`
            )
    }
}

/**
 * A document IFS deleted whole, once the sweep went round every staged document of its type: its
 * staging key says when (`removed_at`), its header stage rows say `Removed` where the stage has a
 * state column, and every stage row of its lines says `removed`. One never staged has nothing to mark.
 */
export function checkRemovedDocuments(
    db: Database.Database,
    at: { documents: readonly ManifestDocument[]; lines: LineManifest; removals?: RemovalRuns },
    judge: Verdicts
): void {
    for (const objectType of ['purchase_order', 'supplier_invoice'] as const) {
        if (!sweptSince(at.removals, mayBeStaged(at.documents, at.lines, objectType))) continue
        for (const gone of at.lines.removedDocuments.filter((d) => d.objectType === objectType)) {
            const key = db
                .prepare(
                    `SELECT key, removed_at FROM x_mlc_ifs_s2p_staging_key WHERE object_type = ? AND source_key = ? AND state = 'staged'`
                )
                .get(objectType, sourceKeyOf(gone.key)) as { key: string; removed_at: string | null } | undefined
            if (!key) continue
            judge.report.removedJudged++
            const problems = unmarkedRows(db, objectType, key.key)
            if (!key.removed_at) problems.unshift('its staging key has no removed_at')
            if (problems.length > 0)
                judge.fault(
                    'wrong',
                    `${objectType} ${sourceKeyOf(gone.key)} was deleted in IFS, but ${problems.join(', ')}`
                )
        }
    }
}

/** The stage rows of a staged document (header and lines) that do not say removed. */
function unmarkedRows(db: Database.Database, objectType: ObjectType, key: string): string[] {
    const stage = STAGE[objectType]
    const problems: string[] = []
    if (stage.state) {
        const header = db
            .prepare(`SELECT ${stage.state} AS state FROM ${stage.header} WHERE ${KEY_COLUMN} = ?`)
            .all(key) as { state: string | null }[]
        const left = header.find((h) => h.state !== 'Removed')
        if (left) problems.push(`its header stage row says ${JSON.stringify(left.state)}`)
    }
    const lines = db
        .prepare(
            `SELECT ${LINE_KEY_COLUMN} AS ref, ${LINE_STATE_COLUMN} AS state FROM ${stage.lines} WHERE substr(${LINE_KEY_COLUMN}, 1, ?) = ?`
        )
        .all(key.length + 1, `${key}:`) as { ref: string; state: string | null }[]
    const line = lines.find((l) => l.state !== 'removed')
    if (line) problems.push(`its line ${line.ref} says ${JSON.stringify(line.state)}`)
    return problems
}
