import * as fs from 'fs'
import * as net from 'net'
import * as path from 'path'
import type { FakeInstanceState } from '../support/fake-servicenow'
import { emulatorAndInstanceForFile, fakeInstanceSettings } from '../support/emulator-and-instance'
import { emulatorTenant } from '../support/emulator-for-block'
import { runCli, tempDir, writeJson } from '../support/run-cli'
import { BRIEF_TARGETS } from '../../src/local/faults/target-contract'

const SECRET = `ping-secret-${process.pid}-${Date.now()}`
const SN_PASSWORD = `sn-password-${process.pid}`
/**
 * The brief's tables as that preset expects them, from the harness's own record of the brief's
 * columns (faults/target-contract.ts), plus each table's state column: text columns, none mandatory.
 */
const BRIEF_DICTIONARY = Object.fromEntries(
    Object.values(BRIEF_TARGETS).map((t) => [
        t.table,
        [
            ...Object.values(t.columns).filter((c): c is string => c !== null),
            t.externalReference,
            t.table === 'proc_po' ? 'status' : 'state',
        ].map((element) => ({ element, internal_type: 'string', max_length: '255', mandatory: 'false' })),
    ])
)
const HEALTHY: FakeInstanceState = {
    user: 'svc_mlc',
    password: SN_PASSWORD,
    plugins: { 'com.snc.sn_shop': true, 'com.snc.procurement': true },
    storeApps: { sn_ap_apm: true },
    tables: ['sn_apo_invoice', 'proc_po'],
    columns: BRIEF_DICTIONARY,
    roles: ['sn_ap_apm.accounts_payable_specialist', 'procurement_user'],
}

const both = emulatorAndInstanceForFile({
    args: ['--invoices', '50', '--orders', '20'],
    clientSecret: SECRET,
    instance: HEALTHY,
})
let dir: string
beforeAll(() => {
    dir = tempDir('mlc-ping-')
})
afterEach(async () => {
    await both.instance?.setState({ ...HEALTHY, oauthClient: null })
    await both.emulator?.control.clearFaults()
})

let n = 0
function config(overrides: Record<string, unknown> = {}, ifs: Record<string, unknown> = {}): string {
    return writeJson(path.join(dir, `config-${++n}.json`), {
        name: 'Ping',
        // The fake instance below has the brief's tables.
        fieldMapPreset: 'brief',
        ifs: { ...emulatorTenant(both.emulator.url), ...ifs },
        companies: ['10'],
        database: `db-${n}.db`,
        servicenow: fakeInstanceSettings(both.instance.url),
        ...overrides,
    })
}

const env = { ML_CONNECTOR_CLIENT_SECRET: SECRET, SN_PW: SN_PASSWORD }

interface PingJson {
    passed: boolean
    checks: { check: string; passed: boolean; reason: string }[]
}

async function ping(file: string, withEnv: Record<string, string | undefined> = env) {
    const result = await runCli(['ping', '--config', file, '--json'], withEnv)
    expect(result.stdout + result.stderr).not.toContain(SECRET)
    expect(result.stdout + result.stderr).not.toContain(SN_PASSWORD)
    return { code: result.code, ping: JSON.parse(result.stdout) as PingJson }
}

function failed(p: PingJson): string[] {
    return p.checks.filter((c) => !c.passed).map((c) => `${c.check}: ${c.reason}`)
}

