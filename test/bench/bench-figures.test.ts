import { checkTargets, stagingWrites, tripsPerStaged } from '../../src/local/bench/bench-report'
import type { SizeFigures } from '../../src/local/bench/bench-report'
import { CountingImportTransform } from '../../src/local/bench/counting-import-transform'
import { CountingStore, REMOVAL_CHECK_MARKS, sumTrips } from '../../src/local/bench/counting-store'
import { IndexedMemoryStore } from '../../src/local/bench/indexed-memory-store'
import { minimumRequests, secondRunCeiling, workloadOf } from '../../src/local/bench/workload'

describe('bench: the theoretical minimum of IFS requests', () => {
    it('counts full data pages per object type, each master-data set once, one token', () => {
        // 100,000 rows: 50,000 invoices and 50,000 orders, 10 pages of 5000 each; suppliers 1
        // page, GL accounts and cost centers 1 page per company (2 companies); the $metadata of
        // each of the 5 services once (the run-start check: invoices, orders, receipts, suppliers,
        // code parts).
        expect(minimumRequests(workloadOf(100_000), null)).toEqual({
            token: 1,
            data: 20,
            masterData: 5,
            metadata: 5,
            total: 31,
        })
        // A short last page still costs a request; an empty set costs one to learn it is empty.
        expect(minimumRequests({ ...workloadOf(1_000), invoices: 5001, orders: 0 }, null).data).toBe(3)
    })

    it('adds full pages of each line set and of the receipts the emulator holds', () => {
        // 100,000 documents: 20 header pages; 225,000 PO lines are 45 pages, 225,001 invoice lines
        // 46 (a short last page), 10 posting rows 1, 0 receipts still 1 (to learn there are none).
        const lines = { purchase_order_line: 225_000, invoice_item: 225_001, invoice_posting: 10, receipt: 0 }
        expect(minimumRequests(workloadOf(100_000), lines)).toMatchObject({ data: 20 + 45 + 46 + 1 + 1, total: 124 })
        // 12,000 receipts: 3 pages.
        expect(minimumRequests(workloadOf(100_000), { ...lines, receipt: 12_000 }).data).toBe(20 + 45 + 46 + 1 + 3)
    })

    it('allows a second run one data request per document type, line set and scanned line set plus master data and the token', () => {
        expect(
            secondRunCeiling(workloadOf(10_000), { types: 2, lineSets: 0, scannedLineSets: 0, sweptTypes: 0 })
        ).toEqual({
            token: 1,
            data: 2,
            masterData: 5,
            metadata: 5,
            total: 13,
        })
        expect(
            secondRunCeiling(workloadOf(10_000), { types: 3, lineSets: 3, scannedLineSets: 2, sweptTypes: 0 })
        ).toMatchObject({
            data: 8,
            total: 19,
        })
    })

    it('allows the removal sweep its key reads: 200 documents per swept type, at least 50 keys a request', () => {
        expect(
            secondRunCeiling(workloadOf(10_000), { types: 3, lineSets: 3, scannedLineSets: 2, sweptTypes: 3 })
        ).toMatchObject({ data: 8 + 3 * 4, total: 19 + 3 * 4 })
    })
})

describe('bench: counting store round trips', () => {
    it('counts one trip per call by phase and table, and rows written', () => {
        const store = new CountingStore(new IndexedMemoryStore())
        store.insert('t', { a: '1' })
        store.phase = 'page'
        store.insertMany('audit', [{ m: 'x' }, { m: 'y' }])
        store.query('t', { where: [{ field: 'a', op: 'IN', value: ['1'] }] })
        const { roundTrips, rowsWritten } = store.snapshot()
        expect(roundTrips.other).toEqual({ t: { insert: 1 } })
        expect(roundTrips.page).toEqual({ audit: { insertMany: 1 }, t: { query: 1 } })
        expect(rowsWritten).toEqual({ t: 1, audit: 2 })
        expect(sumTrips(roundTrips, ['page', 'other'], (t) => t === 't')).toBe(2)
        expect(sumTrips(roundTrips, ['page'], null, ['query'])).toBe(1)
    })

    it("counts the removal sweep's checked-at marks apart from the staged data they sit beside", () => {
        const store = new CountingStore(new IndexedMemoryStore())
        store.insert('k', { a: '1', lines_checked_at: null })
        store.insert('k', { a: '2', lines_checked_at: null })
        store.updateWhere('k', [], { lines_checked_at: '2026-12-03 12:00:00' })
        store.updateWhere('k', [{ field: 'a', op: '=', value: '1' }], { a: '3', lines_checked_at: null })
        expect(store.snapshot().rowsWritten).toEqual({ k: 3, [`k${REMOVAL_CHECK_MARKS}`]: 2 })
    })

    it('divides page trips per staged record by kind', () => {
        const trips = {
            page: {
                proc_po: { insert: 10 },
                x_mlc_ifs_s2p_staging_key: { query: 1, insert: 10, update: 10 },
                'import transform:proc_po': { transform: 1, outcomes: 1 },
            },
            other: { x_mlc_ifs_s2p_audit: { insertMany: 2 } },
        }
        expect(tripsPerStaged(trips, 10, ['proc_po'])).toEqual({
            target: 1,
            keys: 2.1,
            transform: 0.2,
            audit: 0.2,
            total: 3.5,
        })
    })

    it('counts each import-transform call as one round trip of its own kind, in the current phase', () => {
        const store = new CountingStore(new IndexedMemoryStore())
        const row = store.insert('imp', { u_number: 'A', sys_import_state: 'pending' })
        // A fake transform that reads and writes the uncounted store many times: still one trip a call.
        const inner = {
            transform: () => undefined,
            outcomes: (table: string, ids: readonly string[]) =>
                ids.map((id) => ({
                    rowSysId: id,
                    state: 'inserted' as const,
                    message: null,
                    targetTable: table,
                    targetSysId: 'x',
                })),
        }
        const port = new CountingImportTransform(inner, store)
        store.phase = 'page'
        port.transform('imp', [row])
        expect(port.outcomes('imp', [row])).toHaveLength(1)
        const { roundTrips } = store.snapshot()
        expect(roundTrips.page).toEqual({ 'import transform:imp': { transform: 1, outcomes: 1 } })
        expect(roundTrips.other).toEqual({ imp: { insert: 1 } })
        expect(tripsPerStaged(roundTrips, 1, ['imp'])).toMatchObject({ target: 0, transform: 2, total: 2 })
    })

    it('counts staging writes apart from run bookkeeping', () => {
        expect(stagingWrites({ proc_po: 2, x_mlc_ifs_s2p_flag: 1, x_mlc_ifs_s2p_run: 3 }, ['proc_po'])).toBe(3)
    })
})

