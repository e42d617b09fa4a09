import { resolveSourceMapping } from '../../../src/server/core/config/source-mapping'
import { resolveMasterDataNames } from '../../../src/server/core/config/master-data-mapping'
import { DOCUMENT_SOURCES } from '../../../src/server/core/ifs/source-fields'
import { SOURCE_PRESETS } from '../../../src/server/core/document-types/source-presets'
import { CHANGED_AT_TEXT_KEYS } from '../../support/source-overrides'
import { readSource } from '../../support/read-sources'

const invoice = (overrides: unknown) =>
    resolveSourceMapping({ objectType: 'supplier_invoice', preset: 'ifs_cloud', overrides })
const errorsOf = (overrides: unknown): string[] => {
    const r = invoice(overrides)
    if (r.ok) throw new Error('expected errors')
    return r.errors
}

describe('resolveSourceMapping', () => {
    it.each([null, undefined, {}])('returns the preset unchanged, lines included, for %p', (overrides) => {
        expect(invoice(overrides)).toEqual({ ok: true, source: readSource('supplier_invoice') })
    })

    it('applies a full override: stamp, text keys, renamed and re-typed fields', () => {
        const r = invoice({
            preset: 'ifs_cloud',
            ...CHANGED_AT_TEXT_KEYS,
            fields: {
                grossAmount: 'TotalAmount',
                createdAt: { name: 'CreatedAt', kind: 'datetime' },
                dueDate: null,
                poReference: { name: 'Cf_PoRef', kind: 'string' },
            },
        })
        if (!r.ok) throw new Error(r.errors.join('\n'))
        expect(r.source.modified).toEqual({ name: 'ChangedAt', kind: 'datetime', format: 'datetimeoffset' })
        expect(r.source.keys).toEqual([
            { name: 'Company', kind: 'string' },
            { name: 'InvoiceKey', kind: 'string' },
        ])
        const preset = DOCUMENT_SOURCES.supplier_invoice.fields
        expect(r.source.fields).toEqual({
            ...preset,
            grossAmount: { name: 'TotalAmount', kind: 'number' },
            createdAt: { name: 'CreatedAt', kind: 'datetime' },
            dueDate: null,
            poReference: { name: 'Cf_PoRef', kind: 'string' },
        })
    })

    it('keeps an objversion stamp as text', () => {
        const r = invoice({ stamp: { name: 'RowVersion', format: 'objversion' } })
        expect(r.ok && r.source.modified).toEqual({ name: 'RowVersion', kind: 'string', format: 'objversion' })
    })

    it('names an unknown key with the nearest valid one, at every level', () => {
        expect(errorsOf({ stmp: { name: 'X', format: 'objversion' } })).toEqual([
            'stmp: unknown key "stmp"; did you mean "stamp"?',
        ])
        expect(errorsOf({ fields: { grossAmout: 'Total' } })).toEqual([
            'fields.grossAmout: unknown key "grossAmout"; did you mean "grossAmount"?',
        ])
        expect(errorsOf({ stamp: { name: 'X', format: 'objversion', fromat: 'x' } })).toEqual([
            'stamp.fromat: unknown key "fromat"; did you mean "format"?',
        ])
        expect(errorsOf({ zzz: 1 })).toEqual([
            'zzz: unknown key "zzz"; the keys here are preset, stamp, keys, fields, lines',
        ])
    })

    it('refuses an unknown preset with the nearest one', () => {
        expect(errorsOf({ preset: 'ifs_clod' })).toEqual([
            'preset: "ifs_clod" is not one of ifs_cloud; did you mean "ifs_cloud"?',
        ])
        const r = resolveSourceMapping({ objectType: 'purchase_order', preset: 'ifs_8', overrides: null })
        expect(r).toEqual({ ok: false, errors: ['preset: "ifs_8" is not one of ifs_cloud'] })
    })

    it('refuses a field named twice among the fields, and among the keys', () => {
        expect(errorsOf({ fields: { netAmount: 'Amount', grossAmount: 'Amount' } })).toEqual([
            'fields.grossAmount: "Amount" is named twice in fields (also at fields.netAmount)',
        ])
        expect(
            errorsOf({
                keys: [
                    { name: 'Company', kind: 'string' },
                    { name: 'Company', kind: 'string' },
                ],
            })
        ).toEqual(['keys[1]: "Company" is named twice in keys (also at keys[0])'])
    })

    it('refuses one IFS field read with two kinds, and a stamp that is also a key', () => {
        expect(errorsOf({ keys: [{ name: 'Company', kind: 'number' }] })).toEqual([
            'fields.company: "Company" is read as number at keys[0] and as string here',
        ])
        expect(errorsOf({ stamp: { name: 'InvoiceId', format: 'objversion' } })).toEqual([
            'keys[1]: "InvoiceId" is read as string at stamp and as number here',
            'stamp: "InvoiceId" is also a key field; the stamp must be a field of its own',
        ])
    })

    it('refuses a stamp without a format, or with an unknown one', () => {
        expect(errorsOf({ stamp: { name: 'ChangedAt' } })).toEqual([
            'stamp.format: a stamp needs a format: objversion or datetimeoffset',
        ])
        expect(errorsOf({ stamp: { name: 'ChangedAt', format: 'datetime' } })).toEqual([
            'stamp.format: "datetime" is not one of objversion, datetimeoffset',
        ])
        expect(errorsOf({ stamp: 'ChangedAt' })).toEqual(['stamp: must be a JSON object'])
    })

    it('refuses a key field of an unknown kind, and an empty key list', () => {
        expect(errorsOf({ keys: [{ name: 'InvoiceKey', kind: 'text' }] })).toEqual([
            'keys[0].kind: "text" is not one of string, number',
        ])
        expect(errorsOf({ keys: [{ name: 'InvoiceKey', kind: 'strng' }] })).toEqual([
            'keys[0].kind: "strng" is not one of string, number; did you mean "string"?',
        ])
        expect(errorsOf({ keys: [] })).toEqual([
            'keys: must be a non-empty list of { "name", "kind" } (kind string or number)',
        ])
    })

    it('refuses an empty name, a name OData cannot carry, and a field kind it does not know', () => {
        expect(errorsOf({ fields: { currency: '' } })).toEqual(['fields.currency: the name is empty'])
        expect(errorsOf({ stamp: { name: ' ', format: 'objversion' } })).toEqual(['stamp.name: the name is empty'])
        expect(errorsOf({ keys: [{ name: '', kind: 'string' }] })).toEqual(['keys[0].name: the name is empty'])
        expect(errorsOf({ fields: { currency: 'Currency Code' } })).toEqual([
            'fields.currency: "Currency Code" is not an OData property name (letters, digits and _ only)',
        ])
        expect(errorsOf({ fields: { currency: { name: 'Cur', kind: 'money' } } })).toEqual([
            'fields.currency.kind: "money" is not one of string, number, date, datetime',
        ])
    })

    it('refuses unmapping a required field, and a bare name where the preset has no field', () => {
        expect(errorsOf({ fields: { currency: null } })).toEqual([
            'fields.currency: is required for every document; name its IFS field',
        ])
        const po = resolveSourceMapping({
            objectType: 'purchase_order',
            preset: 'ifs_cloud',
            overrides: { fields: { poReference: 'Ref' } },
        })
        expect(po).toEqual({
            ok: false,
            errors: ['fields.poReference: the preset has no field here, so give its kind too: { "name", "kind" }'],
        })
    })

    it('reports every problem at once', () => {
        expect(
            errorsOf({ stamp: { name: 'S' }, keys: [{ name: 'K', kind: 'x' }], fields: { foo: 'Bar' } })
        ).toHaveLength(3)
        expect(errorsOf([1])).toEqual(['must be a JSON object'])
    })
})

