import { IFS_CODE_PART, IFS_DOCUMENTS, IFS_SUPPLIER } from '../../../src/local/emulator/dataset/ifs-schema'
import type { IfsDocumentEntity } from '../../../src/local/emulator/dataset/ifs-schema'
import {
    CODE_PART_FIELDS,
    DOCUMENT_SOURCES,
    SUPPLIER_FIELDS,
    selectFor,
} from '../../../src/server/core/ifs/source-fields'
import type { SourceFields } from '../../../src/server/core/document-types/source-field'
import { financialFields } from '../../support/financial-fields'

/**
 * The engine's IFS field names (source-fields.ts) against the emulated tenant's own description of
 * what IFS serves (ifs-schema.ts, written apart from the engine): a field renamed or retyped on
 * one side only fails here, by name, before any end-to-end test runs.
 */
const ROLE: Record<keyof SourceFields, keyof IfsDocumentEntity> = {
    company: 'company',
    documentNumber: 'documentNumber',
    supplierNumber: 'supplier',
    documentDate: 'documentDate',
    createdAt: 'created',
    dueDate: 'due',
    currency: 'currency',
    netAmount: 'net',
    taxAmount: 'tax',
    grossAmount: 'gross',
    poReference: 'poReference',
    glAccount: 'glAccount',
    costCenter: 'costCenter',
    state: 'state',
}

describe.each(['purchase_order', 'supplier_invoice'] as const)('%s', (ot) => {
    const engine = DOCUMENT_SOURCES[ot]
    const ifs = IFS_DOCUMENTS[ot]

    test('the cursor reads the stamp and the key IFS has, in IFS key order', () => {
        // The emulator describes a field by name and kind; the engine's stamp also has a format.
        expect({ name: engine.modified.name, kind: engine.modified.kind }).toEqual(ifs.modified)
        expect(engine.modified.format).toBe('objversion')
        expect(engine.keys).toEqual(ifs.keys)
    })

    test.each(Object.keys(ROLE) as (keyof SourceFields)[])(
        'the %s is read from the IFS field that holds it',
        (role) => {
            expect(financialFields(engine)[role]).toEqual(ifs[ROLE[role]])
        }
    )

    test('the $select of a data page names only fields IFS serves', () => {
        const served = new Set<string>()
        for (const v of Object.values(ifs)) {
            if (Array.isArray(v)) for (const k of v) served.add(k.name)
            else if (v && typeof v === 'object' && 'name' in v) served.add(v.name)
        }
        for (const name of selectFor(DOCUMENT_SOURCES[ot])) expect(served).toContain(name)
    })
})

test('master data: supplier and code-part fields are the ones IFS serves', () => {
    expect(SUPPLIER_FIELDS).toEqual(IFS_SUPPLIER)
    expect(CODE_PART_FIELDS).toEqual({
        company: IFS_CODE_PART.company,
        value: IFS_CODE_PART.value,
        description: IFS_CODE_PART.description,
        validFrom: IFS_CODE_PART.validFrom,
        validUntil: IFS_CODE_PART.validUntil,
    })
})
