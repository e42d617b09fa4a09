import * as fs from 'fs'
import * as path from 'path'
import type { DocumentTypeDefinition } from '../../../src/server/core/document-types/document-type'
import { field, isStaged } from '../../../src/server/core/document-types/field-map'
import { DOCUMENT_TYPES, OBJECT_TYPE_CHOICES } from '../../../src/server/core/document-types/registry'
import { PURCHASE_ORDER } from '../../../src/server/core/document-types/purchase-order'
import {
    textField,
    numberField,
    dateField,
    dateTimeField,
    objversionStamp,
} from '../../../src/server/core/document-types/source-field'
import { MemoryStore } from '../../fakes/memory-store'
import type * as ObjectTypes from '../../../src/tables/object-types'
import type * as ParseConnection from '../../../src/server/core/config/parse-connection'
import type * as StagingKey from '../../../src/server/core/staging/staging-key'
import type * as FieldMaps from '../../../src/server/core/staging/field-maps'
import type * as SourceFields from '../../../src/server/core/ifs/source-fields'
import type * as MapDocument from '../../../src/server/core/staging/map-document'
import type * as PlatformRequirements from '../../../src/server/core/prerequisites/platform-requirements'
import type * as Tables from '../../../src/tables'
import type * as ConnectionTypes from '../../../src/server/core/config/connection-types'
import type * as ConnectionTypeRules from '../../../src/server/core/config/connection-type-rules'
import type * as LocalConfig from '../../../src/local/cli/local-config'
import type * as ConnectionRow from '../../../src/local/cli/connection-row'

const ROOT = path.resolve(__dirname, '../../..')

/** Every source file below `dir` (TypeScript and JavaScript). */
function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const at = path.join(dir, entry.name)
        if (entry.isDirectory()) return sourceFiles(at)
        return /\.(ts|js)$/.test(entry.name) ? [at] : []
    })
}
const REGISTRY = '../../../src/server/core/document-types/registry'
const CHOICES = '../../../src/tables/object-type-choices'

// The throwaway type's presets that write a table alike, and what every preset needs on the instance.
const TABLE_MAP = {
    defaultTable: 'u_test_receipt',
    columns: [field('number', 'documentNumber'), field('total', 'grossAmount'), field('ext_ref', 'externalReference')],
    lock: { column: 'state', states: ['closed'] },
} as const
const NEEDS_ROLE = { plugins: [], roles: [{ anyOf: ['receipt_writer'] }] } as const

// A throwaway type, defined through the registry alone: no product file names it, and its
// connection settings are rows of the connection document type table, not columns (README).
const RECEIPT = {
    id: 'test_receipt',
    shape: 'financial',
    label: 'Test receipt',
    pluralLabel: 'test receipts',
    noun: 'Receipt',
    defaultEntitySet: 'ReceiptHandling.svc/ReceiptSet',
    localConfigKey: 'testReceipts',
    source: {
        modified: objversionStamp('Objversion'),
        keys: [textField('ReceiptNo')],
        fields: {
            company: textField('Contract'),
            documentNumber: textField('ReceiptNo'),
            supplierNumber: textField('VendorNo'),
            documentDate: dateField('ArrivalDate'),
            createdAt: dateTimeField('DateCreated'),
            dueDate: null,
            currency: textField('Currency'),
            netAmount: numberField('Net'),
            taxAmount: numberField('Tax'),
            grossAmount: numberField('Gross'),
            poReference: textField('OrderNo'),
            glAccount: textField('CodeA'),
            costCenter: textField('CodeB'),
            state: textField('Objstate'),
        },
    },
    optionalFields: ['dueDate', 'poReference', 'costCenter'],
    stagingKey: ['documentNumber', 'company'],
    fieldMaps: {
        brief: TABLE_MAP,
        s2p_import: {
            defaultTable: 'u_test_receipt_import',
            columns: [field('u_number', 'documentNumber'), field('u_ext_ref', 'externalReference')],
            lock: { column: 'sys_import_state', states: ['inserted', 'updated'] },
        },
        s2p_tables: TABLE_MAP,
        legacy_procurement: TABLE_MAP,
    },
    platform: {
        brief: NEEDS_ROLE,
        s2p_import: NEEDS_ROLE,
        s2p_tables: NEEDS_ROLE,
        legacy_procurement: NEEDS_ROLE,
    },
} as const satisfies DocumentTypeDefinition

