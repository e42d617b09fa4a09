import { validateConnectionForm } from '../../../src/server/core/actions/connection-form-rules'

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

    // Bounds on both sides as literals: comparing FORM_LIMITS with the column definitions it is
    // built from would stay green if both moved together.
    it.each([
        ['page_size', '1'],
        ['page_size', '2'],
        ['page_size', '4999'],
        ['page_size', '5000'],
        ['request_ceiling', '1'],
        ['request_ceiling', '999'],
        ['request_ceiling', '1000'],
    ])('accepts %s = %p', (field, value) => {
        expect(validateConnectionForm({ ...ok, [field]: value })).toEqual([])
    })

    it.each([
        ['page_size', '0', 'Page size', 'from 1 to 5000'],
        ['page_size', '5001', 'Page size', 'from 1 to 5000'],
        ['page_size', '12.5', 'Page size', 'from 1 to 5000'],
        ['page_size', 'many', 'Page size', 'from 1 to 5000'],
        ['page_size', null, 'Page size', 'from 1 to 5000'],
        ['request_ceiling', '0', 'Requests per minute', 'from 1 to 1000'],
        ['request_ceiling', '1001', 'Requests per minute', 'from 1 to 1000'],
        ['request_ceiling', '-5', 'Requests per minute', 'from 1 to 1000'],
    ])('refuses %s = %p with a message naming the field and the range', (field, value, label, range) => {
        const problems = validateConnectionForm({ ...ok, [field]: value })
        expect(problems).toHaveLength(1)
        expect(problems[0].field).toBe(field)
        expect(problems[0].message).toContain(range)
        expect(problems[0].message.toLowerCase()).toContain(label.toLowerCase())
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