describe('resolveMasterDataNames', () => {
    const preset = SOURCE_PRESETS.ifs_cloud.masterData

    it('returns the preset for no overrides', () => {
        expect(resolveMasterDataNames({ preset: 'ifs_cloud', overrides: null })).toEqual({ ok: true, names: preset })
    })

    it('renames fields (keeping their kinds) and moves code parts', () => {
        const r = resolveMasterDataNames({
            preset: 'ifs_cloud',
            overrides: {
                fields: { supplier: { id: 'VendorNo', name: 'VendorName' }, costCenter: { value: 'CodeB' } },
                codeParts: { glAccount: 'C', costCenter: 'D' },
            },
        })
        if (!r.ok) throw new Error(r.errors.join('\n'))
        expect(r.names.supplier.fields).toEqual({
            id: { name: 'VendorNo', kind: 'string' },
            name: { name: 'VendorName', kind: 'string' },
        })
        expect(r.names.glAccount).toEqual({ codePart: 'C', fields: preset.glAccount.fields })
        expect(r.names.costCenter).toEqual({
            codePart: 'D',
            fields: { ...preset.costCenter.fields, value: { name: 'CodeB', kind: 'string' } },
        })
    })

    it('names each bad key and value', () => {
        const r = resolveMasterDataNames({
            preset: 'ifs_cloud',
            overrides: {
                fields: { suplier: {}, glAccount: { valu: 'X', description: '' } },
                codeParts: { glAccount: 'K', costCentre: 'B' },
            },
        })
        expect(r).toEqual({
            ok: false,
            errors: [
                'fields.suplier: unknown key "suplier"; did you mean "supplier"?',
                'codeParts.costCentre: unknown key "costCentre"; did you mean "costCenter"?',
                'codeParts.glAccount: must be one code-part letter, A to J',
                'fields.glAccount.valu: unknown key "valu"; did you mean "value"?',
                'fields.glAccount.description: the name is empty',
            ],
        })
    })

    it('refuses two dimensions on one code part', () => {
        expect(resolveMasterDataNames({ preset: 'ifs_cloud', overrides: { codeParts: { glAccount: 'B' } } })).toEqual({
            ok: false,
            errors: ['codeParts: the GL account and the cost center are both code part B'],
        })
    })
})
