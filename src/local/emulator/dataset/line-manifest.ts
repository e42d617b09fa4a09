import type { EmulatedType as ObjectType } from './emulated-types'
import type { DefectReason } from './defect'
import type { EmulatorDataset } from './emulator-dataset'
import { codeValidOn, isBlank } from './ground-truth'
import { IFS_DOCUMENTS, OBJVERSION } from './ifs-schema'
import { IFS_LINES, INVOICE_ITEM, INVOICE_POSTING, LINE_KINDS, PO_LINE, RECEIPT, type LineKind } from './line-schema'
import type { EmulatorRow, RowValue } from './row'

/**
 * The lines half of the manifest: for every document IFS holds, its lines by their IFS keys with
 * the values a staged line must hold and whether it is good; the receipts and the PO line each
 * belongs to; for every invoice line, the PO line and receipts it matches; the lines IFS shows
 * before their header; the lines IFS deleted. Computed from the generator's rows and master data
 * by the rules below, never by the engine (like manifest.ts, which it leaves as it is).
 */
export type IfsKey = [string, RowValue][]

type LineOutcome = { outcome: 'staged' } | { outcome: 'flagged'; reason: DefectReason; field: string }

interface PoLineValues {
    orderNo: string
    lineNo: string
    releaseNo: string
    description: string | null
    quantity: number
    unitMeas: string | null
    unitPrice: number
    netAmount: number
    currency: string | null
    glAccount: string | null
    costCenter: string | null
    qtyArrived: number
    qtyInvoiced: number
    closeCode: string | null
    state: string | null
}

interface PostingValues {
    key: IfsKey
    rowId: number
    glAccount: string | null
    costCenter: string | null
    amount: number
    check: LineOutcome
}

/** How far an invoice line is from a three-way match, in IFS as it stands. */
type MatchStatus = 'no_po' | 'waiting_for_po' | 'waiting_for_receipt' | 'matched'

interface InvoiceLineValues {
    itemId: number
    description: string | null
    quantity: number
    unitPrice: number
    netAmount: number
    taxAmount: number
    poLine: { orderNo: string; lineNo: string; releaseNo: string } | null
}

export type ManifestLine =
    | {
          kind: 'purchase_order_line'
          key: IfsKey
          modified: RowValue
          check: LineOutcome
          values: PoLineValues
          receipts: IfsKey[]
      }
    | {
          kind: 'invoice_item'
          key: IfsKey
          modified: RowValue
          /** Flagged when the line or one of its posting rows is bad (the field names the row). */
          check: LineOutcome
          values: InvoiceLineValues
          postings: PostingValues[]
          match: { status: MatchStatus; poLineKey: IfsKey | null; receiptKeys: IfsKey[]; receivedQty: number }
      }

interface LineManifestDocument {
    objectType: ObjectType
    /** The document's IFS key, as in the document manifest. */
    key: IfsKey
    /** Flagged, naming its first bad line (in line order), when a line is bad; the header's own checks are manifest.ts's. */
    check: LineOutcome | { outcome: 'flagged'; reason: DefectReason; field: string; line: IfsKey }
    lines: ManifestLine[]
}

interface ManifestReceipt {
    key: IfsKey
    modified: RowValue
    values: {
        receiptNo: number
        orderNo: string
        lineNo: string
        releaseNo: string
        quantity: number
        arrivalDate: string | null
        state: string | null
    }
    poLineKey: IfsKey
    /** Whether IFS holds that PO line now. */
    poLineExists: boolean
    /** Less than the PO line's quantity due. */
    partial: boolean
}

export interface LineManifest {
    rules: string[]
    documents: LineManifestDocument[]
    receipts: ManifestReceipt[]
    /** Lines whose document IFS does not show (yet): they wait for it, bounded, then are flagged. */
    orphanLines: { kind: LineKind; key: IfsKey; parentKey: IfsKey }[]
    /** Lines IFS deleted: the staged line must be marked removed, not left as it was. */
    removedLines: { kind: LineKind; key: IfsKey; parentKey: IfsKey; removedAt: string }[]
    /** Documents IFS deleted whole (their lines are in removedLines): the staged document must be marked removed. */
    removedDocuments: { objectType: ObjectType; key: IfsKey; removedAt: string }[]
}

