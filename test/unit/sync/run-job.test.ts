import { AUDIT, CONNECTION, FLAG, RUN, SYNC_STATE } from '../../../src/tables'
import { toGlideDateTime } from '../../../src/server/core/domain/glide-time'
import { docKey, RecordingStager } from '../../fakes/recording-stager'
import { jsonResponse, textResponse } from '../../fakes/scripted-http'
import type { ScriptedHttp } from '../../fakes/scripted-http'
import { INV_SET, inv, jobHarness, po, PO_SET, stamp, poRows, invRows, PO_LINE_SET, poLines } from './job-harness'
import { INVOICES_ONLY, ORDER_HEADERS_ONLY, ORDERS_ONLY, insertTypeRows } from '../../support/connection-types'
import { lineRowsOf } from '../../../src/server/core/lines/document-line-rows'
import { beforeEachRequest } from '../../support/before-each-request'

/** Purchase orders only, IFS answering the first data page with `answer`. */
function runOnePage(answer: Parameters<ScriptedHttp['enqueue']>[0]) {
    const h = jobHarness({}, { types: ORDERS_ONLY })
    h.http.enqueue(answer)
    return { h, r: h.run().connections[0] }
}

/** The object type failed for `reason` with `staged` pages handed on and the cursor never committed. */
function expectStoppedUncommitted({ h, r }: ReturnType<typeof runOnePage>, reason: string, staged: number) {
    expect(r.status).toBe('failed')
    expect(r.message).toContain(reason)
    expect(h.stager.pages).toHaveLength(staged)
    expect(h.state('purchase_order')!.cursor_modified).toBeNull()
}

const SELECT_PO =
    'Objversion,OrderNo,Company,VendorNo,OrderDate,DateEntered,WantedReceiptDate,CurrencyCode,NetAmount,TaxAmount,GrossAmount,CodeA,CodeB,Objstate'

