import { parseStoredConnection } from '../../src/server/core/config/load-connection'
import { BASE_CONFIG, problemsOf } from './config-problems'
import { parseLocalConfig } from '../../src/local/cli/local-config'
import { connectionRecordOf, connectionTypeValues, upsertConnection } from '../../src/local/cli/connection-row'
import { sourceMappingJson } from '../../src/local/cli/local-source-mapping'
import { SqliteStore } from '../../src/local/store/sqlite-store'
import { parseConnection } from '../../src/server/core/config/parse-connection'
import { DOCUMENT_SOURCES } from '../../src/server/core/ifs/source-fields'
import { SOURCE_PRESETS } from '../../src/server/core/document-types/source-presets'
import { CONNECTION, CONNECTION_TYPE } from '../../src/tables'
import { financialFields } from '../support/financial-fields'

const base = BASE_CONFIG

const ALT_INVOICES = {
    preset: 'ifs_cloud',
    stamp: { name: 'ChangedAt', format: 'datetimeoffset' },
    keys: [
        { name: 'Company', kind: 'string' },
        { name: 'InvoiceKey', kind: 'string' },
    ],
    fields: { grossAmount: 'TotalAmount', createdAt: { name: 'CreatedAt', kind: 'datetime' } },
}

describe('source mapping in the local config', () => {
    it('reaches the engine through the connection row: sources, master-data names and code parts', () => {
        const config = parseLocalConfig(
            {
                ...base,
                objects: { supplierInvoices: { source: ALT_INVOICES } },
                masterData: {
                    suppliers: 'SupplierHandling.svc/SupplierSet',
                    fields: { supplier: { id: 'VendorNo', name: 'VendorName' } },
                    codeParts: { costCenter: 'C' },
                },
            },
            '/cfg'
        )
        const store = new SqliteStore({ path: ':memory:' })
        const id = upsertConnection(store, config)
        const parsed = parseStoredConnection(store, store.get(CONNECTION.name, id)!)
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
        const [invoices, orders] = parsed.config.partitions
        expect(invoices.source.modified).toEqual({ name: 'ChangedAt', kind: 'datetime', format: 'datetimeoffset' })
        expect(invoices.source.keys.map((k) => k.name)).toEqual(['Company', 'InvoiceKey'])
        expect(financialFields(invoices.source).grossAmount.name).toBe('TotalAmount')
        expect(financialFields(invoices.source).costCenter.name).toBe('CodeC')
        const cc = { name: 'CodeC', kind: 'string' }
        const poLines = SOURCE_PRESETS.ifs_cloud.lines.purchase_order!
        expect(orders.source).toEqual({
            ...DOCUMENT_SOURCES.purchase_order,
            fields: { ...DOCUMENT_SOURCES.purchase_order.fields, costCenter: cc },
            // Lines are read by default, and the moved code part follows into them.
            lines: { ...poLines, fields: { ...poLines.fields, costCenter: cc } },
        })
        // The invoices' keys are text here, the preset's lines pair with a number: not read until named.
        expect(invoices.source.lines).toBeUndefined()
        expect(parsed.config.masterData.supplier).toEqual({
            entitySet: 'SupplierHandling.svc/SupplierSet',
            fields: { id: { name: 'VendorNo', kind: 'string' }, name: { name: 'VendorName', kind: 'string' } },
        })
        expect(parsed.config.masterData.costCenter.codePart).toBe('C')
        // The rows hold the mapping as an admin would have typed it: the connection's column the
        // master data, the invoice row its IFS field overrides, the order row none.
        const [row] = store.query(CONNECTION.name, { where: [{ field: 'name', op: '=', value: 'Acme' }], limit: 1 })
        expect(JSON.parse(row.source_mapping ?? '')).toEqual({
            masterData: {
                fields: { supplier: { id: 'VendorNo', name: 'VendorName' } },
                codeParts: { costCenter: 'C' },
            },
        })
        const typeRows = store.query(CONNECTION_TYPE.name, { where: [{ field: 'connection', op: '=', value: id }] })
        const overridesOf = (type: string) => typeRows.find((r) => r.object_type === type)?.source_overrides
        expect(JSON.parse(overridesOf('supplier_invoice') ?? '')).toEqual(ALT_INVOICES)
        expect(overridesOf('purchase_order')).toBeNull()
        // ping and propose-mapping parse the very record the runner writes.
        expect(connectionRecordOf(config).source_mapping).toBe(row.source_mapping)
    })

    it('a mapping removed from the file is removed from the rows', () => {
        const store = new SqliteStore({ path: ':memory:' })
        const mapped = parseLocalConfig(
            {
                ...base,
                objects: { supplierInvoices: { source: ALT_INVOICES } },
                masterData: { codeParts: { costCenter: 'C' } },
            },
            '/cfg'
        )
        const id = upsertConnection(store, mapped)
        expect(upsertConnection(store, parseLocalConfig(base, '/cfg'))).toBe(id)
        expect(store.get(CONNECTION.name, id)?.source_mapping).toBeNull()
        const typeRows = store.query(CONNECTION_TYPE.name, { where: [{ field: 'connection', op: '=', value: id }] })
        expect(typeRows.map((r) => r.source_overrides)).toEqual([null, null, null])
        expect(connectionTypeValues(parseLocalConfig(base, '/cfg')).map((r) => r.source_overrides)).toEqual([
            null,
            null,
            null,
        ])
    })

    it('a file without a mapping puts nothing in the field', () => {
        expect(sourceMappingJson(parseLocalConfig(base, '/cfg'))).toBeNull()
    })

    it('names each problem by the file key, in the resolver’s words', () => {
        expect(
            problemsOf({
                ...base,
                objects: {
                    supplierInvoices: { source: { stamp: { name: 'ChangedAt' }, fields: { grossAmout: 'Total' } } },
                    purchaseOrders: { source: { keys: [{ name: 'OrderNo', kind: 'text' }] } },
                },
                masterData: { codeParts: { glAccount: 'B' } },
            })
        ).toEqual([
            'masterData: codeParts: the GL account and the cost center are both code part B',
            'objects.supplierInvoices.source: stamp.format: a stamp needs a format: objversion or datetimeoffset',
            'objects.supplierInvoices.source: fields.grossAmout: unknown key "grossAmout"; did you mean "grossAmount"?',
            'objects.purchaseOrders.source: keys[0].kind: "text" is not one of string, number',
        ])
    })

    it('a field named twice, also once a code-part letter names it', () => {
        expect(
            problemsOf({
                ...base,
                objects: { purchaseOrders: { source: { fields: { costCenter: 'CodeC' } } } },
                masterData: { codeParts: { glAccount: 'C' } },
            })
        ).toEqual([
            'objects.purchaseOrders.source: fields.costCenter: "CodeC" is named twice in fields (also at fields.glAccount)',
        ])
    })

    it('does not check the mapping of a type that is switched off', () => {
        expect(problemsOf({ ...base, objects: { purchaseOrders: { enabled: false, source: { stamp: 1 } } } })).toEqual(
            []
        )
    })

    it('keeps unknown master-data keys strict, with the nearest key', () => {
        expect(problemsOf({ ...base, masterData: { codePart: { glAccount: 'A' } } })).toEqual([
            'masterData.codePart: unknown key `codePart` — did you mean `codeParts`?',
        ])
    })
})
