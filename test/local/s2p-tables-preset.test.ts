import Database from 'better-sqlite3'
import * as path from 'path'
import type { Manifest, ManifestDocument } from '../../src/local/emulator/dataset/manifest'
import type { ServiceNowSupplier } from '../../src/local/emulator/dataset/servicenow-suppliers'
import { parseLocalConfig } from '../../src/local/cli/local-config'
import { targetTablesFor } from '../../src/local/cli/local-runtime'
import { seedModelTables } from '../../src/local/s2p-model/s2p-model'
import { seedModelSuppliers } from '../../src/local/s2p-model/seed-suppliers'
import { SqliteStore } from '../../src/local/store/sqlite-store'
import { startEmulatorProcess } from '../support/emulator-process'
import type { EmulatorProcess } from '../support/emulator-process'
import { runCli, tempDir, writeJson } from '../support/run-cli'

/**
 * The primary-table preset end to end: the engine writes sn_shop_purchase_order and sn_shop_invoice
 * in the stand-in, resolving references against its modelled master data (legal entities and the
 * suppliers ServiceNow holds per legal entity, as the emulator lists them; currencies; the POs it
 * staged itself). The verdict comes from the emulator's manifest and supplier list and from the
 * stand-in's own master-data rows, never from the engine's code.
 */
const SECRET = `s2p-tables-${process.pid}-${Date.now()}`
let emulator: EmulatorProcess
let dir: string
let manifest: Manifest
let known: Set<string>

type Row = Record<string, unknown>

beforeAll(async () => {
    emulator = await startEmulatorProcess(['--seed', '23', '--invoices', '80', '--orders', '60'], {
        clientSecret: SECRET,
    })
    dir = tempDir('mlc-s2p-tables-')
    manifest = await emulator.control.get<Manifest>('manifest')
    const { suppliers } = await emulator.control.get<{ suppliers: ServiceNowSupplier[] }>('servicenow-suppliers')
    known = new Set(suppliers.map((s) => `${s.supplierCode}|${s.legalEntity}`))
    const json = {
        name: 'Primary tables',
        ifs: { url: emulator.url, realm: 'ifs', clientId: 'ml-connector', insecureLocalEmulator: true },
        companies: ['10', '20'],
        database: 's2p.db',
        fieldMapPreset: 's2p_tables',
    }
    writeJson(path.join(dir, 'config.json'), json)
    // ServiceNow's master data before the first run, as the demo seeds it.
    const store = new SqliteStore({
        path: path.join(dir, 's2p.db'),
        targetTables: targetTablesFor(parseLocalConfig(json, dir)),
    })
    seedModelTables(store)
    seedModelSuppliers(store, suppliers)
    store.close()
})
afterAll(async () => {
    await emulator?.stop()
})

const staged = (type: ManifestDocument['objectType']) =>
    manifest.documents.filter((d) => d.objectType === type && d.expected.outcome === 'staged')
const pairOf = (d: ManifestDocument) => `${d.identity.supplierNumber}|${d.identity.company}`
const valuesOf = (d: ManifestDocument) => (d.expected.outcome === 'staged' ? d.expected.values : null)!