describe('runJob: paging and the cursor', () => {
    it('reads every page in IFS order to the end, commits the cursor per page and records the run', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        const rows = poRows(12)
        h.ifs.sets.set(PO_SET, rows.slice().reverse())
        h.ifs.sets.set(
            PO_LINE_SET,
            rows.flatMap((r, i) => poLines(r.OrderNo, (i % 2) + 1))
        )
        const report = h.run()

        expect(h.stager.handedKeys()).toEqual(rows.map((r) => docKey('purchase_order', r)))
        expect(h.stager.pages.map((p) => p.rows.length)).toEqual([5, 5, 2])
        // Lines are read by default: each document reaches staging with its own. The first page's
        // line read runs on past its orders and holds the second page's lines (line-stream.ts); the
        // last page's two orders are read by key.
        const handed = h.stager.pages.flatMap((p) => p.rows)
        expect(handed.map((r) => lineRowsOf(r)?.lines.length)).toEqual(rows.map((_, i) => (i % 2) + 1))
        expect(h.dataRequests(PO_LINE_SET)).toHaveLength(2)
        expect(h.stager.retries).toEqual(['purchase_order'])
        expect(h.dataRequests(PO_SET)).toEqual([
            `$filter=Company in ('10')&$select=${SELECT_PO}&$orderby=Objversion asc,OrderNo asc`,
            `$filter=Company in ('10') and (Objversion gt '${stamp(4)}' or (Objversion eq '${stamp(4)}' and OrderNo gt 'PO0004'))&$select=${SELECT_PO}&$orderby=Objversion asc,OrderNo asc`,
            `$filter=Company in ('10') and (Objversion gt '${stamp(9)}' or (Objversion eq '${stamp(9)}' and OrderNo gt 'PO0009'))&$select=${SELECT_PO}&$orderby=Objversion asc,OrderNo asc`,
        ])
        for (const r of h.http.requests.filter((x) => x.url.includes(PO_SET)))
            expect(r.headers.Prefer).toBe('odata.maxpagesize=5')

        const state = h.state('purchase_order')!
        expect(state.cursor_modified).toBe(stamp(11))
        expect(state.cursor_key).toBe('["PO0011"]')
        expect(state.last_success_at).toBe(toGlideDateTime(h.clock.nowMs()))

        const c = report.connections[0]
        expect(c).toMatchObject({
            connectionName: 'Acme',
            status: 'succeeded',
            read: 12,
            inserted: 12,
            duplicates: 0,
            errors: 0,
            ifsRequests: 6, // a token, 3 header pages, 2 line reads
            throttles: 0,
            deferredUntilMs: null,
        })
        const run = h.store.get(RUN.name, c.runSysId!)!
        expect(run).toMatchObject({
            status: 'succeeded',
            read_count: '12',
            inserted_count: '12',
            ifs_requests: '6',
            trigger: 'schedule',
        })
        expect(run.cursor_before).toBe('purchase_order=(start)')
        expect(run.cursor_after).toBe(`purchase_order=${stamp(11)} ["PO0011"]`)
        const conn = h.connectionRecord()
        expect(conn).toMatchObject({
            last_run: c.runSysId,
            last_outcome: 'succeeded',
            last_error: null,
            lease_owner: null,
        })
        const ops = h.store.query(AUDIT.name, {}).map((a) => a.operation)
        expect(ops.filter((o) => o === 'cursor_commit')).toHaveLength(3)
        expect(ops[0]).toBe('run_start')
        expect(ops[ops.length - 1]).toBe('run_end')
    })

    it('a full last page without a nextLink is the end: no extra request', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        h.ifs.sets.set(PO_SET, poRows(10))
        h.run()
        expect(h.dataRequests(PO_SET)).toHaveLength(2)
        expect(h.stager.handedKeys()).toHaveLength(10)
    })

    it('a page with a nextLink is continued by a keyset query, not by following the link', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        h.ifs.sets.set(PO_SET, poRows(7))
        h.run()
        const urls = h.http.requests.map((r) => r.url)
        expect(urls.some((u) => u.includes('$skip'))).toBe(false)
        expect(h.ifs.served[0].rows).toBe(5)
        expect(h.stager.handedKeys()).toHaveLength(7)
    })

    it('ties larger than a page: rows sharing one stamp are all handed on exactly once, in key order', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        const same = stamp(100)
        const rows = [po(0, stamp(1)), ...Array.from({ length: 13 }, (_, i) => po(i + 1, same)), po(99, stamp(200))]
        h.ifs.sets.set(PO_SET, rows)
        h.run()
        expect(h.stager.handedKeys()).toEqual(rows.map((r) => docKey('purchase_order', r)))
        expect(h.dataRequests(PO_SET)[2]).toContain(
            `(Objversion gt '${same}' or (Objversion eq '${same}' and OrderNo gt 'PO0009'))`
        )
        expect(h.state('purchase_order')!.cursor_key).toBe('["PO0099"]')
    })

    it('ties across two key fields (supplier invoices: Company, then numeric InvoiceId)', () => {
        const h = jobHarness({ companies: '10,20' }, { types: INVOICES_ONLY })
        const same = stamp(5)
        const rows = [
            ...Array.from({ length: 6 }, (_, i) => inv(i + 1, same, '10')),
            ...[2, 10, 100].map((id) => inv(id, same, '20')),
            inv(1, stamp(6), '10'),
        ]
        h.ifs.sets.set(INV_SET, rows.slice().reverse())
        h.run()
        expect(h.stager.handedKeys('supplier_invoice')).toEqual(rows.map((r) => docKey('supplier_invoice', r)))
        expect(h.state('supplier_invoice')!.cursor_key).toBe('["10",1]')
    })

    it('the next run reads only rows after the cursor (new and modified ones)', () => {
        // No lookback window: exactly the rows after the cursor (test/unit/sync/lookback.test.ts has the window).
        const h = jobHarness({ lookback_seconds: 0 }, { types: ORDERS_ONLY })
        const rows = poRows(4)
        h.ifs.sets.set(PO_SET, rows)
        h.run()
        rows[1].Objversion = stamp(50)
        rows.push(po(7, stamp(40)))
        h.clock.advance(15 * 60_000)
        const second = h.run().connections[0]
        expect(second.read).toBe(2)
        expect(h.stager.pages.slice(1).flatMap((p) => p.rows.map((r) => r.OrderNo))).toEqual(['PO0007', 'PO0001'])
    })

    it('a row modified while paging moves behind the cursor and is still read (keyset paging, no skip gaps)', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        const rows = poRows(12)
        h.ifs.sets.set(PO_SET, rows)
        h.ifs.onRequest = (n) => {
            if (n === 1) rows[2].Objversion = stamp(500) // already read; and
            if (n === 1) rows[7].Objversion = stamp(600) // not yet read: moves to the end
        }
        h.run()
        const handed = h.stager.handedKeys()
        for (const r of rows) expect(handed).toContain(docKey('purchase_order', r))
        expect(handed.slice(-2)).toEqual([docKey('purchase_order', rows[2]), docKey('purchase_order', rows[7])])
    })

    it('overlap window re-reads recent rows from an earlier stamp, deduped by staging, without moving the cursor back', () => {
        const h = jobHarness({ overlap_seconds: 3, lookback_seconds: 0 }, { types: ORDERS_ONLY })
        const rows = Array.from({ length: 6 }, (_, i) => po(i, stamp(i * 2)))
        h.ifs.sets.set(PO_SET, rows)
        h.run()
        h.clock.advance(60_000)
        const second = h.run().connections[0]
        expect(h.dataRequests(PO_SET).slice(-1)[0]).toContain(`Objversion ge '${stamp(7)}'`)
        expect(second.duplicates).toBe(2) // stamps 8 and 10 lie in the 3 s window before the cursor at 10
        expect(second.inserted).toBe(0)
        expect(h.state('purchase_order')!.cursor_modified).toBe(stamp(10))
    })

    it('dry run reads and hands on, but never moves the cursor', () => {
        const h = jobHarness({ dry_run: true }, { types: ORDERS_ONLY })
        h.ifs.sets.set(PO_SET, poRows(7))
        const r = h.run().connections[0]
        expect(r.read).toBe(7)
        expect(h.state('purchase_order')!.cursor_modified).toBeNull()
    })

    it('a page with rows out of order fails the object type without committing past it', () => {
        const run = runOnePage(() => jsonResponse(200, { value: [po(1, stamp(5)), po(2, stamp(3))] }))
        expectStoppedUncommitted(run, 'out of order', 0)
    })
})

