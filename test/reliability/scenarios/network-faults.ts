import { syncUntilDone, startSync } from '../../../src/local/faults/sync-driver'
import { emulatorForBlock } from '../block-fixtures'
import { HTTP_TIMEOUT_ENV } from '../../../src/local/faults/crash-injector'
import type { EmulatorProcess } from '../../support/emulator-process'
import { assess, expectExactlyOnce, faultsFired, newWorld } from '../world'
import type { WorldOptions } from '../world'

type Rule = Record<string, unknown>

/**
 * Transport and protocol faults over real HTTP: each scenario arms a fault plan on the emulator,
 * syncs a fresh database with the real CLI until a run succeeds (waiting out deferrals like an
 * operator would), then checks exactly-once and scans for secrets.
 */
export function networkFaultScenarios(): void {
    describe('faults against the emulator', () => {
        let emulator: EmulatorProcess
        emulatorForBlock((e) => (emulator = e), { unthrottled: true })

        async function scenario(name: string, rules: Rule[], options: WorldOptions = {}, minFaults = 1) {
            await emulator.control.setFaults({ seed: 9, rules })
            const before = await faultsFired(emulator)
            const world = newWorld(emulator, options)
            const run = await syncUntilDone(world.target)
            const faults = (await faultsFired(emulator)) - before
            await emulator.control.clearFaults()
            const a = await assess(name, world, { attempts: run.attempts, kills: 0, faults })
            expect(faults).toBeGreaterThanOrEqual(minFaults)
            expectExactlyOnce(a)
            return { run, a }
        }

        test('429 storm with Retry-After', async () => {
            const { run } = await scenario(
                '429 storm with Retry-After',
                [{ kind: 'throttle', retryAfterSeconds: 1, after: 3, count: 8 }],
                {},
                8
            )
            expect(run.attempts.some((a) => (a.report?.throttles ?? 0) > 0)).toBe(true)
        })

        test('429 storm without Retry-After (client backoff)', async () => {
            await scenario(
                '429 storm without Retry-After',
                [{ kind: 'throttle', retryAfterSeconds: null, after: 2, count: 6 }],
                {},
                6
            )
        })

        test('502, 503 and 504 answers', async () => {
            await scenario(
                '502/503/504',
                [
                    { kind: 'server_error', status: 502, after: 1, count: 2 },
                    { kind: 'server_error', status: 503, after: 5, count: 2 },
                    { kind: 'server_error', status: 504, after: 9, count: 2 },
                    { kind: 'server_error', status: 500, after: 13, count: 1 },
                ],
                {},
                7
            )
        })

        test('responses slower than the HTTP timeout', async () => {
            await scenario(
                'timeouts',
                [{ kind: 'slow', delayMs: 2500, after: 3, count: 2 }],
                { env: { [HTTP_TIMEOUT_ENV]: '800' } },
                2
            )
        })

        test('401 in the middle of a run (rejected token) and an expired token at the start', async () => {
            await scenario(
                '401 mid-run and at start',
                [
                    { kind: 'unauthorized', after: 0, count: 1 },
                    { kind: 'unauthorized', after: 6, count: 1 },
                ],
                {},
                2
            )
        })

        test('tokens revoked by IFS while a page is in flight; short-lived tokens expire during the run', async () => {
            await emulator.control.settings({ tokenLifetimeSeconds: 2 })
            await emulator.control.setFaults({ rules: [{ kind: 'slow', delayMs: 1200, after: 4, count: 2 }] })
            const before = await faultsFired(emulator)
            const world = newWorld(emulator)
            const sync = startSync(world.target)
            // Revoke while the slow page is being answered: the next request meets a real 401.
            for (let i = 0; i < 100 && (await faultsFired(emulator)) === before; i++)
                await new Promise((r) => setTimeout(r, 50))
            await emulator.control.revokeTokens()
            const first = await sync.done
            const rest = await syncUntilDone(world.target)
            const faults = (await faultsFired(emulator)) - before
            await emulator.control.settings({ tokenLifetimeSeconds: 3600 })
            await emulator.control.clearFaults()
            const attempts = [first, ...rest.attempts]
            const a = await assess('tokens revoked and expiring', world, { attempts, kills: 0, faults: faults + 1 })
            expect(first.report?.status).toBe('succeeded')
            expectExactlyOnce(a)
        })

        test('malformed JSON, truncated bodies and a page without value', async () => {
            await scenario(
                'malformed/truncated/no value',
                [
                    { kind: 'malformed_json', after: 2, count: 1 },
                    { kind: 'truncated_body', mode: 'cut', after: 5, count: 1 },
                    { kind: 'truncated_body', mode: 'short', after: 8, count: 1 },
                    { kind: 'missing_value', after: 11, count: 1 },
                ],
                {},
                4
            )
        })

        test('a nextLink that loops', async () => {
            await scenario('looping nextLink', [{ kind: 'looping_next_link', requests: ['data'], after: 1, count: 2 }])
        })

        test('a row repeated on the next page', async () => {
            await scenario('repeated row', [{ kind: 'repeat_row', requests: ['data'], after: 0, count: 4 }])
        })

        test('rows modified and added while the client pages', async () => {
            // The engine continues by keyset queries, never by $skiptoken, so the emulator's
            // change_rows (which acts on $skiptoken pages) cannot reach it: rows are changed
            // through the control API while a slowed page is in flight instead.
            await emulator.control.setFaults({ rules: [{ kind: 'slow', delayMs: 1000, after: 3, count: 1 }] })
            const before = await faultsFired(emulator)
            const world = newWorld(emulator)
            const sync = startSync(world.target)
            for (let i = 0; i < 100 && (await faultsFired(emulator)) === before; i++)
                await new Promise((r) => setTimeout(r, 50))
            const changed =
                (await emulator.control.churn('supplier_invoice', 15)).changed +
                (await emulator.control.churn('purchase_order', 8)).changed +
                (await emulator.control.addRows('supplier_invoice', 5, 0.4)).added
            const first = await sync.done
            await emulator.control.clearFaults()
            const rest = await syncUntilDone(world.target)
            const faults = (await faultsFired(emulator)) - before
            const a = await assess('rows changed while paging', world, {
                attempts: [first, ...rest.attempts],
                kills: 0,
                faults: faults + changed,
            })
            expect(changed).toBe(28)
            expect(first.report?.status).toBe('succeeded')
            expectExactlyOnce(a)
        })

        test('a 10 MB page', async () => {
            await scenario('10 MB page', [{ kind: 'huge_page', path: 'PostingProposalHeadSet', after: 1, count: 1 }])
        })
    })

    describe('more rows with one identical Objversion than fit in a page', () => {
        let emulator: EmulatorProcess
        emulatorForBlock((e) => (emulator = e), {
            args: ['--seed', '21', '--invoices', '150', '--orders', '90', '--shared-stamp-rows', '80'],
        })

        test('page size 15 across a tie of 80 rows, with a kill in the middle of the tie', async () => {
            const world = newWorld(emulator, { pageSize: 15 })
            // Kill after the 3rd cursor commit: inside the tie for both partitions' reading order.
            const run = await syncUntilDone(world.target, { crashes: ['after-store-write@sync_state:3'] })
            const a = await assess('tie wider than a page', world, {
                attempts: run.attempts,
                kills: run.kills,
                faults: 0,
            })
            expect(run.kills).toBe(1)
            expectExactlyOnce(a)
        })
    })
}