describe('ping', () => {
    test('passes every check against a healthy tenant and instance, one line per check', async () => {
        const file = config()
        const { code, ping: p } = await ping(file)
        expect(failed(p)).toEqual([])
        expect(code).toBe(0)
        const checks = p.checks.map((c) => c.check).join('\n')
        expect(checks).toMatch(/IFS token for client ml-connector/)
        expect(checks).toMatch(/PostingProposalHeadSet/)
        expect(checks).toMatch(/PurchaseOrderSet/)
        expect(checks).toMatch(/CodeAArray.*company 10/)
        expect(checks).toMatch(/Plugin .*sn_ap_apm/)
        // The instance knows AP as the store app sn_ap_apm, not by the documented com.sn_ap_apm.
        const ap = p.checks.find((c) => c.check.includes('com.sn_ap_apm'))
        expect(ap?.check).toBe(
            'Plugin Accounts Payable Invoice Processing (com.sn_ap_apm, also asked as sn_ap_apm) is active'
        )
        expect(ap?.reason).toBe('active: the instance answered to sn_ap_apm')
        expect(checks).toMatch(/Target table proc_po exists/)
        expect(checks).toMatch(/has role procurement_user/)
        // Each set's names were checked against its service's $metadata, then read with the real query.
        const invoices = p.checks.find((c) => c.check.includes('PostingProposalHeadSet'))!
        expect(invoices.reason).toMatch(/^\d+ fields match \$metadata \(JSON CSDL\); read 1 row\(s\)$/)
        const text = await runCli(['ping', '--config', file], env)
        expect(text.stdout).toMatch(/\[pass\] IFS token for client ml-connector/)
        expect(text.stdout).toMatch(/All checks passed\./)
    })

    test('a wrong IFS secret fails the token check and skips the reads', async () => {
        const { code, ping: p } = await ping(config(), { ...env, ML_CONNECTOR_CLIENT_SECRET: 'not-the-secret' })
        expect(code).toBe(1)
        expect(failed(p)).toEqual([expect.stringMatching(/^IFS token for client ml-connector: .*HTTP 401/)])
        expect(p.checks.some((c) => /entity set/.test(c.check))).toBe(false)
    })

    test('a missing secret variable is named in the failed token check', async () => {
        const { code, ping: p } = await ping(config(), { ...env, ML_CONNECTOR_CLIENT_SECRET: undefined })
        expect(code).toBe(1)
        expect(failed(p)[0]).toMatch(/export ML_CONNECTOR_CLIENT_SECRET/)
    })

    test('an entity set IFS does not have fails its own line, named by $metadata, the others pass', async () => {
        const file = config({ objects: { purchaseOrders: { entitySet: 'PurchaseOrderHandling.svc/NoSuchSet' } } })
        const { code, ping: p } = await ping(file)
        expect(code).toBe(1)
        expect(failed(p)).toEqual([
            expect.stringMatching(/NoSuchSet.*`NoSuchSet` is not an entity set of this service/),
        ])
    })

    test('a mapped field the tenant’s $metadata names otherwise fails its line with the nearest name', async () => {
        await both.emulator.control.setFaults({ spec: 'rename_in_metadata:from=CreationDate,to=CreatedDate' })
        const { code, ping: p } = await ping(config())
        expect(code).toBe(1)
        expect(failed(p)).toEqual([
            'IFS entity set ManSuppInvoiceHandling.svc/PostingProposalHeadSet (supplier_invoice) answers: ' +
                'supplier_invoice (ManSuppInvoiceHandling.svc/PostingProposalHeadSet): ' +
                '`CreationDate` is not a property of `PostingProposalHead`; did you mean `CreatedDate`?',
        ])
        const text = await runCli(['ping', '--config', config()], env)
        expect(text.stdout).toContain('[FAIL] IFS entity set ManSuppInvoiceHandling.svc/PostingProposalHeadSet')
        expect(text.stdout).toContain('did you mean `CreatedDate`?')
        expect(text.stdout).toMatch(/1 of \d+ checks failed\./)
    })

    test('an unreachable tenant fails the token check with the reason', async () => {
        const port = await closedPort()
        const { code, ping: p } = await ping(config({}, { url: `http://127.0.0.1:${port}` }))
        expect(code).toBe(1)
        expect(failed(p)[0]).toMatch(/IFS token.*unreachable/)
    })

    test('invalid settings are refused when the file is read (exit 2), naming the field, before any request', async () => {
        const result = await runCli(['ping', '--config', config({ companies: ['10;DROP'] }), '--json'], env)
        expect(result.code).toBe(2)
        expect(result.stdout).toBe('')
        expect(result.stderr).toContain('companies: Company id "10;DROP" has characters IFS does not use')
        expect(result.stderr).not.toContain(SECRET)
    })

    test('ServiceNow: an inactive plugin, a missing table and a missing role each fail their line', async () => {
        await both.instance.setState({
            storeApps: { sn_ap_apm: false },
            tables: ['sn_apo_invoice'],
            roles: ['procurement_user'],
        })
        const { code, ping: p } = await ping(config())
        expect(code).toBe(1)
        expect(failed(p)).toEqual([
            expect.stringMatching(
                /Plugin .*\(com\.sn_ap_apm, also asked as sn_ap_apm\) is active: activate the plugin com\.sn_ap_apm/
            ),
            expect.stringMatching(/Target table proc_po exists: no table proc_po/),
            expect.stringMatching(/has role sn_ap_apm.accounts_payable_specialist: grant/),
        ])
    })

    test('ServiceNow: a mapped column the instance does not have fails one line naming table and column', async () => {
        await both.instance.setState({
            columns: {
                ...BRIEF_DICTIONARY,
                proc_po: BRIEF_DICTIONARY.proc_po.filter((c) => c.element !== 'cost_center'),
            },
        })
        const { code, ping: p } = await ping(config())
        expect(code).toBe(1)
        expect(failed(p)).toEqual([
            'Field map brief → proc_po: column cost_center: no column cost_center on proc_po: add it to the table, or change or deactivate its row in Target field mappings',
        ])
    })

    test('ServiceNow: a wrong password or a missing password variable fail the login line', async () => {
        const wrong = await ping(config(), { ...env, SN_PW: 'wrong-password' })
        expect(wrong.code).toBe(1)
        expect(failed(wrong.ping)).toEqual([expect.stringMatching(/accepts svc_mlc: .*HTTP 401/)])
        const missing = await ping(config(), { ...env, SN_PW: undefined })
        expect(failed(missing.ping)).toEqual([expect.stringMatching(/export SN_PW/)])
    })

    test('ServiceNow over OAuth: the password grant with the client secret from the environment', async () => {
        const clientSecret = `sn-client-secret-${process.pid}`
        await both.instance.setState({ oauthClient: { clientId: 'mlc-ping', clientSecret } })
        const file = config({
            servicenow: { ...fakeInstanceSettings(both.instance.url), clientId: 'mlc-ping' },
        })
        const good = await ping(file, { ...env, ML_CONNECTOR_SN_CLIENT_SECRET: clientSecret })
        expect(failed(good.ping)).toEqual([])
        expect(good.ping.checks.find((c) => /accepts svc_mlc/.test(c.check))!.reason).toMatch(
            /OAuth token for client mlc-ping/
        )
        const bad = await ping(file, { ...env, ML_CONNECTOR_SN_CLIENT_SECRET: 'wrong-client-secret' })
        expect(failed(bad.ping)).toEqual([expect.stringMatching(/OAuth endpoint answered HTTP 401/)])
        const missing = await ping(file, { ...env, ML_CONNECTOR_SN_CLIENT_SECRET: undefined })
        expect(failed(missing.ping)).toEqual([expect.stringMatching(/export ML_CONNECTOR_SN_CLIENT_SECRET/)])
    })
})

