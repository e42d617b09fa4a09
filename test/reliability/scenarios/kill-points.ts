import { Random } from '../../../src/local/emulator/dataset/random'
import { emulatorForBlock } from '../block-fixtures'
import { ROW_BY_ROW_ENV } from '../../../src/local/faults/crash-injector'
import { checkInvariants, doubledOf } from '../../../src/local/faults/invariants'
import type { InvariantReport } from '../../../src/local/faults/invariants'
import { expireLease, startSync, syncUntilDone } from '../../../src/local/faults/sync-driver'
import type { SyncAttempt } from '../../../src/local/faults/sync-driver'
import type { EmulatorProcess } from '../../support/emulator-process'
import { seededRandom, testSeed, withSeed } from '../../support/seed'
import { assess, CONNECTION_NAME, expectExactlyOnce, faultsFired, manifest, seededWorld } from '../world'
import type { World } from '../world'

const T = (suffix: string) => `x_mlc_ifs_s2p_${suffix}`

/**
 * The kill points' world: SMALL_DATA's shape (world.ts) at about 40 % of its rows, with pages of
 * 20 instead of 50 — the same number of pages per type (five of invoices, three of orders, six of
 * receipts), a flagged row on the first page of each, every flag reason, refusals by the
 * transform, and a tie (30 rows on one stamp) wider than a page. Every run after a kill is a full
 * sync, so the world's size is most of each point's cost (about 3.2 s of CPU per sync at 50 a
 * page), while what a point tests is the gap it lands in, which this world has too. The counts in
 * KILL_POINTS are picked for it: each lands in the gap it landed in with SMALL_DATA at 50 a page,
 * and its words say which (checked against a trace of every store write and request of a full run
 * in both worlds; a change of the world means checking them again).
 */
const KILL_POINT_DATA = ['--seed', '11', '--invoices', '100', '--orders', '50', '--shared-stamp-rows', '30']
const KILL_POINT_PAGE_SIZE = 20

/**
 * Deterministic kill points (ML_CONNECTOR_CRASH_AT): the runner SIGKILLs itself right before or
 * after one exact store write or HTTP exchange. With the default preset a page writes each new
 * document's import row, runs the (modelled) import transform over the page — a primary record,
 * then the row's state, per row — then writes the page's keys `staged` in one insertMany and
 * commits the cursor; a changed document updates its pending row or adds a row, then its key. The
 * points below land in each gap. The supplier master is seeded, so some rows are refused. Lines
 * and receipts are on (the world's default) and judged after every point: each line and receipt
 * once, with IFS's values.
 */
const KILL_POINTS: readonly [string, string][] = [
    ['before-store-write:1', 'before the first write of the run'],
    ['after-store-write:1', 'right after the first write'],
    [`after-store-write@${T('connection')}:2`, 'after the lease is renewed between pages'],
    [`after-store-write@${T('run')}:1`, 'after the run record is created'],
    ['before-http:1', 'before the token request'],
    ['after-http:1', 'token received, never used'],
    ['after-http:3', 'a metadata response in, not yet checked'],
    ['before-http:6', "before the first page's line request"],
    ['after-http:9', 'a page of dimension values in, not yet mapped'],
    [`before-store-write@${T('staging_key')}:1`, "the first page's targets written, none of its keys"],
    [`after-store-write@${T('staging_key')}:1`, "after the first page's keys, before its cursor"],
    ['after-store-write@sn_spend_intg_imp_invoice:1', 'between an import row and its key (first invoice)'],
    ['after-store-write@sn_spend_intg_imp_invoice:10', 'between an import row and its key (mid page)'],
    ['after-store-write@sn_spend_intg_imp_invoice:31', "during the transform: some rows' states written"],
    ['after-store-write@sn_shop_invoice:3', 'during the transform: an invoice made, its row still pending'],
    ['after-store-write@sn_fcms_intg_imp_order:10', 'between an order import row and its key'],
    ['before-store-write@sn_fcms_intg_imp_order:15', 'before an order import row'],
    ['before-store-write@sn_shop_purchase_order:1', 'at the first order the transform makes'],
    [`after-store-write@${T('staging_key')}:3`, "after a flagged row's key is marked, before the page's cursor"],
    [`after-store-write@${T('sync_state')}:1`, 'right after the first cursor commit'],
    [`before-store-write@${T('sync_state')}:2`, 'between the last key of a page and the cursor'],
    [`before-store-write@${T('sync_state')}:5`, 'between keys and cursor, a later page'],
    [`after-store-write@${T('flag')}:1`, 'after the first flag'],
    [`before-store-write@${T('flag')}:2`, 'before a flag write'],
    [`after-store-write@${T('audit')}:5`, 'after an audit row'],
    [`after-store-write@${T('dimension_map')}:1`, 'after an automatic dimension mapping'],
    ['store-write:151', 'the 151st write of the run'],
    // Lines and receipts (issue 18): a document is staged with its lines as one unit — its line rows
    // written after the header's and before the page's keys, the transform making the primary lines
    // from them; receipts are a third type with their own rows, keys and cursor. One point in the
    // import and in the primary table of each (invoice lines: import; PO lines: primary).
    ['after-store-write@sn_spend_intg_imp_invoice_line:40', "during the transform: some invoice lines' states written"],
    ['after-store-write@sn_shop_purchase_order_line:5', 'during the transform: a PO line made, its row pending'],
    ['after-store-write@sn_fcms_intg_imp_receipt:10', 'between a receipt import row and its key'],
    ['after-store-write@sn_shop_receipt:3', 'during the transform: a receipt made, its row pending'],
]

