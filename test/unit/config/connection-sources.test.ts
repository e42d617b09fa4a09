import { ORDERS_ONLY, typeRowsFor } from '../../support/connection-types'
import type { TypeRowChanges } from '../../support/connection-types'
import { SOURCE_MAPPING_FIELD } from '../../../src/server/core/config/connection-sources'
import { parseConnection } from '../../../src/server/core/config/parse-connection'
import { DOCUMENT_SOURCES } from '../../../src/server/core/ifs/source-fields'
import type { StoredRecord } from '../../../src/server/ports/store'
import { readSource } from '../../support/read-sources'
import { financialFields } from '../../support/financial-fields'

/** A connection record with the dictionary defaults that matter here, plus its source mapping. */
function record(sourceMapping: unknown, values: Record<string, string> = {}): StoredRecord {
    return {
        sys_id: 'c1',
        name: 'Acme',
        tenant_url: 'https://acme.ifs.cloud',
        realm: 'acmeprod',
        oauth_profile: 'f'.repeat(32),
        companies: '10',
        [SOURCE_MAPPING_FIELD]: typeof sourceMapping === 'string' ? sourceMapping : JSON.stringify(sourceMapping),
        ...values,
    }
}

function parsed(sourceMapping: unknown, types?: TypeRowChanges, values?: Record<string, string>) {
    const p = parseConnection(record(sourceMapping, values), typeRowsFor('c1', types) as never)
    if (!p.ok) throw new Error(JSON.stringify(p.errors))
    return p.config
}

describe('a connection record with a source mapping', () => {
    it('gives every partition its resolved source, and master data its names and letters', () => {
        const config = parsed({
            objects: { purchase_order: { fields: { grossAmount: 'TotalAmount' } } },
            masterData: { fields: { supplier: { id: 'VendorNo' } } },
        })
        const [invoice, order] = config.partitions
        expect(invoice.source).toEqual(readSource('supplier_invoice'))
        expect(financialFields(order.source).grossAmount).toEqual({ name: 'TotalAmount', kind: 'number' })
        expect(config.masterData.supplier).toEqual({
            entitySet: 'SuppliersHandling.svc/SupplierInfoGeneralSet',
            fields: { id: { name: 'VendorNo', kind: 'string' }, name: { name: 'Name', kind: 'string' } },
        })
        expect(config.masterData.glAccount.codePart).toBe('A')
    })

    it('moves a dimension to another code part: the documents read Code<letter>', () => {
        const config = parsed(
            {
                masterData: { codeParts: { glAccount: 'C' } },
                objects: { purchase_order: { fields: { glAccount: 'Cf_Account' } } },
            },
            {},
            { gl_account_entity_set: "Fin.svc/CompanyFinanceSet(Company='{company}')/CodeCArray" }
        )
        expect(config.masterData.glAccount.entitySet).toBe("Fin.svc/CompanyFinanceSet(Company='{company}')/CodeCArray")
        expect(financialFields(config.partitions[0].source).glAccount).toEqual({ name: 'CodeC', kind: 'string' })
        expect(financialFields(config.partitions[0].source).costCenter).toEqual({ name: 'CodeB', kind: 'string' })
        // A name the override gives itself wins over the letter.
        expect(financialFields(config.partitions[1].source).glAccount).toEqual({ name: 'Cf_Account', kind: 'string' })
    })

    it('an empty field means the default preset', () => {
        const config = parsed('')
        expect(config.partitions.map((p) => p.source)).toEqual([
            readSource('supplier_invoice'),
            readSource('purchase_order'),
        ])
    })

    it('refuses a bad mapping with errors that name the type and the key', () => {
        const p = parseConnection(
            record({
                objects: { supplier_invoice: { stamp: { name: 'ChangedAt' } } },
                masterData: { codeParts: { costCenter: 'Z' } },
            }),
            typeRowsFor('c1') as never
        )
        expect(p).toEqual({
            ok: false,
            errors: [
                {
                    field: SOURCE_MAPPING_FIELD,
                    message: 'masterData: codeParts.costCenter: must be one code-part letter, A to J',
                },
                {
                    field: SOURCE_MAPPING_FIELD,
                    message:
                        'objects.supplier_invoice: stamp.format: a stamp needs a format: objversion or datetimeoffset',
                },
            ],
        })
    })

    it('does not check the mapping of a type the connection does not sync', () => {
        const config = parsed({ objects: { supplier_invoice: { stamp: 'x' } } }, ORDERS_ONLY)
        expect(config.partitions.map((p) => p.objectType)).toEqual(['purchase_order'])
    })

    it.each([
        ['{', 'is not JSON'],
        ['[]', 'must be a JSON object'],
        ['{"object":{}}', 'unknown key(s) object'],
        ['{"objects":[]}', 'objects must be a JSON object'],
        [
            '{"objects":{"supplier_invoices":{}}}',
            'objects.supplier_invoices: unknown key "supplier_invoices"; did you mean "supplier_invoice"?',
        ],
    ])('refuses the field %s: %s', (json, message) => {
        expect(parseConnection(record(json), typeRowsFor('c1') as never)).toEqual({
            ok: false,
            errors: [{ field: SOURCE_MAPPING_FIELD, message }],
        })
    })
})
