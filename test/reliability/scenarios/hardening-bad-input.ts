import Database from 'better-sqlite3'
import { emulatorForBlock } from '../block-fixtures'
import { runSyncOnce, syncUntilDone } from '../../../src/local/faults/sync-driver'
import type { SyncAttempt } from '../../../src/local/faults/sync-driver'
import { AUDIT, FLAG } from '../../../src/tables'
import type { EmulatorProcess } from '../../support/emulator-process'
import { assess, assessRefused, expectExactlyOnce, faultsFired, newWorld } from '../world'
import type { World } from '../world'

/** The documented limit (README: a partition fails on the 5th setback in a row), as a literal, not the product's constant. */
const MAX_CONSECUTIVE_SETBACKS = 5

type Stats = { byPath: Record<string, number>; byStatus: Record<string, number> }

/** Runs `sync` n times, waiting out each deferral it asks for (short: no inline waits in these worlds). */
async function syncRuns(world: World, n: number): Promise<SyncAttempt[]> {
    const out: SyncAttempt[] = []
    for (let i = 0; i < n; i++) {
        const a = await runSyncOnce(world.target)
        out.push(a)
        if (a.report?.status === 'deferred' && a.continueAtMs !== null)
            await new Promise((r) => setTimeout(r, Math.min(Math.max(0, a.continueAtMs! - Date.now()) + 50, 5000)))
    }
    return out
}

function flagsOf(world: World): {
    object_type: string
    document_number: string | null
    supplier: string | null
    reason: string
    message: string
}[] {
    const db = new Database(world.database, { readonly: true })
    try {
        return db
            .prepare(`SELECT object_type, document_number, supplier, reason, message FROM ${FLAG.name}`)
            .all() as never
    } finally {
        db.close()
    }
}

function auditCount(world: World, operation: string): number {
    const db = new Database(world.database, { readonly: true })
    try {
        return (
            db.prepare(`SELECT COUNT(*) AS n FROM ${AUDIT.name} WHERE operation = ?`).get(operation) as { n: number }
        ).n
    } finally {
        db.close()
    }
}

/** A wrong exit code is an "other failure" of the scenario: ended well ⇔ exit 0. */
function wrongExitCodes(attempts: readonly SyncAttempt[]): number {
    return attempts.filter((a) => {
        const s = a.report?.status
        const well = s === 'succeeded' || s === 'deferred'
        return a.report === null || (well ? a.code !== 0 : a.code !== 1)
    }).length
}

