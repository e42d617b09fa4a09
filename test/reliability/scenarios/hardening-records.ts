import Database from 'better-sqlite3'
import { emulatorForBlock } from '../block-fixtures'
import { runSyncOnce, startSync } from '../../../src/local/faults/sync-driver'
import type { SyncAttempt } from '../../../src/local/faults/sync-driver'
import { CONNECTION } from '../../../src/tables'
import type { EmulatorProcess } from '../../support/emulator-process'
import { assess, expectExactlyOnce, newWorld } from '../world'

/**
 * Hardening items 4 and 5 (records lost or doubled), end to end: processes started at the same
 * instant on a fresh database, and rows IFS commits after a poll already passed their stamp.
 */
export function hardeningRecordScenarios(): void {
    describe('hardening: concurrent first runs', () => {
        let emulator: EmulatorProcess
        emulatorForBlock((e) => (emulator = e), { args: ['--seed', '31', '--invoices', '140', '--orders', '90'] })

        it.each([3, 5])(
            '%i sync processes at once on a fresh database: one connection, each document once',
            async (n) => {
                const world = newWorld(emulator, { pageSize: 30 })
                const attempts = await Promise.all(Array.from({ length: n }, () => startSync(world.target).done))
                const db = new Database(world.database, { readonly: true })
                const connections = (db.prepare(`SELECT COUNT(*) AS n FROM ${CONNECTION.name}`).get() as { n: number })
                    .n
                db.close()
                // Anything but "every process 0 with succeeded or a lease skip, one connection row" is a failure.
                const badEndings = attempts.filter(
                    (a) => a.code !== 0 || !['succeeded', 'skipped'].includes(a.report?.status ?? '')
                ).length
                const a = await assess(`${n} concurrent first runs`, world, {
                    attempts,
                    kills: 0,
                    faults: 0,
                    attackClass: '4 concurrent first runs',
                    inputs: n,
                    otherFailures: badEndings + (connections - 1),
                })
                expectExactlyOnce(a)
                expect({ badEndings, connections }).toEqual({ badEndings: 0, connections: 1 })
            }
        )
    })

    describe('hardening: late-committed rows', () => {
        let emulator: EmulatorProcess
        emulatorForBlock((e) => (emulator = e), { args: ['--seed', '37', '--invoices', '120', '--orders', '120'] })

        const LATE: [string, 'purchase_order' | 'supplier_invoice', number, number][] = [
            ['one order committed 20 s late', 'purchase_order', 1, 20],
            ['four invoices committed 9 minutes late', 'supplier_invoice', 4, 540],
            ['two orders sharing the cursor stamp', 'purchase_order', 2, 0],
        ]

        it.each(LATE)(
            '%s, then a stamp moved back: staged by the next run',
            async (label, objectType, count, behind) => {
                const world = newWorld(emulator)
                const attempts: SyncAttempt[] = [await runSyncOnce(world.target)]
                await emulator.control.addLateRows(objectType, count, behind)
                const orders = await emulator.control.get<{ purchase_order: { OrderNo: string }[] }>('documents')
                await emulator.control.restampBack('purchase_order', [[orders.purchase_order[3].OrderNo]], 60)
                attempts.push(await runSyncOnce(world.target))
                // The run after over unchanged data must write nothing.
                const third = await runSyncOnce(world.target)
                attempts.push(third)
                const wrote = third.report ? third.report.inserted + third.report.updated + third.report.flagged : 1
                const failedRuns = attempts.filter((x) => x.report?.status !== 'succeeded').length
                const a = await assess(`late rows: ${label}`, world, {
                    attempts,
                    kills: 0,
                    faults: count + 1,
                    attackClass: '5 late-committed rows',
                    inputs: count + 1,
                    otherFailures: failedRuns + wrote,
                })
                expectExactlyOnce(a)
                expect({ failedRuns, wrote }).toEqual({ failedRuns: 0, wrote: 0 })
            }
        )
    })
}
