import { presetMasterData, presetPartition } from '../../fakes/preset-partition'
import { NodeDigest } from '../../../src/local/node-ports/node-digest'
import { MemoryStore } from '../../fakes/memory-store'
import { FakeClock, FakeWaiter } from '../../fakes/fake-clock'
import type { Query, RecordValues, StoredRecord } from '../../../src/server/ports/store'
import type { ColumnInfo, Platform } from '../../../src/server/ports/platform'
import type { Ports } from '../../../src/server/ports/ports'
import type { ConnectionConfig, FieldMapPreset } from '../../../src/server/core/config/connection-config'
import type { IfsReader, IfsRow } from '../../../src/server/core/ifs/ifs-reader'
import type { ODataQuery } from '../../../src/server/core/odata/query'
import { renderFilter } from '../../../src/server/core/odata/render-query'
import { parseFilter } from '../../../src/local/emulator/odata/filter-parser'
import { matches } from '../../../src/local/emulator/odata/filter-eval'
import type { EmulatorRow } from '../../../src/local/emulator/dataset/row'
import { AuditTrail } from '../../../src/server/core/audit/audit-trail'
import { Redactor } from '../../../src/server/core/audit/redactor'
import { TARGET_TABLE_SCHEMAS } from '../../../src/server/core/staging/field-maps'
import { createStagerWith } from '../../../src/server/core/staging/create-stager'
import type { StagerOptions } from '../../../src/server/core/staging/create-stager'
import type { Stager } from '../../../src/server/core/staging/stager'
import type { PageOutcome } from '../../../src/server/core/sync/page-sink'
import { AUDIT, FLAG, STAGING_KEY } from '../../../src/tables'
import type { ObjectType } from '../../../src/tables/object-types'

/**
 * A MemoryStore that records every query, to assert "one query per page". It hands out its own
 * sys_ids: MemoryStore's counter ids collide above 162 records ('a…a3' is both id 3 and id 0xa3).
 */
class CountingStore extends MemoryStore {
    readonly queries: { table: string; query: Query }[] = []
    private idCounter = 0
    override insert(table: string, values: RecordValues): string {
        if (values.sys_id) return super.insert(table, values)
        const sysId = (++this.idCounter).toString(16).padStart(32, '0')
        return super.insert(table, { ...values, sys_id: sysId })
    }
    override query(table: string, query: Query): StoredRecord[] {
        this.queries.push({ table, query })
        return super.query(table, query)
    }
}

/**
 * The rows of `rows` that a query's filter selects, as IFS would: the engine's filter rendered as it
 * is sent, then parsed and evaluated by the emulator's own parser and evaluator (one filter grammar
 * for the emulator and the tests).
 */
function selected(rows: readonly IfsRow[], query: ODataQuery): IfsRow[] {
    if (!query.filter) return [...rows]
    const filter = parseFilter(renderFilter(query.filter))
    return rows.filter((r) => matches(filter, r as EmulatorRow))
}

/** A scripted IFS: rows per entity-set path, filters evaluated, pages of `pageSize`, every call logged. */
class FakeIfs implements IfsReader {
    readonly sets = new Map<string, IfsRow[]>()
    readonly calls: { path: string; query: ODataQuery }[] = []
    pageSize = 2

    set(path: string, rows: IfsRow[]): void {
        this.sets.set(path, rows)
    }

    readAll(path: string, query: ODataQuery, onPage: (rows: readonly IfsRow[]) => void): number {
        this.calls.push({ path, query })
        const rows = selected(this.sets.get(path) ?? [], query)
        for (let i = 0; i < rows.length; i += this.pageSize) onPage(rows.slice(i, i + this.pageSize))
        return rows.length
    }

    readPage(path: string, query: ODataQuery): { rows: readonly IfsRow[]; nextLink: string | null } {
        this.calls.push({ path, query })
        return {
            rows: selected(this.sets.get(path) ?? [], query),
            nextLink: null,
        }
    }

    callsTo(path: string): { path: string; query: ODataQuery }[] {
        return this.calls.filter((c) => c.path === path)
    }
}

export const CONNECTION_ID = 'c0000000000000000000000000000001'

