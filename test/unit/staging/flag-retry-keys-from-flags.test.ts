import { DOCUMENT_SOURCES } from '../../../src/server/core/ifs/source-fields'
import type { StoredRecord } from '../../../src/server/ports/store'
import { RETRY_BATCH, flagKeyValues, keysFilter } from '../../../src/server/core/staging/flag-retry-query'
import { itMapsEachTitled } from '../../support/maps-each'

// Which IFS key a flag is re-read by, and the `$filter` a batch of them becomes. IFS key names
// (OrderNo; Company + InvoiceId) are written out here.

const flag = (source_key: string | null, payload: string | null = null): StoredRecord => ({
    sys_id: 'f1',
    source_key,
    payload,
})

describe('the IFS key of a flagged purchase order (OrderNo)', () => {
    itMapsEachTitled(
        (sourceKey: string) => flagKeyValues(DOCUMENT_SOURCES.purchase_order, flag(sourceKey)),
        [
            ['a text key', '{"OrderNo":"PO-1"}', [{ kind: 'string', value: 'PO-1' }]],
            ['a number key as text', '{"OrderNo":42}', [{ kind: 'string', value: '42' }]],
            ['other fields ignored', '{"Company":"10","OrderNo":"PO-2"}', [{ kind: 'string', value: 'PO-2' }]],
        ]
    )

    it.each([
        ['an empty key', '{"OrderNo":""}'],
        ['a missing key', '{"Company":"10"}'],
        ['a boolean', '{"OrderNo":true}'],
        ['a key with a control character', '{"OrderNo":"PO\\u0001"}'],
        ['a key longer than 200 characters', JSON.stringify({ OrderNo: 'P'.repeat(201) })],
        ['JSON null', 'null'],
        ['a JSON string', '"PO-1"'],
        ['broken JSON', '{"OrderNo":'],
        ['no key at all', null],
        ['an empty text', ''],
    ])('none from %s without a payload', (_title, sourceKey) => {
        expect(flagKeyValues(DOCUMENT_SOURCES.purchase_order, flag(sourceKey))).toBeNull()
    })

    it('keeps a key of exactly 200 characters', () => {
        const key = 'P'.repeat(200)
        expect(flagKeyValues(DOCUMENT_SOURCES.purchase_order, flag(JSON.stringify({ OrderNo: key })))).toEqual([
            { kind: 'string', value: key },
        ])
    })

    it('falls back to the stored payload when the source key gives none', () => {
        const payload = '{"OrderNo":"PO-9","VendorNo":"S1"}'
        expect(flagKeyValues(DOCUMENT_SOURCES.purchase_order, flag('{"OrderNo":""}', payload))).toEqual([
            { kind: 'string', value: 'PO-9' },
        ])
        expect(flagKeyValues(DOCUMENT_SOURCES.purchase_order, flag(null, payload))).toEqual([
            { kind: 'string', value: 'PO-9' },
        ])
        expect(flagKeyValues(DOCUMENT_SOURCES.purchase_order, flag('{"OrderNo":"PO-1"}', payload))).toEqual([
            { kind: 'string', value: 'PO-1' },
        ])
        expect(flagKeyValues(DOCUMENT_SOURCES.purchase_order, flag(null, '{"truncated":true,"start":"{"}'))).toBeNull()
    })
})

describe('the IFS key of a flagged supplier invoice (Company, InvoiceId)', () => {
    itMapsEachTitled(
        (sourceKey: string) => flagKeyValues(DOCUMENT_SOURCES.supplier_invoice, flag(sourceKey)),
        [
            [
                'a numeric id',
                '{"Company":"10","InvoiceId":7}',
                [
                    { kind: 'string', value: '10' },
                    { kind: 'number', value: 7 },
                ],
            ],
            [
                'an id as decimal text',
                '{"Company":"10","InvoiceId":"7"}',
                [
                    { kind: 'string', value: '10' },
                    { kind: 'number', value: 7 },
                ],
            ],
            [
                'a numeric company',
                '{"Company":10,"InvoiceId":8}',
                [
                    { kind: 'string', value: '10' },
                    { kind: 'number', value: 8 },
                ],
            ],
        ]
    )

    it.each([
        ['an id that is no number', '{"Company":"10","InvoiceId":"7a"}'],
        ['a missing id', '{"Company":"10"}'],
        ['a missing company', '{"InvoiceId":7}'],
    ])('none from %s', (_title, sourceKey) => {
        expect(flagKeyValues(DOCUMENT_SOURCES.supplier_invoice, flag(sourceKey))).toBeNull()
    })
})

describe('the re-read filter of a batch', () => {
    it('is one `in` for a single-field key', () => {
        const keys = [[{ kind: 'string', value: 'PO-1' }], [{ kind: 'string', value: 'PO-2' }]] as const
        expect(keysFilter(DOCUMENT_SOURCES.purchase_order, keys)).toEqual({
            op: 'in',
            field: 'OrderNo',
            values: [
                { kind: 'string', value: 'PO-1' },
                { kind: 'string', value: 'PO-2' },
            ],
        })
    })

    it('is an `or` of `and`s for a compound key, fields in key order', () => {
        const keys = [
            [
                { kind: 'string', value: '10' },
                { kind: 'number', value: 7 },
            ],
            [
                { kind: 'string', value: '20' },
                { kind: 'number', value: 8 },
            ],
        ] as const
        expect(keysFilter(DOCUMENT_SOURCES.supplier_invoice, keys)).toEqual({
            op: 'or',
            args: [
                {
                    op: 'and',
                    args: [
                        { op: 'eq', field: 'Company', value: { kind: 'string', value: '10' } },
                        { op: 'eq', field: 'InvoiceId', value: { kind: 'number', value: 7 } },
                    ],
                },
                {
                    op: 'and',
                    args: [
                        { op: 'eq', field: 'Company', value: { kind: 'string', value: '20' } },
                        { op: 'eq', field: 'InvoiceId', value: { kind: 'number', value: 8 } },
                    ],
                },
            ],
        })
    })

    it('holds at most 50 documents', () => {
        expect(RETRY_BATCH).toBe(50)
    })
})
