import { STAGING_KEY } from '../../../src/tables'
import type { IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import type { Store } from '../../../src/server/ports/store'
import { StagingWorld, invoiceRow, orderRow } from './staging-world'
import { line, withLines } from './lines-fixtures'

jest.mock('../../../src/server/core/staging/map-document', () =>
    jest.requireActual('./lines-fixtures').mapRowWithLines()
)

// Header, lines, key: a run killed anywhere in between leaves what the next run recognises by the
// connector keys the rows hold, so it writes only what is missing — never a doubled line.

const INVOICE_LINES = 'sn_spend_intg_imp_invoice_line'
const PO_ITEMS = 'proc_po_item'

function invoice(n: number, lineCount: number, overrides: Record<string, unknown> = {}): IfsRow {
    const lines = Array.from({ length: lineCount }, (_, i) => line(String(i + 1), { amount: 10 * (i + 1) }))
    return withLines(invoiceRow(n, overrides), lines)
}

/** Dies at the nth record written to `table` (MemoryStore.insertMany writes one by one, as Glide does). */
function dieAt(world: StagingWorld, table: string, nth: number, op: 'insert' | 'update' = 'insert'): void {
    let n = 0
    world.store.beforeWrite = (writeOp, writeTable) => {
        if (writeOp === op && writeTable === table && ++n === nth) throw new Error('node restart')
    }
}

/** Every line row's connector key once, and as many as the documents have lines. */
function expectEachLineOnce(world: StagingWorld, table: string, lines: number): void {
    const refs = world.store.all(table).map((r) => r.u_ml_connector_key)
    expect(new Set(refs).size).toBe(refs.length)
    expect(refs).toHaveLength(lines)
    const keys = new Set(world.keys().map((k) => k.key))
    for (const ref of refs) expect(keys.has(String(ref).split(':')[0])).toBe(true)
}

describe('crash between header and lines (import tables)', () => {
    const page = [invoice(1, 3), invoice(2, 3), invoice(3, 3)]

    it.each([1, 2, 5, 9])('killed at line row %i: the next run completes the lines without doubles', (nth) => {
        const world = new StagingWorld('s2p_import')
        dieAt(world, INVOICE_LINES, nth)
        expect(() => world.runPage('supplier_invoice', page)).toThrow('node restart')
        world.store.beforeWrite = null
        const linesBefore = world.store.all(INVOICE_LINES).length
        expect(linesBefore).toBe(nth - 1)
        expect(world.keys()).toHaveLength(0)

        const before = world.store.writes.length
        expect(world.runPage('supplier_invoice', page)).toMatchObject({ inserted: 3, errors: 0, flagged: 0 })
        const written = world.store.writes.slice(before)
        // Headers recognised (no second header row), only the missing lines inserted.
        expect(written.filter((w) => w.table === 'sn_spend_intg_imp_invoice')).toEqual([])
        expect(written.filter((w) => w.table === INVOICE_LINES)).toHaveLength(9 - linesBefore)
        expect(world.targets('supplier_invoice')).toHaveLength(3)
        expectEachLineOnce(world, INVOICE_LINES, 9)
        expect(world.runPage('supplier_invoice', page)).toMatchObject({ duplicates: 3 })
    })

    it('killed after the lines, before the keys: the next run writes only the keys', () => {
        const world = new StagingWorld('s2p_import')
        dieAt(world, STAGING_KEY.name, 1)
        expect(() => world.runPage('supplier_invoice', page)).toThrow('node restart')
        world.store.beforeWrite = null
        const before = world.store.writes.length
        expect(world.runPage('supplier_invoice', page)).toMatchObject({ inserted: 3 })
        const tables = new Set(world.store.writes.slice(before).map((w) => w.table))
        expect(tables.has(INVOICE_LINES)).toBe(false)
        expectEachLineOnce(world, INVOICE_LINES, 9)
    })

    it('a changed line killed before its key update: the next run recognises the new row', () => {
        const world = new StagingWorld('s2p_import')
        world.runPage('supplier_invoice', [invoice(1, 3)])
        const changed = withLines(invoiceRow(1), [
            line('1', { amount: 10 }),
            line('2', { amount: 99 }),
            line('3', { amount: 30 }),
        ])
        dieAt(world, STAGING_KEY.name, 1, 'update')
        expect(() => world.runPage('supplier_invoice', [changed])).toThrow('node restart')
        world.store.beforeWrite = null
        expect(world.store.all(INVOICE_LINES)).toHaveLength(4)
        expect(world.runPage('supplier_invoice', [changed])).toMatchObject({ updated: 1 })
        expect(world.store.all(INVOICE_LINES)).toHaveLength(4)
        expect(world.runPage('supplier_invoice', [changed])).toMatchObject({ duplicates: 1 })
    })
})

describe('crash between header and lines (legacy proc_po_item)', () => {
    function legacyWorld(): StagingWorld {
        const world = new StagingWorld('legacy_procurement')
        world.store.insert('core_company', { name: 'Acme Ltd' })
        return world
    }
    const order = (lines: number) =>
        withLines(
            orderRow('PO-1'),
            Array.from({ length: lines }, (_, i) => line(String(i + 1)))
        )

    it('a line added to a staged order, killed before the key: written once', () => {
        const world = legacyWorld()
        world.runPage('purchase_order', [order(2)])
        dieAt(world, STAGING_KEY.name, 1, 'update')
        expect(() => world.runPage('purchase_order', [order(3)])).toThrow('node restart')
        world.store.beforeWrite = null
        expect(world.store.all(PO_ITEMS)).toHaveLength(3)
        expect(world.runPage('purchase_order', [order(3)])).toMatchObject({ updated: 1 })
        expectEachLineOnce(world, PO_ITEMS, 3)
    })

    it('killed in the middle of a new order lines: the rest go in, each once, pointing at the one header', () => {
        const world = legacyWorld()
        dieAt(world, PO_ITEMS, 3)
        expect(() => world.runPage('purchase_order', [order(5)])).toThrow('node restart')
        world.store.beforeWrite = null
        expect(world.runPage('purchase_order', [order(5)])).toMatchObject({ inserted: 1 })
        expectEachLineOnce(world, PO_ITEMS, 5)
        const po = world.targets('purchase_order')
        expect(po).toHaveLength(1)
        expect(new Set(world.store.all(PO_ITEMS).map((r) => r.purchase_order))).toEqual(new Set([po[0].sys_id]))
    })
})

/**
 * Store round trips of one call: every method call counts once, reads, writes and batches alike
 * (a store method the fake implements with another, insertMany with insert, counts once).
 */
function roundTrips(store: Store, run: () => void): number {
    const methods = ['get', 'query', 'count', 'insert', 'insertMany', 'update', 'updateWhere'] as const
    const target = store as unknown as Record<string, (...args: unknown[]) => unknown>
    const originals = methods.map((m) => [m, target[m]] as const)
    let depth = 0
    let calls = 0
    for (const [m, original] of originals)
        target[m] = (...args: unknown[]) => {
            if (depth === 0) calls++
            depth++
            try {
                return original.apply(store, args)
            } finally {
                depth--
            }
        }
    try {
        run()
    } finally {
        for (const [m] of originals) delete target[m]
    }
    return calls
}

describe('store round trips with lines', () => {
    const DOCS = 20

    function firstStaging(linesPerDocument: number): { world: StagingWorld; trips: number } {
        const world = new StagingWorld('s2p_import')
        const page = Array.from({ length: DOCS }, (_, i) => invoice(i + 1, linesPerDocument))
        const trips = roundTrips(world.store, () =>
            expect(world.runPage('supplier_invoice', page)).toMatchObject({ inserted: DOCS })
        )
        return { world, trips }
    }

    it('lines cost the same few round trips per page whatever their number, within 2.0 per document', () => {
        const headersOnly = firstStaging(0)
        const fewLines = firstStaging(3)
        // 480 lines: still one look-up query (up to 500 connector keys each).
        const manyLines = firstStaging(24)
        const mostLines = firstStaging(30)
        expect(mostLines.world.store.all(INVOICE_LINES)).toHaveLength(DOCS * 30)
        // One look-up and one insertMany for the page's lines.
        expect(fewLines.trips - headersOnly.trips).toBe(2)
        expect(manyLines.trips).toBe(fewLines.trips)
        // 600 lines: a second look-up query.
        expect(mostLines.trips).toBe(fewLines.trips + 1)
        expect(mostLines.trips / DOCS).toBeLessThanOrEqual(2.0)
    })

    it('a re-stage of one changed line per document stays within 2.0 per document', () => {
        const { world } = firstStaging(5)
        const page = Array.from({ length: DOCS }, (_, i) =>
            withLines(
                invoiceRow(i + 1),
                Array.from({ length: 5 }, (_, j) => line(String(j + 1), { amount: j === 2 ? 77 : 10 * (j + 1) }))
            )
        )
        const trips = roundTrips(world.store, () =>
            expect(world.runPage('supplier_invoice', page)).toMatchObject({ updated: DOCS })
        )
        expect(world.store.all(INVOICE_LINES)).toHaveLength(DOCS * 6)
        expect(trips / DOCS).toBeLessThanOrEqual(2.0)
    })
})
