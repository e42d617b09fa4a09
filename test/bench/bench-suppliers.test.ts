import { everySupplierPair } from '../../src/local/bench/bench-suppliers'
import { serviceNowKnowsSupplier } from '../../src/local/emulator/dataset/servicenow-suppliers'

// The bench's supplier master: every supplier in every legal entity the emulator's list names, so
// the modelled transform accepts every row and the figures measure staging.

test('fills in the pairs the emulator leaves out on purpose, keeping each supplier name', () => {
    const listed = [
        { supplierCode: 'SUP00003', legalEntity: '10', name: 'Three' },
        { supplierCode: 'SUP00004', legalEntity: '10', name: 'Four' },
        { supplierCode: 'SUP00004', legalEntity: '20', name: 'Four' },
    ]
    expect(
        everySupplierPair(listed)
            .map((s) => `${s.supplierCode}|${s.legalEntity}|${s.name}`)
            .sort()
    ).toEqual(['SUP00003|10|Three', 'SUP00003|20|Three', 'SUP00004|10|Four', 'SUP00004|20|Four'])
})

test('the pair filled in is one the emulator says ServiceNow does not know (so it mattered)', () => {
    // 3 + 10 = 13: the emulator's rule leaves SUP00003 out of legal entity 10.
    expect(serviceNowKnowsSupplier('SUP00003', '10')).toBe(false)
    const pairs = everySupplierPair([
        { supplierCode: 'SUP00003', legalEntity: '20', name: null },
        { supplierCode: 'SUP00001', legalEntity: '10', name: null },
    ])
    expect(pairs).toContainEqual({ supplierCode: 'SUP00003', legalEntity: '10', name: null })
})
