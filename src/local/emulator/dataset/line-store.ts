import type { EmulatedType as ObjectType } from './emulated-types'
import type { Collation } from '../odata/collation'
import type { ReferenceData } from './document-factory'
import { EntityCollection } from './entity-collection'
import { IFS_DOCUMENTS, OBJVERSION } from './ifs-schema'
import {
    DEFAULT_LINE_SIZING,
    invoiceLines,
    purchaseOrderLines,
    type LineContext,
    type LineSizing,
} from './line-factory'
import {
    IFS_CLOUD_LINE_SETS,
    IFS_LINES,
    INVOICE_ITEM,
    INVOICE_POSTING,
    LINE_KINDS,
    lineSchema,
    PO_LINE,
    RECEIPT,
    type LineKind,
} from './line-schema'
import { Random } from './random'
import type { EmulatorRow, RowValue } from './row'

/** A line IFS no longer has: deleted after it was served. */
export interface RemovedLine {
    kind: LineKind
    key: RowValue[]
    parentKey: RowValue[]
    /** The stamp IFS would have written when it deleted the line. */
    removedAt: string
}

export interface LineStoreDeps {
    seed: number
    /** Default DEFAULT_LINE_SIZING. */
    sizing: LineSizing | undefined
    /** Share of documents with one bad line (default 0). */
    badLineShare?: number
    ref: ReferenceData
    documents: Readonly<Record<ObjectType, EntityCollection>>
    nextStamp: () => string
}

