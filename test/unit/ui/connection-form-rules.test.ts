import { FORM_LIMITS, validateConnectionForm } from '../../../src/server/core/actions/connection-form-rules'
import { CONNECTION } from '../../../src/tables'

const ok = {
    page_size: '5000',
    request_ceiling: '1000',
    tenant_url: 'https://acme.ifs.cloud',
    allowed_host_suffix: 'ifs.cloud',
}

describe('validateConnectionForm', () => {
    it('accepts the defaults and the bounds', () => {
        expect(validateConnectionForm(ok)).toEqual([])
        expect(validateConnectionForm({ ...ok, page_size: '1', request_ceiling: '1' })).toEqual([])
    })

    it('takes its limits from the table schema', () => {
        expect(FORM_LIMITS.page_size).toEqual({ min: 1, max: 5000 })
        expect(FORM_LIMITS.request_ceiling).toEqual({ min: 1, max: 1000 })
        expect(FORM_LIMITS.page_size.max).toBe(CONNECTION.columns.page_size.max)
    })

    it.each([
        ['page_size', '0'],
        ['page_size', '5001'],
        ['page_size', '12.5'],
        ['page_size', 'many'],
        ['page_size', null],
        ['request_ceiling', '0'],
        ['request_ceiling', '1001'],
        ['request_ceiling', '-5'],
    ])('refuses %s = %p with a message naming the field and the range', (field, value) => {
        const problems = validateConnectionForm({ ...ok, [field]: value })
        expect(problems).toHaveLength(1)
        expect(problems[0].field).toBe(field)
        const { min, max } = FORM_LIMITS[field as keyof typeof FORM_LIMITS]
        expect(problems[0].message).toContain(`from ${min} to ${max}`)
        expect(problems[0].message).toContain(CONNECTION.columns[field as 'page_size'].options.label)
    })

    it.each([
        ['http://acme.ifs.cloud', 'https'],
        ['https://acme.example.com', 'allowed suffix'],
        ['https://acme.ifs.cloud/main', 'path'],
        ['', 'required'],
    ])('refuses tenant URL %p', (url, words) => {
        const problems = validateConnectionForm({ ...ok, tenant_url: url })
        expect(problems.map((p) => p.field)).toEqual(['tenant_url'])
        expect(problems[0].message).toContain(words)
    })

    it('uses the record’s host suffix, the default when empty', () => {
        expect(
            validateConnectionForm({ ...ok, tenant_url: 'https://a.corp.example', allowed_host_suffix: 'corp.example' })
        ).toEqual([])
        expect(validateConnectionForm({ ...ok, allowed_host_suffix: '' })).toEqual([])
    })

    it('reports every problem at once', () => {
        const problems = validateConnectionForm({
            ...ok,
            page_size: '0',
            request_ceiling: '5000',
            tenant_url: 'http://x',
        })
        expect(problems.map((p) => p.field)).toEqual(['page_size', 'request_ceiling', 'tenant_url'])
    })
})
