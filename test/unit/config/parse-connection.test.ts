import { DOCUMENT_SOURCES } from '../../../src/server/core/ifs/source-fields'
import { parseConnection, checkObjectTypeName } from '../../../src/server/core/config/parse-connection'
import type { StoredRecord } from '../../../src/server/ports/store'
import { CONNECTION } from '../../../src/tables'
import { MemoryStore } from '../../fakes/memory-store'

/** A connection as the store returns it (defaults filled like the dictionary does). */
function record(values: Record<string, string | number | boolean | null>): StoredRecord {
    const store = new MemoryStore()
    const id = store.insert(CONNECTION.name, {
        name: 'Acme',
        tenant_url: 'https://acme.ifs.cloud',
        realm: 'acmeprod',
        oauth_profile: 'f'.repeat(32),
        companies: '10, 20',
        ...values,
    })
    return store.get(CONNECTION.name, id)!
}

function errorsOf(values: Record<string, string | number | boolean | null>) {
    const parsed = parseConnection(record(values))
    if (parsed.ok) throw new Error('expected errors')
    return parsed.errors
}

describe('parseConnection', () => {
    it('parses a complete record with the table defaults', () => {
        const parsed = parseConnection(record({}))
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
        const c = parsed.config
        expect(c.tenantUrl).toBe('https://acme.ifs.cloud')
        expect(c.tokenUrl).toBe('https://acme.ifs.cloud/auth/realms/acmeprod/protocol/openid-connect/token')
        expect(c.companies).toEqual(['10', '20'])
        expect(c.pageSize).toBe(5000)
        expect(c.requestCeiling).toBe(1000)
        expect(c.timeBudgetMs).toBe(240_000)
        expect(c.overlapSeconds).toBe(0)
        expect(c.dryRun).toBe(false)
        expect(c.partitions).toEqual([
            {
                objectType: 'supplier_invoice',
                entitySetPath: 'ManSuppInvoiceHandling.svc/PostingProposalHeadSet',
                targetTable: 'sn_apo_invoice',
                source: DOCUMENT_SOURCES.supplier_invoice,
            },
            {
                objectType: 'purchase_order',
                entitySetPath: 'PurchaseOrderHandling.svc/PurchaseOrderSet',
                targetTable: 'proc_po',
                source: DOCUMENT_SOURCES.purchase_order,
            },
        ])
        expect(c.masterData.glAccount.entitySet).toBe(
            "CodePartValuesHandling.svc/CompanyFinanceSet(Company='{company}')/CodeAArray"
        )
    })

    it('reads booleans in either Glide form and honours a disabled object type', () => {
        const parsed = parseConnection(record({ sync_invoices: 'false', sync_orders: '1', dry_run: 'true' }))
        if (!parsed.ok) throw new Error('expected ok')
        expect(parsed.config.partitions.map((p) => p.objectType)).toEqual(['purchase_order'])
        expect(parsed.config.dryRun).toBe(true)
    })

    it.each([
        [{ page_size: 0 }, 'page_size', '1 to 5000'],
        [{ page_size: 5001 }, 'page_size', '1 to 5000'],
        [{ page_size: 'many' }, 'page_size', '1 to 5000'],
        [{ request_ceiling: 1001 }, 'request_ceiling', '1 to 1000'],
        [{ request_ceiling: 0 }, 'request_ceiling', '1 to 1000'],
        [{ oauth_profile: null }, 'oauth_profile', 'OAuth profile'],
        [{ tenant_url: 'http://acme.ifs.cloud' }, 'tenant_url', 'https'],
        [{ tenant_url: 'https://10.1.1.1' }, 'tenant_url', 'IP address'],
        [{ tenant_url: null }, 'tenant_url', 'required'],
        [{ allowed_host_suffix: 'example.com' }, 'tenant_url', 'allowed suffix'],
        [{ token_url: 'https://evil.com/token' }, 'token_url', 'allowed suffix'],
        [{ realm: null }, 'realm', 'Realm'],
        [{ realm: 'a/b' }, 'realm', 'Realm'],
        [{ companies: ' , ' }, 'companies', 'at least one'],
        [{ companies: "10,2'0" }, 'companies', "2'0"],
        [{ order_entity_set: 'PurchaseOrderSet' }, 'order_entity_set', '.svc'],
        [{ invoice_entity_set: 'X.svc/../../admin' }, 'invoice_entity_set', '.svc'],
        [{ sync_invoices: false, sync_orders: false }, 'sync_invoices', 'at least one'],
        [{ time_budget_seconds: 5 }, 'time_budget_seconds', '10 to 3600'],
        [{ overlap_seconds: -1 }, 'overlap_seconds', '0 to 86400'],
        [{ field_map_preset: 'other' }, 'field_map_preset', 'brief'],
        [{ order_target_table: 'Bad Table' }, 'order_target_table', 'table name'],
    ])('refuses %j naming the field %s', (values, field, text) => {
        const errors = errorsOf(values)
        const hit = errors.find((e) => e.field === field)
        expect(hit).toBeDefined()
        expect(hit!.message).toContain(text)
    })

    // Each bound on both sides, written as literals (not read from the column definitions).
    it.each([
        [{ page_size: 1 }, 'pageSize', 1],
        [{ page_size: 5000 }, 'pageSize', 5000],
        [{ page_size: 4999 }, 'pageSize', 4999],
        [{ request_ceiling: 1 }, 'requestCeiling', 1],
        [{ request_ceiling: 1000 }, 'requestCeiling', 1000],
        [{ time_budget_seconds: 10 }, 'timeBudgetMs', 10_000],
        [{ time_budget_seconds: 3600 }, 'timeBudgetMs', 3_600_000],
        [{ overlap_seconds: 0 }, 'overlapSeconds', 0],
        [{ overlap_seconds: 86400 }, 'overlapSeconds', 86400],
    ])('accepts %j at or inside its bound', (values, key, expected) => {
        const parsed = parseConnection(record(values))
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
        expect((parsed.config as unknown as Record<string, unknown>)[key]).toBe(expected)
    })

    it.each([
        [{ page_size: 5001 }, 'page_size'],
        [{ request_ceiling: 1001 }, 'request_ceiling'],
        [{ time_budget_seconds: 9 }, 'time_budget_seconds'],
        [{ time_budget_seconds: 3601 }, 'time_budget_seconds'],
        [{ overlap_seconds: 86401 }, 'overlap_seconds'],
    ])('refuses %j just past its bound', (values, field) => {
        expect(errorsOf(values).map((e) => e.field)).toEqual([field])
    })

    it('lists every problem at once', () => {
        const errors = errorsOf({ page_size: 0, oauth_profile: null, tenant_url: 'ftp://x' })
        expect(errors.map((e) => e.field).sort()).toEqual(['oauth_profile', 'page_size', 'tenant_url'])
    })

    it('refuses unknown object types by name', () => {
        expect(checkObjectTypeName('purchase_order')).toBeNull()
        expect(checkObjectTypeName('sales_order')).toEqual({
            field: 'object_type',
            message: expect.stringContaining('sales_order'),
        })
    })
})
