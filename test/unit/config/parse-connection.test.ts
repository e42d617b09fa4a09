import { DOCUMENT_SOURCES } from '../../../src/server/core/ifs/source-fields'
import { parseConnection, checkObjectTypeName } from '../../../src/server/core/config/parse-connection'
import { parseStoredConnection } from '../../../src/server/core/config/load-connection'
import type { FieldValue, StoredRecord } from '../../../src/server/ports/store'
import { CONNECTION, CONNECTION_TYPE } from '../../../src/tables'
import { MemoryStore } from '../../fakes/memory-store'
import { ORDERS_ONLY, typeRowsFor } from '../../support/connection-types'
import type { TypeRowChanges } from '../../support/connection-types'
import { readSource } from '../../support/read-sources'

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

/** The connection's document type rows as the store returns them: a new connection's, with changes. */
function typeRows(changes: TypeRowChanges = {}): StoredRecord[] {
    const store = new MemoryStore()
    for (const row of typeRowsFor('c1', changes)) store.insert(CONNECTION_TYPE.name, row)
    return store.query(CONNECTION_TYPE.name, {})
}

function parse(values: Record<string, FieldValue>, changes: TypeRowChanges = {}) {
    return parseConnection(record(values), typeRows(changes))
}

function errorsOf(values: Record<string, FieldValue>, changes: TypeRowChanges = {}) {
    const parsed = parse(values, changes)
    if (parsed.ok) throw new Error('expected errors')
    return parsed.errors
}