const setName = (kind: LineKind): string => IFS_CLOUD_LINE_SETS[kind].path.replace(/^.*\//, '')
const keyText = (values: readonly RowValue[]): string => JSON.stringify(values)

/**
 * The line rows of every document: PO lines, receipts, invoice lines and posting rows. They are
 * generated lazily, on the first read of any of them, and for each document that appears later
 * (new rows, late rows) on the next read: a dataset of 100k documents that nobody reads lines of
 * (the benchmark, today's engine) costs nothing. Each document's lines come from its own seeded
 * generator (line-factory.ts), so they do not depend on when they are made. Line rows are indexed
 * by (Objversion, key) like documents, and by their document, for the manifest.
 */
export class LineStore {
    private collections: Record<LineKind, EntityCollection> | null = null
    /** Per kind: document key → (line key → row). */
    private readonly byParent = Object.fromEntries(LINE_KINDS.map((k) => [k, new Map()])) as Record<
        LineKind,
        Map<string, Map<string, EmulatorRow>>
    >
    /** Documents whose lines exist (made, or made before their header arrived). */
    private readonly generated: Record<ObjectType, Set<string>> = {
        purchase_order: new Set(),
        supplier_invoice: new Set(),
    }
    private readonly seen: Record<ObjectType, string> = { purchase_order: '', supplier_invoice: '' }
    private readonly removedLines: RemovedLine[] = []
    private collation: Collation = 'binary'
    private readonly rnd: Random

    constructor(private readonly deps: LineStoreDeps) {
        const { min, max } = deps.sizing ?? DEFAULT_LINE_SIZING
        if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || min > max)
            throw new Error(`linesPerDocument must be whole numbers with 0 <= min <= max, got ${min}..${max}`)
        this.rnd = new Random((deps.seed ^ 0x27d4eb2f) >>> 0)
    }

    /** The served schema of a kind, without making any line. */
    static schema(kind: LineKind) {
        return lineSchema(kind, setName(kind))
    }

    /** A kind's rows as IFS holds them now (lines of new documents made first). */
    collection(kind: LineKind): EntityCollection {
        return this.synced()[kind]
    }

    /** The lines of one document (by its key in IFS's key order). */
    linesOf(kind: LineKind, parentKey: readonly RowValue[]): EmulatorRow[] {
        this.synced()
        return [...(this.byParent[kind].get(keyText(parentKey))?.values() ?? [])]
    }

    /** Every document key that has lines of this kind. */
    parents(kind: LineKind): string[] {
        this.synced()
        return [...this.byParent[kind].keys()]
    }

    removed(): readonly RemovedLine[] {
        return this.removedLines
    }

    setCollation(collation: Collation): void {
        this.collation = collation
        if (this.collections) for (const k of LINE_KINDS) this.collections[k].setCollation(collation)
    }

    /**
     * Modifies `count` lines picked by the seeded generator (or the lines of `keys`): a new
     * quantity and amount and one new stamp for the batch; an invoice line's posting rows take the
     * new amount too; a receipt's quantity arrived is corrected. Only PO lines, invoice lines and
     * receipts change this way.
     */
    churn(kind: ChurnedKind, count: number, keys?: readonly (readonly RowValue[])[]): EmulatorRow[] {
        const col = this.collection(kind)
        const picked = keys ? keys.map((k) => col.get(k)).filter((r): r is EmulatorRow => !!r) : this.pick(col, count)
        const stamp = this.deps.nextStamp()
        const changed = picked.map((old) => changedLine(kind, old, { stamp, more: this.rnd.int(1, 5) }))
        this.put(kind, changed)
        if (kind === 'invoice_item') for (const item of changed) this.recodeAmount(item, stamp)
        return changed
    }

    /**
     * A line IFS closes (`close`: Objstate Closed, CloseCode Manual, a new stamp; PO lines only) or
     * deletes (`delete`: gone from the set, listed by removed()).
     */
    remove(kind: LineKind, keys: readonly (readonly RowValue[])[], mode: 'close' | 'delete'): EmulatorRow[] {
        const col = this.collection(kind)
        const stamp = this.deps.nextStamp()
        if (mode === 'close') {
            if (kind !== 'purchase_order_line') throw new Error('Only PO lines are closed; delete other lines')
            const closed = keys
                .map((k) => col.get(k))
                .filter((r): r is EmulatorRow => !!r)
                .map((r) => ({ ...r, [OBJVERSION]: stamp, [PO_LINE.state]: 'Closed', [PO_LINE.closeCode]: 'Manual' }))
            this.put(kind, closed)
            return closed
        }
        const gone = col.remove(keys)
        const parentKey = IFS_LINES[kind].parentKey
        for (const row of gone) {
            const key = col.schema.keys.map((k) => row[k] ?? null)
            const parent = parentKey.map((k) => row[k] ?? null)
            this.byParent[kind].get(keyText(parent))?.delete(keyText(key))
            this.removedLines.push({ kind, key, parentKey: parent, removedAt: stamp })
        }
        return gone
    }

    /**
     * Rows a test puts in as IFS would hold them (a bad code, an odd value), stamped now; keyed
     * like the kind's rows, so a row with an existing key replaces it.
     */
    write(kind: LineKind, rows: readonly EmulatorRow[]): EmulatorRow[] {
        this.synced()
        const stamp = this.deps.nextStamp()
        const stamped = rows.map((r) => ({ ...r, [OBJVERSION]: stamp }))
        this.put(kind, stamped)
        return stamped
    }

    /** Makes the lines of documents IFS does not show yet (their headers are held back), stamped now. */
    addBefore(objectType: ObjectType, headers: readonly EmulatorRow[]): EmulatorRow[] {
        this.synced()
        const stamp = this.deps.nextStamp()
        const restamped = headers.map((h) => ({ ...h, [OBJVERSION]: stamp }))
        return this.generate(objectType, restamped)
    }

    private pick(col: EntityCollection, count: number): EmulatorRow[] {
        const all = col.all()
        const picked = new Map<string, EmulatorRow>()
        while (picked.size < Math.min(count, all.length)) {
            const r = all[Math.floor(this.rnd.next() * all.length)]
            picked.set(col.keyOf(r), r)
        }
        return [...picked.values()]
    }

    /** An invoice line's new amount, put on its first posting row so the rows still add up. */
    private recodeAmount(item: EmulatorRow, stamp: string): void {
        const parent = [item[INVOICE_ITEM.company] ?? null, item[INVOICE_ITEM.invoiceId] ?? null]
        const rows = this.linesOf('invoice_posting', parent).filter(
            (p) => p[INVOICE_POSTING.itemId] === item[INVOICE_ITEM.itemId]
        )
        if (rows.length === 0) return
        const others = rows.slice(1).reduce((s, p) => s + Math.round((p[INVOICE_POSTING.amount] as number) * 100), 0)
        const first = Math.round((item[INVOICE_ITEM.net] as number) * 100) - others
        this.put('invoice_posting', [{ ...rows[0], [OBJVERSION]: stamp, [INVOICE_POSTING.amount]: first / 100 }])
    }

    private synced(): Record<LineKind, EntityCollection> {
        if (!this.collections) {
            this.collections = Object.fromEntries(
                LINE_KINDS.map((k) => [k, new EntityCollection(LineStore.schema(k), OBJVERSION, [])])
            ) as Record<LineKind, EntityCollection>
            for (const k of LINE_KINDS) {
                this.collections[k].setCollation(this.collation)
                this.collections[k].lookupBy(IFS_LINES[k].parentKey)
            }
        }
        // Orders first: an invoice bills the lines of its order.
        for (const ot of ['purchase_order', 'supplier_invoice'] as const) {
            const docs = this.deps.documents[ot]
            const revision = `${docs.size}:${docs.revision}`
            if (this.seen[ot] === revision) continue
            this.seen[ot] = revision
            const fresh = docs.all().filter((r) => !this.generated[ot].has(docs.keyOf(r)))
            if (fresh.length > 0) this.generate(ot, fresh)
        }
        return this.collections
    }

    private generate(objectType: ObjectType, headers: readonly EmulatorRow[]): EmulatorRow[] {
        const ctx: LineContext = {
            seed: this.deps.seed,
            sizing: this.deps.sizing ?? DEFAULT_LINE_SIZING,
            ref: this.deps.ref,
            badLineShare: this.deps.badLineShare,
        }
        const keys = IFS_DOCUMENTS[objectType].keys
        const made: Record<LineKind, EmulatorRow[]> = {
            purchase_order_line: [],
            receipt: [],
            invoice_item: [],
            invoice_posting: [],
        }
        for (const h of headers) {
            this.generated[objectType].add(keyText(keys.map((k) => h[k.name] ?? null)))
            if (objectType === 'purchase_order') {
                const { lines, receipts } = purchaseOrderLines(h, ctx)
                made.purchase_order_line.push(...lines)
                made.receipt.push(...receipts)
            } else {
                const { items, postings } = invoiceLines(h, ctx, (orderNo) => this.linesOfOrder(orderNo))
                made.invoice_item.push(...items)
                made.invoice_posting.push(...postings)
            }
        }
        for (const k of LINE_KINDS) this.put(k, made[k])
        return LINE_KINDS.flatMap((k) => made[k])
    }

    private linesOfOrder(orderNo: string): EmulatorRow[] {
        return [...(this.byParent.purchase_order_line.get(keyText([orderNo]))?.values() ?? [])]
    }

    /** Upserts rows into their collection and the per-document index. */
    private put(kind: LineKind, rows: readonly EmulatorRow[]): void {
        if (rows.length === 0) return
        const col = (this.collections as Record<LineKind, EntityCollection>)[kind]
        col.upsert(rows)
        const parentKey = IFS_LINES[kind].parentKey
        for (const row of rows) {
            const parent = keyText(parentKey.map((k) => row[k] ?? null))
            const lines = this.byParent[kind].get(parent) ?? new Map<string, EmulatorRow>()
            lines.set(col.keyOf(row), row)
            this.byParent[kind].set(parent, lines)
        }
    }
}