test('s2p_tables stages POs and invoices with their references resolved, and flags a supplier unknown for its legal entity', async () => {
    const config = path.join(dir, 'config.json')
    // Invoices are read before orders: an invoice whose PO the same run stages later is flagged,
    // and the next run's flag re-read stages it.
    for (let run = 0; run < 2; run++) {
        const result = await runCli(['sync', '--config', config, '--json'], { ML_CONNECTOR_CLIENT_SECRET: SECRET })
        expect(result.stderr).toBe('')
        expect(JSON.parse(result.stdout).report.status).toBe('succeeded')
    }
    const db = new Database(path.join(dir, 's2p.db'), { readonly: true })
    try {
        const all = (sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as Row[]
        const idOf = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as Row | undefined)?.sys_id
        const entity = (code: string | null) =>
            idOf('SELECT sys_id FROM sn_fin_legal_entity WHERE erp_company_code = ?', code)
        const supplier = (d: ManifestDocument) =>
            idOf(
                'SELECT sys_id FROM sn_fin_supplier WHERE erp_supplier_code = ? AND erp_company_code = ?',
                d.identity.supplierNumber,
                d.identity.company
            )
        const flags = all('SELECT object_type, company, document_number, reason, message FROM x_mlc_ifs_s2p_flag')
        const flagOf = (d: ManifestDocument) =>
            flags.find(
                (f) =>
                    f.object_type === d.objectType &&
                    f.company === d.identity.company &&
                    f.document_number === d.identity.documentNumber
            )

        // Purchase orders: staged when ServiceNow knows their supplier for their legal entity.
        const orders = new Map(all('SELECT * FROM sn_shop_purchase_order').map((r) => [r.number, r]))
        const stagedOrders = new Set<string>()
        for (const d of staged('purchase_order')) {
            const v = valuesOf(d)
            if (!known.has(pairOf(d))) {
                expect(orders.has(v.documentNumber)).toBe(false)
                expect(flagOf(d)).toMatchObject({ reason: 'unknown_supplier' })
                continue
            }
            stagedOrders.add(v.documentNumber)
            expect({ number: v.documentNumber, ...orders.get(v.documentNumber) }).toMatchObject({
                number: v.documentNumber,
                total_amount: v.grossAmount,
                supplier: supplier(d),
                legal_entity: entity(d.identity.company),
            })
        }
        expect(stagedOrders.size).toBeGreaterThan(0)

        // Invoices: staged with every reference; flagged with the AP user's reason otherwise.
        const invoices = new Map(all('SELECT * FROM sn_shop_invoice').map((r) => [r.supplier_invoice_number, r]))
        let unknownSuppliers = 0
        let withPo = 0
        for (const d of staged('supplier_invoice')) {
            const v = valuesOf(d)
            const supplierKnown = known.has(pairOf(d))
            const poKnown = v.poReference === null || stagedOrders.has(v.poReference)
            if (supplierKnown && poKnown) {
                if (v.poReference !== null) withPo++
                expect({ number: v.documentNumber, ...invoices.get(v.documentNumber) }).toMatchObject({
                    number: v.documentNumber,
                    invoice_date: v.documentDate,
                    subtotal: v.netAmount,
                    invoice_amount: v.grossAmount,
                    state: 'draft',
                    supplier: supplier(d),
                    legal_entity: entity(d.identity.company),
                    currency: idOf('SELECT sys_id FROM fx_currency WHERE code = ?', v.currency),
                    purchase_order:
                        v.poReference === null
                            ? null
                            : idOf('SELECT sys_id FROM sn_shop_purchase_order WHERE number = ?', v.poReference),
                })
                continue
            }
            expect(invoices.has(v.documentNumber)).toBe(false)
            const flag = flagOf(d)
            if (!supplierKnown) {
                unknownSuppliers++
                expect(flag?.reason).toBe('unknown_supplier')
                expect(String(flag?.message).split('\n')).toContain(
                    `Supplier ${d.identity.supplierNumber} is not known in ServiceNow for legal entity ${d.identity.company}; add the supplier for that legal entity in ServiceNow (sn_fin_supplier) or correct it in IFS.`
                )
            } else
                expect(flag).toMatchObject({
                    reason: 'unknown_reference',
                    message: `Purchase order ${v.poReference} is not in ServiceNow yet; the invoice is staged once it is (or correct the PO reference in IFS).`,
                })
        }
        // The dataset exercises both: an unknown supplier, and invoices matched to their PO.
        expect(unknownSuppliers).toBeGreaterThan(0)
        expect(withPo).toBeGreaterThan(0)
    } finally {
        db.close()
    }
})
