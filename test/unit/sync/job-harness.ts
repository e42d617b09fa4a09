import { runJob } from '../../../src/server/core/sync/run-job'
import type { RunRequest } from '../../../src/server/core/sync/run-job'
import { CONNECTION, RUN, SYNC_STATE } from '../../../src/tables'
import { FakeClock } from '../../fakes/fake-clock'
import { FakeIfs } from '../../fakes/fake-ifs'
import type { FakeRow } from '../../fakes/fake-ifs'
import { fakePorts } from '../../fakes/fake-ports'
import { FakeTokenSource } from '../../fakes/fake-tokens'
import { MemoryStore } from '../../fakes/memory-store'
import { RecordingStager, TEST_TARGET } from '../../fakes/recording-stager'
import { ScriptedHttp } from '../../fakes/scripted-http'
import { withEmulatorMetadata } from '../../support/emulator-metadata'
import type { MetadataOptions } from '../../support/emulator-metadata'
import { ACME_CONNECTION, insertTypeRows } from '../../support/connection-types'
import type { TypeRowChanges } from '../../support/connection-types'

export const PO_SET = 'PurchaseOrderHandling.svc/PurchaseOrderSet'
export const INV_SET = 'ManSuppInvoiceHandling.svc/PostingProposalHeadSet'
export const PO_LINE_SET = 'PurchaseOrderHandling.svc/PurchaseOrderLineNopartSet'

/** Lines 1..n of a purchase order, as the default preset reads them. */
export function poLines(orderNo: unknown, n: number, stamp = '20260115080000'): FakeRow[] {
    return Array.from({ length: n }, (_, i) => ({
        Objversion: stamp,
        OrderNo: orderNo,
        LineNo: String(i + 1),
        ReleaseNo: '1',
        BuyQtyDue: i + 1,
        BuyUnitPrice: 10,
        NetAmtCurr: 10 * (i + 1),
        Objstate: 'Released',
        CodeA: '6100',
        CodeB: 'CC-A',
    }))
}

export function po(i: number, stamp: string, company = '10'): FakeRow {
    return {
        Objversion: stamp,
        OrderNo: `PO${String(i).padStart(4, '0')}`,
        Company: company,
        VendorNo: 'V1',
        NetAmount: i,
        Objstate: 'Released',
    }
}

export function inv(id: number, stamp: string, company = '10'): FakeRow {
    return {
        Objversion: stamp,
        Company: company,
        InvoiceId: id,
        InvoiceNo: `INV-${id}`,
        Identity: 'V1',
        GrossCurrAmount: id,
    }
}

/** Purchase orders 0..n-1, order i modified at second i. */
export function poRows(n: number): FakeRow[] {
    return Array.from({ length: n }, (_, i) => po(i, stamp(i)))
}

/** Supplier invoices 1..n, invoice i+1 modified at second i. */
export function invRows(n: number): FakeRow[] {
    return Array.from({ length: n }, (_, i) => inv(i + 1, stamp(i)))
}

/** `20260115HHMMSS` for second s of the day's 08:00 hour. */
export function stamp(s: number): string {
    const h = 8 + Math.floor(s / 3600)
    const m = Math.floor(s / 60) % 60
    return `20260115${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}${String(s % 60).padStart(2, '0')}`
}

/** A connection 'Acme' with a row per document type (`opts.types` changes them) over a fake IFS. */
export function jobHarness(
    connection: Record<string, string | number | boolean | null> = {},
    opts: {
        maxInlineWaitMs?: number
        latencyMs?: number
        workerId?: string
        /** Serve the emulator's `$metadata` (optionally with a renamed property) and run the run-start check. */
        metadata?: MetadataOptions
        types?: TypeRowChanges
    } = {}
) {
    const clock = new FakeClock()
    const store = new MemoryStore({ nowMs: () => clock.nowMs(), unique: { [TEST_TARGET]: [['doc_key']] } })
    const ifs = new FakeIfs()
    ifs.sets.set(PO_SET, [])
    ifs.sets.set(INV_SET, [])
    const handle = opts.metadata ? withEmulatorMetadata(ifs.handle, opts.metadata) : ifs.handle
    const http = new ScriptedHttp(handle, { clock, latencyMs: opts.latencyMs ?? 0 })
    const tokens = new FakeTokenSource(3600, (t) => ifs.validTokens.add(t))
    const ports = fakePorts({
        http,
        tokens,
        store,
        clock,
        maxInlineWaitMs: opts.maxInlineWaitMs ?? 0,
        workerId: opts.workerId,
    })
    const connectionSysId = store.insert(CONNECTION.name, {
        ...ACME_CONNECTION,
        page_size: 5,
        ...connection,
    })
    insertTypeRows(store, connectionSysId, opts.types)
    const stager = new RecordingStager(store)
    const run = (request: RunRequest = { trigger: 'schedule' }) =>
        // Paging alone unless a test asks for the `$metadata` check (FakeIfs serves none by default).
        runJob(ports, request, stager.factory, {
            random: () => 0.5,
            checkSourceSchema: opts.metadata !== undefined,
        })
    const state = (objectType: string) =>
        store.query(SYNC_STATE.name, { where: [{ field: 'object_type', op: '=', value: objectType }] })[0] ?? null
    const runs = () => store.query(RUN.name, { orderBy: [{ field: 'number' }] })
    const connectionRecord = () => store.get(CONNECTION.name, connectionSysId)!
    /** Data requests (not tokens) for one entity set, decoded. */
    const dataRequests = (set: string) =>
        http.requests
            .filter((r) => r.url.includes(set))
            .map((r) => decodeURIComponent(r.url.slice(r.url.indexOf('?') + 1)))
    return {
        clock,
        store,
        ifs,
        http,
        tokens,
        ports,
        connectionSysId,
        stager,
        run,
        state,
        runs,
        connectionRecord,
        dataRequests,
    }
}