const LINE_MANIFEST_RULES: readonly string[] = [
    'A document is its header with its lines: PO lines (with their receipts) for a purchase order, invoice lines (with their posting rows) for a supplier invoice.',
    "A line is flagged when its quantity, unit price or amount is not a number, or a GL account / cost center it (or one of its posting rows) is coded with is not in the document's company or not valid on the document's date; its document is then flagged naming the line.",
    'An invoice line that references a PO line matches it when IFS holds that PO line, and a receipt when IFS holds a receipt of it that is not cancelled; otherwise it waits for the PO or the receipt (not a failure).',
    'Lines shown before their header wait for it; lines IFS deleted are marked removed, and so is a document IFS deleted whole, with its lines.',
]

const keyOf = (kind: LineKind, row: EmulatorRow): IfsKey =>
    IFS_LINES[kind].keys.map((k) => [k.name, row[k.name] ?? null])
/** A key given as values, named by its fields in order (a removed line's, a parent's, a PO line's). */
const named = (fields: readonly (string | { name: string })[], values: readonly RowValue[]): IfsKey =>
    fields.map((f, i) => [typeof f === 'string' ? f : f.name, values[i]])
const num = (v: RowValue | undefined): number => (typeof v === 'number' ? v : Number(v))
const text = (v: RowValue | undefined): string | null => (isBlank(v) ? null : String(v))

/** The PO line a row is or belongs to (an order line, a receipt), as the manifest writes it: text, like IFS's keys. */
function poLineRef(row: EmulatorRow, fields: { orderNo: string; lineNo: string; releaseNo: string }) {
    return {
        orderNo: String(row[fields.orderNo]),
        lineNo: String(row[fields.lineNo]),
        releaseNo: String(row[fields.releaseNo]),
    }
}

/** The same PO line reference as raw values, in the PO line's key order (to look the PO line up). */
function poLineKeyValues(row: EmulatorRow, fields: { orderNo: string; lineNo: string; releaseNo: string }): RowValue[] {
    return [row[fields.orderNo] ?? null, row[fields.lineNo] ?? null, row[fields.releaseNo] ?? null]
}

export function lineManifest(data: EmulatorDataset): LineManifest {
    const documents: LineManifestDocument[] = []
    for (const ot of ['purchase_order', 'supplier_invoice'] as const) {
        const e = IFS_DOCUMENTS[ot]
        for (const header of data.documents[ot].all()) {
            const parent = e.keys.map((k) => header[k.name] ?? null)
            const at = { data, header, objectType: ot }
            const lines =
                ot === 'purchase_order'
                    ? data.lines.linesOf('purchase_order_line', parent).map((l) => poLine(l, at))
                    : invoiceItems(parent, at)
            const bad = lines.find((l) => l.check.outcome === 'flagged')
            const check: LineManifestDocument['check'] =
                bad && bad.check.outcome === 'flagged' ? { ...bad.check, line: bad.key } : { outcome: 'staged' }
            documents.push({ objectType: ot, key: named(e.keys, parent), check, lines })
        }
    }
    return {
        rules: [...LINE_MANIFEST_RULES],
        documents,
        receipts: receipts(data),
        orphanLines: orphans(data),
        removedLines: data.lines.removed().map((r) => ({
            kind: r.kind,
            key: named(IFS_LINES[r.kind].keys, r.key),
            parentKey: named(IFS_LINES[r.kind].parentKey, r.parentKey),
            removedAt: r.removedAt,
        })),
        removedDocuments: data.removedDocuments().map((d) => ({
            objectType: d.objectType,
            key: named(IFS_DOCUMENTS[d.objectType].keys, d.key),
            removedAt: d.removedAt,
        })),
    }
}

interface HeaderContext {
    data: EmulatorDataset
    header: EmulatorRow
    objectType: ObjectType
}

