import * as fs from 'fs'
import * as path from 'path'
import { FLAG, STAGING_KEY } from '../../src/tables'
import { ALT_LINE_OVERRIDES } from '../support/line-overrides'
import { emulatorTenant } from '../support/emulator-for-block'
import { PROFILES, altExampleConfig, emulatorPerProfile } from '../support/profile-emulators'
import type { Profile } from '../support/profile-emulators'
import { queryDatabase } from '../support/query-database'
import { runCli, writeJson } from '../support/run-cli'

/**
 * Issue 18, the reading half: a connection that reads lines reads them in bulk per page of
 * headers, over real HTTP against the emulator, in both naming profiles. Each document's outcome
 * is judged by the emulator's manifests alone: the header manifest's expectation, then the line
 * manifest's `check` (a document with a bad line is flagged, naming that line and why; every
 * other is staged). The line requests per page of headers are bounded by pages and line volume,
 * never by documents.
 */
jest.setTimeout(180_000)

const SECRET = `lines-${process.pid}-${Date.now().toString(36)}`
const env = { ML_CONNECTOR_CLIENT_SECRET: SECRET }
/** Server pages of 25 rows: a page of headers' lines takes nextLinks, which the reader follows. */
const SERVER_PAGE = 25
const PAGE_SIZE = 10
const DATA = ['--seed', '41', '--invoices', '60', '--orders', '40', '--lines-per-document', '1..8']
const FAULTS = ['--bad-line-share', '0.3', '--max-page-size', String(SERVER_PAGE)]

type Key = [string, string | number | null][]
interface LineManifest {
    documents: {
        objectType: 'purchase_order' | 'supplier_invoice'
        key: Key
        check: { outcome: 'staged' } | { outcome: 'flagged'; reason: string; field: string; line: Key }
        lines: unknown[]
    }[]
}
interface HeaderManifest {
    documents: { objectType: string; key: Key; expected: { outcome: string } }[]
}
interface Stats {
    byPath: Record<string, number>
    requests: { master_data: number }
}

/** The sets each profile serves (the emulator's README), for counting requests. */
const SETS: Record<Profile, { orders: string; orderLines: string; invoices: string; items: string; postings: string }> =
    {
        'ifs-cloud': {
            orders: 'PurchaseOrderHandling.svc/PurchaseOrderSet',
            orderLines: 'PurchaseOrderHandling.svc/PurchaseOrderLineNopartSet',
            invoices: 'ManSuppInvoiceHandling.svc/PostingProposalHeadSet',
            items: 'ManSuppInvoiceHandling.svc/ManSuppInvoiceItemSet',
            postings: 'ManSuppInvoiceHandling.svc/ManSuppInvoicePostingSet',
        },
        'ifs-alt': {
            orders: 'PurchaseOrderAnalysis.svc/PurchaseOrderHeaderSet',
            orderLines: 'PurchaseOrderAnalysis.svc/PurchaseOrderLineSet',
            invoices: 'SupplierInvoiceHandling.svc/SupplierInvoiceSet',
            items: 'SupplierInvoiceHandling.svc/SupplierInvoiceLineSet',
            postings: 'SupplierInvoiceHandling.svc/SupplierInvoiceDistributionSet',
        },
    }

const rig = emulatorPerProfile({
    tempPrefix: 'mlc-lines-',
    args: [...DATA, ...FAULTS],
    clientSecret: SECRET,
    configFor,
})
const { emulators, databases, configs } = rig

/** Lines on for both types: `true` under the default names, the alt names for ifs-alt. */
function configFor(profile: Profile, url: string, database: string): Record<string, unknown> {
    const common = {
        name: 'Lines',
        // A preset with line tables: one without (brief, s2p_tables) reads no lines.
        fieldMapPreset: 's2p_import',
        limits: { pageSize: PAGE_SIZE, maxInlineWaitSeconds: 5 },
        database,
    }
    if (profile === 'ifs-cloud')
        return {
            ...common,
            ifs: emulatorTenant(url),
            companies: ['10', '20'],
            // Receipts (on with purchase orders) are judged in cli-receipts; here only lines are.
            objects: {
                supplierInvoices: { source: { lines: true } },
                purchaseOrders: { source: { lines: true } },
                receipts: { enabled: false },
            },
        }
    const example = altExampleConfig()
    const withLines = (key: 'supplierInvoices' | 'purchaseOrders', lines: unknown) => ({
        ...example.objects[key],
        source: { ...example.objects[key].source, lines },
    })
    return {
        ...example,
        ...common,
        ifs: { ...example.ifs, url },
        objects: {
            supplierInvoices: withLines('supplierInvoices', ALT_LINE_OVERRIDES.supplier_invoice),
            purchaseOrders: withLines('purchaseOrders', ALT_LINE_OVERRIDES.purchase_order),
            // The example's receipt names: ping checks them against this tenant's $metadata too.
            receipts: example.objects.receipts,
        },
    }
}