describe('bench: the in-memory store answers like the Store port', () => {
    it('finds by equality and IN through its indexes, also after an update moves a value', () => {
        const store = new IndexedMemoryStore()
        const a = store.insert('k', { key: 'A', state: 'pending', active: true })
        store.insert('k', { key: 'B', state: 'staged' })
        expect(store.query('k', { where: [{ field: 'key', op: 'IN', value: ['A', 'B'] }] })).toHaveLength(2)
        store.update('k', a, { state: 'staged' })
        expect(store.count('k', [{ field: 'state', op: '=', value: 'staged' }])).toBe(2)
        expect(store.count('k', [{ field: 'state', op: '=', value: 'pending' }])).toBe(0)
        expect(store.query('k', { where: [{ field: 'active', op: '=', value: true }] }).map((r) => r.key)).toEqual([
            'A',
        ])
    })
})

describe('bench: targets', () => {
    const size = (rows: number, over: Partial<SizeFigures> = {}): SizeFigures => ({
        rows,
        requests: {
            made: { token: 1, data: 2, masterData: 5, metadata: 4, total: 12 },
            minimum: { token: 1, data: 2, masterData: 5, metadata: 4, total: 12 },
            ratio: 1,
        },
        tripsPerStaged: { target: 1, keys: 0.8, transform: 0.02, audit: 0.01, total: 1.83 },
        dedupQueriesPerPage: 1,
        coreRowsPerSecond: 1,
        e2eRowsPerSecond: 1,
        peakRssMb: 100,
        retainedHeapMb: 8,
        second: {
            requests: { token: 1, data: 2, masterData: 5, metadata: 4, total: 12 },
            ceiling: { token: 1, data: 2, masterData: 5, metadata: 4, total: 12 },
            stagingWrites: 0,
            bookkeepingWrites: 20,
        },
        coreBaselineRowsPerSecond: null,
        flaggedShare: 1,
        falseFlags: 0,
        staged: 95,
        flagged: 5,
        lineRows: 400,
        postingRows: 400,
        lineRowsStaged: 380,
        receipts: 200,
        receiptsStaged: 200,
        ...over,
    })

    it('passes figures on target and names each miss', () => {
        expect(checkTargets([size(10_000), size(100_000, { peakRssMb: 119 })]).every((c) => c.ok)).toBe(true)
        const missed = checkTargets([
            size(10_000, { requests: { ...size(1).requests, ratio: 1.06 } }),
            size(100_000, {
                peakRssMb: 121,
                dedupQueriesPerPage: 2,
                flaggedShare: 0.99,
                tripsPerStaged: { target: 1, keys: 1, transform: 0.01, audit: 0.01, total: 2.02 },
            }),
        ])
            .filter((c) => !c.ok)
            .map((c) => c.name)
        expect(missed).toEqual([
            '10000 rows: IFS requests <= 1.05 x minimum (headers, line sets and receipts)',
            '100000 rows: <= 2.0 store round trips per staged record (import transform calls included)',
            '100000 rows: one dedup query per page',
            '100000 rows: flagged share 1.0',
            'peak RSS at 100,000 rows within 20% of 10,000',
        ])
    })

    it('names the data sets that made more requests than their minimum', () => {
        const bySet = {
            purchase_order: { made: 2, minimum: 2 },
            purchase_order_line: { made: 7, minimum: 6 },
            receipt: { made: 3, minimum: 1 },
        }
        const checks = checkTargets([size(1_000, { requests: { ...size(1).requests, bySet } })])
        expect(checks[0].detail).toBe('12 made, minimum 12 (x1.000); over: PO lines +1, receipts +2')
        expect(checkTargets([size(1_000)])[0].detail).toBe('12 made, minimum 12 (x1.000)')
    })

    it('fails the second-run target on a single staging write', () => {
        const checks = checkTargets([size(1_000, { second: { ...size(1).second, stagingWrites: 1 } })])
        expect(checks.find((c) => c.name.includes('second run'))?.ok).toBe(false)
    })
})
