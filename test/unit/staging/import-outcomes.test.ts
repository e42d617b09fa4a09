import type { ConnectionConfig } from '../../../src/server/core/config/connection-config'
import type { ImportOutcome, ImportTransform } from '../../../src/server/ports/import-transform'
import type { Ports } from '../../../src/server/ports/ports'
import type { StoredRecord } from '../../../src/server/ports/store'
import type { MemoryStore } from '../../fakes/memory-store'
import { INVOICE_PATH, StagingWorld, invoiceRow } from './staging-world'

const IMPORT_TABLE = 'sn_spend_intg_imp_invoice'
const INVOICE_TABLE = 'sn_shop_invoice'

/**
 * A transform map as a test writes it: a row whose supplier the "instance" does not know is
 * refused with the platform's words; any other row is coalesced on its invoice number onto a
 * record of sn_shop_invoice (inserted, or updated when one exists). Rows already transformed stay.
 */
class FakeTransform implements ImportTransform {
    readonly knownSuppliers = new Set(['S1'])
    readonly calls: { op: 'transform' | 'outcomes'; rows: number }[] = []
    failWith: Error | null = null
    /** Rows the platform's import-set clean-up deleted: no longer there to read. */
    readonly deleted = new Set<string>()

    constructor(private readonly store: MemoryStore) {}

    transform(importTable: string, rowSysIds: readonly string[]): void {
        this.calls.push({ op: 'transform', rows: rowSysIds.length })
        if (this.failWith) throw this.failWith
        for (const row of this.store.all(importTable)) {
            if (!rowSysIds.includes(row.sys_id) || (row.sys_import_state ?? 'pending') !== 'pending') continue
            this.transformRow(importTable, row)
        }
    }

    /** What the platform's scheduled transform would do with every pending row. */
    transformPending(importTable: string): void {
        const ids = this.store.all(importTable).map((r) => r.sys_id)
        this.transform(importTable, ids)
        this.calls.length = 0
    }

    private transformRow(importTable: string, row: StoredRecord): void {
        const supplier = row.u_supplier ?? ''
        if (!this.knownSuppliers.has(supplier)) {
            this.store.update(importTable, row.sys_id, {
                sys_import_state: 'error',
                sys_import_state_comment: `Supplier ${supplier} is not a supplier of legal entity 10`,
            })
            return
        }
        const number = row.u_external_invoice_number
        const existing = this.store.all(INVOICE_TABLE).find((r) => r.number === number)
        const target = existing
            ? (this.store.update(INVOICE_TABLE, existing.sys_id, { number }), existing.sys_id)
            : this.store.insert(INVOICE_TABLE, { number })
        this.store.update(importTable, row.sys_id, {
            sys_import_state: existing ? 'updated' : 'inserted',
            sys_target_table: INVOICE_TABLE,
            sys_target_sys_id: target,
        })
    }

    outcomes(importTable: string, rowSysIds: readonly string[]): ImportOutcome[] {
        this.calls.push({ op: 'outcomes', rows: rowSysIds.length })
        return this.store
            .all(importTable)
            .filter((r) => rowSysIds.includes(r.sys_id) && !this.deleted.has(r.sys_id))
            .map((r) => ({
                rowSysId: r.sys_id,
                state: (r.sys_import_state ?? 'pending') as ImportOutcome['state'],
                message: r.sys_import_state_comment,
                targetTable: r.sys_target_table,
                targetSysId: r.sys_target_sys_id,
            }))
    }
}

class TransformWorld extends StagingWorld {
    readonly transform = new FakeTransform(this.store)

    constructor(mode: 'run_now' | 'platform_schedule' = 'run_now') {
        super('s2p_import')
        this.connection = { ...this.connection, transformMode: mode } as ConnectionConfig
    }

    override ports(): Ports {
        return { ...super.ports(), importTransform: this.transform }
    }

    importRows(): StoredRecord[] {
        return this.store.all(IMPORT_TABLE)
    }

    keyOf(number: string): StoredRecord {
        return this.keys().find((k) => k.document_number === number)!
    }
}