describe('runJob: rows without a stamp or key', () => {
    it('are handed to staging (which flags them) without steering the cursor; the rest of the page commits', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        const noStamp = { ...po(2, stamp(2)), Objversion: null }
        const noKey = { ...po(3, stamp(3)), OrderNo: '' }
        h.http.enqueue(() => jsonResponse(200, { value: [noStamp, po(1, stamp(1)), noKey, po(4, stamp(4))] }))
        const r = h.run().connections[0]
        expect(r.status).toBe('succeeded')
        expect(h.stager.pages).toHaveLength(1)
        expect(h.stager.pages[0].rows).toHaveLength(4)
        expect(h.state('purchase_order')!.cursor_modified).toBe(stamp(4))
    })

    it('at the end of the data, a page of nothing else is handed on and the partition is up to date', () => {
        for (const bad of [{ Objversion: '' }, { OrderNo: '' }, { OrderNo: 'x'.repeat(201) }, { Objversion: 'a\nb' }]) {
            const { h, r } = runOnePage(() => jsonResponse(200, { value: [{ ...po(1, stamp(1)), ...bad }] }))
            expect(r.status).toBe('succeeded')
            expect(h.stager.pages).toHaveLength(1)
            expect(h.state('purchase_order')!.cursor_modified).toBeNull()
        }
    })

    it('a full page of nothing else, with more to come, stops the object type with the reason', () => {
        const run = runOnePage((req) =>
            jsonResponse(200, { value: [{ ...po(1, stamp(1)), Objversion: '' }], '@odata.nextLink': req.url + '&x=1' })
        )
        expectStoppedUncommitted(run, 'without a usable modification stamp or key', 1)
    })
})