export function hardeningBadInputScenarios(): void {
    describe('hardening: bad values, rows outside the query, misleading answers, endless deferral', () => {
        let emulator: EmulatorProcess
        emulatorForBlock((e) => (emulator = e), {
            args: ['--seed', '13', '--invoices', '60', '--orders', '40'],
            unthrottled: true,
        })
        afterEach(async () => {
            await emulator.control.clearFaults()
        })

        test('6: oversized and malformed keys and supplier numbers are flagged on their own rows; the rest is staged, every URL stays bounded', async () => {
            const supplierValues = [
                'S'.repeat(30 * 1024 * 1024),
                'V'.repeat(201),
                'V'.repeat(9000),
                'V\n1',
                'V\u0000x',
                'V\u001b[0m',
            ]
            const orderNumbers = ['P'.repeat(5000), 'PO\r\n9', 'PO\t1', 'PO-' + 'Ω'.repeat(300)]
            await emulator.control.post('rows', {
                objectType: 'supplier_invoice',
                badShare: 0,
                overrides: supplierValues.map((v) => ({ Identity: v })),
            })
            await emulator.control.post('rows', {
                objectType: 'purchase_order',
                badShare: 0,
                overrides: [...orderNumbers.map((v) => ({ OrderNo: v })), { VendorNo: 'W'.repeat(20_000) }],
            })
            const inputs = supplierValues.length + orderNumbers.length + 1
            const before = await emulator.control.stats<Stats>()
            const world = newWorld(emulator, { pageSize: 40 })
            const run = await syncUntilDone(world.target, { maxRuns: 3 })
            const stats = await emulator.control.stats<Stats>()
            // The documents' own flags: the receipts of an order whose number cannot be sent are
            // flagged too (their key holds that number), which the line judge expects of them.
            const badFlags = flagsOf(world).filter(
                (f) =>
                    f.object_type !== 'receipt' &&
                    f.reason === 'invalid_value' &&
                    /can be sent to IFS|cannot be sent to IFS/.test(f.message)
            )
            // Requests IFS refused (a 414 or 400 from an oversized or broken URL) would show here.
            const refused = ['400', '414'].reduce((n, s) => n + (stats.byStatus[s] ?? 0) - (before.byStatus[s] ?? 0), 0)
            const otherFailures =
                wrongExitCodes(run.attempts) +
                Math.max(0, inputs - badFlags.length) +
                refused +
                (run.final.report?.status === 'succeeded' ? 0 : 1)
            const a = await assess('6 oversized / malformed values', world, {
                attempts: run.attempts,
                kills: 0,
                faults: inputs,
                attackClass: '6 bad value in a request',
                inputs,
                otherFailures,
            })
            expect(run.attempts.map((x) => x.code)).toEqual(run.attempts.map(() => 0))
            expect(badFlags).toHaveLength(inputs)
            expect(refused).toBe(0)
            expect(otherFailures).toBe(0)
            expectExactlyOnce(a)
        })

        test('7: rows of companies outside the connection, from a server that ignores the company filter, are skipped with an audit line', async () => {
            const foreign = ['30', '99', 'ACME']
            for (const ot of ['supplier_invoice', 'purchase_order'] as const)
                await emulator.control.post('rows', {
                    objectType: ot,
                    badShare: 0,
                    overrides: foreign.flatMap((c) => [{ Company: c }, { Company: c }]),
                })
            const inputs = foreign.length * 2 * 2
            await emulator.control.setFaults({ rules: [{ kind: 'ignore_company_filter', requests: ['data'] }] })
            const firedBefore = await faultsFired(emulator)
            const world = newWorld(emulator, { pageSize: 40 })
            const run = await syncUntilDone(world.target, { maxRuns: 3 })
            const faults = (await faultsFired(emulator)) - firedBefore
            const stats = await emulator.control.stats<Stats>()
            const foreignMasterData = Object.keys(stats.byPath).filter((p) =>
                foreign.some((c) => p.includes(`Company='${c}'`))
            )
            const skipped = auditCount(world, 'skip_out_of_query')
            const otherFailures =
                wrongExitCodes(run.attempts) +
                foreignMasterData.length +
                (skipped > 0 ? 0 : 1) +
                (run.final.report?.status === 'succeeded' ? 0 : 1)
            const a = await assess('7 foreign-company rows', world, {
                attempts: run.attempts,
                kills: 0,
                faults,
                attackClass: '7 rows outside the query',
                inputs,
                otherFailures,
            })
            expect(faults).toBeGreaterThan(0)
            expect(foreignMasterData).toEqual([])
            expect(skipped).toBeGreaterThan(0)
            expect(otherFailures).toBe(0)
            expectExactlyOnce(a)
            expect(a.invariants.outOfScopeTouched).toBe(0)
        })

        test('8a: BOM, gzip and deflate pages are read', async () => {
            await emulator.control.setFaults({
                rules: [
                    { kind: 'bom', requests: ['data', 'master_data'], count: 3 },
                    { kind: 'compressed', encoding: 'gzip', requests: ['data', 'master_data'], count: 3 },
                    { kind: 'compressed', encoding: 'deflate', requests: ['data', 'master_data'], count: 3 },
                ],
            })
            const firedBefore = await faultsFired(emulator)
            const good = newWorld(emulator, { pageSize: 20 })
            const run = await syncUntilDone(good.target, { maxRuns: 3 })
            const goodFaults = (await faultsFired(emulator)) - firedBefore
            const otherFailures =
                wrongExitCodes(run.attempts) +
                (goodFaults >= 9 ? 0 : 1) +
                (run.final.report?.status === 'succeeded' ? 0 : 1)
            const a = await assess('8a BOM / gzip / deflate', good, {
                attempts: run.attempts,
                kills: 0,
                faults: goodFaults,
                attackClass: '8 misleading answers',
                inputs: 3,
                otherFailures,
            })
            expect(goodFaults).toBe(9)
            expect(otherFailures).toBe(0)
            expectExactlyOnce(a)
        })

        test.each([['html'], ['duplicate_value_key']] as const)(
            '8b: a %s answer never passes as success, and its repeat ends non-zero',
            async (kind) => {
                const firedBefore = await faultsFired(emulator)
                const world = newWorld(emulator, { pageSize: 20, maxInlineWaitSeconds: 0 })
                await emulator.control.setFaults({ rules: [{ kind, path: 'PurchaseOrderSet', requests: ['data'] }] })
                const attempts = await syncRuns(world, MAX_CONSECUTIVE_SETBACKS)
                await emulator.control.clearFaults()
                let passedAsSuccess = attempts.filter((x) => x.report?.status === 'succeeded').length
                const last = attempts[attempts.length - 1]
                if (!(
                    last.code === 1 &&
                    /purchase_order: .*runs in a row ended without progress/.test(last.report?.message ?? '')
                ))
                    passedAsSuccess++
                const otherFailures = wrongExitCodes(attempts) + passedAsSuccess
                const r = await assessRefused(`8b ${kind} answer`, world, {
                    attempts,
                    faults: (await faultsFired(emulator)) - firedBefore,
                    attackClass: '8 misleading answers',
                    inputs: 1,
                    otherFailures,
                })
                expect(passedAsSuccess).toBe(0)
                expect(otherFailures).toBe(0)
                expect(r.secrets).toEqual([])
            }
        )

        test.each([
            ['503 answers', { kind: 'server_error' as const, status: 503 as const }],
            ['truncated bodies', { kind: 'truncated_body' as const, mode: 'cut' as const }],
        ])(
            `9a: %s (not throttling) defer at most ${MAX_CONSECUTIVE_SETBACKS - 1} times, then fail with exit 1; the other type goes on`,
            async (label, rule) => {
                const firedBefore = await faultsFired(emulator)
                const world = newWorld(emulator, { pageSize: 20, maxInlineWaitSeconds: 0 })
                await emulator.control.setFaults({
                    rules: [{ ...rule, path: 'PostingProposalHeadSet', requests: ['data'] }],
                })
                const attempts = await syncRuns(world, MAX_CONSECUTIVE_SETBACKS)
                await emulator.control.clearFaults()
                let otherFailures = wrongExitCodes(attempts)
                const codes = attempts.map((x) => x.code)
                const expected = [...Array(MAX_CONSECUTIVE_SETBACKS - 1).fill(0), 1]
                if (JSON.stringify(codes) !== JSON.stringify(expected)) otherFailures++
                // The other object type went on: the failing one does not block it.
                if (attempts[attempts.length - 1].report?.status !== 'partial') otherFailures++
                const r = await assessRefused(`9a bounded deferral: ${label}`, world, {
                    attempts,
                    faults: (await faultsFired(emulator)) - firedBefore,
                    attackClass: '9 endless deferral',
                    inputs: 1,
                    otherFailures,
                })
                expect(codes).toEqual(expected)
                expect(otherFailures).toBe(0)
                expect(r.secrets).toEqual([])
            }
        )

        test('9b: throttling for longer than the limit is deferred every time, never failed; then the partition completes', async () => {
            const firedBefore = await faultsFired(emulator)
            // Throttling (429 with Retry-After) for longer than the limit: deferred every time, never failed.
            const throttled = newWorld(emulator, { pageSize: 20, maxInlineWaitSeconds: 0 })
            await emulator.control.setFaults({
                rules: [{ kind: 'throttle', retryAfterSeconds: 1, path: 'PostingProposalHeadSet', requests: ['data'] }],
            })
            const storm = await syncRuns(throttled, MAX_CONSECUTIVE_SETBACKS + 1)
            await emulator.control.clearFaults()
            let otherFailures = storm.filter((x) => x.code !== 0 || x.report?.status !== 'deferred').length
            // Once IFS answers again, the same partition completes and nothing is lost.
            const rest = await syncUntilDone(throttled.target, { maxRuns: 3 })
            const all = [...storm, ...rest.attempts]
            otherFailures += wrongExitCodes(all)
            const a = await assess('9b bounded deferral: throttling', throttled, {
                attempts: all,
                kills: 0,
                faults: (await faultsFired(emulator)) - firedBefore,
                attackClass: '9 endless deferral',
                inputs: 1,
                otherFailures,
            })
            expect(otherFailures).toBe(0)
            expectExactlyOnce(a)
        })
    })
}
