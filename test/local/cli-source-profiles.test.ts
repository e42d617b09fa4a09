import Database from 'better-sqlite3'
import { checkInvariants } from '../../src/local/faults/invariants'
import { STAGING_KEY } from '../../src/tables'
import { emulatorTenant } from '../support/emulator-for-block'
import { PROFILES, altExampleConfig, emulatorPerProfile } from '../support/profile-emulators'
import type { Profile } from '../support/profile-emulators'
import { runCli } from '../support/run-cli'

/**
 * Issue 16's promise, end to end: the same documents served under other IFS names (emulator profile
 * `ifs-alt`: text invoice keys, a date-time stamp, other amount names, flat code-part sets at other
 * paths) are synced by configuration alone — the shipped `examples/ifs-alt.config.json` — and
 * stage exactly what the default profile stages. Judged by each emulator's own manifest.
 */
jest.setTimeout(180_000)

const SECRET = `profiles-${process.pid}-${Date.now().toString(36)}`
const env = { ML_CONNECTOR_CLIENT_SECRET: SECRET }
const DATA = ['--seed', '23', '--invoices', '120', '--orders', '60']

const { emulators, databases, configs } = emulatorPerProfile({
    tempPrefix: 'mlc-profiles-',
    args: DATA,
    clientSecret: SECRET,
    configFor,
})

/** The default profile needs no mapping; ifs-alt takes the shipped example, with only URL and database changed. */
function configFor(profile: Profile, url: string, database: string): Record<string, unknown> {
    if (profile === 'ifs-cloud') {
        return {
            name: 'Profiles',
            // The default preset (import tables), judged by faults/target-contract.ts IMPORT_TARGETS.
            ifs: emulatorTenant(url),
            companies: ['10', '20'],
            limits: { pageSize: 40, maxInlineWaitSeconds: 5 },
            database,
        }
    }
    const example = altExampleConfig()
    return {
        ...example,
        name: 'Profiles',
        ifs: { ...example.ifs, url },
        limits: { ...example.limits, pageSize: 40, maxInlineWaitSeconds: 5 },
        database,
    }
}

async function syncAndJudge(profile: Profile): Promise<void> {
    const result = await runCli(['sync', '--config', configs[profile]!, '--json'], env)
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout).report.status).toBe('succeeded')
    const report = checkInvariants(await emulators[profile]!.control.manifest(), {
        database: databases[profile]!,
        connectionName: 'Profiles',
        expectComplete: true,
        companies: ['10', '20'],
    })
    expect(report.problems).toEqual([])
    expect(report.sourceRows).toBe(180)
    expect(report.valuesChecked).toBeGreaterThan(0)
}

/** What was staged, in terms that do not depend on IFS names: type, company, number, supplier, creation date, state. */
function stagedDocuments(profile: Profile): string[] {
    const db = new Database(databases[profile]!, { readonly: true })
    try {
        const rows = db
            .prepare(
                `SELECT object_type, company, document_number, supplier_number, creation_date, state FROM ${STAGING_KEY.name}`
            )
            .all() as Record<string, string | null>[]
        return rows.map((r) => JSON.stringify(r)).sort()
    } finally {
        db.close()
    }
}

test.each(PROFILES)('profile %s: the first sync stages every document once, by its manifest', async (profile) => {
    await syncAndJudge(profile)
})

test.each(PROFILES)('profile %s: after churn in IFS, a re-sync brings every change, still once', async (profile) => {
    const control = emulators[profile]!.control
    expect((await control.churn('supplier_invoice', 15)).changed).toBe(15)
    expect((await control.churn('purchase_order', 8)).changed).toBe(8)
    await syncAndJudge(profile)
})

test('both profiles staged the same documents, by configuration alone', () => {
    const alt = stagedDocuments('ifs-alt')
    expect(alt.length).toBeGreaterThan(100)
    expect(alt).toEqual(stagedDocuments('ifs-cloud'))
})

test.each(PROFILES)('ping passes against profile %s: every mapped name is in its $metadata', async (profile) => {
    const result = await runCli(['ping', '--config', configs[profile]!, '--json'], env)
    const checks = JSON.parse(result.stdout) as { passed: boolean; checks: { check: string; reason: string }[] }
    expect(checks.checks.filter((c) => /fields match \$metadata/.test(c.reason)).length).toBeGreaterThan(0)
    expect(checks.passed).toBe(true)
    expect(result.code).toBe(0)
})