describe('runJob: what IFS paging can do wrong', () => {
    it('a nextLink that points back at the page just read: the page is staged, then the object type stops', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        h.ifs.sets.set(PO_SET, poRows(8))
        h.http.enqueue((req) => {
            const body = JSON.parse((h.ifs.handle(req) as { body: string }).body)
            return jsonResponse(200, { ...body, '@odata.nextLink': req.url })
        })
        const r = h.run().connections[0]
        expect(r.status).toBe('failed')
        expect(r.message).toContain('nextLink repeats')
        expect(h.stager.handedKeys()).toHaveLength(5)
        expect(h.state('purchase_order')!.cursor_key).toBe('["PO0004"]')
        expect(h.dataRequests(PO_SET)).toHaveLength(1)
    })

    it('a nextLink to another host is refused and never requested', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        h.ifs.sets.set(PO_SET, poRows(3))
        h.http.enqueue((req) => {
            const body = JSON.parse((h.ifs.handle(req) as { body: string }).body)
            return jsonResponse(200, { ...body, '@odata.nextLink': 'https://collector.example.com/x' })
        })
        const r = h.run().connections[0]
        expect(r.status).toBe('failed')
        expect(r.message).toContain('leaves the tenant')
        expect(h.http.requests.every((q) => q.url.startsWith('https://acme.ifs.cloud/'))).toBe(true)
    })

    it('a server that caps pages below the asked size (with a nextLink) is read on by keyset to the end', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        h.ifs.serverPageSize = 2
        const rows = poRows(7)
        h.ifs.sets.set(PO_SET, rows)
        h.run()
        expect(h.stager.handedKeys()).toEqual(rows.map((r) => docKey('purchase_order', r)))
        expect(h.stager.pages.map((p) => p.rows.length)).toEqual([2, 2, 2, 1])
    })

    it('rows IFS sends again (at or before the read position) are skipped, not handed on twice', () => {
        const h = jobHarness({}, { types: ORDER_HEADERS_ONLY })
        const rows = poRows(8)
        h.ifs.sets.set(PO_SET, rows)
        h.ifs.onRequest = (n) => {
            if (n === 0) {
                // The second page starts with the last row of the first one, then a row twice.
                h.http.enqueue(() => jsonResponse(200, { value: [rows[4], rows[5], rows[5], rows[6], rows[7]] }))
            }
        }
        const r = h.run().connections[0]
        expect(r.status).toBe('succeeded')
        expect(h.stager.handedKeys()).toEqual(rows.map((x) => docKey('purchase_order', x)))
        expect(r.duplicates).toBe(2)
    })
})

