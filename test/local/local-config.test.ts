import { BASE_CONFIG, problemsOf } from './config-problems'
import {
    EMULATOR_VIRTUAL_ORIGIN,
    connectionTypeValues,
    connectionValues,
    upsertConnection,
} from '../../src/local/cli/connection-row'
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { ConfigFileError, loadLocalConfig, parseLocalConfig } from '../../src/local/cli/local-config'
import { main } from '../../src/local/cli/main'
import { targetTablesFor } from '../../src/local/cli/local-runtime'
import { SqliteStore } from '../../src/local/store/sqlite-store'
import { parseStoredConnection } from '../../src/server/core/config/load-connection'
import { parseConnection } from '../../src/server/core/config/parse-connection'
import type { StoredRecord } from '../../src/server/ports/store'
import { CONNECTION, CONNECTION_TYPE } from '../../src/tables'

const base = BASE_CONFIG

test('defaults: secret variable, database next to the file, both object types on', () => {
    const config = parseLocalConfig(base, '/cfg')
    expect(config.ifs.clientSecretEnv).toBe('ML_CONNECTOR_CLIENT_SECRET')
    expect(config.database).toBe('/cfg/x.db')
    expect(config.objects.supplierInvoices.enabled).toBe(true)
    expect(config.ifs.insecureLocalEmulator).toBe(false)
})

test('a config file that is not JSON is reported without quoting its text (it may hold a pasted secret)', () => {
    // V8's JSON.parse message quotes about ten characters around the error: an unquoted secret
    // pasted into the file reached stderr. The problem now gives the line and column instead.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlc-config-'))
    const file = path.join(dir, 'broken.json')
    fs.writeFileSync(file, '{\n  "name": "Acme",\n  "ifs": { "clientSecret": Sup3rS3cretValue }\n}\n')
    let problems: readonly string[] = []
    try {
        loadLocalConfig(file)
    } catch (error) {
        if (!(error instanceof ConfigFileError)) throw error
        problems = error.problems
    }
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/not valid JSON.*line 3, column 28/)
    expect(problems[0]).not.toMatch(/Sup3r|S3cret/)
    fs.rmSync(dir, { recursive: true, force: true })
})