describe('parseConnection', () => {
    it('parses a complete record with the table defaults', () => {
        const parsed = parse({})
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
                source: readSource('supplier_invoice'),
            },
            {
                objectType: 'purchase_order',
                entitySetPath: 'PurchaseOrderHandling.svc/PurchaseOrderSet',
                targetTable: 'proc_po',
                source: readSource('purchase_order'),
            },
        ])
        expect(c.masterData.glAccount.entitySet).toBe(
            "CodePartValuesHandling.svc/CompanyFinanceSet(Company='{company}')/CodeAArray"
        )
    })

    it('reads booleans in either Glide form and honours a disabled object type', () => {
        const parsed = parse(
            { dry_run: 'true' },
            { supplier_invoice: { active: 'false' }, purchase_order: { active: '1' } }
        )
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
        [{ time_budget_seconds: 5 }, 'time_budget_seconds', '10 to 3600'],
        [{ overlap_seconds: -1 }, 'overlap_seconds', '0 to 86400'],
        [{ field_map_preset: 'other' }, 'field_map_preset', 'brief'],
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
        const parsed = parse(values)
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

    it.each([
        [{ purchase_order: { entity_set_path: 'PurchaseOrderSet' } }, 'purchase_order.entity_set_path', '.svc'],
        [{ supplier_invoice: { entity_set_path: 'X.svc/../../admin' } }, 'supplier_invoice.entity_set_path', '.svc'],
        [{ purchase_order: { target_table: 'Bad Table' } }, 'purchase_order.target_table', 'table name'],
        [{ purchase_order: { active: 'maybe' } }, 'purchase_order.active', 'true or false'],
        [
            { supplier_invoice: { source_overrides: '{"fields": ' } },
            'supplier_invoice.source_overrides',
            'must be JSON',
        ],
        [{ supplier_invoice: { active: false }, purchase_order: { active: false } }, 'document_types', 'at least one'],
    ] as [TypeRowChanges, string, string][])('refuses the type rows %j naming %s', (changes, field, text) => {
        const errors = errorsOf({}, changes)
        expect(errors).toEqual([{ field, message: expect.stringContaining(text) }])
    })

    it('names the type in its row’s messages, e.g. the target table', () => {
        expect(errorsOf({}, { purchase_order: { target_table: 'proc_po;drop' } })).toEqual([
            {
                field: 'purchase_order.target_table',
                message: 'Purchase order target table must be a table name (is "proc_po;drop")',
            },
        ])
    })

    it('an enabled connection without type rows is a config error naming what to add', () => {
        const parsed = parseConnection(record({}), [])
        expect(parsed).toEqual({
            ok: false,
            errors: [
                {
                    field: 'document_types',
                    message:
                        'No document types: add one for Supplier invoice or Purchase order or Receipt (a new connection gets a row per type when it is first saved)',
                },
            ],
        })
    })

    it('refuses a row of an unknown type and a second row of the same type', () => {
        const rows = typeRows()
        const unknown = parseConnection(record({}), [...rows, { ...rows[0], object_type: 'sales_order' }])
        expect(unknown).toEqual({
            ok: false,
            errors: [
                {
                    field: 'object_type',
                    message:
                        'Object type "sales_order" is not a registered document type (supplier_invoice, purchase_order, receipt)',
                },
            ],
        })
        const twice = parseConnection(record({}), [...rows, { ...rows[1], sys_id: 'x'.repeat(32) }])
        expect(twice).toEqual({
            ok: false,
            errors: [
                {
                    field: 'purchase_order.object_type',
                    message: 'purchase_order has two document type rows: delete one',
                },
            ],
        })
    })

    it('an empty entity set or target table is the registry default for the connection’s preset', () => {
        const parsed = parse(
            { field_map_preset: 's2p_tables' },
            { supplier_invoice: { entity_set_path: '', target_table: null }, purchase_order: { target_table: 'u_po' } }
        )
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
        expect(parsed.config.partitions).toEqual([
            {
                objectType: 'supplier_invoice',
                entitySetPath: 'ManSuppInvoiceHandling.svc/PostingProposalHeadSet',
                targetTable: 'sn_shop_invoice',
                source: DOCUMENT_SOURCES.supplier_invoice,
            },
            {
                objectType: 'purchase_order',
                entitySetPath: 'PurchaseOrderHandling.svc/PurchaseOrderSet',
                targetTable: 'u_po',
                source: DOCUMENT_SOURCES.purchase_order,
            },
        ])
    })

    it.each(['brief', 's2p_tables'])(
        'a preset with no line tables (%s) reads no lines, by default or when an override asks',
        (preset) => {
            const asked = { source_overrides: '{"lines": true}' }
            for (const changes of [{}, { supplier_invoice: asked, purchase_order: asked }]) {
                const parsed = parse({ field_map_preset: preset }, changes)
                if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
                expect(parsed.config.partitions.map((p) => p.source.lines)).toEqual([undefined, undefined])
            }
        }
    )

    it.each(['s2p_import', 'legacy_procurement'])('a preset with line tables (%s) reads lines by default', (preset) => {
        const parsed = parse({ field_map_preset: preset })
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
        expect(parsed.config.partitions.map((p) => p.source)).toEqual([
            readSource('supplier_invoice'),
            readSource('purchase_order'),
        ])
    })

    it('reads the rows of the connection it parses, and only those', () => {
        const store = new MemoryStore()
        const values = { name: 'Acme', tenant_url: 'https://acme.ifs.cloud', realm: 'r', oauth_profile: 'f'.repeat(32) }
        const mine = store.insert(CONNECTION.name, { ...values, companies: '10' })
        const other = store.insert(CONNECTION.name, { ...values, name: 'Other', companies: '20' })
        for (const row of typeRowsFor(mine, ORDERS_ONLY)) store.insert(CONNECTION_TYPE.name, row)
        for (const row of typeRowsFor(other)) store.insert(CONNECTION_TYPE.name, row)
        const parsed = parseStoredConnection(store, store.get(CONNECTION.name, mine)!)
        expect(parsed.ok && parsed.config.partitions.map((p) => p.objectType)).toEqual(['purchase_order'])
    })

    it('refuses unknown object types by name', () => {
        expect(checkObjectTypeName('purchase_order')).toBeNull()
        expect(checkObjectTypeName('sales_order')).toEqual({
            field: 'object_type',
            message: expect.stringContaining('sales_order'),
        })
    })
})
