import * as path from 'path'
import { checkInvariants } from '../../src/local/faults/invariants'
import { startEmulatorProcess } from '../support/emulator-process'
import type { EmulatorProcess } from '../support/emulator-process'
import { runCli, tempDir, writeJson } from '../support/run-cli'

/**
 * The built CLI against an emulator that collates keys case-insensitively (twins PO0000001 and
 * po0000001 at one stamp tie there) and writes nextLinks relative to @odata.context (GL accounts
 * come from CompanyFinanceSet(Company='…')/CodeAArray in two pages). Judged by the manifest: every
 * document staged or flagged once, twins included, nothing lost.
 */
const SECRET = `it-secret-${process.pid}-${Date.now()}`
const INVOICES = 300
const ORDERS = 400
const TWINS = 40
let emulator: EmulatorProcess
let dir: string

beforeAll(async () => {
    emulator = await startEmulatorProcess(
        [
            ...['--seed', '9', '--invoices', String(INVOICES), '--orders', String(ORDERS)],
            ...['--key-twins', String(TWINS), '--collation', 'case-insensitive', '--next-links', 'context-relative'],
        ],
        { clientSecret: SECRET }
    )
    dir = tempDir('mlc-collation-')
})
afterAll(async () => {
    await emulator?.stop()
})

test('every document, key twins included, is staged or flagged once; relative nextLinks on navigation paths are followed', async () => {
    const config = writeJson(path.join(dir, 'config.json'), {
        name: 'Collation',
        // The harness checks staged rows against the brief's tables (faults/target-contract.ts).
        fieldMapPreset: 'brief',
        ifs: { url: emulator.url, realm: 'ifs', clientId: 'ml-connector', insecureLocalEmulator: true },
        companies: ['10', '20'],
        limits: { pageSize: 50, maxInlineWaitSeconds: 5 },
        database: 'sync.db',
    })
    const result = await runCli(['sync', '--config', config, '--json'], { ML_CONNECTOR_CLIENT_SECRET: SECRET })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const report = checkInvariants(await emulator.control.manifest(), {
        database: path.join(dir, 'sync.db'),
        connectionName: 'Collation',
        expectComplete: true,
        companies: ['10', '20'],
    })
    expect(report.problems).toEqual([])
    expect(report.sourceRows).toBe(INVOICES + ORDERS + TWINS)
})
