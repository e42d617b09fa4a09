import { Redactor } from '../../../src/server/core/audit/redactor'
import { ACTIVE_FLAG_STATES, FlagBook, payloadJson } from '../../../src/server/core/staging/flag-book'
import type { FlagSubject } from '../../../src/server/core/staging/flag-book'
import type { StoredRecord } from '../../../src/server/ports/store'

// What a flag stores as its IFS payload (65,000 characters at most) and when a flag already says
// what a new run would write. Limits are written out as numbers here.

describe('the payload of a flag', () => {
    const redactor = new Redactor()

    it('is the IFS row as JSON', () => {
        expect(payloadJson({ OrderNo: 'PO-1', Amount: 12.5, Note: null }, redactor)).toBe(
            '{"OrderNo":"PO-1","Amount":12.5,"Note":null}'
        )
    })

    it('keeps a row of exactly 65,000 characters whole', () => {
        // {"D":"…"} is 8 characters around the value.
        const row = { D: 'x'.repeat(64992) }
        const json = payloadJson(row, redactor)
        expect(json).toHaveLength(65000)
        expect(json).toBe('{"D":"' + 'x'.repeat(64992) + '"}')
    })

    it('wraps a longer row as the longest start that fits, escaped again inside the wrapper', () => {
        // 65,001 characters; the wrapper {"truncated":true,"start":"…"} takes 29 and the three
        // quotes in the start grow by one each, so 64,968 characters of the row fit in 65,000.
        const json = payloadJson({ D: 'x'.repeat(64993) }, redactor)
        expect(json).toBe('{"truncated":true,"start":"{\\"D\\":\\"' + 'x'.repeat(64962) + '"}')
        expect(json).toHaveLength(65000)
    })

    it('scrubs registered secrets before it cuts', () => {
        const scrubbing = new Redactor()
        scrubbing.register('s3cr3t-token-value')
        expect(payloadJson({ Note: 'token s3cr3t-token-value here' }, scrubbing)).not.toContain('s3cr3t-token-value')
    })
})

describe('a flag that already says it', () => {
    const redactor = new Redactor()
    const subject: FlagSubject = {
        identity: { sourceKey: '{"OrderNo":"PO-1"}', company: '10', documentNumber: 'PO-1', supplierNumber: 'S1' },
        stagingKey: null,
        supplierName: null,
        problems: [
            { reason: 'unknown_supplier', message: 'Supplier "S1" does not exist in IFS.' },
            { reason: 'missing_field', message: 'Currency is missing.' },
        ],
        row: { OrderNo: 'PO-1' },
    }
    const same: StoredRecord = {
        sys_id: 'f1',
        state: 'open',
        reason: 'unknown_supplier',
        message: 'Supplier "S1" does not exist in IFS.\nCurrency is missing.',
        payload: '{"OrderNo":"PO-1"}',
    }

    it('is an open flag with the same first reason, all messages and the same row', () => {
        expect(FlagBook.saysAlready(same, subject, redactor)).toBe(true)
    })

    it.each([
        ['no flag', undefined],
        ['a flag an AP user set to retry', { ...same, state: 'retrying' }],
        ['another reason', { ...same, reason: 'missing_field' }],
        ['only the first message', { ...same, message: 'Supplier "S1" does not exist in IFS.' }],
        ['another row', { ...same, payload: '{"OrderNo":"PO-2"}' }],
    ])('not %s', (_title, existing) => {
        expect(FlagBook.saysAlready(existing, subject, redactor)).toBe(false)
    })

    it('compares with the message as stored: cut to 4,000 characters', () => {
        const long = { ...subject, problems: [{ reason: 'missing_field' as const, message: 'm'.repeat(4001) }] }
        const stored = { ...same, reason: 'missing_field', message: 'm'.repeat(3997) + '...' }
        expect(FlagBook.saysAlready(stored, long, redactor)).toBe(true)
        expect(FlagBook.saysAlready({ ...stored, message: 'm'.repeat(4000) }, long, redactor)).toBe(false)
        const exact = { ...subject, problems: [{ reason: 'missing_field' as const, message: 'm'.repeat(4000) }] }
        expect(FlagBook.saysAlready({ ...stored, message: 'm'.repeat(4000) }, exact, redactor)).toBe(true)
    })

    it('compares with a message of the text NULL as stored: quoted', () => {
        const nullText = { ...subject, problems: [{ reason: 'missing_field' as const, message: 'NULL' }] }
        expect(FlagBook.saysAlready({ ...same, reason: 'missing_field', message: '"NULL"' }, nullText, redactor)).toBe(
            true
        )
    })
})

describe('active flags', () => {
    it('are the open and the retrying ones', () => {
        expect(ACTIVE_FLAG_STATES).toEqual(['open', 'retrying'])
    })
})