function poLine(l: EmulatorRow, at: HeaderContext): ManifestLine {
    const receiptsOfLine = receiptsOf(at.data, l[PO_LINE.orderNo], l[PO_LINE.lineNo], l[PO_LINE.releaseNo])
    return {
        kind: 'purchase_order_line',
        key: keyOf('purchase_order_line', l),
        modified: l[OBJVERSION] ?? null,
        check:
            amountsCheck(l, [PO_LINE.quantity, PO_LINE.unitPrice, PO_LINE.net]) ??
            codesCheck(at, l, [PO_LINE.glAccount, PO_LINE.costCenter]),
        values: {
            ...poLineRef(l, PO_LINE),
            description: text(l[PO_LINE.description]),
            quantity: num(l[PO_LINE.quantity]),
            unitMeas: text(l[PO_LINE.unitMeas]),
            unitPrice: num(l[PO_LINE.unitPrice]),
            netAmount: num(l[PO_LINE.net]),
            currency: text(l[PO_LINE.currency]),
            glAccount: text(l[PO_LINE.glAccount]),
            costCenter: text(l[PO_LINE.costCenter]),
            qtyArrived: num(l[PO_LINE.qtyArrived]),
            qtyInvoiced: num(l[PO_LINE.qtyInvoiced]),
            closeCode: text(l[PO_LINE.closeCode]),
            state: text(l[PO_LINE.state]),
        },
        receipts: receiptsOfLine.map((r) => keyOf('receipt', r)),
    }
}

function invoiceItems(parent: RowValue[], at: HeaderContext): ManifestLine[] {
    const postings = at.data.lines.linesOf('invoice_posting', parent)
    return at.data.lines.linesOf('invoice_item', parent).map((item): ManifestLine => {
        const own = postings
            .filter((p) => p[INVOICE_POSTING.itemId] === item[INVOICE_ITEM.itemId])
            .map((p) => posting(p, at))
        const badPosting = own.find((p) => p.check.outcome === 'flagged')
        return {
            kind: 'invoice_item',
            key: keyOf('invoice_item', item),
            modified: item[OBJVERSION] ?? null,
            check:
                amountsCheck(item, [
                    INVOICE_ITEM.quantity,
                    INVOICE_ITEM.unitPrice,
                    INVOICE_ITEM.net,
                    INVOICE_ITEM.tax,
                ]) ?? (badPosting ? badPosting.check : { outcome: 'staged' }),
            values: invoiceLineValues(item),
            postings: own,
            match: matchOf(at.data, item),
        }
    })
}

/** An invoice item's fields naming the PO line it bills. */
const INVOICE_ITEM_PO_LINE = {
    orderNo: INVOICE_ITEM.poOrderNo,
    lineNo: INVOICE_ITEM.poLineNo,
    releaseNo: INVOICE_ITEM.poReleaseNo,
}

function invoiceLineValues(item: EmulatorRow): InvoiceLineValues {
    const orderNo = text(item[INVOICE_ITEM.poOrderNo])
    return {
        itemId: num(item[INVOICE_ITEM.itemId]),
        description: text(item[INVOICE_ITEM.description]),
        quantity: num(item[INVOICE_ITEM.quantity]),
        unitPrice: num(item[INVOICE_ITEM.unitPrice]),
        netAmount: num(item[INVOICE_ITEM.net]),
        taxAmount: num(item[INVOICE_ITEM.tax]),
        poLine: orderNo === null ? null : poLineRef(item, INVOICE_ITEM_PO_LINE),
    }
}

function posting(p: EmulatorRow, at: HeaderContext): PostingValues {
    return {
        key: keyOf('invoice_posting', p),
        rowId: num(p[INVOICE_POSTING.rowId]),
        glAccount: text(p[INVOICE_POSTING.glAccount]),
        costCenter: text(p[INVOICE_POSTING.costCenter]),
        amount: num(p[INVOICE_POSTING.amount]),
        check:
            amountsCheck(p, [INVOICE_POSTING.amount]) ??
            codesCheck(at, p, [INVOICE_POSTING.glAccount, INVOICE_POSTING.costCenter]),
    }
}