describe('import outcomes read back (run_now)', () => {
    it('runs the transform once per page, counts outcomes, flags a refused row with the platform message', () => {
        const world = new TransformWorld()
        const page = [invoiceRow(1), invoiceRow(2, { Identity: 'S2' }), invoiceRow(3)]
        const outcome = world.runPage('supplier_invoice', page)

        expect(outcome).toMatchObject({ inserted: 2, updated: 0, rejected: 1, flagged: 1, errors: 0 })
        // One transform and one outcome read for the whole page, over the three rows it wrote.
        expect(world.transform.calls).toEqual([
            { op: 'transform', rows: 3 },
            { op: 'outcomes', rows: 3 },
        ])
        const flags = world.flags('open')
        expect(flags).toHaveLength(1)
        expect(flags[0]).toMatchObject({ reason: 'transform_rejected', document_number: 'INV-2' })
        expect(flags[0].message).toContain('Supplier S2 is not a supplier of legal entity 10')
        expect(flags[0].message).toContain('Invoice INV-2')

        const invoices = world.store.all(INVOICE_TABLE)
        expect(invoices.map((i) => i.number).sort()).toEqual(['INV-1', 'INV-3'])
        const first = world.keyOf('INV-1')
        expect(first).toMatchObject({ transform_state: 'inserted', produced_table: INVOICE_TABLE })
        expect(first.produced_sys_id).toBe(invoices.find((i) => i.number === 'INV-1')!.sys_id)
        expect(world.keyOf('INV-2')).toMatchObject({ transform_state: 'error', produced_sys_id: null })
    })

    it('writes the outcome into the page keys: no extra key write per document', () => {
        const world = new TransformWorld()
        const before = world.store.writes.length
        world.runPage('supplier_invoice', [invoiceRow(1), invoiceRow(2)])
        const keyWrites = world.store.writes.slice(before).filter((w) => w.table === 'x_mlc_ifs_s2p_staging_key')
        expect(keyWrites.map((w) => w.op)).toEqual(['insert', 'insert'])
        expect(keyWrites.every((w) => w.values.transform_state === 'inserted')).toBe(true)
    })

    it('a page read again leaves a refused document flagged, writes no new import row', () => {
        const world = new TransformWorld()
        const page = [invoiceRow(1), invoiceRow(2, { Identity: 'S2' })]
        world.runPage('supplier_invoice', page)
        const rows = world.importRows().length
        const again = world.runPage('supplier_invoice', page)
        expect(again).toMatchObject({ inserted: 0, updated: 0, rejected: 0, flagged: 0 })
        expect(world.importRows()).toHaveLength(rows)
        expect(world.flags('open')).toHaveLength(1)
    })

    it('a refused document is submitted again when its flag is retried after the fix in ServiceNow', () => {
        const world = new TransformWorld()
        const refused = invoiceRow(2, { Identity: 'S2' })
        world.runPage('supplier_invoice', [refused])
        const flag = world.flags('open')[0]
        const firstRow = world.importRows()[0]

        // The AP user has the supplier created in ServiceNow, then presses Retry on the flag.
        world.transform.knownSuppliers.add('S2')
        world.ifs.set(INVOICE_PATH, [refused])
        const retry = world.stager().stager.retryOpenFlags('supplier_invoice', [flag.sys_id])

        expect(retry).toMatchObject({ retried: 1, resolved: 1 })
        expect(world.flags('open')).toHaveLength(0)
        const rows = world.importRows()
        expect(rows).toHaveLength(2)
        // The refused row is history: left as the platform marked it.
        expect(rows.find((r) => r.sys_id === firstRow.sys_id)).toMatchObject({ sys_import_state: 'error' })
        const key = world.keyOf('INV-2')
        expect(key.target_sys_id).not.toBe(firstRow.sys_id)
        expect(key).toMatchObject({ transform_state: 'inserted', produced_table: INVOICE_TABLE })
    })

    it('an unchanged refused document is not submitted again by the routine re-check of flags', () => {
        const world = new TransformWorld()
        world.runPage('supplier_invoice', [invoiceRow(2, { Identity: 'S2' })])
        world.ifs.set(INVOICE_PATH, [invoiceRow(2, { Identity: 'S2' })])
        // A run soon after: the flag's row passes the connector's own checks, but the platform refused it.
        world.stager().stager.retryOpenFlags('supplier_invoice', undefined, { skipStillFailing: true })
        expect(world.importRows()).toHaveLength(1)
    })

    it('a document changed after its row was transformed gets a new import row, coalesced onto the same record', () => {
        const world = new TransformWorld()
        world.runPage('supplier_invoice', [invoiceRow(1)])
        const [firstRow] = world.importRows()
        const produced = world.keyOf('INV-1').produced_sys_id

        const changed = world.runPage('supplier_invoice', [invoiceRow(1, { GrossCurrAmount: 150, NetCurrAmount: 125 })])
        expect(changed).toMatchObject({ updated: 1, flagged: 0, rejected: 0 })
        const rows = world.importRows()
        expect(rows).toHaveLength(2)
        // The transformed row was not edited.
        expect(world.store.get(IMPORT_TABLE, firstRow.sys_id)).toEqual(firstRow)
        expect(world.store.all(INVOICE_TABLE)).toHaveLength(1)
        expect(world.keyOf('INV-1')).toMatchObject({ transform_state: 'updated', produced_sys_id: produced })
    })

    it('a document changed after its import rows were cleaned up goes in as a new row', () => {
        const world = new TransformWorld()
        world.runPage('supplier_invoice', [invoiceRow(1)])
        const produced = world.keyOf('INV-1').produced_sys_id
        // The platform's import-set clean-up: the row is gone, the invoice it produced stays.
        const [row] = world.importRows()
        world.store.update(IMPORT_TABLE, row.sys_id, {
            u_third_party_import_id: null,
            u_external_invoice_number: 'gone',
        })
        const changed = world.runPage('supplier_invoice', [invoiceRow(1, { GrossCurrAmount: 150, NetCurrAmount: 125 })])
        expect(changed).toMatchObject({ updated: 1, flagged: 0 })
        // The transform map coalesces the new row onto the invoice the first one produced.
        expect(world.importRows()).toHaveLength(2)
        expect(world.keyOf('INV-1')).toMatchObject({ transform_state: 'updated', produced_sys_id: produced })
        expect(world.store.all(INVOICE_TABLE)).toHaveLength(1)
    })

    it('a failed transform loses nothing: the rows stay pending and the next run settles them', () => {
        const world = new TransformWorld()
        world.transform.failWith = new Error('transform map script error')
        const first = world.runPage('supplier_invoice', [invoiceRow(1), invoiceRow(2, { Identity: 'S2' })])
        expect(first).toMatchObject({ inserted: 2, rejected: 0, errors: 0 })
        expect(world.keys().map((k) => k.transform_state)).toEqual(['pending', 'pending'])
        expect(world.audits('error').map((a) => a.message)).toEqual([
            expect.stringContaining('transform map script error'),
        ])

        world.transform.failWith = null
        const settled = world.stager().stager.settlePendingOutcomes!('supplier_invoice')
        expect(settled).toEqual({ rejected: 1, flagged: 1 })
        expect(world.keyOf('INV-1')).toMatchObject({ transform_state: 'inserted', produced_table: INVOICE_TABLE })
        expect(world.flags('open')[0].message).toContain('Supplier S2 is not a supplier of legal entity 10')
    })
})