const NO_COUNTS = { inserted: 0, updated: 0, duplicates: 0, flagged: 0, rejected: 0, errors: 0, resolved: 0 }
/** A page's counts (runPage) with every count 0 but those given: the whole outcome, written short. */
export function pageCounts(given: Partial<Record<keyof typeof NO_COUNTS, number>>): typeof NO_COUNTS {
    return { ...NO_COUNTS, ...given }
}
export const SUPPLIER_PATH = 'SuppliersHandling.svc/SupplierInfoGeneralSet'
const GL_TEMPLATE = "CodePartValuesHandling.svc/CompanyFinanceSet(Company='{company}')/CodeAArray"
const CC_TEMPLATE = "CodePartValuesHandling.svc/CompanyFinanceSet(Company='{company}')/CodeBArray"
/** The connection's ERP source record (a sn_fin_erp_source sys_id). */
const ERP_SOURCE_ID = 'e'.repeat(32)
export const INVOICE_PATH = 'ManSuppInvoiceHandling.svc/PostingProposalHeadSet'
export const ORDER_PATH = 'PurchaseOrderHandling.svc/PurchaseOrderSet'
export const glPath = (company: string) => GL_TEMPLATE.replace('{company}', company.split("'").join("''"))
export const ccPath = (company: string) => CC_TEMPLATE.replace('{company}', company.split("'").join("''"))

export function connectionConfig(preset: FieldMapPreset = 'brief', dryRun = false): ConnectionConfig {
    const tables = {
        brief: ['sn_apo_invoice', 'proc_po'],
        s2p_import: ['sn_spend_intg_imp_invoice', 'sn_fcms_intg_imp_order'],
        s2p_tables: ['sn_shop_invoice', 'sn_shop_purchase_order'],
        legacy_procurement: ['sn_spend_intg_imp_invoice', 'proc_po'],
    }[preset]
    return {
        sysId: CONNECTION_ID,
        name: 'Test tenant',
        tenantUrl: 'https://test.ifs.cloud',
        tokenUrl: 'https://test.ifs.cloud/auth/realms/r/protocol/openid-connect/token',
        oauthProfile: 'p',
        companies: ['10'],
        partitions: [
            { ...presetPartition('supplier_invoice'), entitySetPath: INVOICE_PATH, targetTable: tables[0] },
            { ...presetPartition('purchase_order'), entitySetPath: ORDER_PATH, targetTable: tables[1] },
        ],
        masterData: presetMasterData({ supplier: SUPPLIER_PATH, glAccount: GL_TEMPLATE, costCenter: CC_TEMPLATE }),
        fieldMapPreset: preset,
        erpSource: ERP_SOURCE_ID,
        externalInvoiceSource: 'IFS Cloud',
        transformMode: 'run_now',
        pageSize: 100,
        requestCeiling: 1000,
        timeBudgetMs: 60000,
        overlapSeconds: 0,
        lookbackSeconds: 0,
        dryRun,
    }
}

export function invoiceRow(n: number, overrides: Record<string, unknown> = {}): IfsRow {
    return {
        Objversion: '20260110120000',
        Company: '10',
        InvoiceId: n,
        InvoiceNo: `INV-${n}`,
        Identity: 'S1',
        InvoiceDate: '2026-01-10',
        CreationDate: '2026-01-10T09:00:00+01:00',
        DueDate: '2026-02-10',
        Currency: 'EUR',
        NetCurrAmount: 100,
        VatCurrAmount: 25,
        GrossCurrAmount: 125,
        PoRef: null,
        CodeA: '4000',
        CodeB: '100',
        Objstate: 'Posted',
        ...overrides,
    }
}

export function orderRow(no: string, overrides: Record<string, unknown> = {}): IfsRow {
    return {
        Objversion: '20260110120000',
        OrderNo: no,
        Company: '10',
        VendorNo: 'S1',
        OrderDate: '2026-01-10',
        DateEntered: '2026-01-10T08:00:00Z',
        WantedReceiptDate: '2026-03-01',
        CurrencyCode: 'EUR',
        NetAmount: 1000,
        TaxAmount: 250,
        GrossAmount: 1250,
        CodeA: '4000',
        CodeB: '100',
        Objstate: 'Released',
        ...overrides,
    }
}

/** The store, IFS, clock and platform shared by consecutive runs; each run gets a fresh stager. */
export class StagingWorld {
    readonly store = new CountingStore({ unique: { [STAGING_KEY.name]: [['key']] } })
    readonly clock = new FakeClock()
    readonly ifs = new FakeIfs()
    readonly redactor = new Redactor()
    tables: Record<string, readonly ColumnInfo[] | null> = {}
    connection: ConnectionConfig
    private runNo = 0