/** How a flag names a line: its key fields after the document's, joined by "/" ("3/1", "2"). */
function lineNumberOf(documentKey: Key, lineKey: Key): string {
    return lineKey
        .slice(documentKey.length)
        .map(([, v]) => String(v))
        .join('/')
}

const sourceKey = (key: Key) => JSON.stringify(Object.fromEntries(key))

interface Outcomes {
    staged: Set<string>
    flags: Map<string, { reason: string; message: string }>
}

function outcomesIn(database: string): Outcomes {
    const keys = queryDatabase<Record<string, string>>(database, `SELECT source_key, state FROM ${STAGING_KEY.name}`)
    const flags = queryDatabase<Record<string, string>>(
        database,
        `SELECT source_key, reason, message FROM ${FLAG.name} WHERE state IN ('open', 'retrying')`
    )
    return {
        staged: new Set(keys.filter((k) => k.state === 'staged').map((k) => k.source_key)),
        flags: new Map(flags.map((f) => [f.source_key, { reason: f.reason, message: f.message }])),
    }
}

test.each(PROFILES)(
    'profile %s: each document is staged or flagged naming its bad line, by the manifests',
    async (profile) => {
        const result = await runCli(['sync', '--config', configs[profile]!, '--json'], env)
        expect(result.stderr).toBe('')
        expect(JSON.parse(result.stdout).report.status).toBe('succeeded')
        const lines = await emulators[profile]!.control.get<LineManifest>('line-manifest')
        const headers = await emulators[profile]!.control.get<HeaderManifest>('manifest')
        const headerOutcome = new Map(headers.documents.map((d) => [sourceKey(d.key), d.expected.outcome]))
        const got = outcomesIn(databases[profile]!)
        let flaggedByLine = 0
        let staged = 0
        for (const doc of lines.documents) {
            const key = sourceKey(doc.key)
            const header = headerOutcome.get(key)
            if (header !== 'staged') {
                // The header alone decides (manifest.ts): not this test's subject, but never staged with a bad line.
                if (doc.check.outcome === 'flagged')
                    expect({ key, staged: got.staged.has(key) }).toEqual({ key, staged: false })
                continue
            }
            if (doc.check.outcome === 'staged') {
                expect({ key, staged: got.staged.has(key), flag: got.flags.get(key) }).toEqual({
                    key,
                    staged: true,
                    flag: undefined,
                })
                staged++
                continue
            }
            const flag = got.flags.get(key)
            expect({ key, staged: got.staged.has(key), reason: flag?.reason }).toEqual({
                key,
                staged: false,
                reason: doc.check.reason,
            })
            expect(flag?.message).toContain(`Line ${lineNumberOf(doc.key, doc.check.line)}`)
            flaggedByLine++
        }
        // The fault share gives both kinds, in both types.
        expect(staged).toBeGreaterThan(20)
        expect(flaggedByLine).toBeGreaterThan(5)
    }
)