describe('import outcomes read back (platform_schedule)', () => {
    it('leaves rows pending, then reads the outcomes of earlier rows at the next run', () => {
        const world = new TransformWorld('platform_schedule')
        const first = world.runPage('supplier_invoice', [invoiceRow(1), invoiceRow(2, { Identity: 'S2' })])
        expect(first).toMatchObject({ inserted: 2, rejected: 0, flagged: 0 })
        expect(world.transform.calls).toEqual([])
        expect(world.keys().every((k) => k.transform_state === 'pending')).toBe(true)

        // The platform's scheduled transform runs between two syncs.
        world.transform.transformPending(IMPORT_TABLE)
        const settled = world.stager().stager.settlePendingOutcomes!('supplier_invoice')
        expect(settled).toEqual({ rejected: 1, flagged: 1 })
        // No transform from the connector in this mode: one read of the outcomes.
        expect(world.transform.calls).toEqual([{ op: 'outcomes', rows: 2 }])
        const flag = world.flags('open')[0]
        expect(flag).toMatchObject({ reason: 'transform_rejected', document_number: 'INV-2' })
        expect(JSON.parse(flag.source_key!)).toEqual({ Company: '10', InvoiceId: 2 })
        expect(world.keyOf('INV-1')).toMatchObject({ transform_state: 'inserted' })

        // Settled keys are not read again.
        world.transform.calls.length = 0
        expect(world.stager().stager.settlePendingOutcomes!('supplier_invoice')).toEqual({ rejected: 0, flagged: 0 })
        expect(world.transform.calls).toEqual([])
    })

    it('stops waiting for a row deleted before its outcome was read, and says so', () => {
        const world = new TransformWorld('platform_schedule')
        world.runPage('supplier_invoice', [invoiceRow(1), invoiceRow(3)])
        const [gone] = world.importRows()
        world.transform.deleted.add(gone.sys_id)
        const { stager, audit } = world.stager()
        expect(stager.settlePendingOutcomes!('supplier_invoice')).toEqual({ rejected: 0, flagged: 0 })
        audit.flush()
        const key = world.keys().find((k) => k.target_sys_id === gone.sys_id)!
        expect(key.transform_state).toBeNull()
        expect(world.keys().filter((k) => k.transform_state === 'pending')).toHaveLength(1)
        expect(world.audits('error').map((a) => a.message)).toEqual([expect.stringContaining('were deleted before')])
    })
})

