import { createHash } from 'crypto'
import { NodeDigest } from '../../../src/local/node-ports/node-digest'
import { stagingKeyOf, stagingKeyText } from '../../../src/server/core/staging/staging-key'
import { INVOICE_KEY_PARTS } from '../../support/staging-key-parts'

const digest = new NodeDigest()

describe('staging key', () => {
    const base = INVOICE_KEY_PARTS
    /** Each of `changes` made to the base parts gives a key other than the base's. */
    const expectEachOtherKey = (changes: Partial<typeof base>[]) => {
        const key = stagingKeyOf(base, digest)
        for (const change of changes) expect(stagingKeyOf({ ...base, ...change }, digest)).not.toBe(key)
    }

    it('is the SHA-256 of the normalised parts', () => {
        expect(stagingKeyText(base)).toBe('["c1","supplier_invoice","10","INV-1","2026-01-10","S1"]')
        expect(stagingKeyOf(base, digest)).toBe(createHash('sha256').update(stagingKeyText(base)).digest('hex'))
    })

    it('ignores the time of day, not spaces or letter case in the identity', () => {
        expect(stagingKeyOf({ ...base, createdAt: '2026-01-10T23:59:59Z' }, digest)).toBe(stagingKeyOf(base, digest))
        expectEachOtherKey([
            { documentNumber: 'INV-1 ' },
            { documentNumber: 'inv-1' },
            { company: '10 ' },
            { supplierNumber: 's1' },
            { supplierNumber: 'S1 ' },
        ])
    })

    it('differs by each part, and the supplier counts for invoices only', () => {
        expectEachOtherKey([
            { connectionSysId: 'c2' },
            { company: '11' },
            { documentNumber: 'INV-2' },
            { createdAt: '2026-01-11T00:00:00Z' },
            { supplierNumber: 'S2' },
            { objectType: 'purchase_order' as const },
        ])
        const po = { ...base, objectType: 'purchase_order' as const }
        expect(stagingKeyOf({ ...po, supplierNumber: 'S2' }, digest)).toBe(stagingKeyOf(po, digest))
    })

    it('cannot be forged by moving a separator between parts', () => {
        expect(stagingKeyOf({ ...base, company: '10","INV', documentNumber: '1' }, digest)).not.toBe(
            stagingKeyOf({ ...base, company: '10', documentNumber: 'INV","1' }, digest)
        )
    })
})
