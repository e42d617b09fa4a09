import type { ReferenceData } from './document-factory'
import { IFS_DOCUMENTS, OBJVERSION } from './ifs-schema'
import { INVOICE_ITEM, INVOICE_POSTING, PO_LINE, RECEIPT } from './line-schema'
import { Random } from './random'
import { spoilInvoiceLine, spoilPoLine } from './line-defects'
import type { EmulatorRow, RowValue } from './row'
import { isoDate } from './stamp'

/**
 * The line rows of one document, drawn from a generator seeded by the dataset's seed and the
 * document's key alone: the same document gets the same lines whenever they are made (the line
 * store makes them lazily, on the first read of a line set), and the header rows the dataset
 * draws from its own generators stay exactly what they were before lines existed.
 */
export interface LineSizing {
    /** Lines per document, inclusive. */
    min: number
    max: number
}

export const DEFAULT_LINE_SIZING: LineSizing = { min: 1, max: 30 }

export interface LineContext {
    seed: number
    sizing: LineSizing
    ref: ReferenceData
    /** Share of documents (0..1) with one bad line; 0 draws nothing, so lines stay as without it. */
    badLineShare?: number
}

const PO = IFS_DOCUMENTS.purchase_order
const SI = IFS_DOCUMENTS.supplier_invoice
const UNITS = ['pcs', 'h', 'kg', 'm', 'l', 'ea']
const GOODS = ['Steel bracket', 'Consulting hours', 'Hydraulic oil', 'Cable 3x2.5', 'Safety gloves', "O'Neill valve"]

/** FNV-1a of the text, mixed with the seed: one generator per document. */
function documentRandom(seed: number, text: string): Random {
    let h = 0x811c9dc5 ^ seed
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
    return new Random(h >>> 0)
}

/** `total` cents in `n` positive parts (fewer when there are fewer cents than parts). */
function splitCents(total: number, n: number, rnd: Random): number[] {
    const parts = Math.max(1, Math.min(n, total))
    if (total <= 0) return [total]
    const weights = Array.from({ length: parts }, () => rnd.int(1, 100))
    const sum = weights.reduce((a, b) => a + b, 0)
    const out = weights.map((w) => Math.max(1, Math.floor(((total - parts) * w) / sum) + 1))
    out[parts - 1] += total - out.reduce((a, b) => a + b, 0)
    return out
}

/** A whole quantity that divides the cents, so quantity × unit price is the amount exactly. */
function quantityFor(cents: number, rnd: Random): number {
    for (let i = 0; i < 6; i++) {
        const q = rnd.int(1, 50)
        if (cents % q === 0) return q
    }
    return 1
}

const cents = (v: RowValue | undefined, rnd: Random): number =>
    typeof v === 'number' && v > 0 ? Math.round(v * 100) : rnd.int(1000, 500_000)
const round2 = (x: number): number => Math.round(x * 100) / 100
/**
 * A day `days` after a header's date; a header date that is no date (an impossible one a test put
 * in, such as 0000-00-00) counts from 1970-01-01 like a missing one, so the document still has its
 * lines and receipts (its header is IFS's to flag, not its lines to lose).
 */
const addDays = (day: RowValue | undefined, days: number): string => {
    const parsed = typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : 0
    const t = Number.isFinite(parsed) ? parsed : 0
    return isoDate(t / 1000 + days * 86400)
}

function codesOf(ref: ReferenceData, company: RowValue | undefined): { gl: readonly string[]; cc: readonly string[] } {
    const c = typeof company === 'string' && ref.glAccounts.has(company) ? company : ref.companies[0]
    return { gl: ref.glAccounts.get(c) ?? ['0'], cc: ref.costCenters.get(c) ?? ['0'] }
}

/** Whether this document gets a bad line; draws nothing when the share is 0, so its lines stay as they were. */
const drawsBadLine = (ctx: LineContext, rnd: Random): boolean => !!ctx.badLineShare && rnd.chance(ctx.badLineShare)