describe('runJob: failures', () => {
    it('a failing object type (404) does not stop the others; the message has status, path and IFS text', () => {
        const h = jobHarness()
        h.ifs.sets.delete(INV_SET)
        h.ifs.sets.set(PO_SET, [po(1, stamp(1))])
        const r = h.run().connections[0]
        expect(r.status).toBe('partial')
        expect(r.message).toContain(
            'supplier_invoice: IFS answered HTTP 404 for /main/ifsapplications/projection/v1/ManSuppInvoiceHandling.svc/PostingProposalHeadSet'
        )
        expect(r.message).toContain('Entity set ManSuppInvoiceHandling.svc/PostingProposalHeadSet does not exist')
        expect(r.message).not.toContain('$filter')
        expect(h.stager.handedKeys('purchase_order')).toHaveLength(1)
        expect(h.state('supplier_invoice')).toMatchObject({ consecutive_failures: '1' })
        expect(h.connectionRecord()).toMatchObject({ last_outcome: 'partial' })
        expect(h.connectionRecord().last_error).toContain('404')
    })

    it('a page that stays malformed stops that object type; the cursor stays at the last good page', () => {
        const h = jobHarness({ lookback_seconds: 0 }, { types: ORDER_HEADERS_ONLY, maxInlineWaitMs: 60_000 })
        h.ifs.sets.set(PO_SET, poRows(8))
        h.ifs.onRequest = (n) => {
            // After the first page is served, every later answer is truncated.
            if (n === 0) h.http.enqueue(...Array.from({ length: 5 }, () => textResponse(200, '{"value": [ {"trunc')))
        }
        const r = h.run().connections[0]
        expect(r.status).toBe('failed')
        expect(r.message).toContain('malformed')
        expect(h.stager.handedKeys()).toHaveLength(5)
        expect(h.state('purchase_order')!.cursor_key).toBe('["PO0004"]')
        // Next run resumes exactly after the last good page.
        h.clock.advance(60_000)
        h.run()
        expect(h.stager.handedKeys()).toHaveLength(8)
        expect(h.state('purchase_order')!.cursor_key).toBe('["PO0007"]')
    })

    it('credentials rejected ends the whole connection, with no secret in any message', () => {
        const h = jobHarness()
        h.http.enqueue(jsonResponse(401, { error: { message: 'invalid token' } }), jsonResponse(401, ''))
        const r = h.run().connections[0]
        expect(r.status).toBe('failed')
        expect(r.message).toContain('credentials rejected')
        expect(r.message).toContain('purchase_order: not run')
        const everything = JSON.stringify(h.store.query(AUDIT.name, {})) + JSON.stringify(h.runs()) + r.message
        for (const t of h.tokens.granted) expect(everything).not.toContain(t)
        expect(h.dataRequests(PO_SET)).toHaveLength(0)
    })

    it('rows the stager could not stage hold the cursor before their page', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        h.ifs.sets.set(PO_SET, poRows(8))
        h.stager.rowHook = (row) => (row.OrderNo === 'PO0006' ? 'error' : undefined)
        const r = h.run().connections[0]
        expect(r.status).toBe('failed')
        expect(r.errors).toBe(1)
        expect(h.state('purchase_order')!.cursor_key).toBe('["PO0004"]')
    })

    it('an invalid connection is refused before any request, naming the field', () => {
        const h = jobHarness({ page_size: 0, tenant_url: 'https://10.0.0.5' })
        const r = h.run().connections[0]
        expect(r.status).toBe('failed')
        expect(r.message).toContain('page_size')
        expect(r.message).toContain('tenant_url')
        expect(h.http.requests).toHaveLength(0)
        expect(h.tokens.calls).toBe(0)
        expect(h.runs()[0]).toMatchObject({ status: 'failed' })
    })

    it('a damaged stored cursor fails that object type only', () => {
        const h = jobHarness()
        h.store.insert(SYNC_STATE.name, {
            connection: h.connectionSysId,
            object_type: 'purchase_order',
            cursor_modified: '1',
            cursor_key: 'not json',
        })
        h.ifs.sets.set(INV_SET, [inv(1, stamp(1))])
        const r = h.run().connections[0]
        expect(r.status).toBe('partial')
        expect(r.message).toContain('cursor_key is not JSON')
        expect(h.stager.handedKeys('supplier_invoice')).toHaveLength(1)
    })
})

describe('runJob: unexpected errors', () => {
    it('a stager that cannot be built fails the run and frees the lease', () => {
        const h = jobHarness()
        const { runJob } = jest.requireActual('../../../src/server/core/sync/run-job')
        const report = runJob(h.ports, { trigger: 'manual' }, () => {
            throw new Error('target table sn_apo_invoice does not exist')
        })
        expect(report.connections[0]).toMatchObject({ status: 'failed' })
        expect(report.connections[0].message).toContain('sn_apo_invoice does not exist')
        expect(h.connectionRecord()).toMatchObject({ lease_owner: null, last_outcome: 'failed' })
        expect(h.runs()[0]).toMatchObject({ status: 'failed' })
    })
})

describe('runJob: lease', () => {
    it('skips a connection whose lease another worker holds, and takes an expired one over', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        h.store.update(CONNECTION.name, h.connectionSysId, {
            lease_owner: 'node-2',
            lease_expires_at: toGlideDateTime(h.clock.nowMs() + 60_000),
        })
        const r = h.run().connections[0]
        expect(r.status).toBe('skipped')
        expect(r.message).toContain('node-2')
        expect(h.http.requests).toHaveLength(0)
        expect(h.runs()).toHaveLength(0)
        h.clock.advance(61_000)
        expect(h.run().connections[0].status).toBe('succeeded')
        expect(h.connectionRecord().lease_owner).toBeNull()
    })

    it('renews the lease after every page', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY, latencyMs: 1000 })
        h.ifs.sets.set(PO_SET, poRows(12))
        const expiries: string[] = []
        h.store.beforeWrite = (op, table, values) => {
            if (table === CONNECTION.name && typeof values.lease_expires_at === 'string')
                expiries.push(values.lease_expires_at)
        }
        h.run()
        expect(expiries.length).toBe(4) // take + 3 pages
        expect(new Set(expiries).size).toBe(4)
    })

    it('inactive connections are not run by the schedule', () => {
        const h = jobHarness({ active: false })
        expect(h.run().connections).toHaveLength(0)
        expect(h.run({ trigger: 'continuation', connectionSysId: h.connectionSysId }).connections[0].status).toBe(
            'skipped'
        )
    })
})