function cursorProblems(r: InvariantReport): string[] {
    return r.behindCursorUnhandled + r.doubled + r.stagedAndFlagged + r.orphans === 0 ? [] : r.problems
}

/** How a kill point's page is written: one SQLite transaction, or row by row as on the instance. */
export type KillPointMode = 'page transactions' | 'row by row'

/**
 * The kill points of one mode, each in a fresh world against one emulator; the external SIGKILL
 * test runs with the row-by-row ones. One mode per suite file, so jest runs the two side by side
 * (together they are the longest part of the suite: a full sync after every kill).
 */
export function killPointScenarios(mode: KillPointMode): void {
    describe('the runner killed (SIGKILL) at deterministic points, then run again until done', () => {
        let emulator: EmulatorProcess
        emulatorForBlock((e) => (emulator = e), { args: KILL_POINT_DATA, unthrottled: true })

        /** After every attempt, killed or not: the cursor is never ahead of what was staged. */
        async function checkAfterEach(world: World, attempt: SyncAttempt, seen: string[]): Promise<void> {
            const report = checkInvariants(await manifest(world.emulator), {
                database: world.database,
                connectionName: CONNECTION_NAME,
                expectComplete: false,
                companies: world.companies,
            })
            for (const p of cursorProblems(report)) seen.push(`after ${attempt.signal ?? attempt.code}: ${p}`)
        }

        // SQLite stages a page in one transaction; the instance cannot. Store-write points run both ways.
        const CASES: [string, string, string][] =
            mode === 'page transactions'
                ? KILL_POINTS.map(([p, why]): [string, string, string] => [p, why, 'page transactions'])
                : KILL_POINTS.filter(([p]) => p.includes('store-write')).map(([p, why]): [string, string, string] => [
                      p,
                      why,
                      'row by row, as on the instance',
                  ])

        async function killAndJudge(point: string, mode: string): Promise<void> {
            const rowByRow = mode !== 'page transactions'
            const world = await seededWorld(emulator, {
                pageSize: KILL_POINT_PAGE_SIZE,
                ...(rowByRow ? { env: { [ROW_BY_ROW_ENV]: '1' } } : {}),
            })
            const seen: string[] = []
            const run = await syncUntilDone(world.target, {
                crashes: [point],
                afterAttempt: (attempt) => checkAfterEach(world, attempt, seen),
            })
            const a = await assess(`kill ${point}${rowByRow ? ' (row by row)' : ''}`, world, {
                attempts: run.attempts,
                kills: run.kills,
                faults: 0,
            })
            // The point was reached: the first run died by SIGKILL, a later one finished.
            expect(run.attempts[0].signal).toBe('SIGKILL')
            expect(run.kills).toBe(1)
            expect(run.final.report?.status).toBe('succeeded')
            expect(seen).toEqual([])
            expectExactlyOnce(a)
            // The transform's refusals the manifest expects were found (the seeded master leaves suppliers out).
            expect(a.invariants.refusedByTransform).toBeGreaterThan(0)
            expect(a.invariants.producedChecked).toBeGreaterThan(0)
        }

        test.each(CASES)('%s (%s; %s)', (point, _why, mode) => killAndJudge(point, mode))

        // Once, in the row-by-row file; the other file does not declare it (nothing skipped).
        const externalKillTest = mode === 'row by row' ? test : (_name: string, _fn: () => Promise<void>) => undefined
        externalKillTest('an external SIGKILL at a seeded random moment during a slow page', async () => {
            // The moment is drawn from a seed (printed on failure; ML_CONNECTOR_TEST_SEED replays it).
            const seed = testSeed(20260401)
            const delay = seededRandom(seed).int(0, 1199)
            await withSeed(seed, async () => {
                await emulator.control.setFaults({ rules: [{ kind: 'slow', delayMs: 1500, after: 3, count: 1 }] })
                const before = await faultsFired(emulator)
                const world = await seededWorld(emulator, { pageSize: KILL_POINT_PAGE_SIZE })
                const sync = startSync(world.target)
                for (let i = 0; i < 100 && (await faultsFired(emulator)) === before; i++)
                    await new Promise((r) => setTimeout(r, 25))
                await new Promise((r) => setTimeout(r, delay))
                sync.child.kill('SIGKILL')
                const killed = await sync.done
                await emulator.control.clearFaults()
                expect(killed.signal).toBe('SIGKILL')
                const seen: string[] = []
                await checkAfterEach(world, killed, seen)
                expireLease(world.database, CONNECTION_NAME)
                const rest = await syncUntilDone(world.target)
                const a = await assess(`external SIGKILL after ${delay} ms of a slow page (seed ${seed})`, world, {
                    attempts: [killed, ...rest.attempts],
                    kills: 1,
                    faults: 1,
                })
                expect(seen).toEqual([])
                expect(doubledOf(a.invariants)).toBe(0)
                expectExactlyOnce(a)
            })
        })
    })
}