/** A PO's lines and their receipts. */
export function purchaseOrderLines(
    header: EmulatorRow,
    ctx: LineContext
): { lines: EmulatorRow[]; receipts: EmulatorRow[] } {
    const orderNo = header[PO.documentNumber.name] as string
    const rnd = documentRandom(ctx.seed, `purchase_order ${orderNo}`)
    const n = rnd.int(ctx.sizing.min, ctx.sizing.max)
    const lines: EmulatorRow[] = []
    const receipts: EmulatorRow[] = []
    if (n === 0) return { lines, receipts }
    const codes = codesOf(ctx.ref, header[PO.company.name])
    const state = String(header[PO.state.name] ?? 'Released')
    let lineNo = 0
    let releaseNo = 1
    for (const part of splitCents(cents(header[PO.net.name], rnd), n, rnd)) {
        // About one line in twelve is a further delivery (release) of the line before it.
        if (lineNo > 0 && rnd.chance(0.08)) releaseNo++
        else {
            lineNo++
            releaseNo = 1
        }
        const release = String(releaseNo)
        const qty = quantityFor(part, rnd)
        const line: EmulatorRow = {
            [OBJVERSION]: header[OBJVERSION] ?? null,
            [PO_LINE.orderNo]: orderNo,
            [PO_LINE.lineNo]: String(lineNo),
            [PO_LINE.releaseNo]: release,
            [PO_LINE.description]: `${rnd.pick(GOODS)} ${lineNo}`,
            [PO_LINE.quantity]: qty,
            [PO_LINE.unitMeas]: rnd.pick(UNITS),
            [PO_LINE.unitPrice]: round2(part / qty / 100),
            [PO_LINE.net]: part / 100,
            [PO_LINE.netBase]: part / 100,
            [PO_LINE.currency]: header[PO.currency.name] ?? null,
            [PO_LINE.supplier]: header[PO.supplier.name] ?? null,
            [PO_LINE.site]: `${String(header[PO.company.name] ?? '')}01`,
            [PO_LINE.plannedReceipt]: addDays(header[PO.documentDate.name], rnd.int(5, 40)),
            [PO_LINE.wantedDelivery]: addDays(header[PO.documentDate.name], rnd.int(5, 40)),
            [PO_LINE.glAccount]: rnd.pick(codes.gl),
            [PO_LINE.costCenter]: rnd.pick(codes.cc),
            [PO_LINE.closeCode]: 'Automatic',
            [PO_LINE.state]: state,
        }
        const got = receiptsOf(line, { state, rnd, orderDate: header[PO.documentDate.name] })
        receipts.push(...got)
        const arrived = got.reduce((s, r) => s + (r[RECEIPT.quantity] as number), 0)
        line[PO_LINE.qtyArrived] = arrived
        line[PO_LINE.qtyInvoiced] = state === 'Closed' ? arrived : 0
        lines.push(line)
    }
    if (drawsBadLine(ctx, rnd)) spoilPoLine(lines, rnd)
    return { lines, receipts }
}

/**
 * A PO line's receipts by the order's state: none before it is confirmed, a partial one for some
 * confirmed orders, the whole quantity (in one or two receipts) once received or closed.
 */
function receiptsOf(
    line: EmulatorRow,
    at: { state: string; rnd: Random; orderDate: RowValue | undefined }
): EmulatorRow[] {
    const { state, rnd } = at
    const qty = line[PO_LINE.quantity] as number
    let quantities: number[] = []
    if (state === 'Received' || state === 'Closed')
        quantities = qty >= 2 && rnd.chance(0.3) ? [Math.floor(qty / 2), qty - Math.floor(qty / 2)] : [qty]
    else if (state === 'Confirmed' && rnd.chance(0.5)) quantities = [qty >= 2 ? Math.floor(qty / 2) : qty]
    return quantities.map((q, i) => ({
        [OBJVERSION]: line[OBJVERSION] ?? null,
        [RECEIPT.orderNo]: line[PO_LINE.orderNo] ?? null,
        [RECEIPT.lineNo]: line[PO_LINE.lineNo] ?? null,
        [RECEIPT.releaseNo]: line[PO_LINE.releaseNo] ?? null,
        [RECEIPT.receiptNo]: i + 1,
        [RECEIPT.arrivalDate]: addDays(at.orderDate, rnd.int(3, 20) + i * 7),
        [RECEIPT.quantity]: q,
        [RECEIPT.qtyInvoiced]: state === 'Closed' ? q : 0,
        [RECEIPT.site]: line[PO_LINE.site] ?? null,
        [RECEIPT.state]: 'Received',
    }))
}

/** The PO lines of an order number, as they stand (empty when IFS has no such order). */
export type PoLinesOf = (orderNo: string) => readonly EmulatorRow[]

/**
 * An invoice's item lines and posting rows. An invoice with a PO reference bills that order's
 * lines (the received quantity at the PO line's price, or the ordered one when nothing arrived
 * yet); an order IFS does not have (yet) is still referenced, line by line. Other invoices split
 * their net amount over their lines. Each line is coded by one posting row, some by two or three.
 */
export function invoiceLines(
    header: EmulatorRow,
    ctx: LineContext,
    poLinesOf: PoLinesOf
): { items: EmulatorRow[]; postings: EmulatorRow[] } {
    const company = header[SI.company.name] ?? null
    const invoiceId = header[SI.keys[1].name] ?? null
    const rnd = documentRandom(ctx.seed, `supplier_invoice ${JSON.stringify([company, invoiceId])}`)
    const n = rnd.int(ctx.sizing.min, ctx.sizing.max)
    const items: EmulatorRow[] = []
    const postings: EmulatorRow[] = []
    if (n === 0) return { items, postings }
    const base = {
        [OBJVERSION]: header[OBJVERSION] ?? null,
        [INVOICE_ITEM.company]: company,
        [INVOICE_ITEM.invoiceId]: invoiceId,
    }
    const rate = taxRate(header)
    const codes = codesOf(ctx.ref, company)
    for (const [i, billed] of billingOf(header, { n, rnd, poLinesOf }).entries()) {
        const item: EmulatorRow = { ...base, [INVOICE_ITEM.itemId]: i + 1, ...billedItem(billed, { rnd, i }) }
        item[INVOICE_ITEM.tax] = round2((item[INVOICE_ITEM.net] as number) * rate)
        items.push(item)
        postings.push(...postingsOf(item, { rnd, codes, firstRowId: postings.length + 1 }))
    }
    if (items.length > 0 && drawsBadLine(ctx, rnd)) spoilInvoiceLine({ items, postings }, rnd)
    return { items, postings }
}

