import { createHash } from 'crypto'
import { sha256Hex, utf8Bytes } from '../../../src/server/core/staging/sha256'
import { stagingKeyOf, stagingKeyText } from '../../../src/server/core/staging/staging-key'
import type { StagingKeyParts } from '../../../src/server/core/staging/staging-key'

describe('sha256Hex (pure TypeScript)', () => {
    it('matches the FIPS 180-2 test vectors', () => {
        expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
        expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
        expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
            '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
        )
        expect(sha256Hex('a'.repeat(1000000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0')
    })

    it('agrees with Node crypto on UTF-8 text around block boundaries and outside the BMP', () => {
        const samples = ['发票', 'Счёт №5', '🧾 emoji', 'nul\u0000', "quote'^OR,="]
        for (let n = 50; n <= 130; n++) samples.push('ä'.repeat(n), 'x'.repeat(n))
        for (const s of samples) expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'))
    })

    it('encodes lone surrogates as U+FFFD like Node does', () => {
        expect(utf8Bytes('\ud800')).toEqual([0xef, 0xbf, 0xbd])
        expect(sha256Hex('a\udc00b')).toBe(createHash('sha256').update('a\udc00b', 'utf8').digest('hex'))
    })
})

describe('staging key', () => {
    const base: StagingKeyParts = {
        connectionSysId: 'c1',
        objectType: 'supplier_invoice',
        company: '10',
        documentNumber: 'INV-1',
        createdAt: '2026-01-10T08:00:00Z',
        supplierNumber: 'S1',
    }

    it('is the SHA-256 of the normalised parts', () => {
        expect(stagingKeyText(base)).toBe('["c1","supplier_invoice","10","INV-1","2026-01-10","S1"]')
        expect(stagingKeyOf(base)).toBe(createHash('sha256').update(stagingKeyText(base)).digest('hex'))
    })

    it('ignores surrounding spaces and the time of day', () => {
        const same = { ...base, company: ' 10 ', documentNumber: 'INV-1  ', createdAt: '2026-01-10T23:59:59Z' }
        expect(stagingKeyOf(same)).toBe(stagingKeyOf(base))
    })

    it('differs by each part, and the supplier counts for invoices only', () => {
        const key = stagingKeyOf(base)
        for (const change of [
            { connectionSysId: 'c2' },
            { company: '11' },
            { documentNumber: 'INV-2' },
            { createdAt: '2026-01-11T00:00:00Z' },
            { supplierNumber: 'S2' },
            { objectType: 'purchase_order' as const },
        ])
            expect(stagingKeyOf({ ...base, ...change })).not.toBe(key)
        const po = { ...base, objectType: 'purchase_order' as const }
        expect(stagingKeyOf({ ...po, supplierNumber: 'S2' })).toBe(stagingKeyOf(po))
    })

    it('cannot be forged by moving a separator between parts', () => {
        expect(stagingKeyOf({ ...base, company: '10","INV', documentNumber: '1' })).not.toBe(
            stagingKeyOf({ ...base, company: '10', documentNumber: 'INV","1' })
        )
    })
})
