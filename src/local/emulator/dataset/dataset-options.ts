import type { EmulatedType as ObjectType } from './emulated-types'

export interface DatasetOptions {
    /** Same seed, same rows. */
    seed: number
    /** IFS company ids. Default ['10', '20']. */
    companies?: readonly string[]
    invoices?: number
    orders?: number
    suppliers?: number
    glAccountsPerCompany?: number
    costCentersPerCompany?: number
    /** Share of document rows with exactly one defect (0..1). Default 0.05. */
    badShare?: number
    /**
     * Rows of each document set that share one Objversion (a bulk update in IFS). Default: 70% of
     * the set, at most 5001 — more than one full page at the 5000 ceiling, and more than a page of
     * 1000 from 1430 rows up, so the engine's compound cursor is exercised.
     */
    sharedStampRows?: number
    /**
     * Purchase orders that get a twin: the same order under its number in lower case, with the same
     * stamp (`PO0000001` and `po0000001`, two documents to a binary database, tied by a
     * case-insensitive collation). Default 0; the demo has none.
     */
    keyTwins?: number
    /**
     * Purchase orders that get a trailing-space twin: the same order under its number with a space
     * after it (`PO0000001` and `PO0000001 `, two documents to Oracle's binary comparison, tied by a
     * collation that ignores trailing spaces). Same stamp. Default 0.
     */
    spaceTwins?: number
    /** Objversion of the oldest row. Default 20260101000000. */
    startStamp?: string
    /**
     * Lines per purchase order and per supplier invoice, inclusive, drawn per document from the
     * seed (default 1..30). Lines, receipts and posting rows are made on the first read of a line
     * set, so a dataset nobody reads lines of costs nothing (line-store.ts).
     */
    linesPerDocument?: { min: number; max: number }
    /**
     * Share of documents (0..1) with exactly one bad line: a GL account or cost center the
     * company lacks (on a PO line or an invoice posting row) or a quantity that is not a number.
     * Default 0, so the document manifest's expectations hold for lines too.
     */
    badLineShare?: number
}

export const DATASET_DEFAULTS = {
    companies: ['10', '20'],
    invoices: 1000,
    orders: 500,
    suppliers: 200,
    glAccountsPerCompany: 60,
    costCentersPerCompany: 40,
    badShare: 0.05,
    startStamp: '20260101000000',
} as const

/** Which option holds the number of documents of each type (the emulator's own per-type data). */
export const COUNT_OPTION: Readonly<Record<ObjectType, 'invoices' | 'orders'>> = {
    supplier_invoice: 'invoices',
    purchase_order: 'orders',
}

/** Which types `keyTwins` and `spaceTwins` twin: those keyed by their document number as text (the emulator's own per-type data). */
export const HAS_KEY_TWINS: Readonly<Record<ObjectType, boolean>> = {
    supplier_invoice: false,
    purchase_order: true,
}