/** What an invoice line bills: an existing PO line, one IFS does not have (yet), or an amount without a PO. */
type Billed = { line: EmulatorRow } | { missing: { orderNo: string; lineNo: string } } | { cents: number }

const taxRate = (header: EmulatorRow): number => {
    const net = header[SI.net.name]
    const tax = header[SI.tax.name]
    return typeof net === 'number' && net > 0 && typeof tax === 'number' ? tax / net : 0
}

/** An invoice with a PO reference bills that order's lines; others split their net amount over their lines. */
function billingOf(header: EmulatorRow, at: { n: number; rnd: Random; poLinesOf: PoLinesOf }): Billed[] {
    const poRef = header[SI.poReference?.name ?? ''] ?? null
    if (typeof poRef !== 'string')
        return splitCents(cents(header[SI.net.name], at.rnd), at.n, at.rnd).map((c) => ({ cents: c }))
    const lines = at.poLinesOf(poRef)
    if (lines.length > 0) return lines.slice(0, at.n).map((line) => ({ line }))
    return Array.from({ length: Math.min(at.n, 3) }, (_, i) => ({ missing: { orderNo: poRef, lineNo: String(i + 1) } }))
}

function billedItem(b: Billed, at: { rnd: Random; i: number }): EmulatorRow {
    if ('cents' in b) {
        const qty = quantityFor(b.cents, at.rnd)
        return {
            [INVOICE_ITEM.description]: `${at.rnd.pick(GOODS)} ${at.i + 1}`,
            [INVOICE_ITEM.quantity]: qty,
            [INVOICE_ITEM.unitPrice]: round2(b.cents / qty / 100),
            [INVOICE_ITEM.net]: b.cents / 100,
            [INVOICE_ITEM.poOrderNo]: null,
            [INVOICE_ITEM.poLineNo]: null,
            [INVOICE_ITEM.poReleaseNo]: null,
        }
    }
    if ('missing' in b)
        // A PO IFS does not have (yet): one of each, at a price the invoice states.
        return {
            [INVOICE_ITEM.description]: `Per order ${b.missing.orderNo}`,
            [INVOICE_ITEM.quantity]: 1,
            [INVOICE_ITEM.unitPrice]: 100,
            [INVOICE_ITEM.net]: 100,
            [INVOICE_ITEM.poOrderNo]: b.missing.orderNo,
            [INVOICE_ITEM.poLineNo]: b.missing.lineNo,
            [INVOICE_ITEM.poReleaseNo]: '1',
        }
    const po = b.line
    const arrived = po[PO_LINE.qtyArrived]
    const due = po[PO_LINE.quantity]
    // A PO line with a bad quantity is billed one unit.
    const qty = typeof arrived === 'number' && arrived > 0 ? arrived : typeof due === 'number' ? due : 1
    const price = po[PO_LINE.unitPrice] as number
    return {
        [INVOICE_ITEM.description]: po[PO_LINE.description] ?? null,
        [INVOICE_ITEM.quantity]: qty,
        [INVOICE_ITEM.unitPrice]: price,
        [INVOICE_ITEM.net]: round2(qty * price),
        [INVOICE_ITEM.poOrderNo]: po[PO_LINE.orderNo] ?? null,
        [INVOICE_ITEM.poLineNo]: po[PO_LINE.lineNo] ?? null,
        [INVOICE_ITEM.poReleaseNo]: po[PO_LINE.releaseNo] ?? null,
    }
}

/** One posting row per invoice line, or two or three splitting its amount over other codes. */
function postingsOf(
    item: EmulatorRow,
    at: { rnd: Random; codes: { gl: readonly string[]; cc: readonly string[] }; firstRowId: number }
): EmulatorRow[] {
    const { rnd, codes } = at
    const rows = rnd.chance(0.7) ? 1 : rnd.chance(0.66) ? 2 : 3
    const parts = splitCents(Math.round((item[INVOICE_ITEM.net] as number) * 100), rows, rnd)
    return parts.map((part, i) => ({
        [OBJVERSION]: item[OBJVERSION] ?? null,
        [INVOICE_POSTING.company]: item[INVOICE_ITEM.company] ?? null,
        [INVOICE_POSTING.invoiceId]: item[INVOICE_ITEM.invoiceId] ?? null,
        [INVOICE_POSTING.rowId]: at.firstRowId + i,
        [INVOICE_POSTING.itemId]: item[INVOICE_ITEM.itemId] ?? null,
        [INVOICE_POSTING.postingType]: 'MP1',
        [INVOICE_POSTING.glAccount]: rnd.pick(codes.gl),
        [INVOICE_POSTING.costCenter]: rnd.pick(codes.cc),
        [INVOICE_POSTING.amount]: part / 100,
    }))
}