/** The line kinds churn changes. */
export type ChurnedKind = 'purchase_order_line' | 'invoice_item' | 'receipt'

/** A receipt corrected in IFS: `more` units arrived than first recorded, with a new stamp. */
function changedReceipt(old: EmulatorRow, at: { stamp: string; more: number }): EmulatorRow {
    const qty = typeof old[RECEIPT.quantity] === 'number' ? (old[RECEIPT.quantity] as number) : 0
    return { ...old, [OBJVERSION]: at.stamp, [RECEIPT.quantity]: qty + at.more }
}

/** A PO line or invoice line with `more` units more, its amount following at the same unit price. */
function changedLine(kind: ChurnedKind, old: EmulatorRow, at: { stamp: string; more: number }): EmulatorRow {
    if (kind === 'receipt') return changedReceipt(old, at)
    const [qtyField, priceField, netField] =
        kind === 'purchase_order_line'
            ? [PO_LINE.quantity, PO_LINE.unitPrice, PO_LINE.net]
            : [INVOICE_ITEM.quantity, INVOICE_ITEM.unitPrice, INVOICE_ITEM.net]
    const qty = (typeof old[qtyField] === 'number' ? (old[qtyField] as number) : 0) + at.more
    const price = typeof old[priceField] === 'number' ? (old[priceField] as number) : 0
    const net = Math.round(qty * price * 100) / 100
    const row: EmulatorRow = { ...old, [OBJVERSION]: at.stamp, [qtyField]: qty, [netField]: net }
    if (kind === 'purchase_order_line') row[PO_LINE.netBase] = net
    else if (typeof old[INVOICE_ITEM.net] === 'number' && (old[INVOICE_ITEM.net] as number) > 0)
        row[INVOICE_ITEM.tax] =
            Math.round(((old[INVOICE_ITEM.tax] as number) / (old[INVOICE_ITEM.net] as number)) * net * 100) / 100
    return row
}