test.each(PROFILES)(
    'profile %s: line requests per page of headers are bounded, never one per document',
    async (profile) => {
        const { byPath } = await emulators[profile]!.control.get<Stats>('stats')
        const lines = await emulators[profile]!.control.get<LineManifest>('line-manifest')
        const count = (set: string) =>
            Object.entries(byPath)
                .filter(([p]) => p.endsWith(set))
                .reduce((n, [, c]) => n + c, 0)
        const sets = SETS[profile]
        const documents = (t: string) => lines.documents.filter((d) => d.objectType === t)
        const lineCount = (t: string) => documents(t).reduce((n, d) => n + d.lines.length, 0)
        for (const [headerSet, childSet, type] of [
            [sets.orders, sets.orderLines, 'purchase_order'],
            [sets.invoices, sets.items, 'supplier_invoice'],
            [sets.invoices, sets.postings, 'supplier_invoice'],
        ] as const) {
            const headerRequests = count(headerSet)
            const childRequests = count(childSet)
            // Per header page: one request for its keys (ten fit the URL bound), plus a nextLink per
            // full server page of rows; posting rows are at most three per line.
            const rowsBound = lineCount(type) * (childSet === sets.postings ? 3 : 1)
            expect(childRequests).toBeGreaterThan(0)
            expect(childRequests).toBeLessThanOrEqual(2 * headerRequests + Math.ceil(rowsBound / SERVER_PAGE))
            expect(childRequests).toBeLessThan(documents(type).length)
        }
    }
)

test.each(PROFILES)(
    'profile %s: lines cost no master-data request a header-only run does not make',
    async (profile) => {
        // Runs after the lines run above, which made every master-data request so far.
        const withLines = (await emulators[profile]!.control.get<Stats>('stats')).requests.master_data
        const config = JSON.parse(fs.readFileSync(configs[profile]!, 'utf8'))
        // Headers only, said explicitly: lines are read by default.
        for (const key of ['supplierInvoices', 'purchaseOrders']) config.objects[key].source.lines = false
        config.database = path.join(rig.dir, `${profile}-headers-only.db`)
        const result = await runCli(
            ['sync', '--config', writeJson(path.join(rig.dir, `${profile}-headers-only.json`), config), '--json'],
            env
        )
        expect(JSON.parse(result.stdout).report.status).toBe('succeeded')
        const headersOnly = (await emulators[profile]!.control.get<Stats>('stats')).requests.master_data - withLines
        expect(headersOnly).toBeGreaterThan(0)
        expect(withLines).toBeLessThanOrEqual(headersOnly)
    }
)

test.each(PROFILES)(
    'ping against profile %s checks every line and posting set against its $metadata',
    async (profile) => {
        const result = await runCli(['ping', '--config', configs[profile]!, '--json'], env)
        const out = JSON.parse(result.stdout) as {
            passed: boolean
            checks: { check: string; passed: boolean; reason: string }[]
        }
        const sets = SETS[profile]
        for (const set of [sets.orderLines, sets.items, sets.postings]) {
            const line = out.checks.find((c) => c.check.includes(set))
            expect(line?.reason).toMatch(/fields match \$metadata/)
            expect(line?.passed).toBe(true)
        }
        expect(out.passed).toBe(true)
    }
)

test('a mistyped line field fails ping with the nearest name the line set has', async () => {
    const config = JSON.parse(fs.readFileSync(configs['ifs-cloud']!, 'utf8'))
    config.objects.purchaseOrders.source.lines = { fields: { quantity: 'BuyQtyDu' } }
    const file = writeJson(path.join(rig.dir, 'mistyped.json'), config)
    const result = await runCli(['ping', '--config', file, '--json'], env)
    const out = JSON.parse(result.stdout) as {
        passed: boolean
        checks: { check: string; passed: boolean; reason: string }[]
    }
    const failed = out.checks.filter((c) => !c.passed)
    expect(failed.map((c) => c.reason)).toEqual([expect.stringContaining('`BuyQtyDu` is not a property of')])
    expect(failed[0].reason).toContain('did you mean `BuyQtyDue`?')
    expect(failed[0].check).toContain('PurchaseOrderHandling.svc/PurchaseOrderLineNopartSet (purchase_order lines)')
    expect(result.code).not.toBe(0)

    // The run-start check refuses the type before reading a row of it; the other type runs.
    const sync = await runCli(
        [
            'sync',
            '--config',
            writeJson(path.join(rig.dir, 'mistyped-sync.json'), {
                ...config,
                database: path.join(rig.dir, 'mistyped.db'),
            }),
            '--json',
        ],
        env
    )
    const report = JSON.parse(sync.stdout).report as { status: string; message: string }
    expect(report.message).toContain('purchase_order: the IFS names do not match $metadata')
    expect(report.message).toContain('did you mean `BuyQtyDue`?')
    const staged = outcomesIn(path.join(rig.dir, 'mistyped.db'))
    expect([...staged.staged, ...staged.flags.keys()].filter((k) => k.includes('OrderNo'))).toEqual([])
})