describe('a refused document keeps its flag whatever write a run dies at (row by row, as on the instance)', () => {
    const FLAG_TABLE = 'x_mlc_ifs_s2p_flag'
    const KEY_TABLE = 'x_mlc_ifs_s2p_staging_key'
    const AUDIT_TABLE = 'x_mlc_ifs_s2p_audit'

    /** One run as the job makes it: flags re-checked, pending outcomes read, then the page. */
    function jobRun(world: TransformWorld, page: readonly ReturnType<typeof invoiceRow>[]): void {
        world.ifs.set(INVOICE_PATH, [...page])
        const { stager, audit, runSysId } = world.stager()
        stager.retryOpenFlags('supplier_invoice', undefined, { skipStillFailing: true })
        stager.settlePendingOutcomes!('supplier_invoice')
        const connection = world.connection
        const targetTable = world.targetTable('supplier_invoice')
        stager.acceptPage({ connection, objectType: 'supplier_invoice', targetTable, runSysId, rows: page })
        if (world.store.beforeWrite === null) audit.flush()
    }

    /**
     * A refused new document, or a staged one changed after its supplier was closed in ServiceNow
     * (the transform refuses the new row: a key update).
     */
    const scenarios = [
        {
            name: 'new document',
            before: [] as ReturnType<typeof invoiceRow>[],
            page: [invoiceRow(2, { Identity: 'S2' })],
        },
        { name: 'changed document', before: [invoiceRow(2)], page: [invoiceRow(2, { GrossCurrAmount: 150 })] },
    ]

    /** The world as the page finds it: the earlier version staged, S1 closed since. */
    function worldBefore(scenario: (typeof scenarios)[number]): TransformWorld {
        const world = new TransformWorld()
        if (scenario.before.length > 0) jobRun(world, scenario.before)
        world.transform.knownSuppliers.delete('S1')
        return world
    }

    /** The page's store writes (audit rows are flushed after the run). */
    function writesOfPage(scenario: (typeof scenarios)[number]): { table: string; values: Record<string, unknown> }[] {
        const world = worldBefore(scenario)
        const before = world.store.writes.length
        jobRun(world, scenario.page)
        return world.store.writes.slice(before).filter((w) => w.table !== AUDIT_TABLE)
    }

    it.each(scenarios)('$name: the flag is written before the key says error', (scenario) => {
        const writes = writesOfPage(scenario)
        const flagAt = writes.findIndex((w) => w.table === FLAG_TABLE)
        const errorAt = writes.findIndex((w) => w.table === KEY_TABLE && w.values.transform_state === 'error')
        expect(flagAt).toBeGreaterThanOrEqual(0)
        expect(errorAt).toBeGreaterThan(flagAt)
    })

    it.each(scenarios)(
        '$name: a crash before any write of the page, then a re-run: one flag, key error',
        (scenario) => {
            const count = writesOfPage(scenario).length
            expect(count).toBeGreaterThan(3)
            for (let crashAt = 1; crashAt <= count; crashAt++) {
                const world = worldBefore(scenario)
                let n = 0
                // Dead from that write on: nothing after it is written, even where an error is caught.
                world.store.beforeWrite = () => {
                    if (++n >= crashAt) throw new Error(`crash at write ${crashAt}`)
                }
                try {
                    jobRun(world, scenario.page)
                } catch (e) {
                    expect(String(e)).toContain(`crash at write ${crashAt}`)
                }
                expect(n).toBeGreaterThanOrEqual(crashAt)
                world.store.beforeWrite = null
                // The cursor was not committed: the next run reads the same page; a third finds nothing new.
                jobRun(world, scenario.page)
                jobRun(world, scenario.page)
                const flags = world.flags().filter((f) => f.document_number === 'INV-2')
                expect({ crashAt, flags: flags.map((f) => [f.state, f.reason]) }).toEqual({
                    crashAt,
                    flags: [['open', 'transform_rejected']],
                })
                expect({ crashAt, state: world.keyOf('INV-2').transform_state }).toEqual({ crashAt, state: 'error' })
                expect(world.keys()).toHaveLength(1)
            }
        }
    )
})