describe('runJob: time budget and deferral', () => {
    it('at the budget it checkpoints, defers, and the continuation finishes without loss or repeat', () => {
        const h = jobHarness({ time_budget_seconds: 10 }, { types: ORDERS_ONLY, latencyMs: 4000 })
        const rows = poRows(23)
        h.ifs.sets.set(PO_SET, rows)
        // Every order has a line, as in IFS: an order without lines is read again by key (key ranges).
        h.ifs.sets.set(
            PO_LINE_SET,
            rows.flatMap((r) => poLines(r.OrderNo, 1, String(r.Objversion)))
        )
        const first = h.run().connections[0]
        expect(first.status).toBe('deferred')
        // Each page is a header request and a line request of 4 s each: 16 s >= 10 s budget after the second.
        expect(first.read).toBe(10)
        expect(h.ports.scheduler.continuations).toHaveLength(1)
        expect(h.ports.scheduler.continuations[0].atMs).toBe(first.deferredUntilMs)
        expect(h.state('purchase_order')).toMatchObject({
            cursor_key: '["PO0009"]',
            defer_reason: 'time budget of 10 s used',
        })
        expect(h.store.get(RUN.name, first.runSysId!)!.status).toBe('deferred')
        h.clock.set(first.deferredUntilMs!)
        let guard = 0
        while (
            h.run({ trigger: 'continuation', connectionSysId: h.connectionSysId }).connections[0].status ===
                'deferred' &&
            guard++ < 10
        ) {
            h.clock.advance(1000)
        }
        // Every order handed to staging exactly once: the line scan of the slice that finished starts
        // where the first slice did (the start), so no order is read again by key.
        expect(h.stager.handedKeys()).toEqual(rows.map((r) => docKey('purchase_order', r)))
        expect(h.dataRequests(PO_SET).filter((q) => q.includes('OrderNo in ('))).toEqual([])
        // 23 orders at 5 per page: 5 header pages in three slices. The pages of one slice share one
        // line read (line-stream.ts, dropped when the slice defers): one line request per slice, the
        // last slice's 3 orders listed by key as a page of fewer than 4 keys always is.
        expect(h.dataRequests(PO_SET)).toHaveLength(5)
        expect(h.dataRequests(PO_LINE_SET)).toHaveLength(3)
        // The line cursor starts after the furthest line of every slice, not only the last slice's.
        expect(h.state('purchase_order')).toMatchObject({
            cursor_key: '["PO0022"]',
            deferred_until: null,
            line_cursor_modified: stamp(22),
            line_scan_from: null,
        })
    })

    it('a deferred first sync keeps the furthest line of every slice, even one further than the last slice saw', () => {
        const h = jobHarness({ time_budget_seconds: 10 }, { types: ORDERS_ONLY, latencyMs: 4000 })
        const rows = poRows(13)
        h.ifs.sets.set(PO_SET, rows)
        // PO0001's line changed long after its order: the furthest line seen is in the first slice.
        const late = stamp(3000)
        h.ifs.sets.set(
            PO_LINE_SET,
            rows.flatMap((r, i) => poLines(r.OrderNo, 1, i === 1 ? late : String(r.Objversion)))
        )
        expect(h.run().connections[0].status).toBe('deferred')
        expect(h.stager.handedKeys()).toHaveLength(10)
        h.clock.advance(60_000)
        expect(h.run({ trigger: 'continuation', connectionSysId: h.connectionSysId }).connections[0].status).toBe(
            'succeeded'
        )
        expect(h.stager.handedKeys()).toEqual(rows.map((r) => docKey('purchase_order', r)))
        expect(h.state('purchase_order')).toMatchObject({ line_cursor_modified: late, line_scan_from: null })
    })

    it('a first sync killed after its second page is continued without a document handed over twice', () => {
        // No lookback: the restart reads only what lies after the committed cursor.
        const h = jobHarness({ lookback_seconds: 0 }, { types: ORDERS_ONLY })
        const rows = poRows(13)
        h.ifs.sets.set(PO_SET, rows)
        h.ifs.sets.set(
            PO_LINE_SET,
            rows.flatMap((r) => poLines(r.OrderNo, 1, String(r.Objversion)))
        )
        let dead = false
        let armed = true
        beforeEachRequest(h, () => {
            // Killed as it asks for the third page (two pages and their lines read and staged; the
            // second page's lines came with the first page's line read, line-stream.ts).
            if (dead || (armed && h.dataRequests(PO_SET).length === 2)) {
                dead = true
                armed = false
                throw new Error('process killed')
            }
        })
        const write = h.store.beforeWrite
        h.store.beforeWrite = (...args) => {
            if (dead) throw new Error('process killed')
            write?.(...args)
        }
        expect(() => h.run()).toThrow('process killed')
        expect(h.stager.handedKeys()).toHaveLength(10)
        dead = false
        h.clock.advance(10 * 60_000) // past the dead runner's lease
        expect(h.run().connections[0].status).toBe('succeeded')
        // The restart's line scan starts where the killed run did (the start): nothing read again by key.
        expect(h.stager.handedKeys()).toEqual(rows.map((r) => docKey('purchase_order', r)))
        expect(h.dataRequests(PO_SET).filter((q) => q.includes('OrderNo in ('))).toEqual([])
    })

    it('with a header cursor and no line cursor, the line scan of a deferred run starts where its first slice did', () => {
        const h = jobHarness({ time_budget_seconds: 10 }, { types: ORDERS_ONLY, latencyMs: 4000 })
        // Read before lines were: the header cursor stands at second 1000, no line cursor.
        h.run()
        h.store.update(SYNC_STATE.name, h.state('purchase_order')!.sys_id, {
            cursor_modified: stamp(1000),
            cursor_key: '["PO9999"]',
        })
        // An order read long ago (second 10, outside the lookback) whose line changed at second 1500,
        // after the header cursor; then 13 orders changed at seconds 3000.. (read in two slices).
        const old = po(42, stamp(10))
        const fresh = Array.from({ length: 13 }, (_, i) => po(100 + i, stamp(3000 + i)))
        h.ifs.sets.set(PO_SET, [old, ...fresh])
        h.ifs.sets.set(PO_LINE_SET, [
            ...poLines(old.OrderNo, 1, stamp(1500)),
            ...fresh.flatMap((r) => poLines(r.OrderNo, 1, String(r.Objversion))),
        ])
        h.clock.advance(60_000)
        expect(h.run().connections[0].status).toBe('deferred')
        expect(h.stager.handedKeys()).toHaveLength(10)
        h.clock.advance(60_000)
        h.run({ trigger: 'continuation', connectionSysId: h.connectionSysId })
        // The continuation's own position (second 3009, less the 600 s lookback) lies after 1500:
        // from there the changed line of PO0042 would never be read.
        expect(h.stager.handedKeys().filter((k) => k === docKey('purchase_order', old))).toHaveLength(1)
        expect(h.state('purchase_order')).toMatchObject({ line_scan_from: null, deferred_until: null })
    })

    it('a 429 on the instance defers the partition to Retry-After; it is skipped until then', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        h.ifs.sets.set(PO_SET, [po(1, stamp(1))])
        h.http.enqueue((req) => jsonResponse(req.url.includes('token') ? 200 : 429, '', { 'Retry-After': '300' }))
        const start = h.clock.nowMs()
        const first = h.run().connections[0]
        expect(first.status).toBe('deferred')
        expect(first.throttles).toBe(1)
        expect(first.deferredUntilMs).toBe(start + 300_000)
        expect(h.ports.scheduler.continuations[0]).toMatchObject({
            connectionSysId: h.connectionSysId,
            atMs: start + 300_000,
        })
        const requestsBefore = h.http.requests.length
        h.clock.advance(100_000)
        const early = h.run().connections[0]
        expect(early.status).toBe('deferred')
        expect(h.http.requests.length).toBe(requestsBefore)
        expect(h.ports.scheduler.continuations).toHaveLength(1) // not scheduled twice
        h.clock.set(start + 300_000)
        const due = h.run({ trigger: 'continuation', connectionSysId: h.connectionSysId }).connections[0]
        expect(due.status).toBe('succeeded')
        expect(h.stager.handedKeys()).toHaveLength(1)
        expect(h.state('purchase_order')!.deferred_until).toBeNull()
    })

    it('never more than N requests in any 60 s window across a whole job (data and tokens)', () => {
        // Line and posting reads count too: a budget long enough for every one of them at 4 a minute.
        const h = jobHarness(
            { request_ceiling: 4, page_size: 2, time_budget_seconds: 1800 },
            { maxInlineWaitMs: 60_000, latencyMs: 500 }
        )
        h.ifs.sets.set(PO_SET, poRows(9))
        h.ifs.sets.set(INV_SET, invRows(7))
        const times: number[] = []
        beforeEachRequest(h, () => times.push(h.clock.nowMs()))
        const r = h.run().connections[0]
        expect(r.status).toBe('succeeded')
        expect(h.stager.handedKeys()).toHaveLength(16)
        expect(times.length).toBe(r.ifsRequests)
        for (const t of times) expect(times.filter((u) => u >= t && u < t + 60_000).length).toBeLessThanOrEqual(4)
        expect(r.throttles).toBeGreaterThan(0)
    })
})