function matchOf(data: EmulatorDataset, item: EmulatorRow): Extract<ManifestLine, { kind: 'invoice_item' }>['match'] {
    if (isBlank(item[INVOICE_ITEM.poOrderNo]))
        return { status: 'no_po', poLineKey: null, receiptKeys: [], receivedQty: 0 }
    const lineKey = poLineKeyValues(item, INVOICE_ITEM_PO_LINE)
    const poLineKey = named(IFS_LINES.purchase_order_line.keys, lineKey)
    if (!data.lines.collection('purchase_order_line').get(lineKey))
        return { status: 'waiting_for_po', poLineKey, receiptKeys: [], receivedQty: 0 }
    const got = receiptsOf(data, lineKey[0], lineKey[1], lineKey[2]).filter((r) => r[RECEIPT.state] !== 'Cancelled')
    return {
        status: got.length > 0 ? 'matched' : 'waiting_for_receipt',
        poLineKey,
        receiptKeys: got.map((r) => keyOf('receipt', r)),
        receivedQty: got.reduce((s, r) => s + num(r[RECEIPT.quantity]), 0),
    }
}

function receiptsOf(data: EmulatorDataset, ...line: (RowValue | undefined)[]): EmulatorRow[] {
    return data.lines
        .linesOf('receipt', [line[0] ?? null])
        .filter((r) => r[RECEIPT.lineNo] === line[1] && r[RECEIPT.releaseNo] === line[2])
        .sort((a, b) => num(a[RECEIPT.receiptNo]) - num(b[RECEIPT.receiptNo]))
}

function receipts(data: EmulatorDataset): ManifestReceipt[] {
    const poLines = data.lines.collection('purchase_order_line')
    return data.lines
        .collection('receipt')
        .all()
        .map((r) => {
            const lineKey = poLineKeyValues(r, RECEIPT)
            const line = poLines.get(lineKey)
            return {
                key: keyOf('receipt', r),
                modified: r[OBJVERSION] ?? null,
                values: {
                    receiptNo: num(r[RECEIPT.receiptNo]),
                    ...poLineRef(r, RECEIPT),
                    quantity: num(r[RECEIPT.quantity]),
                    arrivalDate: text(r[RECEIPT.arrivalDate]),
                    state: text(r[RECEIPT.state]),
                },
                poLineKey: named(IFS_LINES.purchase_order_line.keys, lineKey),
                poLineExists: line !== undefined,
                partial: line !== undefined && num(r[RECEIPT.quantity]) < num(line[PO_LINE.quantity]),
            }
        })
}

function orphans(data: EmulatorDataset): LineManifest['orphanLines'] {
    const out: LineManifest['orphanLines'] = []
    for (const kind of LINE_KINDS) {
        const e = IFS_LINES[kind]
        const docs = data.documents[e.parent]
        for (const parentText of data.lines.parents(kind)) {
            const parent = JSON.parse(parentText) as RowValue[]
            if (docs.get(parent)) continue
            for (const l of data.lines.linesOf(kind, parent))
                out.push({
                    kind,
                    key: keyOf(kind, l),
                    parentKey: named(e.parentKey, parent),
                })
        }
    }
    return out
}

function amountsCheck(row: EmulatorRow, fields: readonly string[]): LineOutcome | null {
    for (const f of fields) {
        if (isBlank(row[f])) return { outcome: 'flagged', reason: 'missing_field', field: f }
        if (typeof row[f] !== 'number' || !Number.isFinite(row[f]))
            return { outcome: 'flagged', reason: 'invalid_value', field: f }
    }
    return null
}

/** A GL account (first field) and cost center (second) valid in the document's company on its date. */
function codesCheck(at: HeaderContext, row: EmulatorRow, [gl, cc]: readonly string[]): LineOutcome {
    const e = IFS_DOCUMENTS[at.objectType]
    const company = String(at.header[e.company.name])
    const date = String(at.header[e.documentDate.name])
    if (!codeValidOn(at.data.glAccounts, company, date, row[gl]))
        return { outcome: 'flagged', reason: 'unknown_gl_account', field: gl }
    if (!codeValidOn(at.data.costCenters, company, date, row[cc]))
        return { outcome: 'flagged', reason: 'unknown_cost_center', field: cc }
    return { outcome: 'staged' }
}
