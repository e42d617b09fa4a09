import {
    duplicateTopLevelKey,
    isJsonContentType,
    readJsonObject,
    stripBom,
} from '../../../src/server/core/odata/json-body'

describe('stripBom', () => {
    it.each([
        ['\ufeff{"a":1}', '{"a":1}'],
        ['\u00ef\u00bb\u00bf{"a":1}', '{"a":1}'],
        ['{"a":1}', '{"a":1}'],
        ['', ''],
        ['\ufeff', ''],
    ])('%j', (input, out) => expect(stripBom(input)).toBe(out))
})

describe('isJsonContentType', () => {
    it.each([
        'application/json',
        'application/json;odata.metadata=minimal',
        'Application/JSON; charset=utf-8',
        'application/problem+json',
        undefined,
        '',
    ])('accepts %j', (ct) => expect(isJsonContentType(ct)).toBe(true))
    it.each([
        'text/html',
        'text/html; charset=utf-8',
        'text/plain',
        'application/xml',
        'application/octet-stream',
        'application/jsonx',
    ])('refuses %j', (ct) => expect(isJsonContentType(ct)).toBe(false))
})

describe('duplicateTopLevelKey', () => {
    it.each([
        ['{"value":[1],"value":[]}', 'value'],
        ['{"@odata.context":"x","value":[{"a":1}],"@odata.nextLink":"n","value":[]}', 'value'],
        ['{ "a" : 1 , "b":2, "a" :3}', 'a'],
        ['{"@odata.nextLink":"x","@odata.nextLink":"y","value":[]}', '@odata.nextLink'],
        // an escaped spelling of the same key is the same key
        ['{"value":[],"\\u0076alue":[1]}', 'value'],
        ['{"a\\"b":1,"a\\"b":2}', 'a"b'],
    ])('%s → %s', (text, key) => expect(duplicateTopLevelKey(text)).toBe(key))

    it.each([
        '{"value":[{"value":1,"value":2}]}',
        '{"a":{"x":1,"x":2},"b":[{"x":1},{"x":1}]}',
        '{"value":["value","value"],"v":"value"}',
        '{"s":"has } and { and [ ] and \\" quotes","value":[]}',
        '{"k":"\\\\","value":[]}',
        '{}',
        '{"value":[]}',
    ])('no duplicate in %s', (text) => expect(duplicateTopLevelKey(text)).toBeNull())

    it('is linear enough for a 10 MB page', () => {
        const row = JSON.stringify({ OrderNo: 'PO1', Name: 'a "quoted" {brace}', n: 1 })
        const text = `{"value":[${Array.from({ length: 100_000 }, () => row).join(',')}],"value":[]}`
        expect(text.length).toBeGreaterThan(5_000_000)
        expect(duplicateTopLevelKey(text)).toBe('value')
    })
})

describe('readJsonObject', () => {
    const json = 'application/json;odata.metadata=minimal'
    it('reads a page behind a byte-order mark', () => {
        expect(readJsonObject('\ufeff{"value":[{"a":1}]}', json)).toEqual({ ok: true, value: { value: [{ a: 1 }] } })
    })
    it.each([
        ['<!DOCTYPE html><html><body>Sign in</body></html>', 'text/html', 'HTML or XML, not JSON'],
        ['{"value":[]}', 'text/html; charset=utf-8', 'declared as text/html, not JSON'],
        ['{"value":[]}', 'text/plain', 'declared as text/plain, not JSON'],
        ['  <?xml version="1.0"?><feed/>', 'application/atom+xml', 'HTML or XML'],
        ['\u001f\u008b\u0008\u0000garbage', json, 'compressed (gzip)'],
        ['\u001f\ufffd\u0008\u0000garbage', undefined, 'compressed (gzip)'],
        ['', json, 'the body is empty'],
        ['{"value":[', json, 'not JSON'],
        ['[1,2]', json, 'not a JSON object'],
        ['"value"', json, 'not a JSON object'],
        ['{"value":[{"OrderNo":"1"}],"value":[]}', json, 'names "value" twice'],
    ])('refuses %j (%s)', (body, ct, problem) => {
        const read = readJsonObject(body, ct)
        expect(read.ok).toBe(false)
        if (!read.ok) expect(read.problem).toContain(problem)
    })
})