describe('runJob: report', () => {
    it('reports flags of this run by reason, and flag retries come first', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        h.ifs.sets.set(PO_SET, [po(1, stamp(1)), po(2, stamp(2)), po(3, stamp(3))])
        const order: string[] = []
        const flagging = new RecordingStager(h.store)
        flagging.acceptPage = (page) => {
            order.push('page')
            for (const row of page.rows) {
                h.store.insert(FLAG.name, {
                    connection: h.connectionSysId,
                    object_type: page.objectType,
                    reason: row.OrderNo === 'PO0002' ? 'unknown_supplier' : 'unknown_gl_account',
                    state: 'open',
                    last_attempt_at: toGlideDateTime(h.clock.nowMs()),
                })
            }
            return { inserted: 0, updated: 0, duplicates: 0, flagged: page.rows.length, errors: 0 }
        }
        flagging.retryOpenFlags = () => {
            order.push('retry')
            return { retried: 1, resolved: 1, stillFlagged: 0 }
        }
        const { runJob } = jest.requireActual('../../../src/server/core/sync/run-job')
        const report = runJob(h.ports, { trigger: 'manual' }, flagging.factory, { random: () => 0.5 })
        const c = report.connections[0]
        expect(order).toEqual(['retry', 'page'])
        expect(c.flagged).toBe(3)
        expect(c.resolved).toBe(1)
        expect(c.flaggedByReason).toEqual({ unknown_gl_account: 2, unknown_supplier: 1 })
        expect(flagging.contexts[0].runSysId).toBe(c.runSysId)
        expect(h.store.get(RUN.name, c.runSysId)).toMatchObject({
            trigger: 'manual',
            flagged_count: '3',
            resolved_count: '1',
        })
    })

    it('runs every active connection, each under its own run record', () => {
        const h = jobHarness({}, { types: ORDERS_ONLY })
        const beta = h.store.insert(CONNECTION.name, {
            name: 'Beta',
            tenant_url: 'https://beta.ifs.cloud',
            realm: 'b',
            oauth_profile: 'q'.repeat(32),
            companies: '1',
        })
        insertTypeRows(h.store, beta, ORDERS_ONLY)
        const report = h.run()
        expect(report.connections.map((c) => c.connectionName)).toEqual(['Acme', 'Beta'])
        expect(new Set(report.connections.map((c) => c.runSysId)).size).toBe(2)
        expect(h.run({ trigger: 'manual', connectionSysId: 'f'.repeat(32) }).connections[0]).toMatchObject({
            status: 'failed',
        })
    })
})