describe('propose-mapping', () => {
    test('prints the override JSON and a note per field from $metadata, and writes nothing', async () => {
        await both.emulator.control.setFaults({ spec: 'rename_in_metadata:from=CreationDate,to=CreatedDate' })
        const file = config()
        const before = fs.readFileSync(file, 'utf8')
        const result = await runCli(['propose-mapping', '--config', file, '--json'], env)
        expect(result.code).toBe(0)
        expect(result.stdout + result.stderr).not.toContain(SECRET)
        const proposal = JSON.parse(result.stdout) as { overrides: unknown; notes: string[]; toConfirm: number }
        expect(proposal.overrides).toEqual({
            objects: {
                supplierInvoices: { source: { preset: 'ifs_cloud', fields: { createdAt: 'CreatedDate' } } },
                purchaseOrders: { source: { preset: 'ifs_cloud' } },
            },
        })
        expect(proposal.notes).toContain(
            '  createdAt: CreationDate -> CreatedDate (Edm.DateTimeOffset), likely: confirm'
        )
        expect(proposal.toConfirm).toBe(1)
        expect(fs.readFileSync(file, 'utf8')).toBe(before)
        const text = await runCli(['propose-mapping', '--config', file], env)
        expect(text.stdout).toMatch(/^Proposed source mapping \(nothing was written/)
        expect(text.stdout).toContain('Per field (1 to confirm):')
    })
})

describe('exit codes', () => {
    test('usage errors exit 2 with a message', async () => {
        expect((await runCli([])).code).toBe(2)
        const unknown = await runCli(['frobnicate'])
        expect(unknown.code).toBe(2)
        expect(unknown.stderr).toMatch(/Unknown command "frobnicate"/)
        const noConfig = await runCli(['sync'])
        expect(noConfig.code).toBe(2)
        expect(noConfig.stderr).toMatch(/--config FILE is required/)
        const secretFlag = await runCli(['sync', '--config', config(), '--client-secret', SECRET], env)
        expect(secretFlag.code).toBe(2)
        expect(secretFlag.stderr).toMatch(/client-secret/)
        expect(secretFlag.stderr + secretFlag.stdout).not.toContain(SECRET)
        expect((await runCli(['help'])).code).toBe(0)
    })

    test('a secret written into the config file is refused (exit 2) and not echoed', async () => {
        const file = config({}, { clientSecret: SECRET })
        const result = await runCli(['sync', '--config', file], env)
        expect(result.code).toBe(2)
        expect(result.stderr).toMatch(/ifs.clientSecret: secrets are read from environment variables only/)
        expect(result.stderr + result.stdout).not.toContain(SECRET)
        const missingFile = await runCli(['sync', '--config', path.join(dir, 'nope.json')], env)
        expect(missingFile.code).toBe(2)
        expect(missingFile.stderr).toMatch(/cannot read the config file/)
    })

    test('sync without the secret variable exits 2 before contacting IFS', async () => {
        await both.emulator.control.reset()
        const result = await runCli(['sync', '--config', config()], { ML_CONNECTOR_CLIENT_SECRET: undefined })
        expect(result.code).toBe(2)
        expect(result.stderr).toMatch(/Export ML_CONNECTOR_CLIENT_SECRET/)
        const stats = await both.emulator.control.stats<{ requests: { token: number; data: number } }>()
        expect(stats.requests.token + stats.requests.data).toBe(0)
    })

    test('rejected credentials exit 1 with a clear message and no secret', async () => {
        const result = await runCli(['sync', '--config', config()], {
            ML_CONNECTOR_CLIENT_SECRET: 'wrong-secret-value',
        })
        expect(result.code).toBe(1)
        expect(result.stdout).toMatch(/credentials rejected/)
        expect(result.stdout + result.stderr).not.toContain('wrong-secret-value')
    })

    test('a run IFS keeps failing exits 1; a run with flags exits 0', async () => {
        await both.emulator.control.setFaults({
            rules: [{ kind: 'server_error', status: 503, path: 'PurchaseOrderSet' }],
        })
        const failing = await runCli(['sync', '--config', config(), '--json'], env)
        expect(failing.code).toBe(1)
        const report = JSON.parse(failing.stdout).report
        expect(['partial', 'failed']).toContain(report.status)
        expect(report.message).toMatch(/503/)
        await both.emulator.control.clearFaults()
        const flagged = await runCli(['sync', '--config', config(), '--json'], env)
        expect(flagged.code).toBe(0)
        expect(JSON.parse(flagged.stdout).report.flagged).toBeGreaterThan(0)
    })
})

test('a run the engine defers (request ceiling reached) exits 0 and says when to continue', async () => {
    const file = config({ limits: { requestsPerMinute: 4, maxInlineWaitSeconds: 0 } })
    const before = Date.now()
    const result = await runCli(['sync', '--config', file, '--json'], env)
    expect(result.code).toBe(0)
    const outcome = JSON.parse(result.stdout) as {
        report: { status: string; ifsRequests: number }
        continueAtMs: number
    }
    expect(outcome.report.status).toBe('deferred')
    expect(outcome.report.ifsRequests).toBeLessThanOrEqual(4)
    // When the first of the four requests leaves the 60-s window: after the run started, however
    // long it took (a timestamp taken before the run, not a stopwatch).
    expect(outcome.continueAtMs).toBeGreaterThan(before + 59_000)
    const text = await runCli(
        ['sync', '--config', config({ limits: { requestsPerMinute: 4, maxInlineWaitSeconds: 0 } })],
        env
    )
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/Deferred: run sync again after \d{4}-\d{2}-\d{2}T/)
})

function closedPort(): Promise<number> {
    return new Promise((resolve) => {
        const s = net.createServer()
        s.listen(0, '127.0.0.1', () => {
            const port = (s.address() as net.AddressInfo).port
            s.close(() => resolve(port))
        })
    })
}
