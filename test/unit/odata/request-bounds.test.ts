import { dataUrl } from '../../../src/server/core/odata/data-url'
import {
    MAX_REQUEST_URL_LENGTH,
    MAX_REQUEST_VALUE_LENGTH,
    requestValueProblem,
    splitByUrlLength,
} from '../../../src/server/core/odata/request-bounds'

describe('requestValueProblem: values that may go back to IFS in a URL', () => {
    it.each([['V1001'], ["O'Brien"], ['北京供应商'], ['💶 €'], ['a'.repeat(200)], ['%27 or %27'], ['&$top=1']])(
        'accepts %j',
        (value) => {
            expect(requestValueProblem(value)).toBeNull()
        }
    )

    it.each([
        ['a'.repeat(201), '201 characters long'],
        ['x'.repeat(30 * 1024 * 1024), `${30 * 1024 * 1024} characters long`],
        ['line1\nline2', 'control character (U+000A)'],
        ['nul\u0000byte', 'control character (U+0000)'],
        ['cr\r', 'control character (U+000D)'],
        ['esc\u001b[0m', 'control character (U+001B)'],
        ['del\u007f', 'control character (U+007F)'],
        ['lone \ud800 high', 'lone UTF-16 surrogate'],
        ['lone \udc00 low', 'lone UTF-16 surrogate'],
        ['ends high \ud83d', 'lone UTF-16 surrogate'],
    ])('refuses %#: %s', (value, reason) => {
        expect(requestValueProblem(value)).toContain(reason)
    })

    it('the limits are the documented ones', () => {
        expect(MAX_REQUEST_URL_LENGTH).toBe(8192)
        expect(MAX_REQUEST_VALUE_LENGTH).toBe(200)
    })
})

describe('splitByUrlLength', () => {
    const urlOf = (batch: readonly string[]) => 'https://t/x?$filter=' + batch.join(',')

    it('keeps small batches whole, up to the item limit', () => {
        const items = Array.from({ length: 7 }, (_, i) => `v${i}`)
        expect(splitByUrlLength(items, urlOf, 3).batches).toEqual([['v0', 'v1', 'v2'], ['v3', 'v4', 'v5'], ['v6']])
    })

    it('splits so that no URL exceeds the bound, in order, losing nothing', () => {
        const items = Array.from({ length: 50 }, (_, i) =>
            String(i)
                .padStart(3, '0')
                .repeat(10 + (i % 7))
        )
        const { batches, tooLong } = splitByUrlLength(items, urlOf, 1000, 200)
        expect(tooLong).toEqual([])
        expect(batches.flat()).toEqual(items)
        for (const b of batches) expect(urlOf(b).length).toBeLessThanOrEqual(200)
        expect(batches.length).toBeGreaterThan(5)
    })

    it('an item too long even alone is reported, never sent, and the rest goes on', () => {
        const items = ['a', 'b'.repeat(500), 'c', 'd']
        const { batches, tooLong } = splitByUrlLength(items, urlOf, 100, 100)
        expect(tooLong).toEqual(['b'.repeat(500)])
        expect(batches.flat()).toEqual(['a', 'c', 'd'])
    })

    it('no items: no batches', () => {
        expect(splitByUrlLength([], urlOf, 10)).toEqual({ batches: [], tooLong: [] })
    })
})

describe('dataUrl refuses a URL beyond the bound', () => {
    const tenant = 'https://acme.ifs.cloud'
    const path = 'SuppliersHandling.svc/SupplierInfoGeneralSet'

    it.each([
        [9000, 'x'],
        [3000, '北'],
        [1000, '💶'],
    ])('%i × %s in a filter', (n, ch) => {
        const query = {
            filter: { op: 'eq' as const, field: 'SupplierId', value: { kind: 'string' as const, value: ch.repeat(n) } },
        }
        expect(() => dataUrl(tenant, path, query)).toThrow(/characters long, more than the 8192 the connector sends/)
        // A splitter may measure without the bound.
        expect(dataUrl(tenant, path, query, Number.POSITIVE_INFINITY).length).toBeGreaterThan(8192)
    })

    it('a URL just under the bound is built', () => {
        const base = dataUrl(tenant, path, {
            filter: { op: 'eq', field: 'SupplierId', value: { kind: 'string', value: '' } },
        })
        const room = MAX_REQUEST_URL_LENGTH - base.length
        const url = dataUrl(tenant, path, {
            filter: { op: 'eq', field: 'SupplierId', value: { kind: 'string', value: 'y'.repeat(room) } },
        })
        expect(url.length).toBe(MAX_REQUEST_URL_LENGTH)
    })
})