/** Loads the product module `src/<module>` against the registry plus RECEIPT, the way a real addition would. */
function withReceipt<T>(module: string): T {
    let out: T | undefined
    jest.isolateModules(() => {
        const choices = { ...OBJECT_TYPE_CHOICES, test_receipt: { label: RECEIPT.label } }
        jest.doMock(CHOICES, () => ({ OBJECT_TYPE_CHOICES: choices }))
        jest.doMock(REGISTRY, () => ({ DOCUMENT_TYPES: [...DOCUMENT_TYPES, RECEIPT], OBJECT_TYPE_CHOICES: choices }))
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after jest.doMock, so required
        out = require(`../../../src/${module}`) as T
    })
    jest.dontMock(REGISTRY)
    jest.dontMock(CHOICES)
    return out as T
}

describe('document-type registry', () => {
    it('holds unique ids with a choice each, and each definition is complete', () => {
        const ids = DOCUMENT_TYPES.map((t) => t.id)
        expect(ids).toEqual(['supplier_invoice', 'purchase_order', 'receipt'])
        expect(OBJECT_TYPE_CHOICES).toEqual({
            supplier_invoice: { label: 'Supplier invoice' },
            purchase_order: { label: 'Purchase order' },
            receipt: { label: 'Receipt' },
        })
        for (const t of DOCUMENT_TYPES as readonly DocumentTypeDefinition[]) {
            expect(t.source.keys.length).toBeGreaterThan(0)
            for (const field of t.optionalFields) expect(field in t.source.fields).toBe(true)
            expect(t.stagingKey.length).toBeGreaterThan(0)
            for (const map of Object.values(t.fieldMaps).filter(isStaged))
                expect(
                    map.columns.filter((c) => c.source.kind === 'field' && c.source.field === 'externalReference')
                ).toHaveLength(1)
        }
    })

    it('derives type lists, choices and the object-type check from the registry', () => {
        const { OBJECT_TYPES, OBJECT_TYPE_CHOICES, isObjectType } =
            withReceipt<typeof ObjectTypes>('tables/object-types')
        expect(OBJECT_TYPES).toEqual(['supplier_invoice', 'purchase_order', 'receipt', 'test_receipt'])
        expect(OBJECT_TYPE_CHOICES).toEqual({
            supplier_invoice: { label: 'Supplier invoice' },
            purchase_order: { label: 'Purchase order' },
            receipt: { label: 'Receipt' },
            test_receipt: { label: 'Test receipt' },
        })
        expect(isObjectType('test_receipt')).toBe(true)
        expect(isObjectType('goods_receipt')).toBe(false)
        const { FLAG, STAGING_KEY } = withReceipt<typeof Tables>('tables')
        expect(Object.keys(FLAG.columns.object_type.options.choices)).toContain('test_receipt')
        expect(Object.keys(STAGING_KEY.columns.object_type.options.choices)).toContain('test_receipt')
    })

    it('parses a connection into one partition per active type row, the new one included', () => {
        const { parseConnection, checkObjectTypeName } = withReceipt<typeof ParseConnection>(
            'server/core/config/parse-connection'
        )
        const { defaultTypeRows } = withReceipt<typeof ConnectionTypes>('server/core/config/connection-types')
        const store = new MemoryStore()
        const id = store.insert('x_mlc_ifs_s2p_connection', {
            name: 'Acme',
            tenant_url: 'https://acme.ifs.cloud',
            realm: 'acmeprod',
            oauth_profile: 'f'.repeat(32),
            companies: '10',
        })
        // What the connection's after-insert rule gives a new connection: a row per type, the new one too.
        const rows = defaultTypeRows(id, 'brief')
        expect(rows.map((r) => [r.object_type, r.entity_set_path, r.target_table])).toEqual([
            ['supplier_invoice', 'ManSuppInvoiceHandling.svc/PostingProposalHeadSet', 'sn_apo_invoice'],
            ['purchase_order', 'PurchaseOrderHandling.svc/PurchaseOrderSet', 'proc_po'],
            // The brief preset stages no receipts: their row starts off, with no table.
            ['receipt', 'PurchaseReceiptHandling.svc/PurchaseReceiptSet', ''],
            ['test_receipt', 'ReceiptHandling.svc/ReceiptSet', 'u_test_receipt'],
        ])
        expect(rows.map((r) => r.active)).toEqual([true, true, false, true])
        for (const row of rows) store.insert('x_mlc_ifs_s2p_connection_type', row)
        const [invoices] = store.query('x_mlc_ifs_s2p_connection_type', {
            where: [{ field: 'object_type', op: '=', value: 'supplier_invoice' }],
        })
        store.update('x_mlc_ifs_s2p_connection_type', invoices.sys_id, { active: false })
        const stored = store.query('x_mlc_ifs_s2p_connection_type', {})
        const parsed = parseConnection(store.get('x_mlc_ifs_s2p_connection', id)!, stored)
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
        expect(parsed.config.partitions).toEqual([
            {
                objectType: 'purchase_order',
                entitySetPath: 'PurchaseOrderHandling.svc/PurchaseOrderSet',
                targetTable: 'proc_po',
                // The record's preset (s2p_import) stages PO lines, so they are read by default.
                source: { ...PURCHASE_ORDER.source, lines: PURCHASE_ORDER.lines },
            },
            {
                objectType: 'test_receipt',
                entitySetPath: 'ReceiptHandling.svc/ReceiptSet',
                targetTable: 'u_test_receipt',
                source: RECEIPT.source,
            },
        ])
        expect(checkObjectTypeName('test_receipt')).toBeNull()
        expect(checkObjectTypeName('goods_receipt')?.message).toBe(
            'Unknown object type "goods_receipt": use supplier_invoice or purchase_order or receipt or test_receipt'
        )
    })

    it('checks the new type’s rows with the shared rule table (form, business rule, parse), in its own words', () => {
        const { checkConnectionTypeSettings } = withReceipt<typeof ConnectionTypeRules>(
            'server/core/config/connection-type-rules'
        )
        expect(checkConnectionTypeSettings({ object_type: 'test_receipt', active: 'true' })).toEqual([])
        expect(checkConnectionTypeSettings({ object_type: 'test_receipt', target_table: 'Bad T' })).toEqual([
            { field: 'target_table', message: 'Test receipt target table must be a table name (is "Bad T")' },
        ])
        expect(checkConnectionTypeSettings({ object_type: 'goods_receipt' })[0].message).toBe(
            'Object type "goods_receipt" is not a registered document type (supplier_invoice, purchase_order, receipt, test_receipt)'
        )
    })

    it('takes the new type’s local config section from its localConfigKey and writes its row', () => {
        const { parseLocalConfig } = withReceipt<typeof LocalConfig>('local/cli/local-config')
        const { connectionTypeValues } = withReceipt<typeof ConnectionRow>('local/cli/connection-row')
        const base = {
            name: 'Acme',
            ifs: { url: 'https://acme.ifs.cloud', realm: 'acme', clientId: 'ml' },
            companies: ['10'],
        }
        const config = parseLocalConfig(
            { ...base, objects: { testReceipts: { entitySet: 'Other.svc/Receipts', targetTable: 'u_receipt' } } },
            '/cfg'
        )
        expect(connectionTypeValues(config)).toContainEqual({
            object_type: 'test_receipt',
            active: true,
            entity_set_path: 'Other.svc/Receipts',
            target_table: 'u_receipt',
            source_overrides: null,
        })
        expect(() =>
            parseLocalConfig({ ...base, objects: { testReceipts: { targetTable: 'Bad T' } } }, '/cfg')
        ).toThrow(
            'objects.testReceipts.targetTable → test_receipt.target_table: Test receipt target table must be a table name (is "Bad T")'
        )
        expect(() => parseLocalConfig({ ...base, objects: { testReceipt: {} } }, '/cfg')).toThrow(
            'objects.testReceipt: unknown object type; the known ones are supplierInvoices and purchaseOrders and receipts and testReceipts — did you mean `testReceipts`?'
        )
    })

    it('makes the staging key from the definition’s own parts, in its order', () => {
        const { stagingKeyText } = withReceipt<typeof StagingKey>('server/core/staging/staging-key')
        const parts = {
            connectionSysId: ' c1 ',
            company: '10',
            documentNumber: 'R-1',
            createdAt: '2026-03-01T10:00:00Z',
            supplierNumber: 'S9',
        }
        expect(stagingKeyText({ ...parts, objectType: 'test_receipt' as never })).toBe(
            '["c1","test_receipt","R-1","10"]'
        )
        expect(stagingKeyText({ ...parts, objectType: 'supplier_invoice' })).toBe(
            '["c1","supplier_invoice","10","R-1","2026-03-01","S9"]'
        )
        expect(stagingKeyText({ ...parts, objectType: 'purchase_order' })).toBe(
            '["c1","purchase_order","10","R-1","2026-03-01"]'
        )
    })

    it('takes field maps, target schemas, IFS sources and platform requirements from the definition', () => {
        const { FIELD_MAPS, TARGET_TABLE_SCHEMAS } = withReceipt<typeof FieldMaps>('server/core/staging/field-maps')
        const receipt = 'test_receipt' as never
        // Compiled from the definition's rows: the same table, columns and lock, the staging-key column
        // named; a definition without lines stages headers only (lines null).
        expect(FIELD_MAPS.brief[receipt]).toEqual({
            ...RECEIPT.fieldMaps.brief,
            externalReference: 'ext_ref',
            lines: null,
        })
        expect(FIELD_MAPS.s2p_import[receipt]).toEqual({
            ...RECEIPT.fieldMaps.s2p_import,
            externalReference: 'u_ext_ref',
            lines: null,
        })
        expect(TARGET_TABLE_SCHEMAS.u_test_receipt.map((c) => c.name)).toEqual(['number', 'total', 'ext_ref', 'state'])
        const { DOCUMENT_SOURCES, selectFor } = withReceipt<typeof SourceFields>('server/core/ifs/source-fields')
        expect(DOCUMENT_SOURCES[receipt]).toBe(RECEIPT.source)
        expect(selectFor(DOCUMENT_SOURCES[receipt])).toContain('ArrivalDate')
        const { PLATFORM_REQUIREMENTS } = withReceipt<typeof PlatformRequirements>(
            'server/core/prerequisites/platform-requirements'
        )
        expect(PLATFORM_REQUIREMENTS.brief[receipt]).toEqual({ plugins: [], roles: [{ anyOf: ['receipt_writer'] }] })
    })

    it('maps an IFS row of the new type with its own optional fields', () => {
        const { mapRow } = withReceipt<typeof MapDocument>('server/core/staging/map-document')
        const { DOCUMENT_SOURCES } = withReceipt<typeof SourceFields>('server/core/ifs/source-fields')
        const row = {
            Objversion: '20260301100000',
            ReceiptNo: 'R-1',
            Contract: '10',
            VendorNo: 'S9',
            ArrivalDate: '2026-03-01',
            DateCreated: '2026-03-01T10:00:00Z',
            Currency: 'EUR',
            Net: 10,
            Tax: 2.5,
            Gross: 12.5,
            OrderNo: null,
            CodeA: '4000',
            CodeB: null,
            Objstate: 'Arrived',
        }
        const receipt = 'test_receipt' as never
        const mapped = mapRow({ objectType: receipt, source: DOCUMENT_SOURCES[receipt] }, row)
        if (mapped.kind !== 'mapped') throw new Error(JSON.stringify(mapped.problems))
        expect(mapped.doc).toMatchObject({ documentNumber: 'R-1', company: '10', grossAmount: 12.5, costCenter: null })
        expect(mapped.identity.sourceKey).toBe('{"ReceiptNo":"R-1"}')
    })

    it('leaves type identifiers to the registry: other source files name them only as independent per-type data', () => {
        // Read from the file system, not git: the test also runs in copies that are no checkout (mutation sandbox).
        const named = /'(supplier_invoice|purchase_order|receipt)'/
        const keyed = /^\s+(supplier_invoice|purchase_order|receipt):/m
        const files = sourceFiles(path.join(ROOT, 'src'))
            .filter((file) => {
                const text = fs.readFileSync(file, 'utf8')
                return named.test(text) || keyed.test(text)
            })
            .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
            .sort()
        expect(files).toEqual([
            // The platform's generated keys and an on-instance test's fixture.
            'src/fluent/atf-tests.now.ts',
            // Generated by npm run build:client: the rule tables bundled with the registry they check against.
            'src/fluent/client/connection-settings-validation.js',
            // Generated by npm run build:field-maps: the shipped field-map rows as Fluent records.
            'src/fluent/field-map-records.now.ts',
            'src/fluent/generated/keys.ts',
            // The bench's line-row counts (emulator's line sets and receipts), their minimum and the
            // per-set labels of its report: harness data.
            'src/local/bench/bench-report.ts',
            'src/local/bench/e2e-worker.ts',
            'src/local/bench/workload.ts',
            // The emulator's own data (issue 19: never derived from the engine), keyed Record<ObjectType, …>.
            'src/local/emulator/dataset/dataset-options.ts',
            'src/local/emulator/dataset/document-factory.ts',
            // The emulator serves documents of the two financial types from its own factory; receipts come with lines.
            'src/local/emulator/dataset/emulated-types.ts',
            // What the emulator deletes with a document (its line kinds), keyed Record<ObjectType, …>.
            'src/local/emulator/dataset/emulator-dataset.ts',
            'src/local/emulator/dataset/ifs-schema.ts',
            // The emulator's lines and receipts (issue 18), its own data like the headers'.
            'src/local/emulator/dataset/line-manifest.ts',
            'src/local/emulator/dataset/line-schema.ts',
            'src/local/emulator/dataset/line-store.ts',
            'src/local/emulator/dataset/profile-line-manifest.ts',
            'src/local/emulator/server/entity-set-paths.ts',
            // The control API's line kinds (change or remove a PO line, an invoice item, a receipt).
            'src/local/emulator/server/serve-control.ts',
            // The harness's independent expectations and workload, keyed Record<ObjectType, …>.
            'src/local/faults/invariants.ts',
            'src/local/faults/line-check.ts',
            // The judge of deletions: the stage tables the README names per type.
            'src/local/faults/removal-check.ts',
            'src/local/faults/soak.ts',
            'src/local/faults/target-contract.ts',
            // The Source-to-Pay model (issue 17): sn_shop_invoice's purchase_order column, a column name;
            // the modelled order line transform (issue 18) writes sn_shop_purchase_order_line's.
            'src/local/s2p-model/import-transform.ts',
            'src/local/s2p-model/target-tables.ts',
            // The definitions themselves.
            'src/server/core/document-types/purchase-order.ts',
            'src/server/core/document-types/receipt.ts',
            'src/server/core/document-types/supplier-invoice.ts',
            // The object_type choices, written out for Fluent in the schema layer the harness may import.
            'src/tables/object-type-choices.ts',
        ])
    })
})