test('insecureLocalEmulator with a URL that is not a loopback http(s) URL is a config error (exit 2), not a crash', async () => {
    // It used to pass the file check and throw a plain Error from the runtime: exit 1 and a bare message.
    for (const url of ['http://10.0.0.5:4000', 'not a url']) {
        const problems = problemsOf({ ...base, ifs: { ...base.ifs, url, insecureLocalEmulator: true } })
        expect(problems).toEqual([expect.stringMatching(/^ifs\.url: .*loopback/)])
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlc-config-'))
    const file = path.join(dir, 'remote-emulator.json')
    fs.writeFileSync(
        file,
        JSON.stringify({ ...base, ifs: { ...base.ifs, url: 'http://10.0.0.5:4000', insecureLocalEmulator: true } })
    )
    const err: string[] = []
    const io = {
        out: () => undefined,
        err: (t: string) => err.push(t),
        isTty: false,
        env: { ML_CONNECTOR_CLIENT_SECRET: 'x'.repeat(20) },
    }
    await expect(main(['sync', '--config', file], io)).resolves.toBe(2)
    expect(err.join('\n')).toMatch(/config file has problems[\s\S]*ifs\.url/)
    expect(fs.existsSync(path.join(dir, 'x.db'))).toBe(false)
    fs.rmSync(dir, { recursive: true, force: true })
})

test('a secret in the file is refused wherever it is, naming the key', () => {
    const problems = problemsOf({ ...base, ifs: { ...base.ifs, clientSecret: 'abc' }, servicenow: { password: 'x' } })
    expect(problems.some((p) => p.startsWith('ifs.clientSecret:'))).toBe(true)
    expect(problems.some((p) => p.startsWith('servicenow.password:'))).toBe(true)
    expect(problemsOf({ ...base, ifs: { ...base.ifs, clientSecretEnv: 'MY VAR' } })[0]).toMatch(/environment variable/)
})

test('shape errors list every problem', () => {
    const problems = problemsOf({ name: 'x', ifs: { url: 1 }, companies: [], limits: { pageSize: 'big' } })
    expect(problems).toEqual(
        expect.arrayContaining([
            'ifs.url: must be a non-empty string',
            'ifs.realm: required',
            'ifs.clientId: required',
            'companies: must be a non-empty list of strings',
            'limits.pageSize: must be a number',
        ])
    )
})

function asRecord(values: ReturnType<typeof connectionValues>): StoredRecord {
    const out: Record<string, string | null> = { sys_id: 'x' }
    for (const [k, v] of Object.entries(values))
        out[k] = v === null ? null : typeof v === 'boolean' ? (v ? '1' : '0') : String(v)
    return out as StoredRecord
}

test('a real tenant goes into the row as is and passes the core parser', () => {
    const config = parseLocalConfig(base, '/cfg')
    const values = connectionValues(config)
    expect(values.tenant_url).toBe('https://acme.ifs.cloud')
    expect(values.oauth_profile).toMatch(/^[0-9a-f]{32}$/)
    expect(values.page_size).toBe(5000)
    const parsed = parseConnection(asRecord(values), connectionTypeValues(config))
    expect(parsed.ok && parsed.config.tokenUrl).toBe(
        'https://acme.ifs.cloud/auth/realms/acme/protocol/openid-connect/token'
    )
})

test('plain http to an IP is refused by the connection rules unless it is the local emulator escape hatch', () => {
    // Refused when the file is read, with the rule table's message, before any row is written.
    expect(() => parseLocalConfig({ ...base, ifs: { ...base.ifs, url: 'http://127.0.0.1:4000' } }, '/cfg')).toThrow(
        'tenant_url: Tenant URL must start with https://'
    )
    const emulator = parseLocalConfig(
        { ...base, ifs: { ...base.ifs, url: 'http://127.0.0.1:4000', insecureLocalEmulator: true } },
        '/cfg'
    )
    const values = connectionValues(emulator)
    expect(values.tenant_url).toBe(EMULATOR_VIRTUAL_ORIGIN)
    const parsed = parseConnection(asRecord(values), connectionTypeValues(emulator))
    expect(parsed.ok && parsed.config.tenantUrl).toBe(EMULATOR_VIRTUAL_ORIGIN)
    // An emulator off this machine: refused when the file is read too.
    expect(() =>
        parseLocalConfig(
            { ...base, ifs: { ...base.ifs, url: 'http://10.1.2.3:4000', insecureLocalEmulator: true } },
            '/cfg'
        )
    ).toThrow(/loopback/)
})

test('upsert keeps one connection row per name and updates it from the file', () => {
    const store = new SqliteStore({ path: ':memory:' })
    const config = parseLocalConfig(base, '/cfg')
    const id = upsertConnection(store, config)
    expect(upsertConnection(store, { ...config, companies: ['10', '20'] })).toBe(id)
    expect(store.count(CONNECTION.name, [])).toBe(1)
    expect(store.get(CONNECTION.name, id)!.companies).toBe('10,20')
    store.close()
})

test('upsert writes one document type row per registered type from objects, and updates them', () => {
    const store = new SqliteStore({ path: ':memory:' })
    const config = parseLocalConfig(
        { ...base, objects: { purchaseOrders: { enabled: false, entitySet: 'PO.svc/Orders' } } },
        '/cfg'
    )
    const id = upsertConnection(store, config)
    const rows = () =>
        store
            .query(CONNECTION_TYPE.name, { orderBy: [{ field: 'object_type' }] })
            .map((r) => [r.connection, r.object_type, r.active, r.entity_set_path, r.target_table])
    // Receipts are on by default wherever purchase orders are: here they are off with them.
    expect(rows()).toEqual([
        [id, 'purchase_order', '0', 'PO.svc/Orders', null],
        [id, 'receipt', '0', null, null],
        [id, 'supplier_invoice', '1', null, null],
    ])
    upsertConnection(store, {
        ...config,
        objects: { ...config.objects, purchaseOrders: { enabled: true }, receipts: { enabled: true } },
    })
    expect(rows()).toEqual([
        [id, 'purchase_order', '1', null, null],
        [id, 'receipt', '1', null, null],
        [id, 'supplier_invoice', '1', null, null],
    ])
    const parsed = parseStoredConnection(store, store.get(CONNECTION.name, id)!)
    expect(parsed.ok && parsed.config.partitions.map((p) => [p.objectType, p.entitySetPath, p.targetTable])).toEqual([
        // The default preset stages into the integration framework's import tables (s2p-targets §0).
        ['supplier_invoice', 'ManSuppInvoiceHandling.svc/PostingProposalHeadSet', 'sn_spend_intg_imp_invoice'],
        ['purchase_order', 'PurchaseOrderHandling.svc/PurchaseOrderSet', 'sn_fcms_intg_imp_order'],
        ['receipt', 'PurchaseReceiptHandling.svc/PurchaseReceiptSet', 'sn_fcms_intg_imp_receipt'],
    ])
    store.close()
})

test('target tables: every default table, and a custom one shaped like its preset default', () => {
    const config = parseLocalConfig(
        { ...base, objects: { supplierInvoices: { targetTable: 'u_my_invoice' } }, fieldMapPreset: 'brief' },
        '/cfg'
    )
    const tables = targetTablesFor(config)
    const names = tables.map((t) => t.name)
    expect(names).toEqual(expect.arrayContaining(['sn_apo_invoice', 'proc_po', 'u_my_invoice']))
    const custom = tables.find((t) => t.name === 'u_my_invoice')!
    const brief = tables.find((t) => t.name === 'sn_apo_invoice')!
    expect(custom.columns.map((c) => c.name)).toEqual(brief.columns.map((c) => c.name))
})

test.each([
    ['ifs.url', { ifs: { ...base.ifs, url: 'https://u:pw1@acme.ifs.cloud' } }],
    ['ifs.url', { ifs: { ...base.ifs, url: 'http://u:pw1@127.0.0.1:4000', insecureLocalEmulator: true } }],
    ['ifs.url', { ifs: { ...base.ifs, url: 'http://pw1@localhost:4000', insecureLocalEmulator: true } }],
    ['ifs.tokenUrl', { ifs: { ...base.ifs, tokenUrl: 'https://u:pw1@acme.ifs.cloud/auth/realms/r/t' } }],
    ['servicenow.instanceUrl', { servicenow: { instanceUrl: 'https://svc:pw1@x.service-now.com', user: 'svc' } }],
])('user info in %s is refused in every mode, without quoting the URL', (where, patch) => {
    const problems = problemsOf({ ...base, ...patch })
    expect(problems).toContain(
        `${where}: must not contain a user name or password (user@host); credentials come from environment variables only`
    )
    expect(problems.join('\n')).not.toContain('pw1')
})

test('upsertConnection never writes a URL with user info, whoever calls it', () => {
    const store = new SqliteStore({ path: ':memory:', targetTables: [] })
    try {
        const config = parseLocalConfig(base, '/cfg')
        const bad = { ...config, ifs: { ...config.ifs, tokenUrl: 'https://u:pw1@acme.ifs.cloud/auth/realms/r/t' } }
        expect(() => upsertConnection(store, bad)).toThrow(/token_url: must not contain a user name or password/)
        expect(store.query(CONNECTION.name, {})).toEqual([])
    } finally {
        store.close()
    }
})

test.each([
    [
        { limits: { timeBudgetSeconds: -5, maxInlineWaitSeconds: 1 } },
        'time_budget_seconds: Time budget per run (s) must be a whole number from 10 to 3600 (is "-5")',
    ],
    [
        { limits: { overlapSeconds: 0.5, maxInlineWaitSeconds: 1 } },
        'overlap_seconds: Clock-skew overlap (s) must be a whole number from 0 to 86400 (is "0.5")',
    ],
    [{ companies: ['10', '10'] }, 'companies: Company id "10" is listed twice'],
    [
        { masterData: { suppliers: 'Suppliers' } },
        'supplier_entity_set: Supplier entity set must look like <Projection>.svc/<EntitySet> (is "Suppliers")',
    ],
    [
        { ifs: { ...base.ifs, tokenUrl: 'https://u:p@acme.ifs.cloud/token' } },
        'ifs.tokenUrl: must not contain a user name or password (user@host)',
    ],
])('the connection rule table checks the file’s values when it is read: %j', (change, message) => {
    expect(() => parseLocalConfig({ ...base, ...change }, '/cfg')).toThrow(message)
})