    constructor(preset: FieldMapPreset = 'brief', dryRun = false) {
        this.connection = connectionConfig(preset, dryRun)
        for (const [name, cols] of Object.entries(TARGET_TABLE_SCHEMAS))
            this.tables[name] = cols.map((c) => ({ ...c, mandatory: false }))
        this.ifs.set(SUPPLIER_PATH, [
            { SupplierId: 'S1', Name: 'Acme Ltd' },
            { SupplierId: 'S2', Name: 'Globex' },
        ])
        this.ifs.set(glPath('10'), [
            { CodeValue: '4000', Description: 'Goods', ValidFrom: '2020-01-01', ValidUntil: null },
            { CodeValue: '4010', Description: 'Old goods', ValidFrom: '2020-01-01', ValidUntil: '2025-12-31' },
            { CodeValue: '6100', Description: 'Freight in', ValidFrom: null, ValidUntil: null },
        ])
        this.ifs.set(ccPath('10'), [
            { CodeValue: '100', Description: 'Sales', ValidFrom: null, ValidUntil: null },
            { CodeValue: '200', Description: 'IT', ValidFrom: '2026-02-01', ValidUntil: null },
            { CodeValue: 'CC-A', Description: 'Workshop', ValidFrom: null, ValidUntil: null },
        ])
    }

    platform(): Platform {
        return {
            isPluginActive: () => true,
            describeTable: (t) => this.tables[t] ?? null,
            runAsUserHasRole: () => true,
            runAsUserName: () => 'system',
        }
    }

    ports(): Ports {
        const unused = () => {
            throw new Error('not used by staging')
        }
        return {
            http: { send: unused },
            tokensFor: unused,
            store: this.store,
            clock: this.clock,
            waiter: new FakeWaiter(this.clock),
            scheduler: { scheduleContinuation: unused },
            platform: this.platform(),
            log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
            digest: new NodeDigest(),
            workerId: 'test',
        }
    }

    /** A new run: a new stager (fresh master-data cache) over the same store and IFS. */
    stager(options: StagerOptions = {}): { stager: Stager; audit: AuditTrail; runSysId: string } {
        this.runNo++
        const runSysId = ('r' + String(this.runNo)).padEnd(32, '0')
        const audit = new AuditTrail(this.store, this.clock, this.redactor, {
            connectionSysId: CONNECTION_ID,
            runSysId,
        })
        const stager = createStagerWith(options)({
            ports: this.ports(),
            connection: this.connection,
            reader: this.ifs,
            audit,
            redactor: this.redactor,
            runSysId,
        })
        return { stager, audit, runSysId }
    }

    targetTable(objectType: ObjectType): string {
        return this.connection.partitions.find((p) => p.objectType === objectType)!.targetTable
    }

    /** One run over one page, audit flushed like the engine does. */
    /** One run's stager, fed page after page of one object type (its caches live across pages). */
    pagesOfOneRun(objectType: ObjectType): (rows: readonly IfsRow[]) => PageOutcome {
        const { stager, runSysId } = this.stager()
        return (rows) =>
            stager.acceptPage({
                connection: this.connection,
                objectType,
                targetTable: this.targetTable(objectType),
                runSysId,
                rows,
            })
    }

    runPage(objectType: ObjectType, rows: readonly IfsRow[], options: StagerOptions = {}): PageOutcome {
        const { stager, audit, runSysId } = this.stager(options)
        try {
            return stager.acceptPage({
                connection: this.connection,
                objectType,
                targetTable: this.targetTable(objectType),
                runSysId,
                rows,
            })
        } finally {
            if (this.store.beforeWrite === null) audit.flush()
        }
    }

    targets(objectType: ObjectType): StoredRecord[] {
        return this.store.all(this.targetTable(objectType))
    }

    keys(): StoredRecord[] {
        return this.store.all(STAGING_KEY.name)
    }

    flags(state?: string): StoredRecord[] {
        return this.store.all(FLAG.name).filter((f) => state === undefined || f.state === state)
    }

    audits(operation: string): StoredRecord[] {
        return this.store.all(AUDIT.name).filter((a) => a.operation === operation)
    }
}
